// The README's screenshots, cropped to what they show and at a readable size: the in-page card
// beside its sentence, the popup, the side panel, the checker with a card open, and the trial card
// on a registry page. Written by `npm run demo` into <out>/readme/; copy them to tests/e2e/screenshots/.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tabIdFor, type Ext } from './fixtures';
import { seeds } from './seeds';
import { isRegistrySeed } from './server';

const PAD = 16;

/** The union of the open card and its sentence, padded: the crop of the card shot. */
async function cardClip(page: Page) {
  return page.evaluate((pad) => {
    const card = document.querySelector('trialtrace-root')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    const pulse = [...((CSS.highlights.get('trialtrace-pulse') as unknown as Set<Range>) ?? [])][0];
    const s = pulse ? pulse.getBoundingClientRect() : card;
    const left = Math.max(0, Math.min(card.left, s.left) - pad);
    const top = Math.max(0, Math.min(card.top, s.top) - pad);
    const right = Math.min(innerWidth, Math.max(card.right, s.right) + pad);
    const bottom = Math.min(innerHeight, Math.max(card.bottom, s.bottom) + pad);
    return { x: left, y: top, width: right - left, height: bottom - top };
  }, PAD);
}

export async function readmeShots(ext: Ext, outDir: string): Promise<string[]> {
  const out = join(outDir, 'readme');
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const shot = async (page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) => {
    const path = join(out, name);
    await page.screenshot({ path, clip });
    written.push(path);
  };
  const seed = seeds().find((s) => s.file.startsWith('004'))!;
  const url = `${ext.server.origin}${ext.server.seedPaths.get(seed.file)}`;
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await page.waitForTimeout(600);
  // The flagged page: the first screenful.
  await shot(page, 'flagged-page.png', { x: 0, y: 0, width: 1100, height: 560 });
  // The card: the third flag reached with the keyboard, cropped to the sentence and its card.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+Shift+KeyJ');
  await page.waitForTimeout(300);
  await shot(page, 'card.png', await cardClip(page));
  await page.keyboard.press('Escape');

  for (const [view, size] of [
    ['popup', { width: 420, height: 600 }],
    ['sidepanel', { width: 380, height: 760 }],
  ] as const) {
    const v = await ext.context.newPage();
    await v.setViewportSize(size);
    await v.goto(`chrome-extension://${ext.id}/${view}.html?tabId=${tabId}`);
    await v.locator('ol.findings > li').first().waitFor();
    if (view === 'sidepanel') await v.locator('ol.findings > li summary').first().click();
    await v.waitForTimeout(200);
    await shot(v, `${view}.png`);
    await v.close();
  }

  const checker = await ext.context.newPage();
  await checker.setViewportSize({ width: 1200, height: 820 });
  await checker.goto(`chrome-extension://${ext.id}/checker.html`);
  await checker.getByLabel('Text to check').fill(seeds().find((s) => s.file.startsWith('001'))!.text);
  await checker.getByRole('button', { name: 'Check' }).click();
  await checker.locator('.annotated mark').first().waitFor({ timeout: 10_000 });
  await checker.getByRole('button', { name: 'Show card' }).first().click();
  await checker.waitForTimeout(200);
  await shot(checker, 'checker.png');
  await checker.close();

  const reg = seeds().find(isRegistrySeed);
  const regPath = reg ? ext.server.seedPaths.get(reg.file) : undefined;
  if (regPath) {
    const r = await ext.context.newPage();
    await r.setViewportSize({ width: 1100, height: 760 });
    await r.goto(`${ext.server.origin}${regPath}`);
    const tab = r.locator('trialtrace-root button.tab');
    await tab.waitFor({ timeout: 10_000 }).catch(() => undefined);
    if (await tab.count()) await tab.click();
    await r.waitForTimeout(300);
    const box = await r.evaluate(
      () =>
        document.querySelector('trialtrace-root')?.shadowRoot?.querySelector('.card')?.getBoundingClientRect().toJSON() as
          | DOMRect
          | undefined,
    );
    if (box)
      await shot(r, 'trial-card.png', {
        x: Math.max(0, box.x - PAD),
        y: Math.max(0, box.y - PAD),
        width: box.width + 2 * PAD,
        height: Math.min(760 - Math.max(0, box.y - PAD), box.height + 2 * PAD),
      });
    await r.close();
  }
  await page.close();
  return written;
}

// The views as a reader uses them, in real Chromium: the in-page card's geometry (never over its
// sentence, never clipped) at two window sizes, the next / previous flag keys, Escape, "This flag is
// wrong" (flag hidden, badge down by one, stored), popup and side panel showing every finding of
// seed 004 without clipping, and axe-core on every view.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, tabIdFor, tabState, badge, highlights, flagTexts, type Ext } from './fixtures';
import { expectations, seeds } from './seeds';

// biome-ignore lint/suspicious/noExplicitAny: the extension API, used only inside callbacks run in the browser.
declare const chrome: any;

const NEWS = () => expectations().filter((e) => !e.record);

async function openSeed(ext: Ext, prefix: string, size = { width: 1280, height: 800 }) {
  const exp = expectations().find((e) => e.file.startsWith(prefix))!;
  const page = await ext.context.newPage();
  await page.setViewportSize(size);
  const url = `${ext.server.origin}${ext.server.seedPaths.get(exp.file)}`;
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(async () => (await tabState(ext, tabId))?.painted ?? 0).toBeGreaterThan(0);
  return { page, tabId, url };
}

/** The painted flags' texts in document order. */
async function flagsInOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all: Range[] = [];
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (/^trialtrace-(overstated|misreported|outdated)(-alt)?$/.test(name)) all.push(...h);
    }
    all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return all.map((r) => r.toString().replace(/\s+/g, ' ').trim());
  });
}

/** Where the open card is, where its sentence's lines are, and what has focus. */
async function cardGeometry(page: Page, index = -1) {
  return page.evaluate((index) => {
    const root = document.querySelector('trialtrace-root')?.shadowRoot;
    const card = root?.querySelector('.card') as HTMLElement | null;
    if (!card) return null;
    const c = card.getBoundingClientRect();
    const quote = card.querySelector('blockquote')?.textContent ?? '';
    // The range of the flag this card is about: the index-th painted range in document order.
    const all: Range[] = [];
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (/^trialtrace-(overstated|misreported|outdated)(-alt)?$/.test(name)) all.push(...h);
    }
    all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const lines = index >= 0 && all[index] ? Array.from(all[index].getClientRects()) : [];
    return {
      card: { left: c.left, top: c.top, right: c.right, bottom: c.bottom },
      scrolls: card.scrollHeight > card.clientHeight + 1,
      overflowY: getComputedStyle(card).overflowY,
      lines: lines.map((l) => ({ left: l.left, top: l.top, right: l.right, bottom: l.bottom })),
      vw: document.documentElement.clientWidth,
      vh: document.documentElement.clientHeight,
      quote,
      role: card.getAttribute('role'),
      label: card.getAttribute('aria-label'),
      focused: root!.activeElement === card,
    };
  }, index);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
]) {
  test(`card geometry ${size.width}×${size.height}: Alt+Shift+J visits every flag in order; the card never covers its sentence, is never clipped`, async ({
    ext,
  }) => {
    let visited = 0;
    for (const exp of NEWS()) {
      const { page } = await openSeed(ext, exp.file.slice(0, 3), size);
      const order = await flagsInOrder(page);
      expect(order.length).toBeGreaterThan(0);
      await page.locator('body').click({ position: { x: 2, y: 2 } });
      for (let i = 0; i < order.length; i++) {
        await page.keyboard.press('Alt+Shift+KeyJ');
        await expect.poll(async () => (await cardGeometry(page))?.quote).toBe(order[i]);
        const g = (await cardGeometry(page, i))!;
        expect(g.role).toBe('dialog');
        expect(g.label).toMatch(/^TrialTrace: (Overstated|Misreported|Outdated)$/);
        expect(g.focused, 'keyboard focus is in the card').toBe(true);
        expect(g.lines.length, 'the sentence is on screen').toBeGreaterThan(0);
        for (const l of g.lines) {
          const overlap = g.card.left < l.right && l.left < g.card.right && g.card.top < l.bottom && l.top < g.card.bottom;
          expect(overlap, `${exp.file} flag ${i}: card ${JSON.stringify(g.card)} over line ${JSON.stringify(l)}`).toBe(false);
        }
        expect(g.card.left).toBeGreaterThanOrEqual(0);
        expect(g.card.top).toBeGreaterThanOrEqual(0);
        expect(g.card.right).toBeLessThanOrEqual(g.vw);
        expect(g.card.bottom).toBeLessThanOrEqual(g.vh);
        if (g.scrolls) expect(g.overflowY).toBe('auto');
        visited++;
      }
      // Previous goes back; Escape closes.
      if (order.length > 1) {
        await page.keyboard.press('Alt+Shift+KeyK');
        await expect.poll(async () => (await cardGeometry(page))?.quote).toBe(order[order.length - 2]);
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => cardGeometry(page)).toBeNull();
      await page.close();
    }
    console.log(`[geometry ${size.width}x${size.height}] flags visited: ${visited}`);
  });
}

test('"This flag is wrong" in the popup hides the flag, the badge drops by one, the dismissal survives a reload', async ({
  ext,
}) => {
  await ext.sw.evaluate(() => chrome.storage.local.clear());
  const { page, tabId } = await openSeed(ext, '004');
  const before = (await tabState(ext, tabId))!.painted;
  await expect.poll(() => badge(ext, tabId)).toBe(String(before));
  const flagsBefore = flagTexts(await highlights(page)).length;
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tabId}`);
  // A flag that appears once (a repeated sentence is one entry and hides with all its copies).
  const first = popup.locator('ol.findings > li[data-count="1"]').first();
  const claim = await first.getAttribute('data-claim');
  await first.getByRole('button', { name: 'This flag is wrong' }).click();
  await expect.poll(() => badge(ext, tabId)).toBe(String(before - 1));
  await expect.poll(async () => flagTexts(await highlights(page)).length).toBe(flagsBefore - 1);
  const report = popup.locator('.report-wrong textarea');
  await expect(report).toHaveValue(new RegExp(`Claim id: ${claim}`));
  await expect(report).toHaveValue(/Claims database: \d{4}-\d{2}-\d{2}\+[0-9a-f]{8}/);
  await expect(report).not.toHaveValue(/Page:/);
  await popup.getByLabel('Include the page address').check();
  await expect(report).toHaveValue(/Page: http:\/\/127\.0\.0\.1/);
  const issue = popup.getByRole('link', { name: 'Open as a new issue' });
  expect(await issue.getAttribute('href')).toMatch(/^https:\/\/github\.com\/.+\/issues\/new\?title=/);
  // Stored on this computer: a reload keeps the flag hidden.
  await page.reload();
  await expect.poll(async () => (await tabState(ext, tabId))?.painted ?? -1).toBe(before - 1);
  await expect.poll(() => badge(ext, tabId)).toBe(String(before - 1));
  await ext.sw.evaluate(() => chrome.storage.local.clear());
  await popup.close();
  await page.close();
});

test('"This flag is wrong" on the in-page card hides that flag', async ({ ext }) => {
  await ext.sw.evaluate(() => chrome.storage.local.clear());
  const { page, tabId } = await openSeed(ext, '004');
  const before = (await tabState(ext, tabId))!.painted;
  // A flag whose sentence appears once on the page.
  const order = await flagsInOrder(page);
  const once = order.findIndex((t) => order.filter((x) => x === t).length === 1);
  for (let i = 0; i <= once; i++) await page.keyboard.press('Alt+Shift+KeyJ');
  const card = page.locator('trialtrace-root .card');
  await expect(card.locator('blockquote')).toHaveText(order[once]!);
  await card.getByRole('button', { name: 'This flag is wrong' }).click();
  await expect.poll(() => badge(ext, tabId)).toBe(String(before - 1));
  await ext.sw.evaluate(() => chrome.storage.local.clear());
  await page.close();
});

for (const view of ['popup', 'sidepanel'] as const) {
  test(`${view}: every finding of seed 004 is shown without clipping, controls stay in view`, async ({ ext }) => {
    const { page, tabId } = await openSeed(ext, '004');
    const state = (await tabState(ext, tabId))!;
    const distinct = new Set(state.findings.map((f) => `${f.verdict}|${f.text.replace(/\s+/g, ' ').trim().toLowerCase()}`));
    const v = await ext.context.newPage();
    await v.setViewportSize(view === 'popup' ? { width: 420, height: 600 } : { width: 360, height: 700 });
    await v.goto(`chrome-extension://${ext.id}/${view}.html?tabId=${tabId}`);
    await expect(v.getByTestId('count')).toHaveText(`${state.painted} flagged`);
    const items = v.locator('ol.findings > li');
    await expect(items).toHaveCount(distinct.size);
    // The document never scrolls: the footer's controls are always in view.
    const doc = await v.evaluate(() => ({
      sh: document.documentElement.scrollHeight,
      ih: innerHeight,
      sw: document.documentElement.scrollWidth,
      iw: innerWidth,
    }));
    expect(doc.sh).toBeLessThanOrEqual(doc.ih);
    expect(doc.sw).toBeLessThanOrEqual(doc.iw);
    for (const name of ['Check text…', 'Options']) await expect(v.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    // Each entry can be brought fully into view inside the list, and nothing is cut at the sides.
    for (let i = 0; i < distinct.size; i++) {
      const li = items.nth(i);
      await li.scrollIntoViewIfNeeded();
      await expect(li).toBeInViewport({ ratio: 0.99 }); // sub-pixel rounding at the list's edge
      const fits = await li.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
      expect(fits, `entry ${i} fits its width`).toBe(true);
    }
    const sentenceSize = await items
      .first()
      .locator('.sentence')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const reasonSize = await items
      .first()
      .locator('.reason')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(sentenceSize).toBeGreaterThanOrEqual(reasonSize);
    expect(sentenceSize).toBeGreaterThanOrEqual(14);
    expect(await items.first().locator('.reason').first().textContent()).not.toMatch(/^[a-z]+(-[a-z]+)+/); // a plain label, not a code
    await v.close();
    await page.close();
  });
}

async function axe(page: Page, include?: string) {
  let b = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) b = b.include(include);
  const r = await b.analyze();
  return {
    violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    passes: r.passes.length,
  };
}

test('axe-core: 0 violations on popup, side panel, checker, options and the in-page card', async ({ ext }) => {
  const { page, tabId } = await openSeed(ext, '004');
  const results: Record<string, { violations: string[]; passes: number }> = {};

  for (const view of ['popup', 'sidepanel'] as const) {
    const v = await ext.context.newPage();
    await v.goto(`chrome-extension://${ext.id}/${view}.html?tabId=${tabId}`);
    await expect(v.locator('ol.findings > li').first()).toBeVisible();
    await v.locator('ol.findings > li').first().locator('summary').click(); // expanded entry too
    await v.locator('.legend summary').click();
    results[view] = await axe(v);
    await v.close();
  }

  const checker = await ext.context.newPage();
  await checker.goto(`chrome-extension://${ext.id}/checker.html`);
  results['checker (empty)'] = await axe(checker);
  await checker.getByLabel('Text to check').fill(seeds().find((s) => s.file.startsWith('001'))!.text);
  await checker.getByRole('button', { name: 'Check' }).click();
  await expect(checker.locator('.annotated mark').first()).toBeVisible();
  await checker.getByRole('button', { name: 'Show card' }).first().click();
  await checker.getByRole('button', { name: 'This flag is wrong' }).first().click();
  results['checker (results, card, report)'] = await axe(checker);
  await checker.close();

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  results.options = await axe(options);
  await options.close();

  await page.keyboard.press('Alt+Shift+KeyJ');
  await expect(page.locator('trialtrace-root .card')).toBeVisible();
  results['in-page card'] = await axe(page, 'trialtrace-root');
  await page.close();

  console.log(
    `[axe] ${Object.entries(results)
      .map(([k, r]) => `${k}: ${r.violations.length} violations, ${r.passes} rules passed`)
      .join('; ')}`,
  );
  for (const [k, r] of Object.entries(results)) expect(r.violations, k).toEqual([]);
});

test('the next / previous flag browser commands move through the flags in order', async ({ ext }) => {
  const manifest = await ext.sw.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.commands['next-flag'].suggested_key.default).toBe('Alt+Shift+J');
  expect(manifest.commands['previous-flag'].suggested_key.default).toBe('Alt+Shift+K');
  const { page, url } = await openSeed(ext, '001');
  const order = await flagsInOrder(page);
  expect(order.length).toBeGreaterThan(1);
  const command = (name: string) =>
    ext.sw.evaluate(
      async ([n, u]) => {
        const tabs = await chrome.tabs.query({});
        const all = await chrome.storage.session.get(null);
        const key = Object.keys(all).find((k) => all[k].url === u)!;
        chrome.commands.onCommand.dispatch(
          n,
          tabs.find((t: { id: number }) => `tab:${t.id}` === key),
        );
      },
      [name, url] as const,
    );
  await command('next-flag');
  await expect.poll(async () => (await cardGeometry(page))?.quote).toBe(order[0]);
  await command('next-flag');
  await expect.poll(async () => (await cardGeometry(page))?.quote).toBe(order[1]);
  await command('previous-flag');
  await expect.poll(async () => (await cardGeometry(page))?.quote).toBe(order[0]);
  await page.close();
});

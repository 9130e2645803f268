// The seed documents as pages: badge, popup list and highlights against EXPECTATIONS.md; the
// registry seed shows its trial card and no flags.
import { test, expect, tabIdFor, tabState, badge, highlights, flagTexts, openPopup } from './fixtures';
import { popupItems } from './popup-read';
import { containsQuote, expectations } from './seeds';

const FLAG = new Set(['overstated', 'misreported', 'outdated']);

for (const exp of expectations().filter((e) => !e.record)) {
  test(`news seed ${exp.file}: must-flag lines flagged in badge, popup and page; must-not lines not`, async ({ ext }, info) => {
    const page = await ext.context.newPage();
    const url = `${ext.server.origin}${ext.server.seedPaths.get(exp.file)}`;
    await page.goto(url);
    const tabId = await tabIdFor(ext, url);
    // Wait until the page has reported (findings arrive once the engine has run).
    await expect.poll(async () => (await tabState(ext, tabId))?.findings.length ?? 0).toBeGreaterThan(0);
    const state = (await tabState(ext, tabId))!;
    const painted = flagTexts(await highlights(page));

    // Badge = flags highlighted in the page.
    expect(await badge(ext, tabId)).toBe(String(painted.length));
    expect(state.painted).toBe(painted.length);

    const popup = await openPopup(ext, tabId);
    const items = await popupItems(popup);
    const flagged = items.filter((i) => FLAG.has(i.verdict));
    console.log(
      `[${exp.file}] badge ${painted.length}; popup: ${items.map((i) => `${i.verdict}: ${i.sentence.slice(0, 60).replace(/\s+/g, ' ')}…`).join(' | ')}`,
    );

    for (const row of exp.mustFlag) {
      const hit = flagged.find((i) => containsQuote(i.sentence, row.quote));
      expect(hit, `popup lists: ${row.quote}`).toBeTruthy();
      expect(hit!.verdict, `verdict of: ${row.quote}`).toBe(row.verdict);
      expect(hit!.sources, `source of: ${row.quote}`).toContain(row.source);
      expect(
        row.reasons.some((r) => hit!.reasons.includes(r)),
        `a reason of ${row.reasons.join('/')} for: ${row.quote}`,
      ).toBe(true);
      expect(
        painted.some((t) => containsQuote(t, row.quote)),
        `highlighted: ${row.quote}`,
      ).toBe(true);
    }
    for (const frags of exp.mustNot) {
      const q = frags.join(' … ');
      expect(
        flagged.filter((i) => containsQuote(i.sentence, q)),
        `must not flag: ${q}`,
      ).toEqual([]);
      expect(
        painted.filter((t) => containsQuote(t, q)),
        `must not highlight: ${q}`,
      ).toEqual([]);
    }

    await page.screenshot({ path: info.outputPath(`page-${exp.file}.png`), fullPage: true });
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.screenshot({ path: info.outputPath(`popup-${exp.file}.png`), fullPage: true });
    await popup.close();
    await page.close();
  });
}

test('registry seed: a trial card, no flags, no badge', async ({ ext }, info) => {
  const reg = expectations().find((e) => e.record)!;
  const page = await ext.context.newPage();
  const url = `${ext.server.origin}${ext.server.seedPaths.get(reg.file)}`;
  await page.goto(url);
  // With no free margin beside the record, the card waits as a small corner button: it covers no text.
  const tab = page.locator('trialtrace-root button.tab');
  await expect(tab).toBeVisible();
  const covered = await page.evaluate(() => {
    const b = document.querySelector('trialtrace-root')!.shadowRoot!.querySelector('button.tab')!.getBoundingClientRect();
    const hits: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      const r = document.createRange();
      r.selectNodeContents(n);
      for (const t of Array.from(r.getClientRects())) {
        if (t.left < b.right && b.left < t.right && t.top < b.bottom && b.top < t.bottom)
          hits.push(n.textContent.trim().slice(0, 40));
      }
    }
    return hits;
  });
  expect(covered, 'page text under the closed trial card').toEqual([]);
  await tab.click();
  const card = page.locator('trialtrace-root .card.trial');
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('role', 'complementary');
  const text = (await card.textContent()) ?? '';
  expect(text).toContain('NCT04952155');
  expect(text).toMatch(/open-label/);
  expect(text).toMatch(/not randomised/);
  expect(text).toMatch(/no control group/);
  expect(text).toMatch(/\b13\b/);
  expect(text).toMatch(/immune-associated/i);
  expect(text).toMatch(/multifocal motor neuropathy/i);
  expect(text).toMatch(/2021/);
  expect(text).toMatch(/2022/);
  expect(text).toMatch(/no results/i);
  const tabId = await tabIdFor(ext, url);
  expect(flagTexts(await highlights(page))).toEqual([]);
  expect(await badge(ext, tabId)).toBe('');
  const popup = await openPopup(ext, tabId);
  await expect(popup.locator('.trial-card')).toContainText('NCT04952155');
  await page.screenshot({ path: info.outputPath('registry-card.png') });
  await popup.screenshot({ path: info.outputPath('registry-popup.png'), fullPage: true });
  await popup.close();
  await page.close();
});

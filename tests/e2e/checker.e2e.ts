// The checker page: paste, annotate, list, card with source chain, exports in the CLI's shapes;
// the context menu and keyboard shortcut open it on a selection.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { reportSchema } from '../../src/report/schema';
import { test, expect, type Ext } from './fixtures';
import { containsQuote, expectations, seeds } from './seeds';

// biome-ignore lint/suspicious/noExplicitAny: the extension API, used only inside callbacks run in the browser.
declare const chrome: any;

const SEED = '001';

function seedText(): string {
  return seeds().find((s) => s.file.startsWith(SEED))!.text;
}

async function checkerPages(ext: Ext) {
  return ext.context.pages().filter((p) => p.url().startsWith(`chrome-extension://${ext.id}/checker.html`));
}

test('checker: annotates pasted copy, lists findings, exports Markdown and JSON', async ({ ext }, info) => {
  const exp = expectations().find((e) => e.file.startsWith(SEED))!;
  const text = seedText();
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${ext.id}/checker.html`);
  await page.getByLabel('Text to check').fill(text);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.annotated mark').first()).toBeVisible();
  const marks = await page.locator('.annotated mark').allTextContents();
  const items = await page.locator('ol.findings > li').allTextContents();
  for (const row of exp.mustFlag) {
    expect(
      marks.some((m) => containsQuote(m, row.quote)),
      `annotated: ${row.quote}`,
    ).toBe(true);
    expect(
      items.some((t) => containsQuote(t, row.quote) && t.includes(row.source)),
      `listed: ${row.quote}`,
    ).toBe(true);
  }
  // The annotated view is the text itself, as text.
  expect((await page.locator('.annotated').textContent())!.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));

  // A finding's card with the educator chain.
  await page.locator('ol.findings > li').first().click();
  const card = page.locator('.finding-card');
  await expect(card).toBeVisible();
  await expect(card.locator('.chain a[href^="https://"]').first()).toBeVisible(); // identifiers as links
  await expect(card.locator('.chain')).toContainText(/randomised/);
  await expect(card.locator('.chain')).toContainText(/N = \d+/);
  await expect(card.locator('.chain')).toContainText(/Primary endpoint: .+ — (met|not met)\./);
  await page.screenshot({ path: info.outputPath('checker.png'), fullPage: true });

  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
  const markdown = readFileSync((await md.path())!, 'utf8');
  expect(md.suggestedFilename()).toBe('trialtrace-report.md');
  for (const row of exp.mustFlag) expect(markdown).toContain(row.source);

  const [js] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const report = reportSchema.parse(JSON.parse(readFileSync((await js.path())!, 'utf8'))) as z.infer<typeof reportSchema>;
  expect(report.version).toBe(1);
  expect(report.reports).toHaveLength(1);
  const findings = report.reports[0]!.findings;
  expect(findings.length).toBe(marks.length);
  for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  for (const row of exp.mustFlag) {
    expect(
      findings.some((f) => containsQuote(f.text, row.quote) && f.verdict === row.verdict && f.sources.includes(row.source)),
    ).toBe(true);
  }
  await page.close();
});

test('context menu "Check selection with TrialTrace" opens the checker on the selection', async ({ ext }) => {
  const exp = expectations().find((e) => e.file.startsWith(SEED))!;
  const selection = seedText()
    .split(/\n\s*\n/)
    .slice(0, 3)
    .join('\n');
  const before = (await checkerPages(ext)).length;
  const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/checker.html'));
  // Chromium's native menu cannot be clicked from a test: dispatch the menu's click event with the
  // same data the browser passes, to the extension's real listener.
  await ext.sw.evaluate(async (text) => {
    const [tab] = await chrome.tabs.query({});
    chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'trialtrace-check-selection', selectionText: text, editable: false, pageUrl: '' },
      tab,
    );
  }, selection);
  const checker = await opened;
  await expect(checker.getByLabel('Text to check')).toHaveValue(selection);
  await expect(checker.locator('.annotated mark').first()).toBeVisible();
  const marks = await checker.locator('.annotated mark').allTextContents();
  expect(marks.some((m) => exp.mustFlag.some((r) => containsQuote(m, r.quote)))).toBe(true);
  expect((await checkerPages(ext)).length).toBe(before + 1);
  // The menu item exists with that title (re-creating it reports a duplicate id).
  const dup = await ext.sw.evaluate(
    () =>
      new Promise<string>((resolve) =>
        chrome.contextMenus.create({ id: 'trialtrace-check-selection', title: 'x', contexts: ['selection'] }, () =>
          resolve(chrome.runtime.lastError?.message ?? ''),
        ),
      ),
  );
  expect(dup).toMatch(/duplicate/i);
  await checker.close();
});

test('keyboard shortcut: the command opens the checker on the page selection', async ({ ext }) => {
  const manifest = await ext.sw.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.commands['check-selection'].suggested_key.default).toBe('Alt+Shift+Y');
  const exp = expectations().find((e) => e.file.startsWith(SEED))!;
  const page = await ext.context.newPage();
  const url = `${ext.server.origin}${ext.server.seedPaths.get(exp.file)}`;
  await page.goto(url);
  await page.waitForTimeout(300);
  const opening = exp.mustFlag[0]!.quote.slice(0, 40);
  const selected = await page.evaluate((o) => {
    const p = [...document.querySelectorAll('article p')].find((e) => (e.textContent ?? '').replace(/\s+/g, ' ').includes(o))!;
    const r = document.createRange();
    r.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    return getSelection()!.toString();
  }, opening);
  const opened = ext.context.waitForEvent('page', (p) => p.url().includes('/checker.html'));
  await ext.sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    // Without the tabs permission URLs are hidden: the tab is the one the content script reported from.
    const all = await chrome.storage.session.get(null);
    const key = Object.keys(all).find((k) => all[k].url === u)!;
    const tab = tabs.find((t: { id: number }) => `tab:${t.id}` === key);
    chrome.commands.onCommand.dispatch('check-selection', tab);
  }, url);
  const checker = await opened;
  await expect(checker.getByLabel('Text to check')).toHaveValue(selected);
  await expect(checker.locator('.annotated mark').first()).toBeVisible();
  await checker.close();
  await page.close();
});

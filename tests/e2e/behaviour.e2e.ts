// Page behaviour: no topic, payloads shown as text, dynamic additions, split sentences, the DOM left
// alone (apart from the shadow host), hover cards, popup focus, options.
import { test, expect, tabIdFor, tabState, badge, highlights, flagTexts, openPopup, type Ext } from './fixtures';
import { popupItems } from './popup-read';
import { containsQuote, expectations } from './seeds';
import { splitSentence } from './server';

async function allBadges(ext: Ext): Promise<string[]> {
  return ext.sw.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return Promise.all(tabs.map((t: { id: number }) => chrome.action.getBadgeText({ tabId: t.id })));
  });
}

async function sessionUrls(ext: Ext): Promise<string[]> {
  return ext.sw.evaluate(async () =>
    Object.values(await chrome.storage.session.get(null)).map((v) => (v as { url?: string }).url ?? ''),
  );
}

// biome-ignore lint/suspicious/noExplicitAny: the extension API, used only inside callbacks run in the browser.
declare const chrome: any;

test('a page with no topic: no badge, no engine call, no highlight', async ({ ext }) => {
  const page = await ext.context.newPage();
  const url = `${ext.server.origin}/no-topic.html`;
  await page.goto(url);
  await page.waitForTimeout(1500);
  expect(await sessionUrls(ext)).not.toContain(url); // the background never heard of the page
  expect(await allBadges(ext)).toEqual((await allBadges(ext)).map(() => ''));
  expect(await highlights(page)).toEqual({});
  expect(await page.locator('trialtrace-root').count()).toBe(0);
  await page.close();
});

test('a page whose text holds HTML and script payloads shows them as text', async ({ ext }) => {
  const page = await ext.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const url = `${ext.server.origin}/payload.html`;
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(async () => (await tabState(ext, tabId))?.findings.length ?? 0).toBeGreaterThan(0);
  const popup = await openPopup(ext, tabId);
  const items = await popupItems(popup);
  const payload = items.find((i) => i.sentence.includes('<script>'));
  expect(payload, 'the payload sentence is listed').toBeTruthy();
  expect(payload!.sentence).toContain('<img src=x onerror=');
  expect(await popup.locator('ol.findings img, ol.findings script').count()).toBe(0);
  // The hover card shows it as text too.
  await hoverFirstFlag(page);
  const card = page.locator('trialtrace-root .card');
  await expect(card).toBeVisible();
  expect(await card.locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await popup.close();
  await page.close();
});

async function hoverFirstFlag(page: import('@playwright/test').Page): Promise<void> {
  const box = await page.evaluate(() => {
    for (const v of ['overstated', 'misreported', 'outdated']) {
      const h = CSS.highlights.get(`trialtrace-${v}`) as unknown as Set<Range> | undefined;
      const r = h && [...h][0];
      if (r) {
        r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  });
  expect(box, 'a flag to hover').toBeTruthy();
  await page.mouse.move(box!.x, box!.y);
}

test('claim paragraphs added after load are flagged (batched, idle time)', async ({ ext }) => {
  const exp = expectations().find((e) => e.file.startsWith('001'))!;
  const page = await ext.context.newPage();
  const url = `${ext.server.origin}/dynamic.html`;
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect(page).toHaveTitle('done', { timeout: 20_000 });
  await expect
    .poll(async () => flagTexts(await highlights(page)).filter((t) => exp.mustFlag.some((m) => containsQuote(t, m.quote))).length)
    .toBe(exp.mustFlag.length);
  await expect.poll(() => badge(ext, tabId)).toBe(String(flagTexts(await highlights(page)).length));
  await page.close();
});

test('a page that starts without the topic and then loads an ALS story is checked', async ({ ext }) => {
  const page = await ext.context.newPage();
  const url = `${ext.server.origin}/dynamic-from-nothing.html`;
  await page.goto(url);
  const tabId = await tabIdFor(ext, url, 20_000);
  await expect(page).toHaveTitle('done', { timeout: 20_000 });
  await expect.poll(async () => Number((await badge(ext, tabId)) || 0)).toBeGreaterThan(0);
  await page.close();
});

test('a page that keeps producing nothing relevant stops being observed', async ({ ext }) => {
  const page = await ext.context.newPage();
  const url = `${ext.server.origin}/noisy.html`;
  await page.goto(url);
  await expect(page).toHaveTitle('done', { timeout: 20_000 });
  await page.waitForTimeout(1500);
  // The claim paragraph came after 60 irrelevant ones: by then the observer had stopped.
  expect(await sessionUrls(ext)).not.toContain(url);
  expect(await highlights(page)).toEqual({});
  // Control: after only 10 irrelevant paragraphs the same claim paragraph is still checked.
  const short = `${ext.server.origin}/noisy-short.html`;
  await page.goto(short);
  await expect(page).toHaveTitle('done', { timeout: 20_000 });
  const tabId = await tabIdFor(ext, short);
  await expect.poll(async () => Number((await badge(ext, tabId)) || 0)).toBeGreaterThan(0);
  await page.close();
});

test('a sentence split across a link, bold text and a line break is highlighted exactly', async ({ ext }, info) => {
  const split = splitSentence()!;
  const page = await ext.context.newPage();
  const url = `${ext.server.origin}/split.html`;
  await page.goto(url);
  await tabIdFor(ext, url);
  await expect.poll(async () => flagTexts(await highlights(page)).length).toBeGreaterThan(0);
  const tabId = await tabIdFor(ext, url);
  const texts = flagTexts(await highlights(page));
  const hit = texts.find((t) => containsQuote(t, split.sentence));
  expect(hit, 'the split sentence is highlighted').toBeTruthy();
  // Exact: each painted range holds exactly its finding's sentence (the <br> is a newline in the page).
  const findings = (await tabState(ext, tabId))!.findings.filter((f) => f.painted);
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  expect(texts.map(flat).sort()).toEqual(findings.map((f) => flat(f.text)).sort());
  await page.screenshot({ path: info.outputPath('split.png') });
  await page.close();
});

test('the page DOM is unchanged apart from the shadow host; hover shows the card', async ({ ext }, info) => {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    // From DOMContentLoaded (the parser is done, the content script runs later, at document_idle):
    // a serialisation of the page and a log of every mutation.
    const w = window as unknown as { __mutations: string[]; __html: string };
    w.__mutations = [];
    document.addEventListener('DOMContentLoaded', () => {
      w.__html = document.documentElement.outerHTML;
      new MutationObserver((records) => {
        for (const r of records) {
          const target = (r.target as Element).nodeName;
          if (r.type === 'childList') {
            for (const n of r.addedNodes) w.__mutations.push(`add ${n.nodeName} to ${target}`);
            for (const n of r.removedNodes) w.__mutations.push(`remove ${n.nodeName} from ${target}`);
          } else w.__mutations.push(`${r.type} ${r.attributeName ?? ''} on ${target}`);
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    });
  });
  const exp = expectations().find((e) => e.file.startsWith('000'))!;
  const url = `${ext.server.origin}${ext.server.seedPaths.get(exp.file)}`;
  await page.goto(url);
  await tabIdFor(ext, url);
  await expect.poll(async () => flagTexts(await highlights(page)).length).toBeGreaterThan(0);
  await hoverFirstFlag(page);
  const card = page.locator('trialtrace-root .card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(/Overstated|Misreported|Outdated/);
  await expect(card).toContainText('What the source found');
  await expect(card).toContainText('NCT03039673');
  await expect(card.locator('a[href^="https://clinicaltrials.gov/"]')).toHaveCount(1);
  await page.screenshot({ path: info.outputPath('hover-card.png') });
  const log = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
  expect(log, 'mutations after load').toEqual(['add TRIALTRACE-ROOT to HTML']);
  const same = await page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelector('trialtrace-root')?.remove();
    return clone.outerHTML === (window as unknown as { __html: string }).__html;
  });
  expect(same, 'page HTML unchanged apart from the shadow host').toBe(true);
  await page.close();
});

test('popup: clicking a finding scrolls the page to it, pulses it and opens its card', async ({ ext }) => {
  const exp = expectations().find((e) => e.file.startsWith('004'))!;
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1000, height: 500 });
  const url = `${ext.server.origin}${ext.server.seedPaths.get(exp.file)}`;
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(async () => (await tabState(ext, tabId))?.painted ?? 0).toBeGreaterThan(2);
  const popup = await openPopup(ext, tabId);
  const last = popup.locator('ol.findings > li').last();
  await last.click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  expect((await highlights(page))['trialtrace-pulse']?.length).toBe(1);
  await expect(page.locator('trialtrace-root .card')).toBeVisible();
  await popup.close();
  await page.close();
});

test('options: turning a site off clears its highlights and badge; show supported adds them', async ({ ext }) => {
  const exp = expectations().find((e) => e.file.startsWith('001'))!;
  const page = await ext.context.newPage();
  const url = `${ext.server.origin}${ext.server.seedPaths.get(exp.file)}`;
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(async () => flagTexts(await highlights(page)).length).toBeGreaterThan(0);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await options.getByLabel('Site to turn off').fill('127.0.0.1');
  await options.getByRole('button', { name: 'Turn off' }).click();
  await expect.poll(async () => flagTexts(await highlights(page)).length).toBe(0);
  await expect.poll(() => badge(ext, tabId)).toBe('');
  await options.getByRole('button', { name: 'Turn back on' }).click();
  await expect.poll(async () => flagTexts(await highlights(page)).length).toBeGreaterThan(0);

  // Only misreported: overstated sentences are no longer painted, and the badge follows.
  await options.locator('input[name=highlight-overstated]').uncheck();
  await expect.poll(async () => ((await highlights(page))['trialtrace-overstated'] ?? []).length).toBe(0);
  const n = flagTexts(await highlights(page)).length;
  await expect.poll(() => badge(ext, tabId)).toBe(n ? String(n) : '');
  await options.locator('input[name=showSupported]').check();
  await options.locator('input[value=precise]').check();
  await expect.poll(async () => (await tabState(ext, tabId))?.painted).toBe(flagTexts(await highlights(page)).length);
  await options.close();
  await page.close();
});

test('a status sentence is judged at the page’s declared date; without one, the flag says what changed and when', async ({
  ext,
}) => {
  const message = async (path: string) => {
    const page = await ext.context.newPage();
    const url = `${ext.server.origin}${path}`;
    await page.goto(url);
    const tabId = await tabIdFor(ext, url);
    let text = '';
    await expect
      .poll(async () => {
        const st = (await tabState(ext, tabId)) as { findings: { verdict: string; reasons: { message: string }[] }[] } | null;
        const f = st?.findings.find((x) => x.verdict === 'outdated');
        text = f?.reasons[0]?.message ?? '';
        return text;
      })
      .not.toBe('');
    await page.close();
    return text;
  };
  expect(await message('/dated.html')).toMatch(
    /^Since this was published \(August 2022\): the drug was approved in the US \(29 September 2022\)/,
  );
  expect(await message('/undated.html')).not.toMatch(/^Since this was published/);
});

test('a page about the topic in another language: nothing flagged, and the popup says it was not checked', async ({ ext }) => {
  const page = await ext.context.newPage();
  const url = `${ext.server.origin}/french.html`;
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(async () => (await tabState(ext, tabId))?.notEnglish ?? false).toBe(true);
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('not-english')).toContainText('does not look like English');
  expect(await popup.locator('ol.findings > li').count()).toBe(0);
  await popup.close();
  // An English page says nothing of the kind.
  const english = await ext.context.newPage();
  const dated = `${ext.server.origin}/dated.html`;
  await english.goto(dated);
  const englishTab = await tabIdFor(ext, dated);
  await expect.poll(async () => (await tabState(ext, englishTab))?.findings.length ?? 0).toBeGreaterThan(0);
  const popup2 = await openPopup(ext, englishTab);
  await expect(popup2.getByTestId('count')).not.toHaveText('…');
  expect(await popup2.getByTestId('not-english').count()).toBe(0);
  await popup2.close();
  await english.close();
  await page.close();
});

// The built Firefox extension (MV3) in stock Firefox ESR: content script, CSS Custom Highlight API
// painting, badge, popup, the page DOM left alone, and no network requests from any context.
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { containsQuote, expectations, seeds } from '../e2e/seeds';
import { launchFirefox, ORIGIN, type FirefoxRun } from './launch';

const FLAGS = ['overstated', 'misreported', 'outdated'];

// The WebExtension API inside page.evaluate callbacks run in extension pages.
// biome-ignore lint/suspicious/noExplicitAny: the browser namespace exists only inside Firefox.
declare const browser: any;

let ff: FirefoxRun;
let ext: Page; // an extension page (the popup without a tab id), used to read extension state

test.beforeAll(async () => {
  ff = await launchFirefox();
  console.log(`[firefox] ${ff.version}`);
  ext = await ff.popup();
});

test.afterAll(async () => {
  console.log(
    `[network] unexpected requests: ${ff?.unexpected.length ?? 'n/a'}${ff?.unexpected.length ? '\n  ' + ff.unexpected.join('\n  ') : ''}`,
  );
  await ff?.close();
});

test.afterEach(() => {
  // Every request any Firefox context made went to the test pages: the extension made none.
  expect(ff.unexpected, 'requests other than the test pages').toEqual([]);
});

/** Text of each TrialTrace highlight, by highlight name. */
function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (name.startsWith('trialtrace-')) out[name] = [...h].map((r) => r.toString());
    }
    return out;
  });
}

// Adjacent flags of one verdict are painted as separate blocks: the second in the verdict's "-alt" highlight.
const flagTexts = (h: Record<string, string[]>) =>
  FLAGS.flatMap((v) => [...(h[`trialtrace-${v}`] ?? []), ...(h[`trialtrace-${v}-alt`] ?? [])]);

/** The background's tab id for a page, from its per-tab state in storage.session. */
async function tabIdFor(url: string): Promise<number> {
  let id = -1;
  await expect
    .poll(
      async () => {
        id = await ext.evaluate(async (u) => {
          const all = await browser.storage.session.get(null);
          for (const [k, v] of Object.entries(all))
            if (k.startsWith('tab:') && (v as { url?: string }).url === u) return Number(k.slice(4));
          return -1;
        }, url);
        return id;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(0);
  return id;
}

function badge(tabId: number): Promise<string> {
  return ext.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
}

async function popupList(tabId: number): Promise<{ verdict: string; sentence: string }[]> {
  const popup = await ff.popup(tabId);
  await popup.waitForSelector('ol.findings > li');
  const items = await popup.$$eval('ol.findings > li', (lis) =>
    lis.map((li) => ({
      verdict: li.getAttribute('data-verdict') ?? '',
      sentence: li.querySelector('.sentence')?.textContent ?? '',
    })),
  );
  await popup.close();
  return items;
}

test('Firefox ESR has the CSS Custom Highlight API the extension paints with', async () => {
  const major = Number(/firefox\/(\d+)/i.exec(ff.version)?.[1]);
  expect(major, ff.version).toBeGreaterThanOrEqual(140);
  const page = await ff.newPage();
  await page.goto(`${ORIGIN}/no-topic.html`);
  expect(await page.evaluate(() => typeof CSS.highlights?.set === 'function' && typeof Highlight === 'function')).toBe(true);
  await page.close();
});

for (const exp of expectations().filter((e) => !e.record)) {
  test(`news seed ${exp.file}: must-flag sentences highlighted, badge = highlights, popup lists them`, async () => {
    const seed = seeds().find((s) => s.file === exp.file)!;
    const url = `${ORIGIN}/seed/${seed.name}.html`;
    const page = await ff.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(url);
    const missing = async () => {
      const painted = flagTexts(await highlights(page));
      return exp.mustFlag.filter((m) => !painted.some((t) => containsQuote(t, m.quote))).map((m) => m.quote);
    };
    await expect.poll(missing, { timeout: 15_000, message: 'must-flag sentences not highlighted' }).toEqual([]);
    const painted = flagTexts(await highlights(page));
    await expect.poll(() => badge(tabId)).toBe(String(painted.length));
    for (const frags of exp.mustNot) {
      const q = frags.join(' … ');
      expect(
        painted.filter((t) => containsQuote(t, q)),
        `must not highlight: ${q}`,
      ).toEqual([]);
    }
    const listed = (await popupList(tabId)).filter((i) => FLAGS.includes(i.verdict));
    for (const row of exp.mustFlag) {
      const hit = listed.find((i) => containsQuote(i.sentence, row.quote));
      expect(hit, `popup lists: ${row.quote}`).toBeTruthy();
      expect(hit!.verdict, `verdict of: ${row.quote}`).toBe(row.verdict);
    }
    await page.close();
  });
}

test('claim paragraphs added after load are flagged (mutation batching and idle callbacks in Firefox)', async () => {
  const exp = expectations().find((e) => e.file.startsWith('001'))!;
  const url = `${ORIGIN}/dynamic.html`;
  const page = await ff.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(url);
  await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('done');
  const missing = async () => {
    const painted = flagTexts(await highlights(page));
    return exp.mustFlag.filter((m) => !painted.some((t) => containsQuote(t, m.quote))).map((m) => m.quote);
  };
  await expect.poll(missing, { timeout: 15_000 }).toEqual([]);
  await expect.poll(async () => badge(tabId)).toBe(String(flagTexts(await highlights(page)).length));
  await page.close();
});

test('registry seed: a trial card in the page and the popup, no flags, no badge', async () => {
  const reg = expectations().find((e) => e.record)!;
  const seed = seeds().find((s) => s.file === reg.file)!;
  const url = `${ORIGIN}/seed/${seed.name}.html`;
  const page = await ff.newPage();
  await page.goto(url);
  // With no free margin beside the record, the card waits as a small corner button until it is opened.
  await expect
    .poll(() => page.evaluate(() => !!document.querySelector('trialtrace-root')?.shadowRoot?.querySelector('button.tab')), {
      timeout: 15_000,
    })
    .toBe(true);
  await page.evaluate(() =>
    (document.querySelector('trialtrace-root')!.shadowRoot!.querySelector('button.tab') as HTMLButtonElement).click(),
  );
  const card = () =>
    page.evaluate(() => document.querySelector('trialtrace-root')?.shadowRoot?.querySelector('.card.trial')?.textContent ?? '');
  await expect.poll(card, { timeout: 15_000 }).toContain('NCT04952155');
  expect(await card()).toMatch(/not randomised/);
  const tabId = await tabIdFor(url);
  expect(flagTexts(await highlights(page))).toEqual([]);
  expect(await badge(tabId)).toBe('');
  const popup = await ff.popup(tabId);
  await popup.waitForSelector('.trial-card');
  expect(await popup.$eval('.trial-card', (el) => el.textContent)).toContain('NCT04952155');
  await popup.close();
  await page.close();
});

test('the page DOM is unchanged apart from the shadow host; hovering a flag shows the card', async () => {
  const exp = expectations().find((e) => !e.record && e.mustFlag.length > 0)!;
  const seed = seeds().find((s) => s.file === exp.file)!;
  const page = await ff.newPage();
  await page.evaluateOnNewDocument(() => {
    // From DOMContentLoaded (the content script runs later, at document_idle): the page's
    // serialisation and every mutation after it.
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
  const url = `${ORIGIN}/seed/${seed.name}.html`;
  await page.goto(url);
  await tabIdFor(url);
  await expect.poll(async () => flagTexts(await highlights(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const point = await page.evaluate(() => {
    for (const v of ['overstated', 'misreported', 'outdated']) {
      const r = [...((CSS.highlights.get(`trialtrace-${v}`) as unknown as Set<Range>) ?? [])][0];
      if (!r) continue;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    }
    return null;
  });
  expect(point, 'a flag to hover').toBeTruthy();
  await page.mouse.move(point!.x, point!.y);
  const card = () =>
    page.evaluate(() => document.querySelector('trialtrace-root')?.shadowRoot?.querySelector('.card')?.textContent ?? '');
  await expect.poll(card, { timeout: 10_000 }).toMatch(/Overstated|Misreported|Outdated/);
  expect(await card()).toContain('What the source found');
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

test('checker page (React, built without the innerHTML sink): annotates pasted copy and lists its findings', async () => {
  const exp = expectations().find((e) => !e.record && e.mustFlag.length > 0)!;
  const text = seeds().find((s) => s.file === exp.file)!.text;
  const page = await ff.extensionPage('checker.html');
  // fill() sets the value without an input event React hears (Firefox over BiDi); typing the last
  // character does send one.
  await page.locator('textarea[aria-label="Text to check"]').fill(text.slice(0, -1));
  await page.focus('textarea[aria-label="Text to check"]');
  await page.keyboard.type(text.slice(-1));
  const check = await page.waitForSelector('button:not([disabled])');
  expect(await check!.evaluate((b) => b.textContent)).toBe('Check');
  await check!.click();
  await page.waitForSelector('.annotated mark');
  const marks = await page.$$eval('.annotated mark', (ms) => ms.map((m) => m.textContent ?? ''));
  const items = await page.$$eval('ol.findings > li', (lis) => lis.map((li) => li.textContent ?? ''));
  for (const row of exp.mustFlag) {
    expect(
      marks.some((m) => containsQuote(m, row.quote)),
      `annotated: ${row.quote}`,
    ).toBe(true);
    expect(
      items.some((t) => containsQuote(t, row.quote)),
      `listed: ${row.quote}`,
    ).toBe(true);
  }
  // The annotated view is the text itself, as text.
  const shown = await page.$eval('.annotated', (el) => el.textContent ?? '');
  expect(shown.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  await page.close();
});

test('a page with no topic: no highlight, no shadow host, no tab state', async () => {
  const url = `${ORIGIN}/no-topic.html`;
  const page = await ff.newPage();
  await page.goto(url);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await highlights(page)).toEqual({});
  expect(await page.evaluate(() => document.querySelectorAll('trialtrace-root').length)).toBe(0);
  const urls = await ext.evaluate(async () =>
    Object.values(await browser.storage.session.get(null)).map((v) => (v as { url?: string }).url),
  );
  expect(urls).not.toContain(url);
  await page.close();
});

test('a request from an extension context is caught by the proxy, so the no-network check can fail', async () => {
  const before = ff.unexpected.length;
  await ext.evaluate(() =>
    fetch('http://not-allowed.test/probe').then(
      () => 'answered',
      () => 'refused',
    ),
  );
  // Firefox's MV3 extension CSP upgrades http to https, so this shows up as a CONNECT.
  expect(ff.unexpected.slice(before).join('\n')).toMatch(/not-allowed\.test/);
  ff.unexpected.splice(before); // made on purpose: not a failure of the extension
});

test('Firefox fetches the test pages through the proxy, so the no-network check sees all traffic', async () => {
  // Guards against a proxy that Firefox bypasses: then "no unexpected requests" would prove nothing.
  const page = await ff.newPage();
  const before = ff.served.length;
  await page.goto(`${ORIGIN}/no-topic.html`);
  expect(ff.served.slice(before)).toContain('/no-topic.html');
  await page.close();
});

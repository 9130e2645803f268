// Playwright fixtures: Chromium with the built extension loaded (persistent context, headless),
// the test server, the extension id and service worker, and a log of every network request made
// by an extension context.
import { chromium, expect, test as base, type BrowserContext, type Page, type Request, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type TestServer } from './server';

// The extension API inside sw.evaluate callbacks (they run in the service worker, not in Node).
// biome-ignore lint/suspicious/noExplicitAny: the extension API, used only inside callbacks run in the browser.
declare const chrome: any;

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export { expect };

export interface Ext {
  context: BrowserContext;
  id: string;
  sw: Worker;
  server: TestServer;
  /** Requests made by extension contexts (service worker, extension pages, or to non-test hosts). */
  extensionRequests: string[];
  /** Every request seen, for the record. */
  allRequests: string[];
}

export async function launch(headless = true): Promise<Omit<Ext, 'server'> & { close(): Promise<void> }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build in ${EXTENSION_DIR}: run npm run build`);
  const userDir = mkdtempSync(join(tmpdir(), 'trialtrace-e2e-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run'],
    viewport: { width: 1200, height: 900 },
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  const extensionRequests: string[] = [];
  const allRequests: string[] = [];
  const onRequest = (req: Request) => {
    const url = req.url();
    if (!/^(https?|wss?|ftp):/i.test(url)) return; // chrome-extension://, data:, blob: are local
    allRequests.push(url);
    let fromExtension = !!req.serviceWorker();
    try {
      fromExtension ||= req.frame().url().startsWith('chrome-extension://');
    } catch {
      /* requests from workers have no frame */
    }
    const toTestServer = new URL(url).hostname === '127.0.0.1';
    if (fromExtension || !toTestServer) extensionRequests.push(`${req.method()} ${url}`);
  };
  context.on('request', onRequest);
  return {
    context,
    id,
    sw,
    extensionRequests,
    allRequests,
    close: async () => {
      await context.close();
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

// biome-ignore lint/suspicious/noConfusingVoidType: Playwright types fixtures that provide no value as void.
export const test = base.extend<{ resetSettings: void; noNetwork: void }, { ext: Ext }>({
  ext: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this object pattern.
    async ({}, use) => {
      const server = await startServer();
      const browser = await launch();
      await use({ ...browser, server });
      console.log(
        `[network] requests made by extension contexts: ${browser.extensionRequests.length}${browser.extensionRequests.length ? '\n  ' + browser.extensionRequests.join('\n  ') : ''}`,
      );
      await browser.close();
      await server.close();
    },
    { scope: 'worker' },
  ],
  resetSettings: [
    async ({ ext }, use) => {
      await ext.sw.evaluate(() => chrome.storage.sync.clear());
      await use();
    },
    { auto: true },
  ],
  noNetwork: [
    async ({ ext }, use) => {
      const before = ext.extensionRequests.length;
      await use();
      expect(ext.extensionRequests.slice(before), 'network requests made by extension contexts').toEqual([]);
    },
    { auto: true },
  ],
});

/** The tab id of a page the content script reported on (the background keeps state by tab). */
export async function tabIdFor(ext: Ext, url: string, timeout = 15_000): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    const id = await ext.sw.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      for (const [k, v] of Object.entries(all))
        if (k.startsWith('tab:') && (v as { url?: string }).url === u) return Number(k.slice(4));
      return -1;
    }, url);
    if (id >= 0) return id;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no tab state for ${url}`);
}

export async function tabState(ext: Ext, tabId: number) {
  return ext.sw.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId) as Promise<{
    url: string;
    painted: number;
    findings: {
      text: string;
      verdict: string;
      sources: string[];
      reasons: { code: string }[];
      painted: boolean;
      anchored: boolean;
    }[];
    record?: { name: string; identifiers: string[] };
    notEnglish?: true;
    partial?: { checked: number; skipped: number };
  } | null>;
}

export async function badge(ext: Ext, tabId: number): Promise<string> {
  return ext.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Text of every TrialTrace highlight range in the page, by highlight name. */
export async function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (name.startsWith('trialtrace-')) out[name] = [...h].map((r) => r.toString());
    }
    return out;
  });
}

/** Ranges painted as flags (overstated, misreported, outdated). */
export function flagTexts(h: Record<string, string[]>): string[] {
  return ['overstated', 'misreported', 'outdated'].flatMap((v) => [
    ...(h[`trialtrace-${v}`] ?? []),
    ...(h[`trialtrace-${v}-alt`] ?? []),
  ]);
}

export async function openPopup(ext: Ext, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tabId}`);
  return popup;
}

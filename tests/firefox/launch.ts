// Firefox with the built extension (.output/firefox-mv3), driven by puppeteer-core over WebDriver BiDi.
//
// Every HTTP(S) request Firefox makes, from any context (pages, the extension's background page,
// Firefox itself), goes through a recording proxy set in Firefox's prefs. The proxy also serves the
// test pages, on the made-up origin http://seeds.test, so the only expected traffic is to that host:
// anything else is recorded as a request that should not have happened.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { routes } from '../e2e/server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const ORIGIN = 'http://seeds.test';
/** Fixed internal UUID, so the test can open moz-extension://UUID/popup.html (random per profile otherwise). */
export const EXTENSION_UUID = '5e1f6c1a-7d1b-4c55-9a0e-7a11a1ce0001';
const EXTENSION_ID = 'trialtrace@trialtrace.invalid';

export interface FirefoxRun {
  browser: Browser;
  version: string;
  /** Requests for anything other than the test pages ("METHOD url" or "CONNECT host:port"). */
  unexpected: string[];
  /** Paths of test pages served. */
  served: string[];
  newPage(): Promise<Page>;
  /** The popup as an ordinary tab (extension APIs available), showing tab `tabId`. */
  popup(tabId?: number): Promise<Page>;
  /** An extension page (e.g. 'checker.html') in a new tab. */
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

function startProxy(unexpected: string[], served: string[]): Promise<Server> {
  const pages = routes();
  const server = createServer((req, res) => {
    // A proxy receives absolute URLs ("GET http://host/path").
    const url = new URL(req.url ?? '/', 'http://invalid');
    if (url.origin !== ORIGIN) {
      unexpected.push(`${req.method} ${req.url}`);
      res.writeHead(403).end();
      return;
    }
    served.push(url.pathname);
    const body = pages.get(url.pathname);
    if (!body) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  // HTTPS goes through CONNECT: nothing here is HTTPS, so any CONNECT is unexpected.
  server.on('connect', (req, socket) => {
    unexpected.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function waitFor(ok: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const t0 = Date.now();
  while (!(await ok())) {
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `moz-extension://${EXTENSION_UUID}/${path}`;
  // The page loads, but goto() never resolves: the tab moves to the extension process and the
  // navigation is not reported back over BiDi (Firefox 153). Wait for the document instead.
  page.goto(url).catch(() => {});
  await waitFor(
    async () => (await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '')) === `${url} complete`,
    url,
  );
  return page;
}

export async function launchFirefox(): Promise<FirefoxRun> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No build in ${EXTENSION_DIR}: run npm run build:firefox`);
  if (!existsSync(FIREFOX))
    throw new Error(`No Firefox at ${FIREFOX}: run .ci/setup (apt-get install firefox-esr) or set FIREFOX_PATH`);
  const unexpected: string[] = [];
  const served: string[] = [];
  const proxy = await startProxy(unexpected, served);
  const { port } = proxy.address() as AddressInfo;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets WebDriver BiDi open moz-extension:// pages (the popup); Firefox refuses otherwise:
    // "Navigation to moz-extension://… is not allowed in this context".
    args: ['--remote-allow-system-access'],
    // Firefox's own Remote Settings sync (CONNECT firefox.settings.services.mozilla.com:443) is the one
    // request Firefox made on its own here: the test prefs point it at a dummy server, but release
    // builds ignore that override unless this variable is set (Firefox logs "Ignoring preference
    // override of remote settings server"). With it, the proxy log holds only pages and extension.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  const version = await browser.version();
  const id = await browser.installExtension(EXTENSION_DIR);
  if (id !== EXTENSION_ID) throw new Error(`installed ${id}, expected ${EXTENSION_ID}`);
  return {
    browser,
    version,
    unexpected,
    served,
    newPage: () => browser.newPage(),
    popup: (tabId) => openExtensionPage(browser, `popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`),
    extensionPage: (path) => openExtensionPage(browser, path),
    close: async () => {
      await browser.close();
      await new Promise<void>((ok) => proxy.close(() => ok()));
    },
  };
}

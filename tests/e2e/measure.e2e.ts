// Measured, not assumed: content-script size and contents, long tasks while the longest pages load,
// and the network-request detector itself.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, tabIdFor, tabState, EXTENSION_DIR } from './fixtures';
import { seeds } from './seeds';
import { isRegistrySeed } from './server';

// biome-ignore lint/suspicious/noExplicitAny: the extension API, used only inside callbacks run in the browser.
declare const chrome: any;

const CONTENT_JS = join(EXTENSION_DIR, 'content-scripts/content.js');
// The budget grew from 30 KB in session 4 with the in-page cards and keys, sliced work, the page's date and
// the database's own drug and trial words (src/generated/prefilter.json, ~2 KB); it stays a hard limit.
const LIMIT = 36 * 1024;

test('content script: at most 36 KB minified, no compromise, React or zod', async () => {
  const bytes = statSync(CONTENT_JS).size;
  const src = readFileSync(CONTENT_JS, 'utf8');
  console.log(`[size] content script ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB) minified; limit ${LIMIT}`);
  expect(bytes).toBeLessThanOrEqual(LIMIT);
  expect(src).not.toMatch(/react\.element|__SECRET_INTERNALS|react-dom/i); // React
  expect(src).not.toMatch(/ZodError|jitless|_zod/); // zod
  expect(src).not.toMatch(/compromise|#Noun|\bnlp\(/); // compromise
  expect(src).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|\beval\(|new Function\(/);
});

async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function measureLoad(ext: Parameters<Parameters<typeof test>[2]>[0]['ext'], path: string, label: string) {
  const page = await ext.context.newPage();
  await watchLongTasks(page);
  const url = `${ext.server.origin}${path}`;
  const t0 = Date.now();
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(async () => (await tabState(ext, tabId)) !== null).toBe(true);
  const reportedMs = Date.now() - t0;
  await page.waitForTimeout(800);
  const tasks = await page.evaluate(
    () => (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks,
  );
  const state = await tabState(ext, tabId);
  const chars = await page.evaluate(() => document.body.textContent!.length);
  console.log(
    `[longtasks] ${label} (${chars} chars): ${tasks.length} long task(s)${tasks.length ? ' ' + JSON.stringify(tasks) : ''}; ` +
      `${state?.painted ?? 0} flags painted; reported to the background ${reportedMs} ms after navigation`,
  );
  await page.close();
  return { tasks, painted: state?.painted ?? 0 };
}

test('the longest seed pages are checked and painted (long tasks printed)', async ({ ext }) => {
  const all = seeds();
  const longest = [...all].sort((a, b) => b.text.length - a.text.length)[0]!;
  const longestNews = [...all].filter((s) => !isRegistrySeed(s)).sort((a, b) => b.text.length - a.text.length)[0]!;
  const news = await measureLoad(ext, ext.server.seedPaths.get(longestNews.file)!, `longest news seed ${longestNews.file}`);
  await measureLoad(ext, ext.server.seedPaths.get(longest.file)!, `longest seed ${longest.file}`);
  // Long tasks are printed, not asserted: a count of tasks over 50 ms depends on how busy the machine
  // is (CI's is shared), and speed is measured by `npm run bench:browser`, which compares each page
  // with and without the extension. What is asserted: both pages were reported to the background
  // (measureLoad polls for it) and the news page's flags were painted.
  expect(news.painted, 'flags painted on the longest news seed page').toBeGreaterThan(0);
  // For the record: a page of every news seed eight times over (not a requirement).
  await measureLoad(ext, '/long.html', 'synthetic long page (news seeds x8)');
});

test('the network detector sees a request from the service worker (sanity check)', async ({ ext }) => {
  const before = ext.extensionRequests.length;
  await ext.sw.evaluate((u) => fetch(u).then(() => 'ok'), `${ext.server.origin}/no-topic.html`);
  await expect.poll(() => ext.extensionRequests.length).toBe(before + 1);
  ext.extensionRequests.splice(before); // the deliberate request is not the extension's
  console.log(`[network] detector sanity check passed; all requests seen so far: ${ext.allRequests.length}`);
});

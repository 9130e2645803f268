// npm run demo: builds the extension, serves the seed pages on 127.0.0.1, opens Chromium with
// TrialTrace loaded on them. With no display it runs headless, prints the findings per page and
// writes screenshots of each page and its popup (plus a card and the checker) to a folder it names.
// With a display it opens the pages in a visible browser and waits for Ctrl+C.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, tabIdFor, tabState, type Ext } from './fixtures';
import { startServer } from './server';
import { seeds } from './seeds';
import { readmeShots } from './demo-shots';

const ROOT = resolve(import.meta.dirname, '../..');

/** The tab and its state once the content script has reported; tabId -1 when it never does (no topic). */
async function stateFor(ext: Ext, url: string, timeout = 10_000) {
  let tabId: number;
  try {
    tabId = await tabIdFor(ext, url, timeout);
  } catch {
    return { tabId: -1, state: null };
  }
  await new Promise((r) => setTimeout(r, 400));
  return { tabId, state: await tabState(ext, tabId) };
}

async function main() {
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const headless = !process.env.DISPLAY || process.argv.includes('--headless');
  const outArg = process.argv.find((a) => a.startsWith('--out='))?.slice(6);
  const out = outArg ? resolve(outArg) : mkdtempSync(join(tmpdir(), 'trialtrace-demo-'));
  mkdirSync(out, { recursive: true });
  const server = await startServer(Number(process.env.DEMO_PORT ?? 0));
  const browser = await launch(headless);
  const ext: Ext = { ...browser, server };
  console.log(`TrialTrace demo — pages served at ${server.origin}, Chromium ${headless ? 'headless' : 'with a window'}`);
  const paths = [...seeds().map((s) => server.seedPaths.get(s.file)!), '/split.html', '/payload.html', '/no-topic.html'];
  let cardShot = false;
  for (const path of paths) {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    const url = `${server.origin}${path}`;
    await page.goto(url);
    const { tabId, state } = await stateFor(ext, url, path === '/no-topic.html' ? 1500 : 10_000);
    const name = path.replace(/^\/(seed\/)?/, '').replace(/\.html$/, '');
    console.log(`\n== ${path}`);
    if (!state) console.log('   nothing checked (the page never mentions the topic)');
    else if (state.record)
      console.log(`   record page: trial card for ${state.record.name} (${state.record.identifiers.join(', ')})`);
    else {
      console.log(`   badge ${state.painted}`);
      for (const f of state.findings) {
        console.log(
          `   ${f.painted ? '■' : '□'} ${f.verdict.toUpperCase()} [${f.sources.join(' ')}] ${f.reasons.map((r) => r.code).join(', ')}`,
        );
        console.log(`     “${f.text.replace(/\s+/g, ' ')}”`);
      }
    }
    if (!headless) continue;
    await page.screenshot({ path: join(out, `${name}-page.png`), fullPage: true });
    if (state && state.painted > 0 && !cardShot) {
      const box = await page.evaluate(() => {
        for (const v of ['misreported', 'overstated', 'outdated']) {
          const r = [...((CSS.highlights.get(`trialtrace-${v}`) as unknown as Set<Range>) ?? [])][0];
          if (r) {
            r.startContainer.parentElement!.scrollIntoView({ block: 'start' });
            const rect = r.getClientRects()[0]!;
            return { x: rect.left + 10, y: rect.top + rect.height / 2 };
          }
        }
        return null;
      });
      if (box) {
        await page.mouse.move(box.x, box.y);
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(out, `${name}-card.png`) });
        cardShot = true;
      }
    }
    if (tabId >= 0) {
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tabId}`);
      await popup.waitForTimeout(400);
      await popup.screenshot({ path: join(out, `${name}-popup.png`), fullPage: true });
      await popup.close();
    }
    await page.close();
  }
  if (headless) {
    const checker = await ext.context.newPage();
    await checker.setViewportSize({ width: 1280, height: 900 });
    await checker.goto(`chrome-extension://${ext.id}/checker.html`);
    await checker.getByLabel('Text to check').fill(seeds().find((s) => s.file.startsWith('001'))?.text ?? '');
    await checker.getByRole('button', { name: 'Check' }).click();
    await checker
      .locator('.annotated mark')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    await checker
      .locator('ol.findings > li')
      .first()
      .click()
      .catch(() => undefined);
    await checker.screenshot({ path: join(out, 'checker.png'), fullPage: true });
    await checker.close();
    const shots = await readmeShots(ext, out);
    console.log(`\nREADME screenshots (cropped; copy them to tests/e2e/screenshots/):\n  ${shots.join('\n  ')}`);
    console.log(`\nRequests made by extension contexts: ${ext.extensionRequests.length}`);
    console.log(`Screenshots: ${out}`);
    await browser.close();
    await server.close();
    return;
  }
  console.log('\nThe pages are open in Chromium. Press Ctrl+C to quit.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});

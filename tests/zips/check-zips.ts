// Checks the store zips written by `npm run zip` (Chrome Web Store) and `npm run zip:firefox` (AMO:
// the extension and the sources zip AMO asks for): each opens, holds a MV3 manifest for its browser
// and every file the manifest names; the sources zip holds what rebuilds the extension and no build
// output or dependencies. Prints one line per zip; exits 1 with every problem found.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const problems: string[] = [];

async function open(file: string): Promise<JSZip | null> {
  const path = join(OUT, file);
  if (!existsSync(path)) {
    problems.push(`${file}: missing (run npm run zip and npm run zip:firefox)`);
    return null;
  }
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = Object.values(zip.files).filter((f) => !f.dir);
  console.log(`${file}: ${files.length} files, ${(statSync(path).size / 1024).toFixed(1)} KB`);
  return zip;
}

/** The manifest fields checked here. */
interface Manifest {
  manifest_version?: number;
  version?: string;
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
}

/** Files a manifest names that must be in the zip. */
function referenced(m: Manifest): string[] {
  const out: string[] = [];
  if (m.background?.service_worker) out.push(m.background.service_worker);
  out.push(...(m.background?.scripts ?? []));
  if (m.action?.default_popup) out.push(m.action.default_popup);
  if (m.options_ui?.page) out.push(m.options_ui.page);
  for (const cs of m.content_scripts ?? []) out.push(...(cs.js ?? []), ...(cs.css ?? []));
  return out;
}

async function checkExtension(file: string, browser: 'chrome' | 'firefox'): Promise<void> {
  const zip = await open(file);
  if (!zip) return;
  const text = await zip.file('manifest.json')?.async('string');
  if (!text) return void problems.push(`${file}: no manifest.json at the root`);
  const m = JSON.parse(text) as Manifest;
  if (m.manifest_version !== 3) problems.push(`${file}: manifest_version ${m.manifest_version}, expected 3`);
  if (m.version !== version) problems.push(`${file}: version ${m.version}, package.json says ${version}`);
  for (const f of referenced(m)) if (!zip.file(f)) problems.push(`${file}: manifest names ${f}, not in the zip`);
  if (Object.keys(zip.files).some((f) => f.endsWith('.map'))) problems.push(`${file}: holds source maps`);
  if (browser === 'chrome') {
    if (!m.background?.service_worker) problems.push(`${file}: no background.service_worker`);
    if (m.browser_specific_settings) problems.push(`${file}: Firefox-only browser_specific_settings in the Chrome manifest`);
  } else {
    const bss = m.browser_specific_settings ?? {};
    if (!bss.gecko?.id) problems.push(`${file}: no browser_specific_settings.gecko.id`);
    if (!bss.gecko?.data_collection_permissions) problems.push(`${file}: no data_collection_permissions`);
    if (!m.background?.scripts?.length) problems.push(`${file}: no background.scripts (Firefox MV3 runs an event page)`);
  }
}

async function checkSources(file: string): Promise<void> {
  const zip = await open(file);
  if (!zip) return;
  for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/background.ts']) {
    if (!zip.file(f)) problems.push(`${file}: ${f} missing (AMO rebuilds from it)`);
  }
  const bad = Object.keys(zip.files).filter((f) => /^(node_modules|\.output)\//.test(f));
  if (bad.length) problems.push(`${file}: holds ${bad[0]} and ${bad.length - 1} more from node_modules/.output`);
}

await checkExtension(`${name}-${version}-chrome.zip`, 'chrome');
await checkExtension(`${name}-${version}-firefox.zip`, 'firefox');
await checkSources(`${name}-${version}-sources.zip`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('zips: ok');

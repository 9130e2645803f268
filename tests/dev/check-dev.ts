// `npm run dev` with no display (as in CI or over SSH): the dev server must start, build the
// extension, say in one line why no browser opens, and keep running (it used to crash with
// ECONNRESET when web-ext could not start Chromium). Exits 1 with the output when it does not.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output/chrome-mv3-dev');

/** A port nobody is listening on (other helpers may run a dev server on 3000). */
function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

const env = { ...process.env };
delete env.DISPLAY;
delete env.WAYLAND_DISPLAY;
rmSync(OUT, { recursive: true, force: true });
const port = await freePort();
const child = spawn(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), '--port', String(port)], {
  cwd: ROOT,
  env,
  detached: true, // its own process group, so the esbuild and Vite helpers stop with it
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
let exited: number | null = null;
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));
child.on('exit', (code) => (exited = code ?? -1));

const t0 = Date.now();
const ready = () => /Built extension/.test(output) && /No display \(DISPLAY unset\): not opening a browser/.test(output);
while (!ready() && exited === null && Date.now() - t0 < 90_000) await new Promise((r) => setTimeout(r, 200));
// Still running a moment after the build: the crash came right after it.
await new Promise((r) => setTimeout(r, 2000));
const problems: string[] = [];
if (exited !== null) problems.push(`dev server exited (code ${exited})`);
if (!ready()) problems.push('no "Built extension" and "No display" lines within 90 s');
if (!existsSync(join(OUT, 'manifest.json'))) problems.push(`no ${OUT}/manifest.json`);
if (exited === null) process.kill(-child.pid!, 'SIGTERM');
if (problems.length) {
  console.error(`${problems.join('\n')}\n--- output ---\n${output}`);
  process.exit(1);
}
console.log(`dev without a display: built in ${((Date.now() - t0) / 1000).toFixed(1)} s, no browser, still running; stopped.`);

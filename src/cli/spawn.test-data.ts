// Runs the real CLI (src/tools/check.ts under tsx) in a child process.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Environment without the colour switches the test runner itself may set. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  // INIT_CWD: npm test sets it to where npm was typed; the CLI reads relative paths from there.
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'INIT_CWD']) if (!(k in extra)) delete env[k];
  return env;
}

export function runCli(
  args: string[],
  opts: { input?: string | Uint8Array; env?: Record<string, string> } & Pick<SpawnSyncOptions, 'uid' | 'gid' | 'cwd'> = {},
): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/tools/check.ts'), ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: cleanEnv(opts.env),
    encoding: 'utf8',
    uid: opts.uid,
    gid: opts.gid,
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// How the engine did at first contact with a set: each set's flags from the engine at the commit its BLIND.yaml records
// (the engine that first met it, before anyone read its errors), replayed in a temporary git worktree, scored against
// the set's labels as they stand now. What a fresh page does to the engine, per reason, pooled over sets.
//
//   npx tsx src/tools/first-contact.ts 62,64,69,71,74,78,86,88,89,90,93,94,95,97,98,100,102,104,105
//
// Development sets only: a held-out set (HELD_OUT) is refused. Writes nothing in the repository; each worktree is
// removed after use. Needs the repository's git history and node_modules (linked into each worktree).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GENERALISATION_DIR } from './eval/generalisation';
import { repoRoot } from './eval/paths';

interface Flag {
  set: string;
  reasons: string[];
  ok: boolean;
}

/** Run inside the worktree: the set's flags at that commit, one JSON line each. */
const DUMP = `import { join } from 'node:path';
import { GENERALISATION_DIR, runGeneralisation } from './src/tools/eval/generalisation';
const set = process.argv[2];
const r = runGeneralisation(join(GENERALISATION_DIR(), set));
for (const x of r.results) if (x.finding) console.log(JSON.stringify({ set, reasons: x.finding.reasons.map((q) => q.code), ok: x.e.kind !== 'must-not-flag' }));
for (const u of r.unlabelled) console.log(JSON.stringify({ set, reasons: u.f.reasons.map((q) => q.code), ok: false }));
`;

function main(): void {
  const sets = (process.argv[2] ?? '')
    .split(',')
    .filter(Boolean)
    .map((n) => `set-${n.replace(/^set-/, '')}`);
  if (sets.length === 0) throw new Error('usage: npx tsx src/tools/first-contact.ts <set numbers, comma-separated>');
  const root = repoRoot();
  const byCommit = new Map<string, string[]>();
  for (const set of sets) {
    const dir = join(GENERALISATION_DIR(), set);
    if (existsSync(join(dir, 'HELD_OUT'))) throw new Error(`${set} is held out: it is measured, never replayed`);
    const blind = join(dir, 'BLIND.yaml');
    if (!existsSync(blind)) throw new Error(`${set} has no BLIND.yaml: no first-contact commit recorded`);
    const commit = String((parse(readFileSync(blind, 'utf8')) as { commit: unknown }).commit);
    byCommit.set(commit, [...(byCommit.get(commit) ?? []), set]);
  }
  const flags: Flag[] = [];
  for (const [commit, group] of byCommit) {
    const wt = mkdtempSync(join(tmpdir(), `first-contact-${commit}-`));
    rmSync(wt, { recursive: true });
    execFileSync('git', ['-C', root, 'worktree', 'add', '-f', '--detach', wt, commit], { stdio: 'ignore' });
    try {
      symlinkSync(join(root, 'node_modules'), join(wt, 'node_modules'));
      execFileSync('npx', ['tsx', 'src/tools/compile-claims.ts'], { cwd: wt, stdio: 'ignore' });
      writeFileSync(join(wt, 'first-contact-dump.ts'), DUMP);
      for (const set of group) {
        const to = join(wt, 'tests', 'generalisation', set);
        rmSync(to, { recursive: true, force: true });
        cpSync(join(GENERALISATION_DIR(), set), to, { recursive: true });
        const out = execFileSync('npx', ['tsx', 'first-contact-dump.ts', set], { cwd: wt, encoding: 'utf8' });
        const mine = out
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as Flag);
        flags.push(...mine);
        console.log(`${set} at ${commit}: ${mine.length} flags, ${mine.filter((f) => f.ok).length} right`);
      }
    } finally {
      execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', wt], { stdio: 'ignore' });
    }
  }
  const right = flags.filter((f) => f.ok).length;
  console.log(`\nall: ${flags.length} flags, ${right} right (precision ${(right / Math.max(1, flags.length)).toFixed(2)})`);
  const byReason = new Map<string, [number, number]>();
  for (const f of flags)
    for (const r of f.reasons) {
      const t = byReason.get(r) ?? [0, 0];
      t[f.ok ? 0 : 1]++;
      byReason.set(r, t);
    }
  for (const [r, [ok, bad]] of [...byReason].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1]))
    console.log(`  ${r.padEnd(28)} right ${ok}, wrong ${bad}`);
}

main();

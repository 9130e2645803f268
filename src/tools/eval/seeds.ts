// Part (a): the seed expectations. The module tests/seeds/expectations is written by someone else;
// it is loaded only when it exists, so the evaluation runs before it lands.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths';

export interface SeedLine {
  seed: string;
  text: string;
  kind: string;
  pass: boolean;
  detail: string;
}

type EvaluateSeeds = () => { lines: SeedLine[] } | Promise<{ lines: SeedLine[] }>;

/** The expectations module's file, if any ('../../tests/seeds/expectations' seen from src/tools). */
export function expectationsFile(): string | null {
  const base = resolve(repoRoot(), 'tests', 'seeds', 'expectations');
  for (const ext of ['.ts', '.mts', '.js', '.mjs']) if (existsSync(base + ext)) return base + ext;
  return null;
}

/** Runs part (a) and returns the report text. */
export async function evalSeeds(): Promise<string> {
  const file = expectationsFile();
  if (!file) return '(a) seed expectations: not available';
  const mod = (await import(pathToFileURL(file).href)) as { evaluateSeeds?: EvaluateSeeds };
  if (typeof mod.evaluateSeeds !== 'function') return `(a) seed expectations: ${file} has no evaluateSeeds export`;
  const { lines } = await mod.evaluateSeeds();
  const passed = lines.filter((l) => l.pass).length;
  return [
    `(a) seed expectations (${file})`,
    ...lines.map((l) => `  ${l.pass ? 'PASS' : 'FAIL'}  [${l.seed}] ${l.kind}: ${l.text}${l.detail ? ` — ${l.detail}` : ''}`),
    `  total: ${passed}/${lines.length} passed, ${lines.length - passed} failed`,
  ].join('\n');
}

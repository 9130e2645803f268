// Where the evaluation data lives: ../shared beside the repository root (never inside the repo).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest ancestor of this file that holds package.json. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

/** A path under ../shared, resolved from the repository root. */
export function sharedPath(...parts: string[]): string {
  return resolve(repoRoot(), '..', 'shared', ...parts);
}

export const CAUSAL_CSV = ['benchmarks', 'causal-language', 'pubmed_causal_language_use.csv'] as const;
export const INSCIOUT_TEST = ['benchmarks', 'exaggeration-pairs', 'insciout_test.jsonl'] as const;

// The seed documents (../shared/seeds, read at test time, never copied into the repo) and the
// expectations parsed from their EXPECTATIONS.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = process.env.TRIALTRACE_SEEDS ?? resolve(import.meta.dirname, '../../../shared/seeds');

export interface Seed {
  name: string;
  file: string;
  text: string;
}

export function seeds(): Seed[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: file.replace(/\.txt$/, ''), file, text: readFileSync(join(SEEDS_DIR, file), 'utf8') }));
}

export interface MustFlag {
  /** Opening words (or the quoted sentence) as written in the expectations. */
  quote: string;
  verdict: string;
  source: string;
  reasons: string[];
}

export interface SeedExpectation {
  file: string;
  mustFlag: MustFlag[];
  /** Quoted must-not-flag lines; each is one or more fragments (split at "…"). */
  mustNot: string[][];
  /** True for the registry record: a card, no flags. */
  record: boolean;
}

/** Quoted strings in a line: "…" with straight quotes. */
function quotes(s: string): string[] {
  return [...s.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

export function fragments(quote: string): string[] {
  return quote
    .split(/…|\.\.\./)
    .map((f) => f.trim())
    .filter((f) => f.length >= 8);
}

export function expectations(): SeedExpectation[] {
  const md = readFileSync(join(SEEDS_DIR, 'EXPECTATIONS.md'), 'utf8');
  const out: SeedExpectation[] = [];
  for (const section of md.split(/\n## /).slice(1)) {
    const file = /^(\S+\.txt)/.exec(section)?.[1];
    if (!file) continue;
    const mustFlag: MustFlag[] = [];
    for (const line of section.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length < 6 || !/^(overstated|misreported|outdated)$/.test(cells[2] ?? '')) continue;
      const q = quotes(cells[1]!)[0];
      if (!q) continue;
      mustFlag.push({
        quote: q,
        verdict: cells[2]!,
        source: cells[3]!,
        reasons: cells[4]!
          .split(' — ')[0]!
          .split(',')
          .map((r) => r.trim())
          .filter((r) => /^[a-z]+(-[a-z]+)*$/.test(r)),
      });
    }
    const notPara = /Must not flag:([\s\S]*?)(?:\n\n|$)/.exec(section)?.[1] ?? '';
    const mustNot = quotes(notPara)
      .map(fragments)
      .filter((f) => f.length > 0);
    out.push({ file, mustFlag, mustNot, record: /trial card/i.test(section) && mustFlag.length === 0 });
  }
  return out;
}

/** Whitespace and quote marks normalised, for matching expectations against findings. */
export function norm(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** True when `text` contains every fragment of a quote (in order). */
export function containsQuote(text: string, quote: string): boolean {
  const t = norm(text);
  let at = 0;
  for (const f of fragments(quote).length ? fragments(quote) : [quote]) {
    const i = t.indexOf(norm(f), at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

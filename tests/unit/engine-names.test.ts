// The engine's code names no study and no drug: every study- and drug-specific word lives in claims/*.yaml
// (names, concepts), so a new study is one file. Comments may still use examples; code may not.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsDb } from '../../src/claims/db';
import { GENERAL_CONCEPTS } from '../../src/engine/concepts';

const ENGINE = fileURLToPath(new URL('../../src/engine', import.meta.url));

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return codeFiles(p);
    return /\.ts$/.test(f) && !/\.test\.ts$/.test(f) && !/fixture/.test(f) ? [p] : [];
  });
}

/** The code without its comments (line and block comments; strings and regexes are kept). */
const stripComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');

/** The specific words of the database: study and drug names, the literal words of its own concepts. */
function databaseWords(): string[] {
  const words = new Set<string>();
  for (const s of claimsDb.sources) {
    for (const n of s.names) words.add(n);
    for (const c of s.concepts) {
      if (!(GENERAL_CONCEPTS as readonly string[]).includes(c.id)) words.add(c.id);
      for (const p of c.patterns)
        for (const w of p.replace(/\\[bBwWdsS]/g, ' ').match(/[A-Za-z][A-Za-z0-9]{3,}/g) ?? []) words.add(w);
    }
    for (const id of s.identifiers.registry) words.add(id);
  }
  return [...words];
}

describe('the engine names no study or drug', () => {
  const words = databaseWords();
  it('the database has specific words to look for', () =>
    expect(words).toEqual(expect.arrayContaining(['MIROCALS', 'riluzole', 'Qalsody'])));

  it.each(codeFiles(ENGINE).map((f) => [f.slice(ENGINE.length + 1), f]))('%s', (_name, file) => {
    const code = stripComments(readFileSync(file, 'utf8'));
    const found = words.filter((w) =>
      new RegExp(`(?<![A-Za-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'i').test(code),
    );
    expect(found).toEqual([]);
  });
});

describe('the engine takes only types from the claims schema', () => {
  // A value imported from src/claims/schema.ts would bring the validator (zod, whose compiled parsers use the Function
  // constructor) into the extension's bundle, which Firefox's linter rejects; the engine reads the compiled database.
  it('no engine file imports a value from the claims schema', () => {
    const offenders = codeFiles(ENGINE).filter((f) =>
      /^import\s+(?!type\b)[^;]*from\s+'(?:\.\.\/)+claims\/schema'/m.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

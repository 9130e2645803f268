import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { REASON_CODES, VERDICTS } from '../engine/verdicts';
import { EN, useEnglishMessages } from './i18n.test-helper';
import { cardLabels, designLabel, reasonLabel, verdictMeaning, verdictWord } from './format';

useEnglishMessages();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(f) && !/\.test\.|test-helper/.test(f) ? [p] : [];
  });
}

describe('UI strings through @wxt-dev/i18n', () => {
  it('reads the English messages file, with substitutions and plurals', () => {
    expect(i18n.t('tab.flagged', ['3'])).toBe('3 flagged');
    expect(i18n.t('checker.findings', 1)).toBe('1 finding');
    expect(i18n.t('checker.findings', 4)).toBe('4 findings');
  });

  it('every key the views name literally is in locales/en.yml', () => {
    const root = resolve(import.meta.dirname, '../..');
    const used = new Set<string>();
    for (const f of [...sources(join(root, 'src')), ...sources(join(root, 'entrypoints'))]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:i18n\.)?t\('([a-zA-Z.]+)'/g)) used.add(m[1]!.replaceAll('.', '_'));
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in EN))).toEqual([]);
  });

  it('every verdict and reason code has words, not a raw code', () => {
    for (const v of VERDICTS) {
      expect(verdictWord(v)).toMatch(/^[A-Z][a-z]+$/);
      expect(verdictMeaning(v).length).toBeGreaterThan(10);
    }
    for (const code of REASON_CODES) expect(reasonLabel(code), code).not.toBe(code);
    expect(designLabel('randomised-controlled-trial')).toBe('Randomised controlled trial');
    expect(Object.values(cardLabels()).every((l) => l.length > 0)).toBe(true);
  });

  it('message names and texts are valid for browser.i18n (Chrome refuses to load the extension otherwise)', () => {
    for (const k of Object.keys(EN)) expect(k).toMatch(/^[A-Za-z0-9_@]+$/);
    // "$1$2" reads as a named placeholder "$1$", which is undefined: the whole extension fails to load.
    for (const [k, m] of Object.entries(EN)) expect(m, k).not.toMatch(/\$[^$\s]*\$/);
  });
});

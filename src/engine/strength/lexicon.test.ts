import { describe, expect, it } from 'vitest';
import * as lex from './lexicon';

describe('lexicon', () => {
  it('every fragment compiles as a regular expression', () => {
    for (const list of [
      lex.CAUSAL_VERBS,
      lex.CAUSAL_PHRASES,
      lex.CAUSAL_WEAK,
      lex.CHANGE_NOUNS,
      lex.CORRELATIONAL,
      lex.HEDGES,
      lex.RECOMMENDATIONS,
      lex.CONNECTIVES,
    ]) {
      for (const f of list) expect(() => new RegExp(f, 'i'), f).not.toThrow();
    }
  });
  it('no fragment needs a word character right after its match (the compiled pattern forbids one)', () => {
    for (const list of [
      lex.CAUSAL_VERBS,
      lex.CAUSAL_PHRASES,
      lex.CAUSAL_WEAK,
      lex.CHANGE_NOUNS,
      lex.CORRELATIONAL,
      lex.HEDGES,
      lex.RECOMMENDATIONS,
      lex.CONNECTIVES,
    ]) {
      for (const f of list) {
        expect(f.endsWith(' '), f).toBe(false);
        expect(f.includes(' (?='), f).toBe(false);
      }
    }
  });
  it('lists the hedges the engine relies on', () => {
    const hedges = new RegExp(`^(?:${lex.HEDGES.join('|')})$`, 'i');
    for (const w of ['may', 'might', 'could', 'possibly', 'potential', 'appears', 'likely']) expect(hedges.test(w), w).toBe(true);
  });
  it('lists connectives as fragments that compile and match whole openers', () => {
    const opener = new RegExp(`^(?:${lex.CONNECTIVES.join('|')})$`, 'i');
    for (const w of ['Thus', 'In conclusion', 'by contrast', 'Overall']) expect(opener.test(w), w).toBe(true);
    expect(opener.test('Patients')).toBe(false);
  });
  it('recognises change participles and risk nouns', () => {
    expect(lex.CHANGE_PARTICIPLE.test('reduced')).toBe(true);
    expect(lex.RISK_NOUN.test('mortality')).toBe(true);
  });
});

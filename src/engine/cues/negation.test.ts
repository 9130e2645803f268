import { describe, expect, it } from 'vitest';
import { isNegatedAt, unnegatedMatches } from './negation';

const at = (text: string, word: string) => isNegatedAt(text, text.indexOf(word));

describe('negation: a denying subject governs its whole clause', () => {
  it.each([
    ['Experts stress that no ALS drug so far halts or reverses the disease.', 'reverses'],
    ['No treatment tested in the last decade slows or stops the illness.', 'stops'],
    ['Nobody in the trial was cured or even improved.', 'improved'],
    // a denied noun's relative clause (session 16, real coverage)
    ['FTD is a hard-to-treat disease with no current treatments that slow or stop its progression.', 'stop'],
    ['There is still no drug able to halt the disease.', 'halt'],
  ])('%s (%s)', (text, word) => expect(at(text, word)).toBe(true));
  it.each([
    // the denial is in another clause, or the subject is not a denial
    ['No drug had done this before, but the new treatment halts the disease.', 'halts'],
    ['The team said that no-one expected it, and the drug reverses the disease in mice.', 'reverses'],
    ['Patients with no other option said the drug halts their decline.', 'halts'],
    ['ALS has no drug that halts it, but IL-2 slowed the disease in the trial.', 'slowed'],
  ])('not: %s (%s)', (text, word) => expect(at(text, word)).toBe(false));
  it('keeps the benefit that no negation reaches', () => {
    expect(unnegatedMatches('It does not cure ALS, but it slows it.', /\bslows\b/).length).toBe(1);
  });
});

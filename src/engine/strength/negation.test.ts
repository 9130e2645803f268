import { describe, expect, it } from 'vitest';
import { isNegatedAt, statesNoDifference } from './negation';

const at = (s: string, word: string) => isNegatedAt(s, s.indexOf(word));

describe('isNegatedAt', () => {
  it('sees auxiliaries with not', () => {
    expect(at('Tofersen did not improve survival.', 'improve')).toBe(true);
    expect(at("The drug didn't slow progression.", 'slow')).toBe(true);
    expect(at('IL-2 does not significantly reduce relapses.', 'reduce')).toBe(true);
  });
  it('sees no/without/failed to', () => {
    expect(at('There was no association with survival.', 'association')).toBe(true);
    expect(at('The antibody failed to reduce NfL.', 'reduce')).toBe(true);
  });
  it('stops at clause breaks and at distance', () => {
    expect(at('It was not toxic, and it improved strength.', 'improved')).toBe(false);
    expect(at('Not all patients who were treated early improved.', 'improved')).toBe(false);
  });
  it('reads "not only" as an intensifier', () => {
    expect(at('IL-2 not only increased Tregs but also their function.', 'increased')).toBe(false);
  });
  it('is false with no negator', () => {
    expect(at('IL-2 increased Treg counts.', 'increased')).toBe(false);
  });
});

describe('statesNoDifference', () => {
  it('finds explicit absence of difference', () => {
    expect(statesNoDifference('There was no significant difference between arms.')).toBe(true);
    expect(statesNoDifference('Survival did not differ by sex.')).toBe(true);
    expect(statesNoDifference('Treg counts differed between arms.')).toBe(false);
  });
});

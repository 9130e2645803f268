import { describe, expect, it } from 'vitest';
import { fired, runRule } from './fixture';
import { populationOvergeneralised } from './population-overgeneralised';

describe('population-overgeneralised', () => {
  it('fires when a SOD1-only drug is said to slow ALS in general', () => {
    expect(fired(runRule(populationOvergeneralised, 'tofersen-scope', 'Tofersen slows ALS progression.'))).toMatch(
      /narrower group/,
    );
  });
  it('says nothing (neither flag nor support) when the sentence names SOD1', () => {
    expect(runRule(populationOvergeneralised, 'tofersen-scope', 'Tofersen slows progression in SOD1 ALS.')).toBeNull();
  });
  it('fires when the immune-associated syndrome trial is applied to ALS', () => {
    expect(
      fired(runRule(populationOvergeneralised, 'nct04952155-population', 'In China, IL-2 slowed decline in ALS patients.')),
    ).toMatch(/narrower group/);
  });
  it('stays silent on a hedged sentence', () => {
    expect(fired(runRule(populationOvergeneralised, 'tofersen-scope', 'Tofersen may slow ALS progression.'))).toBeUndefined();
  });
});

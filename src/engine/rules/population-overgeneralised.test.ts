import { describe, expect, it } from 'vitest';
import { fired, runRule } from './fixture';
import { populationOvergeneralised } from './population-overgeneralised';

describe('population-overgeneralised', () => {
  it('fires when a SOD1-only drug is said to slow ALS in general', () => {
    expect(fired(runRule(populationOvergeneralised, 'tofersen-scope', 'Tofersen slows ALS progression.'))).toMatch(
      /narrower group/,
    );
  });
  it.each([
    'According to Biogen, tofersen works in ALS patients with mutations in one particular gene that cause a toxic build-up of a protein.',
    'The goal in developing tofersen is a treatment that can slow the disease in this smaller subgroup of ALS patients.',
  ])('stays silent when the sentence narrows the group without naming it: %s', (t) =>
    expect(fired(runRule(populationOvergeneralised, 'tofersen-scope', t))).toBeUndefined(),
  );
  it('a modal under a report, and "ALS" after a sentence that set the group, are not overgeneralised (session 17)', () => {
    const run = (t: string, before: string[] = [], via: 'named' | 'context' = 'named') =>
      fired(runRule(populationOvergeneralised, 'tofersen-scope', t, before, { via }));
    expect(run('The page says tofersen may help slow the progression of ALS.')).toBeUndefined();
    expect(run('It slows the progression of ALS.', ['Qalsody is for adults with SOD1-ALS.'], 'context')).toBeUndefined();
    // said of everyone outright, it still fires
    expect(
      run('It slows the progression of ALS in anyone with ALS.', ['Qalsody is for adults with SOD1-ALS.'], 'context'),
    ).toMatch(/narrower group/);
  });
  it('says nothing (neither flag nor support) when the sentence names SOD1', () => {
    expect(runRule(populationOvergeneralised, 'tofersen-scope', 'Tofersen slows progression in SOD1 ALS.')).toBeNull();
  });
  it('fires when the immune-associated syndrome trial is applied to ALS', () => {
    expect(
      fired(runRule(populationOvergeneralised, 'nct04952155-population', 'In China, IL-2 slowed decline in ALS patients.')),
    ).toMatch(/narrower group/);
  });
  it.each([
    'New ALS drug slows the disease for some patients.',
    'Tofersen is effective for the roughly 2% of people with MND who have a particular genetic change.',
  ])('stays silent when the sentence narrows it itself: %s', (s) =>
    expect(fired(runRule(populationOvergeneralised, 'tofersen-scope', s))).toBeUndefined(),
  );
  it('stays silent on a hedged sentence', () => {
    expect(fired(runRule(populationOvergeneralised, 'tofersen-scope', 'Tofersen may slow ALS progression.'))).toBeUndefined();
  });
});

describe('population-overgeneralised: a selected group, flagged only when told of everyone alike', () => {
  const run = (s: string) => fired(runRule(populationOvergeneralised, 'edaravone-function', s));
  it.each([
    'Edaravone slows decline in all people with ALS, whatever their stage.',
    'The trial showed edaravone works equally well for everyone with ALS.',
  ])('fires: %s', (s) => expect(run(s)).toMatch(/narrower group/));
  it.each([
    'Edaravone slowed functional decline in ALS over 24 weeks.', // a fair short form: no "everyone"
    'In selected patients early in their disease, edaravone slowed decline, but not all people with ALS qualify.',
  ])('stays silent: %s', (s) => expect(run(s)).toBeUndefined());
});

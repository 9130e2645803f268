import { beforeAll, describe, expect, it } from 'vitest';
import { claimsDb } from '../../claims/db';
import { useDatabaseVocabulary } from '../vocabulary';
import { fired, runRule } from './fixture';
import { unsupportedComparison } from './unsupported-comparison';

const run = (s: string) => runRule(unsupportedComparison, 'mirocals-efficacy', s);

describe('unsupported-comparison', () => {
  it.each([
    'IL-2 works better than current ALS drugs.',
    'The new therapy is more effective than riluzole.',
    'Its effect seems greater than that of existing treatments.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/only with placebo/));

  it.each([
    'IL-2 was given on top of riluzole.',
    'It might one day prove better than existing treatments.',
    'It is not better than current drugs.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
});

describe('unsupported-comparison: the study compared, not the yardstick', () => {
  // The treatments a comparison names come from the database's vocabulary, as checkText loads it.
  beforeAll(() => useDatabaseVocabulary(claimsDb));
  const on = (claim: string, s: string) => runRule(unsupportedComparison, claim, s);
  it.each([
    ['tofersen-scope', 'Honestly tofersen looks ten times better than Relyvrio, so I would wait for it.'],
    ['tofersen-scope', 'Tofersen > edaravone ≈ riluzole for benefit, because tofersen targets the cause.'],
    ['coya302-efficacy', 'On that slope alone, COYA 302 is clearly superior to riluzole and edaravone.'],
  ])('fires on the treatment compared (%s): %s', (claim, s) => expect(fired(on(claim, s))).toMatch(/no head-to-head/));
  it.each([
    ['edaravone-function', 'Doctors say Relyvrio works better than both riluzole and edaravone.'],
    ['edaravone-function', 'Honestly tofersen looks ten times better than edaravone.'],
  ])('stays silent on the yardstick (%s): %s', (claim, s) => expect(fired(on(claim, s))).toBeUndefined());
  it('"unlike" still judges the treatment set against the other', () =>
    expect(fired(on('tofersen-scope', 'Unlike edaravone, tofersen stops the disease.'))).toMatch(/no head-to-head/));
});

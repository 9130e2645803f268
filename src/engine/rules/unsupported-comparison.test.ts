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
    // a ranking against every treatment or trial there is
    'Low-dose IL-2 is the most effective ALS therapy developed to date.',
    'It was the biggest effect ever seen in an ALS trial.',
    'That is the largest benefit reported in any ALS trial.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/only with placebo/));

  it.each([
    'IL-2 was given on top of riluzole.',
    'It might one day prove better than existing treatments.',
    'It is not better than current drugs.',
    // a ranking within the trial, or a way of giving it, is not a comparison with other treatments
    'The largest effect seen was in the group with lower marker levels.',
    'The most effective way to give it was under the skin.',
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
  it('"compared with <yardstick>" judges the treatment after it', () => {
    expect(fired(on('coya302-efficacy', 'Compared with riluzole, COYA 302 clearly does more for survival.'))).toMatch(
      /no head-to-head/,
    );
    expect(fired(on('coya302-efficacy', 'Compared with riluzole, COYA 302 is given by injection.'))).toBeUndefined();
  });
  it('"unlike" still judges the treatment set against the other', () =>
    expect(fired(on('tofersen-scope', 'Unlike edaravone, tofersen stops the disease.'))).toMatch(/no head-to-head/));
});

import { describe, expect, it } from 'vitest';
import { earlyPhaseAsEfficacy } from './early-phase-as-efficacy';
import { fired, runRule } from './fixture';

const run = (s: string) => runRule(earlyPhaseAsEfficacy, 'treg1-clinical-effect', s);

describe('early-phase-as-efficacy', () => {
  it.each([
    'Treg infusions slowed disease progression in the patients.',
    'The cell therapy halted the decline of the three participants.',
    'The infusions preserved muscle function.',
    'Treg therapy found safe, effective at slowing ALS in small trial.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/early phase 1 single-arm study of 3 participants, without a control group/));

  it.each([
    'The infusions were safe and well tolerated.',
    'Treg numbers rose after each infusion.',
    'The therapy may slow progression, a larger trial will test.',
    'The infusions did not slow progression.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());

  it('stays silent for a phase 2b trial', () => {
    expect(fired(runRule(earlyPhaseAsEfficacy, 'mirocals-efficacy', 'IL-2 slowed disease progression.'))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { checkText } from '../index';
import { earlyPhaseAsEfficacy } from './early-phase-as-efficacy';
import { fired, runRule } from './fixture';

const run = (s: string) => runRule(earlyPhaseAsEfficacy, 'treg1-clinical-effect', s);

describe('early-phase-as-efficacy', () => {
  it.each([
    'Treg infusions slowed disease progression in the patients.',
    'The cell therapy halted the decline of the three participants.',
    'The infusions preserved muscle function.',
    'Treg therapy found safe, effective at slowing ALS in small trial.',
    'Cell infusions stop ALS in a handful of volunteers.',
    'During the infusion months the volunteers simply stopped progressing.',
    'The cell therapy has demonstrated clear efficacy in its first patients.',
    'Patients given the infusions showed virtually no functional decline over a year.',
    'The trial showed that giving patients their own Tregs works better than placebo.',
    'The cells slowed the loss of muscle function.',
  ])('fires: %s', (s) =>
    expect(fired(run(s))).toMatch(/early phase 1 single-arm study of 3 participants, without a control group/),
  );

  it.each([
    'The infusions were safe and well tolerated.',
    'Treg numbers rose after each infusion.',
    'The therapy may slow progression, a larger trial will test.',
    'The infusions did not slow progression.',
    'Nobody can yet say whether the infusions halt ALS progression.',
    'The study was too small to tell whether progression slowed because of the cells.',
    // the sentence carries its own caveat
    'Decline seemed to pause during dosing, though with no control group the observation is anecdotal.',
    'No study of the infusions so far was big enough to show clinical benefit.',
    'That study treated three patients without a control group, so their slow decline is hard to interpret.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());

  it.each([
    ['treg2a-efficacy', 'The results demonstrate that the cell therapy works.'],
    ['treg2a-efficacy', 'Randomised data now show that Treg infusions change the course of ALS.'],
    ['imodals-clinical-effect', 'Every participant survived the study, which shows how well the drug protected them.'],
    ['imodals-clinical-effect', 'Low-dose IL-2 kept the patients alive, the newsletter said.'],
  ])('fires for %s: %s', (claim, s) =>
    expect(fired(runRule(earlyPhaseAsEfficacy, claim, s))).toMatch(/not built to show efficacy/),
  );

  it.each([
    ['treg2a-efficacy', 'Researchers want to learn how the cell therapy works.'],
    ['treg2a-efficacy', 'A pivotal trial will test whether Treg infusions change the course of ALS.'],
    ['imodals-clinical-effect', 'No participant died during the three months of dosing.'],
    ['imodals-clinical-effect', 'The trial was built to measure immune effects, not to show that IL-2 slows ALS.'],
  ])('stays silent for %s: %s', (claim, s) => expect(fired(runRule(earlyPhaseAsEfficacy, claim, s))).toBeUndefined());

  it('stays silent for a phase 2b trial', () => {
    expect(fired(runRule(earlyPhaseAsEfficacy, 'mirocals-efficacy', 'IL-2 slowed disease progression.'))).toBeUndefined();
  });
  it.each([
    'RAPA-501 is now a late-stage, registration-ready cell therapy.',
    'With its new phase label, RAPA-501 is nearing approval.',
  ])('fires when the phase label is read as evidence: %s', (s) =>
    expect(fired(runRule(earlyPhaseAsEfficacy, 'rapa501-phase-as-evidence', s))).toMatch(/a phase label is not a result/),
  );
  it('stays silent when the label is explained', () =>
    expect(
      fired(
        runRule(
          earlyPhaseAsEfficacy,
          'rapa501-phase-as-evidence',
          'RAPA-501 is labelled phase 2/3 but is not a late-stage trial.',
        ),
      ),
    ).toBeUndefined());
});

describe('early-phase-as-efficacy: the sentence names its own limit', () => {
  it('stays silent on a slowing told with "but … without a comparison group"', () =>
    expect(
      fired(
        run(
          'The researchers saw that when Treg function rose, progression slowed, but this was within each patient and without a comparison group.',
        ),
      ),
    ).toBeUndefined());
});

describe('early-phase-as-efficacy: the measured course told as data', () => {
  it('stays silent on "the data showed no decline at 24 weeks"', () =>
    expect(
      fired(run('The data showed no decline at 24 weeks and minimal decline at 48 weeks after the Treg infusions began.')),
    ).toBeUndefined());
  it('still fires when the flat course is told as the benefit shown', () =>
    expect(
      fired(
        run('The Treg infusions have already demonstrated efficacy, with patients showing virtually no decline over 48 weeks.'),
      ),
    ).toMatch(/as shown/));
});

describe('early phase: a conclusion drawn from the phase label (session 16)', () => {
  const flags = (text: string) => checkText(text, { today: '2026-12-05' }).filter((f) => f.verdict !== 'supported');
  it.each([
    'RAPA-501 is a phase 2/3 now so it must be close to approval.',
    'Because its registry entry now says phase 2/3, RAPA-501 is close to approval.',
    'RAPA-501 is already in a phase 2/3 trial, so it must be working.',
  ])('fires: %s', (text) =>
    expect(flags(text).flatMap((f) => f.reasons.map((r) => r.code))).toContain('early-phase-as-efficacy'),
  );
  it.each([
    'RAPA-501 is in phase 2/3, so it must still prove that it works.',
    'RAPA-501 is in a phase 2/3 cohort, which means it will enrol more patients.',
  ])('silent: %s', (text) => expect(flags(text)).toEqual([]));
});

describe('early-phase-as-efficacy: a phase told that is a sibling study’s (session 17)', () => {
  it('"the Houston phase 2a showed …" is judged as the phase 2a study, not the phase 1', () => {
    const found = checkText(
      'Regulatory T-cell therapy for ALS: the Houston phase 2a showed a clear slowing of ALS compared with placebo.',
      { today: '2026-12-06' },
    ).filter((f) => f.reasons.some((r) => r.code === 'early-phase-as-efficacy'));
    expect(found.map((f) => f.source)).toContain('treg-phase2a-2022');
    expect(found.map((f) => f.source)).not.toContain('treg-phase1-2018');
  });
});

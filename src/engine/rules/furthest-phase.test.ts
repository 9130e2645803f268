import { describe, expect, it } from 'vitest';
import { fired, runCheck } from './fixture';
import { checkFurthestPhase } from './furthest-phase';

const run = (claimId: string, sentence: string, opts: { via?: 'named' | 'context' | 'standalone'; published?: string } = {}) =>
  runCheck(checkFurthestPhase, claimId, sentence, { via: opts.via ?? 'context', published: opts.published });

describe('furthest-phase: a later phase told as under way or done for a treatment that had not reached it', () => {
  it.each([
    [
      'mirocals-efficacy',
      'There is also a registered phase 3 trial of low-dose IL-2 in MND now recruiting in the UK and France.',
      /As of May 2025, no trial of low-dose IL-2 in ALS had gone beyond phase 2b: there was no phase 3/,
    ],
    [
      'mirocals-efficacy',
      'ILTOO Pharma has already launched a phase III of its version, ILT-101.',
      /beyond phase 2b: there was no phase 3/,
    ],
    ['coya302-status', 'The company is now running a phase 3 trial across Europe.', /COYA 302 in ALS had gone beyond phase 2/],
  ])('fires (%s): %s', (claim, s, reason) => expect(fired(run(claim, s))).toMatch(reason));

  it.each([
    'A phase 3 trial of low-dose IL-2 is needed to confirm the results.', // a need
    'Experts say a phase 3 trial could start next year.', // a possibility
    'No phase 3 of low-dose IL-2 has started.', // a denial
    'Has a phase 3 trial of low-dose IL-2 begun?', // a question
    'MIROCALS, a phase 2b trial, completed in 2021.', // its own phase
    'As of 2026, low-dose IL-2 has completed phase 3 testing.', // a time after the record's
    'Low-dose IL-2 completed a phase 3 trial in lupus.', // another disease
  ])('stays silent: %s', (s) => expect(fired(run('mirocals-efficacy', s))).toBeUndefined());

  it('stays silent in a document dated after the record (a phase 3 may have begun since)', () =>
    expect(
      fired(run('mirocals-efficacy', 'A phase 3 trial of low-dose IL-2 is now recruiting.', { published: '2025-09-01' })),
    ).toBeUndefined());
  it('stays silent on a sentence linked only by its concepts', () =>
    expect(
      fired(run('mirocals-efficacy', 'A phase 3 trial of low-dose IL-2 is now recruiting.', { via: 'standalone' })),
    ).toBeUndefined());
});

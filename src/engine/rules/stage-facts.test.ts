import { describe, expect, it } from 'vitest';
import { fired, runCheck } from './fixture';
import { checkStage } from './stage-facts';

const run = (claimId: string, sentence: string, via: 'named' | 'context' | 'standalone' = 'context') =>
  runCheck(checkStage, claimId, sentence, { via });

describe('stage-facts: the stage of disease a study enrolled', () => {
  it.each([
    ['mirocals-efficacy', 'The study focused on patients with advanced ALS.'],
    ['edaravone-function', 'The trial enrolled people with late-stage disease.'],
    ['centaur-function', 'Participants had long-standing, severe ALS.'],
    ['edaravone-function', 'The trial showed benefit in patients with severe ALS.'],
  ])('fires (%s): %s', (claim, s) => expect(fired(run(claim, s))).toMatch(/enrolled people early in their disease/));
  it.each([
    'The trial did not include patients with advanced ALS.',
    'Unlike people with advanced disease, the participants were early in their illness.',
    'Advanced ALS remains hard to treat.', // not the study's participants
    'Whether it helps patients with advanced ALS is unknown.',
    // who is given the drug, not who the trial took; a symptom, not a stage (session 16, real coverage)
    'For patients who cannot swallow or who have severe muscle weakness, the medicine can be given through a feeding tube.',
    'Patients with advanced ALS can take the drug through a feeding tube.',
  ])('stays silent: %s', (s) => expect(fired(run('mirocals-efficacy', s))).toBeUndefined());
  it('stays silent on a sentence linked only by its concepts', () =>
    expect(fired(run('mirocals-efficacy', 'The study focused on patients with advanced ALS.', 'standalone'))).toBeUndefined());
});

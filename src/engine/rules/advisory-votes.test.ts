import { describe, expect, it } from 'vitest';
import { checkAdvisory } from './advisory-votes';
import { fired, runCheck } from './fixture';

const run = (sentence: string, claimId = 'tofersen-primary') => runCheck(checkAdvisory, claimId, sentence, { via: 'named' });

describe('advisory-votes: what an advisory committee voted', () => {
  it.each([
    'FDA advisers voted unanimously that tofersen is effective.',
    'The advisory committee backed the drug’s efficacy in SOD1-ALS.',
  ])('fires: %s', (s) =>
    expect(fired(run(s))).toMatch(/voted against clinical effectiveness; it voted 9–0 that the fall in neurofilament/),
  );
  it.each([
    'FDA advisers voted against the clinical effectiveness of tofersen.',
    'An FDA panel will vote on whether tofersen works.',
    'Advisers voted 9–0 that the fall in neurofilament was reasonably likely to predict benefit.',
    'The trial showed the drug is effective, doctors said.', // no committee
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
  it('says nothing for a study with no recorded vote', () =>
    expect(run('Advisers voted that the drug is effective.', 'mirocals-efficacy')).toBeNull());
});

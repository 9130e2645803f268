import { describe, expect, it } from 'vitest';
import { confirmed, fired, runCheck } from './fixture';
import { checkPrevalence } from './prevalence-facts';

const run = (sentence: string) => runCheck(checkPrevalence, 'epi-prevalence', sentence, { via: 'standalone' });

describe('prevalence-facts: how many live with the disease in a place', () => {
  it.each(['More than 100,000 Americans are living with ALS.', 'Only 5,000 people in the US have ALS.'])('fires: %s', (s) =>
    expect(fired(run(s))).toMatch(/People living with ALS in the US.*not/),
  );
  it('confirms a count in the recorded range', () => expect(confirmed(run('About 30,000 Americans have ALS.'))).toBeTruthy());
  it.each([
    'Each year about 5,000 people in the US are diagnosed with ALS.', // new cases, not prevalence
    'About 45,000 people in Europe live with ALS.', // no range recorded for Europe here
    'More than 20,000 people signed the petition for people living with ALS in the US.', // not a count of patients
    'Between 16,000 and 30,000 Americans have ALS.', // two counts
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
});

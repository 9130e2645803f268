import { describe, expect, it } from 'vitest';
import { fired, runCheck } from './fixture';
import { checkRefusal } from './refusal-facts';

const run = (sentence: string) => runCheck(checkRefusal, 'edaravone-approval', sentence, { via: 'named' });

describe('refusal-facts: a refusal told where the application was withdrawn', () => {
  it.each([
    'The EMA formally rejected edaravone last week after a negative vote by its scientific committee.',
    'European regulators refused to approve edaravone in 2019.',
    'The European Medicines Agency turned down the application for Radicava.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/application was withdrawn \(2019-05-24\) before any decision/));
  it.each([
    'The EMA could reject edaravone if no new trial is run.', // a possibility
    'The EMA did not reject edaravone: the company withdrew its application.', // denied
    'The FDA rejected the first application for a different drug.', // a region whose record is an approval
    'Regulators rejected the idea that one trial was enough.', // no region named
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
});

describe('refusal-facts: a negative opinion on record is a refusal, near enough', () => {
  it('stays silent on "the CHMP rejected AMX0035"', () =>
    expect(
      fired(runCheck(checkRefusal, 'phoenix-current-treatment', 'The CHMP rejected AMX0035 in 2023.', { via: 'named' })),
    ).toBeUndefined());
});

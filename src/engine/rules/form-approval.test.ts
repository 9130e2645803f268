import { describe, expect, it } from 'vitest';
import { checkFormApproval } from './form-approval';
import { confirmed, fired, runCheck } from './fixture';

const run = (sentence: string) => runCheck(checkFormApproval, 'edaravone-approval', sentence, { via: 'named' });

describe('form-approval: a form approved without a trial of its own', () => {
  it.each([
    'The oral version was approved in 2022 after a separate efficacy trial showed it works even better than the drip.',
    'Radicava now also comes as a liquid, which was approved after a study found it worked better than the IV form.',
    'The FDA cleared the oral suspension on the strength of a new phase 3 trial.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/approved on blood levels comparable to the intravenous form/));
  it('confirms when the sentence says no trial of its own was needed', () =>
    expect(
      confirmed(run('The oral suspension was approved without a new efficacy trial, on matching blood levels.')),
    ).toBeTruthy());
  it.each([
    'The oral suspension was approved in May 2022.',
    'A trial found the infusion slowed decline, and the drug was approved in 2017.', // no form named
    'Patients can take the liquid at home.', // no approval
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
});

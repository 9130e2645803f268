import { describe, expect, it } from 'vitest';
import { checkText } from '../index';
import { checkAllocation } from './allocation-facts';
import { confirmed, fired, runCheck } from './fixture';

const run = (claim: string, s: string) => runCheck(checkAllocation, claim, s, { via: 'named' });

describe('allocation: how a randomised study split drug and placebo', () => {
  it.each([
    ['centaur-function', 'In CENTAUR, patients were split evenly between the drug and placebo.', /CENTAUR randomised 2:1/],
    ['centaur-function', 'CENTAUR enrolled 137 patients, half of whom got a placebo.', /2:1/],
    ['mirocals-efficacy', 'MIROCALS randomised its 220 patients 2:1 to IL-2 or placebo.', /MIROCALS randomised 1:1/],
    ['tofersen-primary', 'In VALOR, half of the participants received tofersen.', /2:1/],
    ['imodals-clinical-effect', 'IMODALS randomised patients 1:1 to the drug or placebo.', /2:1.*12 on 1 MIU/],
  ])('fires (%s): %s', (claim, s, why) => expect(fired(run(claim, s))).toMatch(why));
  it.each([
    ['centaur-function', 'CENTAUR randomised 137 patients 2:1 to the drug or placebo.'],
    ['mirocals-efficacy', 'MIROCALS randomised 220 patients 1:1.'],
    ['imodals-clinical-effect', 'IMODALS randomised patients 1:1:1 to 2 MIU, 1 MIU or placebo.'],
    ['imodals-clinical-effect', 'IMODALS assigned patients at random in equal numbers to one of two doses or placebo.'],
    ['tofersen-primary', 'In VALOR, two-thirds of the participants received tofersen.'],
  ])('confirms (%s): %s', (claim, s) => expect(confirmed(run(claim, s))).toBeTruthy());
  it.each([
    ['mirocals-efficacy', 'A follow-up of MIROCALS will randomise patients 2:1.'], // a plan
    ['mirocals-efficacy', 'Were MIROCALS patients split evenly?'], // a question
    ['phoenix-trial-result', 'The CENTAUR trial of AMX0035 was a 2:1 randomised trial.'], // the other trial, named
  ])('stays silent (%s): %s', (claim, s) => expect(fired(run(claim, s))).toBeUndefined());
  it('a study described by its size beside its drug’s name is that study (end to end)', () => {
    const text =
      'Relyvrio\n\nRelyvrio was approved in 2022.\nA six-month study of 137 patients, half of whom got a placebo and half the drug, suggested that Relyvrio may slow the rate of decline.\n';
    const f = checkText(text, { today: '2026-12-05' }).filter((x) => x.verdict === 'misreported');
    expect(f.map((x) => x.source)).toEqual(['centaur']);
  });
});

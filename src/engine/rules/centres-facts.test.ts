import { describe, expect, it } from 'vitest';
import { checkCentres } from './centres-facts';
import { confirmed, fired, runCheck } from './fixture';

const run = (claim: string, s: string) => runCheck(checkCentres, claim, s, { via: 'named' });

describe('centres: how many centres a study ran at', () => {
  it.each([
    ['imodals-clinical-effect', 'IMODALS was run at 12 hospitals across France.', /IMODALS ran at a single centre, not 12/],
    ['imodals-clinical-effect', 'IMODALS was a multicentre trial.', /single centre; it was not a multicentre/],
    ['mirocals-efficacy', 'MIROCALS recruited at twelve clinics in the UK and France.', /MIROCALS ran at 17 centres, not 12/],
    ['mirocals-efficacy', 'MIROCALS was run at a single hospital in Cambridge.', /17 centres, not a single centre/],
    ['mirocals-efficacy', 'MIROCALS enrolled patients at 25 sites in the UK.', /17 centres, not 25/],
    ['imodals-clinical-effect', 'IMODALS ran at 17 clinics in the UK and France.', /single centre, not 17/], // named
  ])('fires (%s): %s', (claim, s, why) => expect(fired(run(claim, s))).toMatch(why));
  it.each([
    ['imodals-clinical-effect', 'IMODALS was a single-centre trial.'],
    ['mirocals-efficacy', 'MIROCALS recruited 220 people at 17 clinics in the UK and France.'],
  ])('confirms (%s): %s', (claim, s) => expect(confirmed(run(claim, s))).toBeTruthy());
  it.each([
    ['mirocals-efficacy', 'MIROCALS recruited at ten centres in the UK.'], // a part of the 17 (one of two countries)
    ['mirocals-efficacy', 'MIROCALS recruited at more than 10 clinics.'], // qualified and true
    ['mirocals-efficacy', 'A follow-up trial of MIROCALS will open at 30 sites.'], // a plan, another study
    ['mirocals-efficacy', 'Each of the 17 MIROCALS centres enrolled about 13 patients.'], // per centre
    ['mirocals-efficacy', 'Did MIROCALS run at 12 hospitals?'], // a question
    ['mirocals-efficacy', 'MIROCALS patients were followed at specialist clinics near their homes.'], // no count
    ['imodals-clinical-effect', 'The trial ran at 17 clinics in the UK and France.'], // MIROCALS's count, IMODALS unnamed
  ])('stays silent (%s): %s', (claim, s) => expect(fired(run(claim, s))).toBeUndefined());
});

import { describe, expect, it } from 'vitest';
import { checkText } from '../index';
import { confirmed, fired, runCheck } from './fixture';
import { checkPopulationShare } from './population-share';

const run = (claimId: string, sentence: string) => runCheck(checkPopulationShare, claimId, sentence, { via: 'standalone' });

describe("population-share: a form of the disease's share of all cases", () => {
  it.each([
    ['sod1-share', 'Tofersen is for the SOD1 form of ALS, which is about one in five cases.', /about 2% of all ALS.*not 20%/],
    ['sod1-share', 'SOD1 mutations cause 10 percent of ALS.', /not 10%/],
    ['familial-share', 'About 25% of ALS cases are inherited.', /5–10% of all cases, not 25%/],
  ])('fires (%s): %s', (claim, s, message) => expect(fired(run(claim, s))).toMatch(message));
  it('confirms a share in range', () =>
    expect(confirmed(run('familial-share', 'About 10% of people with ALS have a familial form.'))).toBeTruthy());
  it.each([
    ['sod1-share', 'SOD1 mutations account for about 20% of familial ALS.'], // another base
    ['sod1-share', 'Tofersen cut SOD1 protein in spinal fluid by 35% in patients.'], // a change, not a share
    ['sod1-share', 'SOD1 causes about 2% of ALS and 20% of the inherited form.'], // two shares
    ['sod1-share', 'Three of the 108 patients with SOD1-ALS withdrew.'], // no share of ALS
    ['familial-share', 'About 90 percent of ALS cases happen with no family history, and the rest are inherited.'], // the complement
    ['familial-share', 'Tofersen is for a rare hereditary form of ALS that affects about 1-2% of people with ALS.'], // one form of several
    ['sod1-share', 'Only 1% of people with ALS have this specific hereditary defect (SOD1), however.'], // within a factor of two
    ['sod1-share', 'About 5 to 10 percent of ALS cases are familial, and a small share of these are linked to SOD1.'], // the familial share
  ])('stays silent (%s): %s', (claim, s) => expect(fired(run(claim, s))).toBeUndefined());
  it('reaches a finding through the whole pipeline, citing the tofersen trial', () => {
    const [f] = checkText('Tofersen is for the SOD1 form of ALS, which is about one in five cases.', { today: '2026-12-05' });
    expect(f?.verdict).toBe('misreported');
    expect(f?.source).toBe('tofersen-valor');
  });
});

describe('population-share: a share told as a fraction', () => {
  it.each([
    ['familial-share', 'About half of ALS cases are hereditary, so the genetic test is important.', /not 50%/],
    ['familial-share', 'A quarter of ALS patients have the inherited form.', /not 25%/],
  ])('fires (%s): %s', (claim, s, message) => expect(fired(run(claim, s))).toMatch(message));
  it('half of the familial cases is another base', () =>
    expect(fired(run('familial-share', 'Half of all familial cases carry one of four genes.'))).toBeUndefined());
});

describe('population-share: a share told in an apposition to the form (session 19, set-94)', () => {
  it('fires on "aimed at SOD1, an inherited gene carried by roughly 10% to 20% of people with ALS"', () =>
    expect(
      fired(
        run(
          'sod1-share',
          'The drug is aimed at SOD1, an inherited gene she said is carried by roughly 10% to 20% of people with ALS.',
        ),
      ),
    ).toMatch(/not 20%/));
  it('stays silent when the apposition names another form', () =>
    expect(
      fired(run('sod1-share', 'Tofersen targets SOD1; C9orf72, an inherited gene, is carried by about 10% of people with ALS.')),
    ).toBeUndefined());
});

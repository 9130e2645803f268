import { describe, expect, it } from 'vitest';
import { confirmed, fired, runRule } from './fixture';
import { checkDeathRiskReduction, checkSurvivalGain } from './magnitude-facts';
import type { Rule } from './types';

const risk: Rule = { code: 'wrong-fact', check: checkDeathRiskReduction };

describe('the reduction in the risk of death against the whole-population record', () => {
  it.each([
    ['mirocals-efficacy', 'Across the whole trial, IL-2 halved the risk of death.', /19% lower risk of death, not 50%/],
    [
      'riluzole1996-survival',
      'The 1996 trial showed a 65% reduction in risk of death at 100 mg.',
      /21–35% lower risk of death, not 65%/,
    ],
    [
      'riluzole1996-survival',
      'In the 1996 trial, the 100 mg dose cut the risk of death or tracheostomy by about 65 percent.',
      /21–35% lower risk of death, not 65%/,
    ],
    [
      'riluzole-cochrane-survival',
      'The review found that the drug cut the risk of dying by half.',
      /about a 16% lower risk of death, not 50%/,
    ],
  ])('fires (%s): %s', (claim, s, why) => expect(fired(runRule(risk, claim, s))).toMatch(why));
  it('confirms a figure in the range', () =>
    expect(confirmed(runRule(risk, 'riluzole1996-survival', 'At 100 mg the risk of death was cut by 35%.'))).toBeTruthy());
  it.each([
    'The roughly 48% lower risk of death applies to that lower-marker group.', // a group named
    'In patients whose marker levels were low, the risk of death was halved.', // a subgroup
    'The trial hoped to halve the risk of death.', // an aim
    'It may halve the risk of death.', // hedged
  ])('stays silent: %s', (s) => expect(fired(runRule(risk, 'mirocals-efficacy', s))).toBeUndefined());
});

describe('survival gain told as a multiple', () => {
  const gain = (s: string) => runRule({ code: 'wrong-fact', check: checkSurvivalGain }, 'riluzole-survival-gain', s);
  it.each([
    'Riluzole doubles survival time.',
    'Riluzole roughly doubles life expectancy, so adherence matters.',
    'And riluzole doubles your life expectancy, that is what my neurologist told me.',
  ])('fires: %s', (s) => expect(fired(gain(s))).toMatch(/not a doubling/));
  it('stays silent on a hedge', () => expect(fired(gain('Riluzole may not double survival, but it helps.'))).toBeUndefined());
});

describe('the reduction in the risk of death told of a share of patients "with" a marker', () => {
  it('is the subgroup’s, not the whole trial’s', () => {
    expect(
      fired(
        runRule(
          risk,
          'mirocals-efficacy',
          'Our reading: the 48 per cent lower risk of death applies to the roughly 70 per cent with CSF-pNFH between 750 and 3,700 pg/mL.',
        ),
      ),
    ).toBeUndefined();
    expect(
      fired(runRule(risk, 'mirocals-efficacy', 'Across the whole trial, IL-2 cut the risk of death by 48 per cent.')),
    ).toMatch(/about a 19% lower risk of death, not 48%/);
  });
});

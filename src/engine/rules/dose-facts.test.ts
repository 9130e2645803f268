import { describe, expect, it } from 'vitest';
import { checkDosing } from './dose-facts';
import { confirmed, fired, runCheck } from './fixture';

const run = (claimId: string, sentence: string, via: 'named' | 'context' | 'standalone' = 'context') =>
  runCheck(checkDosing, claimId, sentence, { via });

describe('dose-facts: how the treatment was given', () => {
  it.each([
    ['mirocals-efficacy', 'Patients injected the drug every day for 18 months.', /in cycles/],
    ['mirocals-efficacy', 'Participants received 20 MIU of IL-2 a day.', /2 MIU per dose, not 20/],
    ['mirocals-efficacy', 'The trial gave patients high-dose IL-2.', /low dose/],
    ['imodals-clinical-effect', 'Patients received 5 million units of aldesleukin.', /1 or 2 MIU per dose, not 5/],
  ])('fires (%s): %s', (claim, s, message) => expect(fired(run(claim, s))).toMatch(message));
  it('confirms the recorded dose', () =>
    expect(confirmed(run('mirocals-efficacy', 'Patients received 2 MIU a day.'))).toBeTruthy());
  it.each([
    'Patients received 2 MIU daily for five days every 28 days, for 18 months.',
    'Unlike the high-dose IL-2 used against cancer, the trial used a low dose.',
    'High doses of IL-2 are used in cancer, whereas this trial gave far less.',
    'The dose was higher than in MIROCALS, at 20 MIU a day.', // the study named only as the comparison
    'Would a higher dose, such as 10 MIU, work better?',
  ])('stays silent: %s', (s) => expect(fired(run('mirocals-efficacy', s))).toBeUndefined());
  it('stays silent on a sentence linked only by its concepts', () =>
    expect(fired(run('mirocals-efficacy', 'Patients injected the drug every day for 18 months.', 'standalone'))).toBeUndefined());
});

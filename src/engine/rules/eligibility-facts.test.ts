import { describe, expect, it } from 'vitest';
import { checkEligibility } from './eligibility-facts';
import { confirmed, fired, runCheck, runRule } from './fixture';

const named = (claim: string, s: string) => runCheck(checkEligibility, claim, s, { via: 'named' });

describe('eligibility: who could take part', () => {
  it.each([
    ['nct04952155-design', 'NCT04952155 is open to anyone with typical ALS aged 18 to 85.', /aged 18–70.*not up to 85/],
    ['mirocals-efficacy', 'MIROCALS participants could be up to 85 years old.', /aged 18–76.*not up to 85/],
    [
      'centaur-function',
      'To get into CENTAUR, you had to have symptoms starting no more than five years earlier.',
      /18 months.*not within 5 years/,
    ],
    [
      'imodals-clinical-effect',
      'To take part in IMODALS, patients had to be under 90 years old.',
      /younger than 75.*not up to 89/,
    ],
  ])('fires (%s): %s', (claim, s, message) => expect(fired(named(claim, s))).toMatch(message));
  it.each([
    ['mirocals-efficacy', 'To take part in MIROCALS, patients had to be aged 18 to 76 with symptoms for under two years.'],
    [
      'imodals-clinical-effect',
      'To take part in IMODALS, patients had to be younger than 75 and have had the disease for under five years.',
    ],
  ])('confirms the record (%s): %s', (claim, s) => expect(confirmed(named(claim, s))).toBeTruthy());
  it.each([
    ['mirocals-efficacy', 'MIROCALS followed patients for up to 21 months.'], // not an entry criterion
    ['mirocals-efficacy', 'Most people with ALS are diagnosed between 55 and 75.'], // not who could take part
    ['mirocals-efficacy', 'Could MIROCALS patients be up to 85 years old?'], // a question
  ])('stays silent (%s): %s', (claim, s) => expect(fired(named(claim, s))).toBeUndefined());
  it('reads the disease\'s duration told of "they", with the background drug they were on', () => {
    const out = runRule(
      { code: 'wrong-fact', check: checkEligibility },
      'imodals-clinical-effect',
      'They had the disease since less than ten years and they were all under riluzole.',
      ['IMODALS gave low-dose IL-2 to 36 people.'],
    );
    expect(fired(out)).toMatch(/under 5 years.*not within 10 years/);
  });
  it('reads "Participants could be" as the followed study\'s participants', () => {
    const out = runRule(
      { code: 'wrong-fact', check: checkEligibility },
      'mirocals-efficacy',
      'Participants could be up to 85 years old.',
      ['MIROCALS tested low-dose IL-2 in 220 people.'],
    );
    expect(fired(out)).toMatch(/not up to 85/);
  });
});

describe('eligibility told of the study followed, with patients or entry as the subject (session 11)', () => {
  const followed = (s: string) =>
    runRule(
      { code: 'wrong-fact', check: checkEligibility },
      'nct04952155-design',
      s,
      ['NCT04952155 tests low-dose IL-2 in China.'],
      {
        via: 'context',
      },
    );
  it.each(['Patients aged 18 to 80 can take part.', 'To take part, patients must be aged 18 to 80.'])('fires: %s', (s) =>
    expect(fired(followed(s))).toMatch(/aged 18–70.*not up to 80/),
  );
  it('a count of patients of an age elsewhere is not an entry rule', () =>
    expect(fired(followed('Patients aged over 80 are rarely offered clinical trials in most countries.'))).toBeUndefined());
});

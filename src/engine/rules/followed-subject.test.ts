// A sentence whose subject points back to the study last named ("The trial was a phase 3 study", "The primary
// endpoint was met", "The results were announced in 2019") is checked against that study's record as if it named
// it; one whose study was reached only through its drug's name, or that speaks of another study, is not.
import { describe, expect, it } from 'vitest';
import { checkText } from '../index';

const LEAD = 'MIROCALS enrolled 220 patients with ALS in the UK and France.';
const TODAY = { published: '2025-06-01', today: '2026-12-05' };

/** The wrong-fact finding on the document's last sentence, if any. */
function lastWrongFact(text: string): string | undefined {
  const last = text.slice(text.lastIndexOf('.', text.length - 2) + 1).trim();
  const f = checkText(text, TODAY).find((x) => x.text.trim() === last && x.reasons.some((r) => r.code === 'wrong-fact'));
  return f?.reasons.find((r) => r.code === 'wrong-fact')?.message;
}

describe('record checks on a sentence whose subject is the study followed', () => {
  it.each([
    ['The trial was a phase 3 study.', /phase 2b study, not phase 3/],
    ['The primary endpoint, survival at 640 days, was clearly met.', /did not meet its primary endpoint/],
    ['It met its primary endpoint.', /did not meet its primary endpoint/],
    ['The trial started recruiting in 2012.', /started in 2017, not 2012/],
    ['The results were announced in 2019.', /made public in 2022 and 2025, not 2019/],
    // the study by its own size, and a subject after who reported it (session 13)
    ['The study of 220 people was paid for by the British government.', /Horizon 2020/],
    ['Members noted that the trial was a phase 3 study.', /phase 2b study, not phase 3/],
    ['Jo: Ok but it was a phase 3 trial.', /phase 2b study, not phase 3/],
  ])('fires: %s', (sentence, reason) => expect(lastWrongFact(`${LEAD} ${sentence}`)).toMatch(reason));

  it.each([
    'The trial started recruiting in 2017.',
    'The next trial will be a phase 3 study.',
    'A larger follow-up study was a phase 3 trial.',
    'The trial of riluzole was a phase 3 study.',
  ])('stays silent: %s', (sentence) => expect(lastWrongFact(`${LEAD} ${sentence}`)).toBeUndefined());

  it('does not take a study reached through its drug for the one followed (a phase 2 page naming the drug)', () =>
    expect(
      lastWrongFact(
        'CENTAUR (NCT03127514) was a phase 2 trial of AMX0035 in 137 adults with ALS. The trial was completed in 2019. The trial met its primary endpoint.',
      ),
    ).toBeUndefined());

  it('stops at a related study named in between', () =>
    expect(
      lastWrongFact(
        'CENTAUR (NCT03127514) was a phase 2 trial in 137 adults with ALS. PHOENIX then tested the drug in 664 people. The trial met its primary endpoint.',
      ),
    ).toMatch(/did not meet its primary endpoint/));
});

describe('the drug followed as the object of its approval ("approved it", "gave it full approval")', () => {
  const VALOR = 'The VALOR trial tested tofersen in 108 people with SOD1 mutations.';
  it.each([
    ['The FDA gave it full approval in 2023.', /accelerated, not full, approval/],
    ['Europe approved it in 2021.', /approved in 2023 and 2024, not 2021|not 2021/],
  ])('fires: %s', (sentence, reason) => expect(lastWrongFact(`${VALOR} ${sentence}`)).toMatch(reason));
  it.each(['Europe approved it in 2024.', 'The FDA gave it accelerated approval in 2023.'])('stays silent: %s', (sentence) =>
    expect(lastWrongFact(`${VALOR} ${sentence}`)).toBeUndefined(),
  );
});

describe('the dose and the participants as the subject followed', () => {
  it.each([
    ['The dose was ten times higher than in IMODALS, at 20 MIU a day.', /2 MIU per dose, not 20/],
    ['Participants received 20 MIU of IL-2 a day.', /2 MIU per dose, not 20/],
    ['The trial was a phase 3 study.', /not phase 3/],
  ])('fires after the study is named: %s', (sentence, reason) => expect(lastWrongFact(`${LEAD} ${sentence}`)).toMatch(reason));
  it('the Beijing protocol named by its descriptor: its own dose', () =>
    expect(
      lastWrongFact(
        'In Beijing, doctors are testing low-dose IL-2 in immune-associated ALS. The Beijing protocol gives 10 million units of IL-2 every day.',
      ),
    ).toMatch(/1 MIU per dose, not 10/));
});

describe('linking a sentence whose own subject is the study followed, whatever its topic words (session 14)', () => {
  // Two studies in the document (so neither is its only one), and a sentence off the study's topics before the last:
  // only the last sentence's subject ties it to the study followed.
  const STORY =
    'Doctors in Houston once infused regulatory T cells into three patients with ALS. MIROCALS tested low-dose IL-2 in people with ALS. Families had waited years for news.';
  /** The wrong-fact message on the text's last sentence (a finding's text leaves out a speaker's label). */
  const wrongFactAtEnd = (before: string, sentence: string) =>
    checkText(`${before} ${sentence}`, TODAY)
      .find((x) => x.start > before.length && x.reasons.some((r) => r.code === 'wrong-fact'))
      ?.reasons.find((r) => r.code === 'wrong-fact')?.message;
  it.each([
    ['Patients were treated at hospitals in the UK, Ireland and Germany.', /not in Ireland, Germany/],
    ['GUEST: To get in, you had to be aged 18 to 90.', /18–76.*not up to 90/],
  ])('fires: %s', (sentence, reason) => expect(wrongFactAtEnd(STORY, sentence)).toMatch(reason));

  it.each([
    // nothing named before it: "patients" could be anyone's
    ['Patients were treated at hospitals in the UK, Ireland and Germany.', 'Families had waited years for news.'],
    // the subject is not the study: "it" is the disease
    ['It is a cruel illness that kills within five years in the UK, Ireland and Germany.', STORY],
    // another study brought in
    ['In a separate study, patients were treated at hospitals in Germany.', STORY],
  ])('stays silent: %s', (sentence, before) => expect(wrongFactAtEnd(before, sentence)).toBeUndefined());
});

describe('the study followed as the subject, more wordings (session 14, from set-46)', () => {
  it.each([
    ['In that trial, patients received 2 million units once a week for a year.', /did not last a year|5 days/],
    ['Each participant was offered the injections for two years.', /18 months|two years/],
  ])('fires: %s', (sentence, reason) => expect(lastWrongFact(`${LEAD} ${sentence}`)).toMatch(reason));
});

describe('back-references to a study: "the scientists", "this discovery" (session 14, from set-46)', () => {
  // Two studies in the document, so neither is its only one: only the back-reference ties the last sentence to the Nature study.
  const LEAD_NATURE =
    'MIROCALS tested low-dose IL-2 in ALS. Researchers of the La Jolla Institute for Immunology have published in the journal Nature a study of T cells in ALS. The work was done in 2025.';
  it('"The scientists analysed the blood of 400 patients" is the study followed: its size is checked', () =>
    expect(
      checkText(`${LEAD_NATURE} The scientists analysed the blood of 400 patients with ALS and 28 healthy persons.`, TODAY).some(
        (f) => f.verdict === 'misreported' && /40 participants, not 400/.test(f.reasons.map((r) => r.message).join(' ')),
      ),
    ).toBe(true));
  it('"With this discovery the mystery … is finally solved" is about the study followed', () =>
    expect(
      checkText(`${LEAD_NATURE} With this discovery the mystery of the cause of ALS is finally solved.`, TODAY).some(
        (f) => f.verdict === 'overstated' && f.reasons.some((r) => r.code === 'sensational'),
      ),
    ).toBe(true));
});

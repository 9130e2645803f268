import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '../analyze';
import { benefitMatches, efficacyClaim } from './benefit';

const benefit = (t: string) => efficacyClaim(analyzeSentence(t, 0));

describe('efficacyClaim', () => {
  it.each([
    ['The infusions halted ALS in two of the volunteers.', /halted ALS/],
    ['Her disease stopped progressing once dosing began.', /stopped progressing/],
    ['The cell product essentially stopped the disease.', /stopped the disease/],
    ['Their scores no longer declined during treatment.', /no longer declined/],
    ['The drug could add decades to the lives of patients.', /decades to the lives/],
    ['The injections added two years of life on average.', /years of life/],
    ['In short, the medicine saved lives.', /saved lives/],
    ['The treatment kept every volunteer alive.', /kept every volunteer alive/],
    ['Treated people survive longer, the company says.', /survive longer/],
    ['The extra cells protected the participants.', /protected the participants/],
    ['The results show the therapy works.', /therapy works/],
    ['The vaccine was shown to work in the pilot group.', /shown to work/],
    ['This is evidence that the injections change the course of MND.', /change the course of MND/],
    ['The product will help everyone with ALS.', /help everyone with ALS/],
    ['Patients on the higher dose lost function more slowly.', /lost function more slowly/],
    ['Management said the phase 2a had already validated efficacy.', /validated efficacy/],
    ['Low-dose IL-2 slows motor neurone disease, trial shows', /slows motor neurone disease/],
    ['They grew Tregs and gave them back, and it worked in a dozen patients.', /it worked/],
  ])('finds a benefit in: %s', (t, want) => expect(benefit(t)).toMatch(want));

  it.each([
    'Researchers want to understand how the therapy works.',
    'The drug works by expanding regulatory T cells.',
    'The race to halt ALS has attracted new funding.',
    'The study did not show that the drug halted ALS.',
    'Nurses helped patients with ALS to enrol in the registry.',
    'Tregs protect motor neurons in culture.',
    'The cream protected patients from sunburn.',
    'Whether it works is not yet known.',
    'Treg numbers rose after each infusion.',
    'The drug failed to stop ALS progression.',
    'A 2018 paper found patients with more Tregs progressed more slowly.', // an association, not an arm
    "The patients' disease progressed more slowly during the infusion periods.", // a course over time
    'It worked in mice.',
  ])('finds none in: %s', (t) => expect(benefit(t)).toBeUndefined());
});

describe('benefit: a label quoted after the verb that gives it (session 13)', () => {
  it("is not the writer's claim", () => {
    expect(benefitMatches("Take MIROCALS, which one university press release called 'safe and effective'.")).toEqual([]);
    expect(benefitMatches('Low-dose IL-2 is safe and effective.').length).toBe(1);
  });
});

describe('benefit: a label quoted after the verb that gives it', () => {
  it.each([
    "Grade D: a university press office headlined the drug as 'safe and effective', gliding past the missed endpoint.",
    'The company pitched the results as “a turning point”, which they were not.',
  ])('no claim of its own: %s', (t) => expect(benefitMatches(t).map((b) => b.text)).not.toContain('safe and effective'));
  it('still reads the writer’s own claim', () => expect(benefit('The drug is safe and effective.')).toBeTruthy());
});

describe('benefit: the object of a hope or promise', () => {
  it.each([
    'These results offer new hope of slowing its progression.',
    'The finding raises the prospect of treatments that slow ALS.',
  ])('no claim: %s', (t) => expect(benefit(t)).toBeUndefined());
});

describe('benefit: a hope of several things', () => {
  it('"real hope of longer life and of halting ALS progression" claims no halt', () =>
    expect(
      benefitMatches(
        'He said that while nobody is talking of a cure yet, there is real hope of longer life and of halting ALS progression.',
      ).map((b) => b.text),
    ).toEqual([]));
});

describe('benefit: doubts about how well it works', () => {
  it('claims nothing', () =>
    expect(
      benefitMatches('Patient groups asked for it despite doubts about how well the drug works.').map((b) => b.text),
    ).toEqual([]));
});

describe('benefit: an effect on cells, not people', () => {
  it('"prevent the early death of nerve cells" tells how the drug is meant to act', () =>
    expect(
      benefit('The two compounds act together to prevent the early death of nerve cells in the brain and spinal cord.'),
    ).toBeUndefined());
  it('an effect on patients is still a claim', () =>
    expect(benefit('The two compounds act together to prevent the early death of patients.')).toBeTruthy());
});

describe('benefit: the drug told as working for a kind of the disease (session 17)', () => {
  it('"works for sporadic ALS too" is a claim of effect', () =>
    expect(benefit('Pretty sure tofersen works for sporadic ALS too.')).toBe('works for sporadic ALS'));
  it('how a drug works in the body is not', () =>
    expect(benefit('This is how the drug works in motor neurons.')).toBeUndefined());
});

describe('benefit: a slowing shown, as a noun (session 17)', () => {
  it('"showed a clear slowing of ALS" claims the effect', () =>
    expect(benefit('The phase 2a showed a clear slowing of ALS compared with placebo.')).toMatch(/slowing of ALS/));
  it('a slowing looked for is not one shown', () =>
    expect(benefit('The trial was designed to look for a slowing of ALS.')).toBeUndefined());
});

describe('benefit: "work" as a noun (session 17)', () => {
  it('"plans for further cell therapy work" claims nothing', () =>
    expect(benefit('The Houston team described plans for further cell therapy work.')).toBeUndefined());
  it.each(['The therapy works.', 'The therapy does work in patients.', 'The infusions work.'])('still a claim: %s', (t) =>
    expect(benefit(t)).toBeTruthy(),
  );
});

describe('benefit: what substances were tested for (session 17)', () => {
  it('"tested for slowing ALS" is a purpose, not a result', () =>
    expect(benefit('Almost 80 other substances have been tested for slowing ALS.')).toBeUndefined());
});

describe('benefit: the effect a trial was powered to detect is no claim (session 19)', () => {
  it('skips "powered (80%) for a two-fold reduction in the risk of death"', () =>
    expect(benefitMatches('Survival was the endpoint, powered (80%) for a two-fold reduction in the risk of death.')).toEqual(
      [],
    ));
  it('still reads "cut the risk of death" told as found', () =>
    expect(benefitMatches('The drug cut the risk of death by half.').length).toBe(1));
});

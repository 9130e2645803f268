import { describe, expect, it } from 'vitest';
import '../../claims/db'; // registers the database's treatment names
import {
  ATTRIBUTED_CLAIM,
  CLINICAL_BENEFIT,
  comparison,
  DISCLAIMS_CAUSATION,
  REPORTED_CLAIM_UNDER_SCRUTINY,
  SUBGROUP_QUALIFIER,
} from './claims-language';
import { hedgeLevel } from './hedges';

const benefit = (s: string) => new RegExp(CLINICAL_BENEFIT.source, 'i').test(s);

describe('CLINICAL_BENEFIT', () => {
  it.each([
    'The drug halves the risk of dying.',
    'Patients were 40 percent less likely to die.',
    'Twice as many treated patients were still alive after two years.',
    'The injections saved lives.',
    'It adds years of life.',
    'The treatment helps patients survive longer.',
    'Their disease seemed to slow down.',
    'A pill that turns back the clock on ALS.',
    // session 11
    'The injections are what Mum needs, they work for everyone.',
    'Tofersen works for all ALS patients.',
    'Low-dose IL-2 has been shown to double survival in ALS.',
    // session 13
    'Patients with ALS had an easing in the progression of their disease over 48 weeks.',
    'Low-dose IL-2 is a safe, effective treatment for ALS.',
  ])('reads a claimed clinical benefit: %s', (s) => expect(benefit(s)).toBe(true));
  it.each([
    // an aim, or treatments in general (session 13)
    'The chairman thanked the consortium for their work towards an effective treatment for this disease.',
    'Our focus is that people with MND get fair access to safe, effective and proven treatments as early as possible.',
  ])('not a benefit claimed for the treatment: %s', (s) => expect(benefit(s)).toBe(false));

  it.each([
    'Most patients survive two to five years after diagnosis.',
    'The study was alive with debate.',
    'Researchers measured neurofilament in spinal fluid.',
    'Half of the patients were women.',
  ])('stays quiet on statements of fact that claim no benefit: %s', (s) => expect(benefit(s)).toBe(false));
});

describe('comparison', () => {
  it.each([
    'Unlike riluzole, the new drug adds years.',
    'It is the biggest advance against the disease since riluzole.',
    'IL-2 is a stronger medicine than riluzole.',
    'The survival gain is larger than that achieved by riluzole.',
    'The add-on appears to do more for survival than riluzole itself does.',
  ])('finds a comparison with other treatments: %s', (s) => expect(comparison().test(s)).toBe(true));

  it.each(['Participants also took riluzole.', 'The biggest trial so far enrolled 220 people.'])('not a comparison: %s', (s) =>
    expect(comparison().test(s)).toBe(false),
  );
});

describe('hedgeLevel', () => {
  it('does not read a comparative "less likely to" as a hedge', () => {
    expect(hedgeLevel('Those on the drug were 73 percent less likely to die.')).toBe('asserted');
    expect(hedgeLevel('The drug is likely to help.')).toBe('evidential');
  });
  it('does not read the counterfactual "than they would have" as a hedge', () => {
    expect(hedgeLevel('Treated people survived longer than they would have without it.')).toBe('asserted');
    expect(hedgeLevel('The drug would help many people.')).toBe('modal');
  });
  it('does not read the month "May" before a day as a hedge', () => {
    expect(hedgeLevel('Immune cell infusions slow ALS in first human test, May 22, 2018')).toBe('asserted');
    expect(hedgeLevel('Immune cell infusions may slow ALS.')).toBe('modal');
    expect(hedgeLevel('A study published in Lancet Neurology in May confirmed this.')).toBe('asserted');
    expect(hedgeLevel('Results out since May 2021 show it works.')).toBe('asserted');
  });
  it('reads "hope" as a hedge only as a verb, not as the noun in "new hope for patients"', () => {
    expect(hedgeLevel('Scientists discover immune system attack nerve in ALS, new hope for the patients')).toBe('asserted');
    expect(hedgeLevel('Researchers hope the drug slows ALS.')).toBe('modal');
    expect(hedgeLevel('The team hopes to show that it slows ALS.')).toBe('modal');
  });
  it('keeps the hedge of a claim reported by a trailing attribution ("…, research shows")', () => {
    expect(hedgeLevel('Specific Immune Cells May Help Slow Progression of ALS, Research Shows')).toBe('modal');
    expect(hedgeLevel('Tregs slow ALS, a new study shows.')).toBe('asserted');
    expect(hedgeLevel('The study showed that it could slow ALS.')).toBe('asserted');
  });
});

describe('SUBGROUP_QUALIFIER', () => {
  it.each([
    'Once the analysis took account of the marker, survival was longer.',
    'After controlling for baseline neurofilament, the drug cut deaths.',
    'In patients with lower pNFH levels the benefit was clear.',
  ])('keeps a result to its adjusted or subgroup analysis: %s', (s) => expect(SUBGROUP_QUALIFIER.test(s)).toBe(true));
  it('does not see a subgroup in a plain claim', () =>
    expect(SUBGROUP_QUALIFIER.test('The drug extends survival in ALS.')).toBe(false));
});

describe('DISCLAIMS_CAUSATION and quoted claims under scrutiny', () => {
  it.each([
    'Higher Treg levels went along with slower progression, a correlation rather than proof of cause.',
    'Immune cells react to a protein, study finds, but the cause of ALS is still unproven',
    'The finding does not show that T cells cause the disease.',
    'Headlines went further than the authors did.',
  ])('reads a sentence that denies causation: %s', (s) => expect(DISCLAIMS_CAUSATION.test(s)).toBe(true));
  it.each(['T cells cause ALS.', 'The study proved the cause of ALS.'])('not a denial: %s', (s) =>
    expect(DISCLAIMS_CAUSATION.test(s)).toBe(false),
  );
  it('sees a quoted claim being corrected, but not a plain quote', () => {
    const corrected = 'One post claimed that "80% of patients survived", which is false.';
    expect(REPORTED_CLAIM_UNDER_SCRUTINY.test(corrected) && ATTRIBUTED_CLAIM.test(corrected)).toBe(true);
    for (const t of [
      'Someone on a forum claimed Relyvrio adds ten years of life, which is nonsense.',
      'Some outlets wrote that four in five patients benefited, but that figure was the share still alive.',
      "I've seen it written that the trial involved more than six hundred patients.",
      'Some reports this week said the drug cut deaths by 73% for everyone who took it.',
      'A friend sent him an article saying IL-2 helps 80% of patients live longer — is that true?',
      'Your reporter wrote that a new JAMA Neurology study proved that low Treg levels cause ALS.',
    ])
      expect(REPORTED_CLAIM_UNDER_SCRUTINY.test(t) && ATTRIBUTED_CLAIM.test(t)).toBe(true);
    const endorsed = '"These remarkable results represent a real breakthrough," said the professor.';
    expect(REPORTED_CLAIM_UNDER_SCRUTINY.test(endorsed)).toBe(false);
  });
});

describe('hedgeLevel: the field’s growing evidence', () => {
  it.each([
    'There is growing evidence that neuroinflammation speeds up progression.',
    'Mounting evidence links the immune system to the disease.',
  ])('evidential: %s', (t) => expect(hedgeLevel(t)).toBe('evidential'));
  it('a study’s own evidence stays asserted', () =>
    expect(hedgeLevel('The trial showed that the drug slows decline.')).toBe('asserted'));
});

import { describe, expect, it } from 'vitest';
import { confirmed, fired, runRule } from './fixture';
import { subgroupAsWhole } from './subgroup-as-whole';

const run = (s: string) => runRule(subgroupAsWhole, 'mirocals-efficacy', s);

describe('subgroup-as-whole', () => {
  it.each([
    'Low-dose IL-2 extends survival in people with ALS, the trial found.',
    'The trial proved that aldesleukin slows disease progression.',
    'Researchers showed the drug reduced the risk of death by 40%.',
    'IL-2 was found to be safe and effective for motor neurone disease.',
    'Patients given the injections lived longer than those on placebo.',
    'New research finds motor neuron disease drug safe and effective at low doses.',
    'Low-dose IL-2 significantly improves survival and slows functional decline in patients with ALS.',
    // The benefit in other words: a reduction in mortality, the chance of dying cut, the risk slashed (passive),
    // lives lengthened with an adverb between.
    'The study showed a 48% reduction in mortality for ALS patients.',
    'so basically il-2 cuts ur chance of dying by like half, huge',
    'Patients had their risk of death slashed by 73 per cent.',
    'Scientists found the jabs helped patients live significantly longer.',
    // efficacy told as what the drug is
    'Help Dad get the ALS drug that works.',
    'Low-dose IL-2 is a treatment that actually works.',
  ])('fires on an unqualified benefit claim: %s', (s) => {
    expect(fired(run(s))).toMatch(/missed its primary endpoint/);
  });

  it.each([
    'In patients with lower levels of the spinal-fluid marker, the risk of death fell by 48%.',
    'A survival benefit appeared only in a subgroup of slower-progressing patients.',
    'After adjusting for CSF-pNFH, the drug was associated with longer survival.',
  ])('confirms when the subgroup is kept: %s', (s) => {
    expect(confirmed(run(s))).toBeTruthy();
  });

  it.each([
    'Low-dose IL-2 may extend survival in some patients.',
    'The results suggest IL-2 could slow progression.',
    'The drug did not extend survival across the whole trial.',
    'In mice, the treatment extended survival.',
    'The trial enrolled 220 people.',
    'The risk of death was not reduced across the whole trial.',
    'Nobody knows whether the chance of dying could be cut.',
  ])('stays silent: %s', (s) => {
    expect(fired(run(s))).toBeUndefined();
  });
});

describe('subgroup-as-whole: the null result told as such', () => {
  it.each([
    'The unadjusted estimate was a 19% lower risk of death, well short of what the trial was powered to detect.',
    'IL-2 cut the risk of death by a fifth, a difference that was not statistically significant.',
  ])('confirms instead of firing: %s', (s) =>
    expect(runRule(subgroupAsWhole, 'mirocals-efficacy', s)).toMatchObject({ confirmed: expect.any(String) }),
  );
});

describe("subgroup-as-whole: a group pointed to, and a trial's design", () => {
  const run = (s: string) => runRule(subgroupAsWhole, 'mirocals-efficacy', s);
  it.each([
    'In these participants, the risk of death was reduced by over 40%.',
    'For that group, the drug reduced the risk of dying by 18 per cent.',
  ])('reads a group pointed to as the subgroup: %s', (s) => expect(confirmed(run(s))).toBeTruthy());
  it.each([
    'We are still waiting for a drug that works for everyone.',
    'Researchers are testing whether it is a drug that works by calming the immune system.',
  ])('stays silent on a drug that works only hoped for, or on how it works: %s', (s) => expect(fired(run(s))).toBeUndefined());
  it('stays silent on what the trial was designed to detect', () =>
    expect(fired(run('The researchers had designed the trial to detect a halving of the risk of death.'))).toBeUndefined());
});

describe('subgroup-as-whole: a group described by what its members showed', () => {
  it('reads "patients whose spinal fluid showed lower levels" as the subgroup', () =>
    expect(
      confirmed(
        runRule(
          subgroupAsWhole,
          'mirocals-efficacy',
          'But in the roughly seven in ten patients whose spinal fluid showed lower levels of a nerve-damage marker, the drug cut the risk of death.',
        ),
      ),
    ).toBeTruthy());
});

describe('subgroup-as-whole: the benefit kept to part of the patients (session 14)', () => {
  it.each([
    'The trial MIROCALS with low-dose IL-2 showed a survival benefit for part of the patients, published in The Lancet in May.',
    'Low-dose IL-2 helped a portion of the participants live longer.',
  ])('confirmed, not fired: %s', (s) => {
    expect(fired(run(s))).toBeUndefined();
    expect(confirmed(run(s))).toBeDefined();
  });
  it('a part of the body is not a part of the patients', () =>
    expect(
      fired(run('Low-dose IL-2 extends survival, and its benefit reached every part of the trial population.')),
    ).toBeDefined());
});

describe('subgroup-as-whole: another treatment as the subject (session 14)', () => {
  it('what riluzole does is not the trial result', () =>
    expect(
      fired(run('Riluzole, the drug all MIROCALS participants took, typically extends life by two to three months.')),
    ).toBeUndefined());
  it('the study drug given on top of riluzole still fires', () =>
    expect(
      fired(run('Low-dose IL-2, given on top of riluzole, extends survival in people with ALS, the trial found.')),
    ).toBeDefined());
});

describe('subgroup-as-whole: "the patients with a low level of a marker" (session 17)', () => {
  it('a result told in the group with an article before "low" is the subgroup’s', () =>
    expect(
      fired(
        run(
          'In the patients with a low level of a marker of neuronal damage in the cerebrospinal fluid, the risk of death was reduced by 48%.',
        ),
      ),
    ).toBeUndefined());
});

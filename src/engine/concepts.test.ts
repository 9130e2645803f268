import { describe, expect, it } from 'vitest';
import { mentions } from './concepts';

describe('cell-therapy concept', () => {
  it.each(['Patients received infusions of their own expanded Tregs.', 'The cells were infused every month.'])(
    'reads a cell product given: %s',
    (s) => expect(mentions(s, 'cell-therapy')).toBe(true),
  );
  it.each([
    'Edaravone is administered by intravenous infusion only.',
    'Radicava IV infusions take an hour.',
    'In the US it now also comes as an oral suspension that works as well as the infusions.',
    'The medicine is given as infusion into the vein; a form to take by mouth does not exist.',
  ])('does not read how a drug is given as a cell product: %s', (s) => expect(mentions(s, 'cell-therapy')).toBe(false));
});

describe('other-disease concept', () => {
  it('reads a sentence about another disease', () =>
    expect(mentions('Low-dose IL-2 is being tested in type 1 diabetes.', 'other-disease')).toBe(true));
  it.each([
    "ALS is an autoimmune disease, like type 1 diabetes, which means the body's own immune system destroys the motor neurons.",
    'As in multiple sclerosis, T cells may play a part in ALS.',
    'A low-dose version of an old cancer drug helped people with motor neurone disease live longer.',
  ])('does not read another disease named as a comparison: %s', (s) => expect(mentions(s, 'other-disease')).toBe(false));
});

describe('mouse concept (animals, cells and the lab)', () => {
  it.each(['The effect was seen in the lab, in neurons grown from stem cells.', 'In mice, the drug extended survival.'])(
    'reads a result from the lab or from animals: %s',
    (s) => expect(mentions(s, 'mouse')).toBe(true),
  );
  it.each([
    'The team gives people infusions of their own regulatory T cells grown up in the lab.',
    'Each patient received Tregs expanded in the lab from their own blood.',
  ])('does not read a cell product made in the lab for a patient: %s', (s) => expect(mentions(s, 'mouse')).toBe(false));
});

describe('approval concept', () => {
  it.each(['Relyvrio was cleared last September.', 'The FDA quickly cleared the drug.'])(
    'reads a regulator clearing a drug: %s',
    (s) => expect(mentions(s, 'approval')).toBe(true),
  );
  it('does not read a drug cleared from the blood', () =>
    expect(mentions('The drug is cleared from the blood within hours.', 'approval')).toBe(false));
});

describe('survival concept', () => {
  it.each([
    'It may add several months of life.',
    "The new medicine may give ten months' longer life.",
    "ALS: low-dose IL-2 prolongs patients' lives",
    'Raising the Tregs prolonged the life of patients.',
  ])('reads time of life gained: %s', (s) => expect(mentions(s, 'survival')).toBe(true));
});

describe('als concept: tabloid paraphrases', () => {
  it.each(['Scientists crack the cruel muscle-wasting disease.', 'It is the disease that killed Stephen Hawking.'])(
    'reads the disease by its description: %s',
    (s) => expect(mentions(s, 'als')).toBe(true),
  );
  it('does not read muscle wasting in general as ALS', () =>
    expect(mentions('Muscle wasting is common in old age.', 'als')).toBe(false));
});

describe('benefit concept: the disease stopped', () => {
  it.each(['Because it boosts calming cells, it can stop the disease completely.', 'The drug stops ALS in its tracks.'])(
    'reads the disease stopped as a benefit claim: %s',
    (s) => expect(mentions(s, 'benefit')).toBe(true),
  );
  it('reads "it worked in four out of five patients" as a benefit claim, not "worked on the study"', () => {
    expect(mentions('The researchers said it worked in four out of five patients.', 'benefit')).toBe(true);
    expect(mentions('Nurses who worked on the study collected the samples.', 'benefit')).toBe(false);
  });
  it.each(['Patients stopped the injections after five days.', 'Doctors may stop the infusions if side effects appear.'])(
    'does not read a treatment stopped as a benefit: %s',
    (s) => expect(mentions(s, 'benefit')).toBe(false),
  );
});

describe('survival concept: years added to lives', () => {
  it('reads "will add years to the lives of ALS patients" as survival', () =>
    expect(mentions('Boosting IL-10 will add years to the lives of ALS patients.', 'survival')).toBe(true));
  it('does not read "added months to the trial" as survival', () =>
    expect(mentions('The delay added months to the trial.', 'survival')).toBe(false));
});

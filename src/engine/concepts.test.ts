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

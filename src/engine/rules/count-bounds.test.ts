import { describe, expect, it } from 'vitest';
import { fired, runRule } from './fixture';
import { wrongFact } from './wrong-fact';

const mirocals = (s: string) => runRule(wrongFact, 'mirocals-recruitment-countries', s);
const michaelis = (s: string) => runRule(wrongFact, 'michaelis-autoimmune-als', s);

describe('wrong-fact: study size given as a bound', () => {
  it.each([
    ['The trial followed more than 400 patients for 18 months.', /220 participants, not more than 400 patients/],
    ['Researchers recruited well over 300 people with ALS.', /220 participants, not over 300 people/],
    ['The study enrolled fewer than 100 patients.', /220 participants, not fewer than 100 patients/],
    ['The trial followed more than four hundred patients.', /220 participants, not more than 400 patients/],
  ])('fires when the verified size breaks the bound: %s', (s, why) => expect(fired(mirocals(s))).toMatch(why));

  it('reads word quantities as a floor', () => {
    expect(fired(michaelis('Drawing on blood samples from several hundred patients, the study is large.'))).toMatch(
      /40 participants/,
    );
  });

  it.each([
    'The trial recruited more than 200 patients.',
    'The study enrolled fewer than 300 patients.',
    'More than 400 people with ALS live in the region.',
    'Hundreds of patients have asked about the drug.',
    'The trial team campaigned, including a petition signed by more than 20,000 people.',
  ])('stays silent when the bound holds or is not the study size: %s', (s) => expect(fired(mirocals(s))).toBeUndefined());
});

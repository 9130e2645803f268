import { describe, expect, it } from 'vitest';
import { fired, confirmed, runRule } from './fixture';
import { checkFunding } from './funding-facts';

const mirocals = (s: string) =>
  runRule({ code: 'wrong-fact', check: checkFunding }, 'mirocals-efficacy', s, ['MIROCALS tested low-dose IL-2 in 220 people.']);

describe('funding: who paid for a study', () => {
  it.each(['The trial was funded by the US National Institutes of Health.', 'The trial was paid for by the Gates Foundation.'])(
    'fires on a funder the record does not give: %s',
    (s) => expect(fired(mirocals(s))).toMatch(/Horizon 2020.*not by the (?:US National Institutes of Health|Gates Foundation)/),
  );
  it.each(['The trial was funded by the European Union.', "The trial was funded by the EU's Horizon 2020 programme."])(
    'confirms: %s',
    (s) => expect(confirmed(mirocals(s))).toBeTruthy(),
  );
  it.each([
    'The trial was funded by the MND Association and others.', // a partner that took part
    'The trial was not funded by the NIH.', // a denial
    'The team hopes the trial will be funded by the NIH.', // a hope
    'The trial was funded by a grant.', // no funder named
  ])('stays silent: %s', (s) => expect(fired(mirocals(s))).toBeUndefined());
});

import { describe, expect, it } from 'vitest';
import { countInClause } from './count-frame';
import { statusAssertions } from './status-frame';

describe('countInClause', () => {
  it.each([
    ['Three disease-modifying drugs are currently FDA-approved for ALS', 3],
    ['In this country we have two approved drugs for the disease', 2],
    ['Only 2 drugs are indicated for treating ALS', 2],
    ['The only drug made specifically to treat ALS is riluzole', 1],
    ['Riluzole is the only licensed treatment for MND', 1],
    ['The only thing they can give you here in the UK is riluzole', 1],
  ])('reads "%s" as %i approved drugs', (clause, n) => expect(countInClause(clause)).toBe(n));

  it.each([
    'AMX0035 combines two drugs, both approved for other conditions, to treat ALS',
    'The report covers four drugs approved or under study for ALS',
    'Two drugs for ALS symptoms are licensed, for cramps and for saliva',
    'Three experimental drugs for ALS may be approved by 2030',
    'The trial compared two doses of the approved drug in ALS',
    'Riluzole stays the only other medicine approved for the disease',
  ])('reads no count of approved drugs in "%s"', (clause) => expect(countInClause(clause)).toBeUndefined());
});

describe('statusAssertions, with counts read from parts', () => {
  it('gives a drug count for a sentence no fixed phrasing covers', () => {
    expect(statusAssertions('Three disease-modifying drugs are currently FDA-approved for ALS.')).toContainEqual(
      expect.objectContaining({ kind: 'drug-count', count: 3 }),
    );
  });
  it('gives none for a count told as history', () => {
    expect(statusAssertions('In 2016, only one drug was approved for ALS.').some((a) => a.kind === 'drug-count')).toBe(false);
  });
});

describe('a count read from parts, judged end to end', () => {
  it('dates "three disease-modifying drugs are currently FDA-approved" at the page’s date', async () => {
    const { checkText } = await import('./index');
    const line =
      'Three disease-modifying drugs are currently FDA-approved for ALS: riluzole, edaravone and sodium phenylbutyrate-taurursodiol.';
    const f = checkText(`ALS care today\n\n${line}\n`, { published: '2023-01-15', today: '2026-12-05' }).find(
      (x) => x.verdict !== 'supported',
    );
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toMatch(/^2023-04/);
  });
});

import { describe, expect, it } from 'vitest';
import { claimsDb, sourceIdentifiers } from './db';

const source = (id: string) => {
  const s = claimsDb.sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
};

describe('sourceIdentifiers', () => {
  it('cites a trial by its registry ID, DOI and PMID, and not by its links', () => {
    const ids = sourceIdentifiers(source('centaur'));
    expect(ids).toEqual(expect.arrayContaining(['NCT03127514', 'doi:10.1056/nejmoa1916945', 'pmid:32877582']));
    expect(ids.some((id) => id.startsWith('http'))).toBe(false);
  });
  it('cites a source with no confirmed identifier (the CDC epidemiology reports) by the pages its figures come from', () => {
    const ids = sourceIdentifiers(source('als-epidemiology'));
    expect(ids).toContain('https://www.cdc.gov/mmwr/volumes/67/wr/mm6707a3.htm');
    expect(ids).toContain('https://www.cdc.gov/mmwr/volumes/65/ss/ss6508a1.htm');
  });
});

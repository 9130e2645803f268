import { describe, expect, it } from 'vitest';
import { identifierUrl } from './links';

describe('identifierUrl', () => {
  it('links registry IDs, DOIs and PMIDs', () => {
    expect(identifierUrl('NCT03039673')).toBe('https://clinicaltrials.gov/study/NCT03039673');
    expect(identifierUrl('pmid:40354799')).toBe('https://pubmed.ncbi.nlm.nih.gov/40354799/');
    expect(identifierUrl('doi:10.1212/nxi.0000000000000465')).toBe('https://doi.org/10.1212/nxi.0000000000000465');
  });

  it('percent-encodes characters that would break a Markdown link or a URL', () => {
    expect(identifierUrl('doi:10.1016/s0140-6736(25)00262-4')).toBe('https://doi.org/10.1016/s0140-6736%2825%2900262-4');
    expect(identifierUrl('doi:10.1000/a<b>#c?d')).toBe('https://doi.org/10.1000/a%3Cb%3E%23c%3Fd');
  });

  it('returns undefined for anything else', () => {
    expect(identifierUrl('ISRCTN123')).toBeUndefined();
    expect(identifierUrl('doi:')).toBeUndefined();
  });
});

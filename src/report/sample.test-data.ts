// A made-up checked text and engine findings on it, shared by the report tests.
import { claimsDb } from '../claims/db';
import type { Finding } from '../engine/types';

/** A real MIROCALS claim id, so formatters can look the study up. */
export const MIROCALS_CLAIM = claimsDb.sources.find((s) => s.id === 'mirocals')?.claims[0]?.id ?? 'mirocals-missing';

export const SAMPLE_TEXT =
  'Über 80% überlebten — a *breakthrough*!\r\nThe MIROCALS trial showed that about 80% of people with ALS treated with IL-2 survived.\r\n';

const sentence = 'The MIROCALS trial showed that about 80% of people with ALS treated with IL-2 survived.';
const start = SAMPLE_TEXT.indexOf(sentence);
const first = 'Über 80% überlebten — a *breakthrough*!';

export const SAMPLE_FINDINGS: Finding[] = [
  {
    start,
    end: start + sentence.length,
    text: sentence,
    claim: MIROCALS_CLAIM,
    source: 'mirocals',
    verdict: 'misreported',
    sources: ['NCT03039673', 'doi:10.1016/s0140-6736(25)00262-4', 'pmid:40354799'],
    reasons: [{ code: 'share-misread', message: 'About 80% is the share of participants with low CSF-pNFH, not of survivors.' }],
    evidence: 'The primary endpoint was not met; the benefit was in the lower-pNFH subgroup.',
    explain: { plain: 'plain', precise: 'precise' },
  },
  {
    start: 0,
    end: first.length,
    text: first,
    claim: MIROCALS_CLAIM,
    source: 'mirocals',
    verdict: 'overstated',
    sources: ['NCT03039673'],
    reasons: [{ code: 'sensational', message: 'A *phase 2b* result is not a [breakthrough](x).' }],
    evidence: 'Primary endpoint missed.',
    explain: { plain: 'plain', precise: 'precise' },
  },
];

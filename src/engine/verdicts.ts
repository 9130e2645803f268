// The verdict vocabulary and the reason codes each rule may give.
// A reason code always implies one verdict, so the claims files cannot disagree with the engine.

export const VERDICTS = ['supported', 'overstated', 'misreported', 'outdated'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const REASON_VERDICT = {
  'subgroup-as-whole': 'overstated',
  'share-misread': 'misreported',
  'correlation-as-causation': 'overstated',
  'certainty-inflated': 'overstated',
  'early-phase-as-efficacy': 'overstated',
  'animal-to-human': 'overstated',
  sensational: 'overstated',
  'unsupported-comparison': 'overstated',
  'population-overgeneralised': 'overstated',
  'wrong-fact': 'misreported',
  superseded: 'outdated',
} as const satisfies Record<string, Exclude<Verdict, 'supported'>>;

export type ReasonCode = keyof typeof REASON_VERDICT;
export const REASON_CODES = Object.keys(REASON_VERDICT) as [ReasonCode, ...ReasonCode[]];

/** When one sentence earns several reasons, the finding shows the most serious verdict. */
export const VERDICT_SEVERITY: Record<Verdict, number> = { supported: 0, overstated: 1, outdated: 2, misreported: 3 };

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = 'supported';
  for (const v of verdicts) if (VERDICT_SEVERITY[v] > VERDICT_SEVERITY[worst]) worst = v;
  return worst;
}

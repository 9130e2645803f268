// Counts of findings by verdict, for the summary lines of the text and Markdown reports.
import { VERDICTS, type Verdict } from '../engine/verdicts';
import type { ReportFinding } from './schema';

/** Most serious first: the order summaries list verdicts in. */
export const VERDICT_ORDER: readonly Verdict[] = ['misreported', 'outdated', 'overstated', 'supported'];

export function countByVerdict(findings: readonly ReportFinding[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const f of findings) counts[f.verdict] += 1;
  return counts;
}

/** "no findings", "1 finding: 1 misreported", "3 findings: 1 misreported, 2 overstated". */
export function summarise(findings: readonly ReportFinding[]): string {
  if (findings.length === 0) return 'no findings';
  const counts = countByVerdict(findings);
  const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v}`);
  return `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

// Shared detection: does the sentence claim a clinical benefit (for people, not cells)?
import type { AnalyzedSentence } from '../analyze';
import { CELL_SURVIVAL, CLINICAL_BENEFIT } from '../cues/claims-language';
import { unnegatedMatches } from '../cues/negation';

export function clinicalBenefit(s: AnalyzedSentence): string | undefined {
  for (const m of unnegatedMatches(s.text, CLINICAL_BENEFIT)) {
    const around = s.text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10);
    if (CELL_SURVIVAL.test(m[0]) || (/surviv/i.test(m[0]) && CELL_SURVIVAL.test(around))) continue;
    return m[0];
  }
  return undefined;
}

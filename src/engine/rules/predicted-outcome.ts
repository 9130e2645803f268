// An outcome a study only predicted, told as observed: "patients whose T cells made more IL-10 lived years
// longer" of a study that linked IL-10 to *predicted* (model-based) survival. Part of the wrong-fact rule; the
// claim's verified `predictedOutcome` decides.
import type { RuleInput, RuleOutcome } from './types';

/** Survival told as lived: "lived (years) longer", "survived five years more", "longer lives". */
const OBSERVED_SURVIVAL =
  /\b(?:lived|live|lives|living|survived|survive|survives|surviving),?\s+(?:(?:much|far|significantly|substantially|considerably|markedly|actually|noticeably|clearly|for|years|months|on average|an average of \w+ \w+|(?:\d+|a few|several|many) (?:more )?(?:years|months)),?\s+){0,3}(?:longer|more years|extra years|more months|years more|months more)\b(?! than (?:expected|predicted|forecast))|\blonger (?:lives|lifespans?|survival)\b|\b(?:extra|more|additional) (?:years|months) of life\b/i;
/** "makes patients live longer": a causal claim, which correlation-as-causation judges. */
const CAUSAL_BEFORE =
  /\b(?:makes?|made|helps?|helped|causes?|caused|lets?|allows?|allowed|enables?|enabled)\s+(?:[\w-]+\s+){0,2}(?:to\s+)?$/i;
/** The sentence keeps it a prediction or an estimate. */
const PREDICTED = /\b(?:predict\w*|expected|expect|estimat\w*|forecast\w*|model\w*|projected|likely to (?:live|survive))\b/i;
const GUARD = /\b(?:may|might|could|would|if|whether|not|never|no)\b|n't\b|\?/i;

export function checkPredictedOutcome({ s, claim }: RuleInput): RuleOutcome {
  const predicted = claim.predictedOutcome;
  if (!predicted?.verified || predicted.outcome !== 'survival') return null;
  // Numbers as digits ("five years longer" → "5 years longer").
  const text = s.digits();
  const m = OBSERVED_SURVIVAL.exec(text);
  // "makes patients live longer" (a bare verb after the cause) is causal; "made more IL-10 lived longer" is not.
  const caused = /^(?:live|survive)\b/i.test(m?.[0] ?? '') && CAUSAL_BEFORE.test(text.slice(0, m!.index));
  if (!m || GUARD.test(text) || caused) return null;
  if (PREDICTED.test(text)) return { confirmed: 'Told as predicted survival, as the study measured it.' };
  return { fired: 'The study linked this to predicted survival (a model’s estimate), not to how long people actually lived.' };
}

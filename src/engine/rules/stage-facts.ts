// Who a study enrolled, told wrongly: "patients with advanced ALS" for a trial that took people early in their
// disease. Part of the wrong-fact rule; the study's verified `design.stage` decides, and only where the sentence
// speaks of the study's own participants.
import type { RuleInput, RuleOutcome } from './types';

/** A late stage of the disease. */
const LATE = /\b(?:advanced|late[- ]stage|end[- ]stage|later[- ]stage|severe(?:ly affected)?|long-?standing)\b/i;
/** The study's participants as the subject: "enrolled", "focused on patients with", "participants had". */
const PARTICIPANTS =
  /\b(?:enrol\w*|recruit\w*|includ\w*|focus(?:ed|es)? on|participants|volunteers|(?:patients|people) (?:with|who)|studied|tested (?:it )?(?:in|on))\b/i;
const GUARD =
  /\b(?:not|no|never|unlike|whereas|excluded|exclude\w*|rather than|instead of|may|might|could|would|if|whether)\b|n't\b|\?/i;

export function checkStage({ s, source, via }: RuleInput): RuleOutcome {
  const stage = source.design.stage;
  if (!stage?.verified || stage.value !== 'early' || via === 'standalone') return null;
  if (!PARTICIPANTS.test(s.text) || GUARD.test(s.text)) return null;
  const late = LATE.exec(s.text);
  if (!late) return null;
  return { fired: `${source.name} enrolled people early in their disease (${stage.criteria}), not "${late[0]}" ALS.` };
}

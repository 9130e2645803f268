// A refusal told where the records hold none: "the EMA formally rejected the drug" when the company withdrew its
// application before any decision. A withdrawn application is not a refusal: the regulator never ruled. Judged only
// where the sentence names the region (or its regulator) and the verified record there is a withdrawn application; a
// negative opinion on record ("the CHMP rejected AMX0035") leaves the sentence alone. Part of the wrong-fact rule.
import { isNegatedAt } from '../cues/negation';
import { REGION_NAME, regionsIn } from './regions';
import type { RuleInput, RuleOutcome } from './types';

/** The regulator's refusal, told as done: "rejected the drug", "refused to approve it", "turned down the application". */
const REFUSED =
  /\b(?:rejected|refused|turned down|denied|declined to (?:approve|authori[sz]e|licen[cs]e)|said no to|voted down)\b(?!\s+(?:to\s+)?(?:comment|review|say|speculate))/i;
/** Told as a possibility, a fear or a report of someone else's expectation, not as done. */
const NOT_DONE = /\b(?:could|might|may|would|will|likely|expected|feared|risk(?:ed|s)?|if|whether|threat\w*|poised|set to)\b/i;

export function checkRefusal({ s, source }: RuleInput): RuleOutcome {
  const m = REFUSED.exec(s.text);
  if (!m || isNegatedAt(s.text, m.index) || NOT_DONE.test(s.text.slice(0, m.index))) return null;
  const named = new Set(regionsIn(s.text).map((r) => r.region));
  if (named.size !== 1) return null;
  const record = source.status.approvals.find((a) => a.verified && named.has(a.region));
  if (record?.state !== 'application-withdrawn') return null;
  const when = record.date ? ` (${record.date})` : '';
  return {
    fired: `${source.name}: in ${REGION_NAME[record.region]} the application was withdrawn${when} before any decision; it was not refused.`,
  };
}

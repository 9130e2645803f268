// A treatment told as free of serious side effects when its trial recorded serious ones: "Qalsody has no known
// serious side effects", "tofersen caused no serious side effects in studies". Part of the wrong-fact rule; only
// for a study whose record holds a verified result marked `seriousHarms`, and only for a sentence about that study
// or its drug that asserts the absence (not one that hopes for it, asks, or reports it of another treatment).
import { isNegatedAt } from '../cues/negation';
import { asserts } from '../frame';
import { namedOrFollowed, namesAnotherTreatment } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

/** The absence of harm asserted: "no (known) serious side effects", "without any side effects", "completely safe",
 * "no side effects … have been found". Not "no new safety concerns" (a trial can say that of known harms) nor
 * "no more side effects than placebo" (a comparison). */
const NO_HARMS = new RegExp(
  [
    String.raw`\bno (?:known |serious |major |significant |real |severe |dangerous )*(?:side[- ]effects|adverse (?:events|effects|reactions)|safety (?:problems|issues))\b(?! (?:than|compared|beyond|other than))`,
    String.raw`\b(?:without|free of|free from) (?:any )?(?:known |serious |major |significant )*(?:side[- ]effects|adverse (?:events|effects))\b`,
    String.raw`\b(?:completely|totally|entirely|perfectly|100%) safe\b`,
  ].join('|'),
  'i',
);

export function checkSafety(input: RuleInput): RuleOutcome {
  const { s, source, doc } = input;
  const harm = source.results.find((r) => r.seriousHarms && r.verified);
  if (!harm) return null;
  const m = NO_HARMS.exec(s.text);
  if (!m || isNegatedAt(s.text, m.index)) return null;
  if (!asserts(doc.frameOf(s), s.text)) return null;
  if (!namedOrFollowed(input) || namesAnotherTreatment(source, s)) return null;
  return { fired: `${source.name} recorded serious side effects: ${harm.summary}` };
}

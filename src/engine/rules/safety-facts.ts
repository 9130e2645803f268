// A treatment told as free of serious side effects when its trial recorded serious ones: "Qalsody has no known
// serious side effects", "tofersen caused no serious side effects in studies". Part of the wrong-fact rule; only
// for a study whose record holds a verified result marked `seriousHarms`, and only for a sentence about that study
// or its drug that asserts the absence (not one that hopes for it, asks, or reports it of another treatment).
import { isNegatedAt } from '../cues/negation';
import { asserts } from '../frame';
import { compareDates, describeTiming, timingOf } from '../timeline';
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

/** Told as the state of knowledge so far, not a settled fact: "so far", "to date", "until now", "yet". */
const SO_FAR = /\b(?:so far|to date|until now|thus far|as yet|yet)\b/i;

export function checkSafety(input: RuleInput): RuleOutcome {
  const { s, source, doc } = input;
  const harm = source.results.find((r) => r.seriousHarms && r.verified);
  if (!harm) return null;
  const reported = source.status.dates.published;
  const m = NO_HARMS.exec(s.text);
  if (!m || isNegatedAt(s.text, m.index)) return null;
  if (!asserts(doc.frameOf(s), s.text)) return null;
  if (!namedOrFollowed(input) || namesAnotherTreatment(source, s)) return null;
  const fact = `${source.name} recorded serious side effects: ${harm.summary}`;
  // Told as how things stand so far ("no side effects have been found so far"), or on a page dated before the study
  // reported its harms: right when written, changed since (outdated, dated by the report).
  const beforeReport = doc.published !== undefined && reported !== undefined && compareDates(doc.published, reported) < 0;
  if (reported && (beforeReport || SO_FAR.test(s.text))) {
    const t = timingOf({ date: reported, what: `${source.name} reported serious side effects` }, doc.published);
    if (t.kind !== 'already')
      return {
        fired: `${describeTiming(t, `${source.name} reported serious side effects`)} ${harm.summary}`,
        event: t.event,
        as: 'superseded',
      };
  }
  return { fired: fact };
}

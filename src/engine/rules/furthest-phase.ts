// A later phase told as under way or done for a treatment that had not reached it: "a registered phase 3 trial of
// low-dose IL-2 in MND is now recruiting" when no phase 3 had been registered. Judged against the record's verified
// `status.furthestPhase`, only up to its date: after it, a later phase may have begun. Part of the wrong-fact rule.
import { yearsIn } from '../study-years';
import { compareDates, monthYear } from '../timeline';
import { namesAnotherTreatment } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

const RANK: Record<string, number> = { '1': 1, '1/2': 1.5, '2': 2, '2a': 2, '2b': 2.2, '2/3': 2.5, '3': 3, '4': 4 };
const ROMAN: Record<string, string> = { iii: '3', three: '3', iv: '4', four: '4' };

/** A phase 3 or 4 named in the sentence. */
const LATER_PHASE = /\bphase[\s-]*(3|III|three|4|IV|four)\b(?![\s-]*\/)/i;
/** Told as begun, running or done. */
const UNDER_WAY_OR_DONE =
  /\b(?:(?:is|are|was|were|has been|have been) (?:now |currently |already |being )?(?:in|running|recruiting|enrolling|under ?way|tested|testing|dosing)|(?:has|have|had) (?:already |now |just )?(?:launched|begun|started|completed|finished|entered|reached|registered|moved (?:in)?to|gone (?:in)?to)|launched|began|started|completed|finished|entered|reached|now (?:in|running|recruiting)|registered)\b/i;
/** Not told as a fact of now or the past: a plan, a need, a hope, a condition, a denial, a question. */
const GUARD =
  /\b(?:no|not|never|yet to|planned|plans?|planning|needed|needs?|would|could|should|may|might|if|whether|hopes?|hoped|next|future|calls? for|called for|ideally|before|until|discuss\w*|consider\w*|aims?|aimed|prepar\w*|expected|will|likely|proposed|possible|recommend\w*|suggest\w*|instead|required?)\b|n['’]t\b|\?/i;

export function checkFurthestPhase({ s, source, via, doc }: RuleInput): RuleOutcome {
  const furthest = source.status.furthestPhase;
  if (!furthest?.verified || via === 'standalone' || s.has('other-disease') || namesAnotherTreatment(source, s)) return null;
  // After the record's date a later phase may have begun: say nothing of it.
  if (doc.published !== undefined && compareDates(doc.published, furthest.asOf) > 0) return null;
  // Nor of a time the sentence itself sets after it ("As of 2026, it has completed phase 3").
  const asOfYear = Number(furthest.asOf.slice(0, 4));
  if (yearsIn(s.text).some((y) => Number(y) > asOfYear)) return null;
  const m = LATER_PHASE.exec(s.text);
  if (!m || !UNDER_WAY_OR_DONE.test(s.text) || GUARD.test(s.text)) return null;
  const claimed = ROMAN[m[1]!.toLowerCase()] ?? m[1]!;
  if ((RANK[claimed] ?? 0) <= (RANK[furthest.phase] ?? 0)) return null;
  return {
    fired: `As of ${monthYear(furthest.asOf)}, no trial of ${furthest.treatment} had gone beyond phase ${furthest.phase}: there was no phase ${claimed}.`,
  };
}

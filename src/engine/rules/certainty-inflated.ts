// "confirmed", "proven", "now established" for a finding that is associative or unconfirmed; and access told as
// imminent ("on the NHS within months") for a treatment no regulator has approved.
import { mentions } from '../concepts';
import { CERTAINTY, DISCLAIMS_CAUSATION, RECLASSIFY } from '../cues/claims-language';
import { isNegatedAt } from '../cues/negation';
import { approvedNowhere } from './approval-facts';
import { benefitMatches } from './benefit';
import { clauseAt } from './clauses';
import { isConfirmatory, whyUnconfirmed } from './evidence';
import type { Rule } from './types';

/** Uses of "confirmed" that are about diagnosis, and a fact determined for so many people ("whether they were alive
 * was established for 135 of the 137"), not evidence. */
const OTHER_SENSE =
  /\bconfirmed (?:cases?|diagnos\w*|(?:\w+-)?ALS|patients?|by (?:a |the )?(?:neurologist|doctor|test|biopsy)|(?:[\w-]+ ){0,2}?(?:mutations?|variants?|genes?|carriers?|genetic \w+))\b|\b(?:established|confirmed) (?:for|in) (?:\d|all\b|most\b|each\b|every\b)|\bconfirmed results\b/i;
/** The object of the certainty word is an association ("a link", "an important relationship"), not a cause. */
const ASSOCIATION_CONFIRMED =
  /^\s*(?:(?:that there is )?(?:an?|the|this) )?(?:(?!caus)[\w-]+ ){0,2}?(?:relationship|link|association|correlation|connection)\b/i;
/** Confirming a practical matter, not evidence: "a supplier confirmed it could make up the drug", "the clinic
 * confirmed the date". */
const PRACTICAL_MATTER =
  /^confirm\w*\s+(?:that\s+)?(?:it|they|we|he|she|the (?:company|supplier|pharmacy|clinic|hospital|trust|insurer))\s+(?:could|can|would|will|had|has)\s+(?:the\s+)?(?:make|supply|provide|produce|manufacture|deliver|stock|capacity|fund|pay|cover|reimburse|offer|ship|dispense|prescribe|order)\b/i;
/** "proof of concept" names a kind of early study; it claims nothing settled. */
const PROOF_OF_CONCEPT = /^proof[- ]of[- ](?:concept|principle)/i;
/** "safe and effective", "safe, effective": a safety result upgraded into efficacy. */
const SAFE_AND_EFFECTIVE = /\bsafe(?:ly)?,?\s+(?:and\s+)?(?:effective|efficacious|beneficial)\b/i;

/** A requirement or criterion named just before the certainty word ("criteria: proven benefit", "the bar of proven
 * efficacy", "requires proven benefit"). */
const REQUIREMENT_NAMED =
  /\b(?:criteria|criterion|requirements?|conditions?|standards?|bar|threshold|test|requires?|required|requiring|demands?|demanded)\s*(?::|—|-|of|for|such as|including|that)?\s*(?:(?:a|an|the|clear|real|any)\s+)?$/i;

/** Data or evidence said to be missing, just before the certainty word. */
const PROOF_LACKING =
  /\b(?:lack(?:s|ed|ing)?|absence|shortage|insufficien\w*|not enough|too little|no)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:data|evidence|proof|studies|trials|results)\s+$/i;

/** Certainty about safety alone ("proved safe", "safety was confirmed") is what these studies did show. */
function aboutSafetyOnly(text: string, at: number): boolean {
  const clause = clauseAt(text, at).text + text.slice(at);
  return mentions(clause, 'safety') && !/\beffective|efficac/i.test(clause) && benefitMatches(clause).length === 0;
}

/** Access or approval told as a matter of weeks or months: "will be able to get it on the NHS within months",
 * "expect the drug to be offered … within months", "only a matter of months before it is approved". */
const IMMINENT_ACCESS =
  /\b(?:will|would|could|should|expect\w*|set)\b[^.;?]{0,60}?\b(?:get|receive|access|be (?:offered|prescribed|given|available|approved|licensed)|to be (?:offered|prescribed|given|available|approved|licensed))\b[^.;?]{0,40}?\b(?:within (?:weeks|months|a few months|the next few months)|in (?:a few|the coming) (?:weeks|months)|(?:during|in|by(?: the end of)?) (?:this|next) year|(?:during|in|by(?: the end of)?) ((?:19|20)\d\d))\b|\b(?:only|just) a matter of (?:weeks|months) before\b/i;

/** Words of clinical effect: a certainty about a marker that also claims one of these is about the benefit. */
const EFFECT_WORDS =
  /\b(?:effective\w*|efficac\w*|works?|worked|benefit\w*|helps?|helped|slows?|slowed|delays?|halts?|stops?|extends?|prolongs?|cures?|saves?)\b/i;

export const certaintyInflated: Rule = {
  code: 'certainty-inflated',
  check({ s, source, claim, doc }) {
    if (isConfirmatory(source)) return null;
    // "a correlation rather than proof of cause": the certainty word is denied, not claimed.
    if (DISCLAIMS_CAUSATION.test(s.text)) return null;
    const re = new RegExp(CERTAINTY.source, 'gi');
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      // "yet to be confirmed", "trials to confirm it", "should confirm", "until they are confirmed", "is still being
      // confirmed": the certainty is still to come.
      if (
        isNegatedAt(s.text, m.index, 4) ||
        /\b(?:yet|if|whether|to be|being|needs? to be|to|will|would|could|may|might|must|should|can|cannot)\s+(?:\w+\s+)?$|\b(?:if|whether|unless|once|until|before)\s+(?:[\w'’-]+\s+){1,4}$/i.test(
          s.text.slice(0, m.index),
        )
      )
        continue;
      if (OTHER_SENSE.test(s.text.slice(m.index, m.index + 60)) || PROOF_OF_CONCEPT.test(s.text.slice(m.index))) continue;
      if (PRACTICAL_MATTER.test(s.text.slice(m.index, m.index + 80))) continue;
      // "two unmet criteria: proven clinical benefit and …": a requirement named, not a claim that it is met.
      if (REQUIREMENT_NAMED.test(s.text.slice(0, m.index))) continue;
      // "a lack of enough data proving that it works": the proof is what is missing.
      if (PROOF_LACKING.test(s.text.slice(0, m.index))) continue;
      if (s.text.trim().endsWith('?') || aboutSafetyOnly(s.text, m.index)) continue;
      // "confirms an important relationship between Tregs and progression": certain of an association, which is
      // what an associative study can show.
      if (ASSOCIATION_CONFIRMED.test(s.text.slice(m.index + m[0].length))) continue;
      // "fair access to safe, effective and proven treatments": a kind of treatment in general, not this one.
      if (/^\s+(?:[\w-]+\s+)?(?:treatments|therapies|drugs|medicines|options)\b/i.test(s.text.slice(m.index + m[0].length)))
        continue;
      // "a trial in 108 patients confirmed that a marker of nerve damage in the blood fell": certain of a biomarker
      // result, which such a trial can show, and not of a benefit.
      const rest = clauseAt(s.text, m.index).text;
      if (mentions(rest, 'biomarker') && !EFFECT_WORDS.test(rest) && benefitMatches(rest).length === 0) continue;
      // "further confirm the drug's effect on the disease biology": certain of what it does to a biomarker or pathway.
      if (
        /^[\w-]+\s+(?:[\w'’-]+\s+){0,3}?effects?\s+on\s+(?:the\s+)?(?:disease\s+)?(?:biology|biomarkers?|target|pathway|protein levels?)\b/i.test(
          s.text.slice(m.index),
        )
      )
        continue;
      return { fired: `Says "${m[0].trim()}", but ${whyUnconfirmed(source)}.` };
    }
    // A safety finding told as "safe and effective".
    if (claim.about.all.includes('safety') && s.hedge !== 'modal') {
      const se = SAFE_AND_EFFECTIVE.exec(s.text);
      if (se && !isNegatedAt(s.text, se.index, 4))
        return { fired: `Calls it "${se[0]}", but ${whyUnconfirmed(source)}; it showed safety, not efficacy.` };
    }
    // Access told as imminent ("patients will be able to get it on the NHS within months") for a treatment recorded as
    // not approved anywhere: as certain as if the phase 3 and the decision were behind it.
    const soon = IMMINENT_ACCESS.exec(s.text);
    // A year named ("on the NHS during 2023") is imminent only from a page dated the year before at most.
    const year = soon?.[1];
    const near = !year || (doc.published !== undefined && Number(year) - Number(doc.published.slice(0, 4)) <= 1);
    if (
      soon &&
      near &&
      approvedNowhere(source) &&
      !isNegatedAt(s.text, soon.index, 4) &&
      !/\b(?:not|never|no)\b|n't\b/i.test(soon[0]) &&
      !/\b(?:if|unless|provided|assuming|should the|once)\b/i.test(s.text) &&
      !s.text.trim().endsWith('?')
    )
      return {
        fired: `Tells access as imminent ("${soon[0].trim()}"), but ${source.name}'s treatment is not approved for ALS anywhere and ${whyUnconfirmed(source)}.`,
      };
    // "ALS is an autoimmune disease", flatly: a category settled, where the source found a component.
    const flat = RECLASSIFY.exec(s.text);
    if (
      flat &&
      s.hedge === 'asserted' &&
      !/\b(?:partly|in part|partially|component|some cases|a form of)\b/i.test(s.text) &&
      !isNegatedAt(s.text, flat.index + flat[0].indexOf(' is'))
    ) {
      // Paint only the clause that says it, not a correct clause sharing the sentence.
      const clause = clauseAt(s.text, flat.index);
      return {
        fired: `States as settled that "${flat[0]}", but ${whyUnconfirmed(source)}.`,
        span: { start: clause.start, end: flat.index + flat[0].length },
      };
    }
    return null;
  },
};

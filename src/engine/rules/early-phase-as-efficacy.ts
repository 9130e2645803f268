// A phase 1 / safety / biomarker study told as showing clinical benefit.
import { isNegatedAt } from '../cues/negation';
import { benefitMatches, efficacyClaim } from './benefit';
import { PHASE_TOLD, samePhase } from './design-facts';
import { isEarlyPhase, whyUnconfirmed } from './evidence';
import type { Rule } from './types';

/** The study's stage told as if it were a result: "a late-stage, registration-ready asset". */
const PHASE_AS_EVIDENCE =
  /\b(?:late[- ]stage|registration[- ](?:ready|enabling)|approval[- ]ready|near(?:ing)?\s+approval|(?:close|closer) to approval|on the (?:verge|brink|cusp) of approval)\b/i;
/** A conclusion drawn from the phase itself: "is in phase 2/3 now, so it must be working / close to approval", "is
 * phase 3 already so it must be pretty much proven". The inference is the overstatement, however it is hedged. */
const PHASE_INFERENCE =
  /\bphase\s*(?:[1-3](?:\/[1-3])?|I{1,3}(?:\/I{1,3})?|one|two|three)\b[^.;]{0,60}?\b(?:so|which means|meaning|therefore|thus|hence)\b[^.;]{0,30}?\b(?:must|has to|should|surely)\b(?!\s+(?:still\s+|first\s+|now\s+)?(?:prove|show|demonstrate|confirm|establish))[^.;]{0,30}?\b(?:work\w*|proven|effective|close to approval|near(?:ing)? approval|approved|safe and effective|a (?:cure|breakthrough))\b/i;

/** The sentence itself says the result cannot be read as a benefit: "so its slow decline is hard to interpret". */
const UNINTERPRETABLE =
  /\b(?:hard|difficult|impossible) to (?:interpret|read|judge|know)\b|\b(?:cannot|can['’]t|could not|does not|doesn['’]t) (?:tell|show|say|prove|establish)\b|\bwithout a (?:control|comparison|placebo) (?:group|arm)\b[^.;]*\bso\b|\bbut\b[^.;]{0,60}?\b(?:without|no) (?:a )?(?:control|comparison|placebo) (?:group|arm)\b|\bwithin each patient\b/i;

/** The data, scores or measurements as the subject of an observed flat course. */
const FLAT_COURSE_AS_DATA =
  /^\s*(?:the\s+)?(?:data|scores?|results?|measurements?|figures?|numbers?|ALSFRS-R(?:\s+scores?)?)\s+(?:showed|show|shows|recorded|revealed|indicated)\s+(?:(?:virtually|almost|essentially|practically)\s+)?(?:no|minimal|little)\b/i;
const FLAT = /^(?:(?:virtually|almost|essentially|practically)\s+)?no\s/i;

export const earlyPhaseAsEfficacy: Rule = {
  code: 'early-phase-as-efficacy',
  check({ s, source, siblings = [], related = [] }) {
    if (!isEarlyPhase(source) || s.has('mouse')) return null;
    const inferred = PHASE_INFERENCE.exec(s.text);
    if (inferred && !isNegatedAt(s.text, inferred.index))
      return {
        fired: `Concludes from the trial's phase that it works or is near approval ("${inferred[0]}"), but ${whyUnconfirmed(source)}; a phase label is not a result.`,
      };
    if (s.hedge !== 'asserted') return null;
    const label = PHASE_AS_EVIDENCE.exec(s.text);
    if (label && !isNegatedAt(s.text, label.index)) {
      return {
        fired: `Reads the study's stage as evidence ("${label[0]}"), but ${whyUnconfirmed(source)}; a phase label is not a result.`,
      };
    }
    const benefit = efficacyClaim(s);
    if (!benefit || UNINTERPRETABLE.test(s.text)) return null;
    // "the Houston phase 2a showed …" is the same treatment's phase 2a study, when the database holds one: that study
    // judges it, not this phase 1.
    const told = PHASE_TOLD.exec(s.text)?.[1];
    if (
      told &&
      source.design.phase &&
      !samePhase(told, source.design.phase) &&
      [...siblings, ...related].some((o) => o !== source && o.design.phase && samePhase(told, o.design.phase))
    )
      return null;
    // The measured course told as data ("The data showed no decline at 24 weeks and minimal decline at 48 weeks"):
    // what was observed, not a benefit claimed for the drug.
    if (FLAT_COURSE_AS_DATA.test(s.text) && benefitMatches(s.text).every((b) => FLAT.test(b.text))) return null;
    const aim = source.primaryEndpoint
      ? ` Its primary aim was ${source.primaryEndpoint.description.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())}.`
      : '';
    return {
      fired: `Presents a clinical benefit ("${benefit}") as shown, but ${whyUnconfirmed(source)}; it was not built to show efficacy.${aim}`,
    };
  },
};

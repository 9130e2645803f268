// Hype words ("breakthrough", "groundbreaking", "cure") for a result that is not confirmed.
import { FINDING_PREDICATE, SENSATIONAL } from '../cues/claims-language';
import { isNegatedAt, unnegatedMatches } from '../cues/negation';
import { HALTS_DISEASE, NOT_A_CLAIM_BEFORE } from './benefit-cues';
import { hypothesisBefore } from './benefit';
import { approvedSomewhere } from './approval-facts';
import { isConfirmatory, whyUnconfirmed } from './evidence';
import { clauseAt } from './clauses';
import type { Rule } from './types';

/** "from this breakthrough", "Impact of the Breakthrough": the word labels a topic, it claims nothing. */
const AS_LABEL =
  /\b(?:from|of|about|on|after|behind|in|into|to|towards?|for)\s+(?:the\s+|this\s+|that\s+|a\s+|an\s+)?(?:\w+\s+)?$/i;
/** "None of these studies shows a cure": the clause denies it, however far back the denial stands. */
const DENIED_BEFORE =
  /\b(?:none|neither|no (?:[\w-]+ )?(?:study|studies|trial|trials|one|drug|drugs|treatment|treatments|evidence))\b[^,;.]*$|\b(?:is|was|isn['’]t|wasn['’]t) not (?:a|an) (?:[\w-]+ ){0,3}?(?:treatment|drug|medicine|therapy|pill|bullet) (?:that|which) (?:will|would|can|could) $|\bnot (?:a|an) (?:[\w-]+ ){0,3}?(?:treatment|drug|medicine|therapy|pill|bullet) (?:that|which) (?:will|would|can|could) $/i;
/** "with some reporting remarkable outcomes": what a few participants said, not the finding. */
const SOME_REPORT =
  /\b(?:some|a few|several|one|a handful of)\s+(?:[\w-]+\s+)?(?:reporting|reported|report|describing|described|calling|called|saying)\s+(?:[\w-]+\s+){0,2}$/i;
/** "tofersen had been called a game changer", "was hailed as a breakthrough": a label others gave it, reported in the
 * passive, not the writer's claim. */
const LABEL_OTHERS_GAVE =
  /\b(?:been|being|was|were|is|are)\s+(?:widely\s+|often\s+|since\s+)?(?:called|hailed|described|dubbed|touted|labell?ed|billed|heralded|branded)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;
/** Words that say a treatment is new in kind, as much as that it works. */
const NOVELTY = /^(?:breakthrough|ground[- ]?breaking|game[- ]?chang\w*|revolution\w*|turning point)$/i;

/** The FDA's "Breakthrough Therapy" designation is a regulatory status, not praise. */
const REGULATORY_TERM = /^["”'’]?\s*(?:therapy|device)["”'’]?\s+(?:designation|status)\b/i;
/** One family's experience, not a claim about the evidence: "the miracle her family had prayed for", "a miracle for us". */
const ANSWERED_PRAYER =
  /^\s+(?:(?:that|which)\s+)?(?:[\w'’]+\s+){0,3}?(?:had\s+|have\s+|has\s+)?(?:prayed|hoped|wished|waited|longed)\s+for\b|^\s+for\s+(?:us|me|our family|my family|him|her|them)\b/i;
/** "Groundbreaking research suggests…": the sentence only reports a suggestion; the word describes the work. */
const ONLY_SUGGESTS = /^\s+(?:[\w-]+\s+){0,6}?(?:suggests?|indicates?|hints?|points? to)\b/i;
/** Hope for a cure is not a claim of one. */
const CURE_HOPE =
  /\b(?:closer to|towards?|search for|hope (?:for|of)|path to|road to|find(?:ing)? a|quest for|race for|no|not an?|isn[’']t an?|without an?|one day|eventual)\s+(?:a\s+|the\s+)?$/i;

/** Nobody cured: "No patient in the trial was cured", "none of the participants was cured". */
const NOBODY_BEFORE =
  /\b(?:no|none of the|not one|not a single|neither)\s+(?:[\w-]+\s+){0,5}?(?:was|were|has been|have been|got|became|is|are)\s+$/i;
/** The text before a cure word hopes for one or says nobody had one: no cure is claimed. */
const cureNotClaimed = (before: string) => CURE_HOPE.test(before) || NOBODY_BEFORE.test(before) || CURE_PURSUED.test(before);
/** A cure sought, not claimed: "pray it is buying researchers time to find more answers and a cure", "will need to work
 * together on new treatments and cures". */
const CURE_PURSUED =
  /\b(?:find|finding|search(?:ing)? for|look(?:ing)? for|work(?:ing)?(?: together)? (?:on|towards?)|develop(?:ing)?|pray|praying)\b[^.;]{0,45}$/i;

/** The word named rather than used: '"Breakthrough" is a word that should be earned', a scare-quoted "miracle"; or a
 * name ("its research fund A cure for ALS", "the Cure ALS campaign"). */
const QUOTED_WORD_BEFORE = /["“'‘]\s*$/;
const QUOTED_WORD_AFTER = /^\s*["”'’]/;
const AS_NAME_BEFORE =
  /(?:\b(?:fund|foundation|campaign|charity|initiative|programme|program|appeal|organi[sz]ation|project|called|named)\s+["“']?(?:A\s+)?|[a-z,]\s+A\s+)$/;
function namedNotUsed(text: string, at: number, word: string): boolean {
  const before = text.slice(0, at);
  const after = text.slice(at + word.length);
  return (QUOTED_WORD_BEFORE.test(before) && QUOTED_WORD_AFTER.test(after)) || AS_NAME_BEFORE.test(before);
}

/** A word capitalised mid-sentence is part of a name ("the Walk to Defeat ALS"), not the writer's verb. */
function capitalisedAsName(text: string, at: number, word: string): boolean {
  if (at === 0 || !/^[A-Z][a-z]/.test(word) || /(?:^|[.!?:;]\s*["“‘']?|["“‘']|\n)\s*$/.test(text.slice(0, at))) return false;
  // (In a headline set in title case every word is capitalised: "Help Dad Get the Treatment That Can Beat ALS".)
  const words = text.match(/\b[A-Za-z][\w'’-]*/g) ?? [];
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised / Math.max(1, words.length) < 0.6;
}

/** "stops ALS", "halted the disease", "cures ALS": not negated, not a hope. */
export function haltClaim(text: string): string | undefined {
  for (const re of HALTS_DISEASE) {
    // (Not a name: a halt word capitalised mid-sentence, as in "the Walk to Defeat ALS", "the End ALS campaign".)
    const m = unnegatedMatches(text, re).find((x) => !capitalisedAsName(text, x.index, x[0]));
    // "real hope of longer life and of halting ALS progression": the halt is what is hoped for.
    if (
      m &&
      !NOT_A_CLAIM_BEFORE.test(text.slice(0, m.index)) &&
      !CURE_HOPE.test(text.slice(0, m.index)) &&
      !hypothesisBefore(text, m.index)
    )
      return m[0];
  }
  const cure = unnegatedMatches(text, /\bcure[sd]?\b/i).find(
    (m) =>
      !cureNotClaimed(text.slice(0, m.index)) && !AS_LABEL.test(text.slice(0, m.index)) && !namedNotUsed(text, m.index, m[0]),
  );
  return cure?.[0];
}

const HALT_AS_CERTAIN = 'Tells as certain an effect no trial has shown: none has shown a halt, a reversal or a cure.';

/** What "finally found" must be about to be hype: the cause, the answer, the key to the disease. */
const FOUND_WHAT_MATTERS =
  /\b(?:caus\w*|culprit|trigger\w*|origins?|roots?|reasons?|answers?|why|key|secret|mystery|riddle|explanation|cure|treatment)\b/i;

export const sensational: Rule = {
  code: 'sensational',
  check({ s, source, claim }) {
    // No treatment in scope stops ALS, whatever its evidence: a proven drug may be called remarkable, and it
    // still does not (its finding says what it did); an unproven one could not show it either. In mice it may
    // be what happened.
    const halt = s.has('mouse') ? undefined : haltClaim(s.text);
    // A halt, a stop, a reversal or a cure told of a treatment is hype and inflated certainty at once: no trial in scope
    // showed more than a slowing.
    if (halt && isConfirmatory(source))
      return {
        fired: `Says it "${halt}", but ${claim.finding.replace(/^./, (c) => c.toLowerCase())}`,
        alsoAs: { code: 'certainty-inflated', message: HALT_AS_CERTAIN },
      };
    if (isConfirmatory(source)) return null;
    const re = new RegExp(SENSATIONAL.source, 'gi');
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const before = s.text.slice(0, m.index);
      // "won't call it a cure": a cure word is negated from further back than a hype adjective.
      const window = /^cur/i.test(m[0]) ? 5 : 3;
      if (isNegatedAt(s.text, m.index, window) || DENIED_BEFORE.test(before) || SOME_REPORT.test(before)) continue;
      if (LABEL_OTHERS_GAVE.test(before)) continue;
      // "tofersen is a ground-breaking new treatment": for a drug regulators have approved, a word of novelty says it is
      // new, not that an unconfirmed result is settled (a cure, a miracle, beating the disease still are).
      if (NOVELTY.test(m[0]) && approvedSomewhere(source)) continue;
      if (namedNotUsed(s.text, m.index, m[0])) continue;
      const after = s.text.slice(m.index + m[0].length);
      if (REGULATORY_TERM.test(after) || ONLY_SUGGESTS.test(after) || ANSWERED_PRAYER.test(after)) continue;
      if (/^cur/i.test(m[0]) && cureNotClaimed(before)) continue;
      // "In a breakthrough, researchers found…" opens the sentence with the hype: not a label.
      if (AS_LABEL.test(before) && !/^(?:a|the|in an?)\s*$/i.test(before.trim())) continue;
      // "MND cure within reach after IL-2 trial": the cure told as near is the claim, verb or no verb.
      const cureNear =
        /^cure/i.test(m[0]) &&
        /^\s+(?:is\s+|now\s+)?(?:within reach|in sight|on the horizon|around the corner|(?:getting\s+)?(?:close|near))\b/i.test(
          after,
        );
      if (cureNear) return { fired: `Calls it "${m[0]}", but ${whyUnconfirmed(source)}.` };
      // "finally discovered", "the mystery is solved", "unmasks the cause": the hype is the predicate itself.
      const predicate = /^(?:finally|mystery|riddle|puzzle|solv|unmask|cracked)/i.test(m[0]);
      // "finally found the cause" is the hype; "a target finally identified, the C9orf72 protein" is what the study did.
      if (/^finally/i.test(m[0]) && !FOUND_WHAT_MATTERS.test(clauseAt(s.text, m.index).text)) continue;
      if ((!predicate && !FINDING_PREDICATE.test(s.text)) || !s.isClaimLike()) continue;
      return { fired: `Calls it "${m[0]}", but ${whyUnconfirmed(source)}.` };
    }
    const before = halt ? s.text.slice(0, s.text.indexOf(halt)) : '';
    if (halt && s.isClaimLike() && !SOME_REPORT.test(before) && !DENIED_BEFORE.test(before))
      return {
        fired: `Says it "${halt}", but ${whyUnconfirmed(source)}.`,
        alsoAs: { code: 'certainty-inflated', message: HALT_AS_CERTAIN },
      };
    return null;
  },
};

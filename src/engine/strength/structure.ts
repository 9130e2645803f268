// Sentence structure that sets relationship cues aside: a comparative that only describes the
// subject ("Higher intakes of X reduce Y") and relationship words in the subject of a reporting verb
// ("The associations indicate that X increases Y"). In both, a later cue is the sentence's claim.
import type { Cue } from './types';
import { COMPARATIVES, CONNECTIVES } from './lexicon';

const COMPARATIVE_WORD = new RegExp(`^(?:${COMPARATIVES.join('|')})\\b`, 'i');
// the sentence's subject may follow a connective: "Overall, higher intakes of fibre reduce …"
const SUBJECT_START = new RegExp(`^[\\s"'“‘(]*(?:(?:${CONNECTIVES.join('|')})\\s*,?\\s+)?(?:(?:a|an|the)\\s+)?$`, 'i');

/** "Higher intakes of fibre reduce the risk", "A greater prevalence of X had driven Y": a
 * comparative that opens the sentence describes its subject; when a causal verb follows, the verb
 * is the claim, not a comparison of groups. */
export function dropSubjectComparatives(sentence: string, cues: Cue[]): Cue[] {
  return cues.filter(
    (c) =>
      !(
        c.kind === 'correlational' &&
        COMPARATIVE_WORD.test(c.text) &&
        SUBJECT_START.test(sentence.slice(0, c.index)) &&
        cues.some((o) => o.kind === 'causal' && o.index >= c.index + c.text.length)
      ),
  );
}

/** "The associations indicate that X increases Y", "These differences show that …": the clause
 * opens with a subject and a finite reporting verb followed by "that" (no comma before it, so not
 * "X was associated with Y, suggesting that …"). */
const REPORTING_THAT =
  /^[^,;:]*?\b(?:suggest|indicate|show|demonstrate|confirm|reveal|support|imply)(?:s|ed)?\s+(?:[\w-]+\s+){0,3}?that\b/i;

/** A relationship word in the subject of a reporting verb refers back to earlier results; the
 * claim is the "that" clause, so its cues decide when it has any. Hedges and advice are kept. */
export function dropReportingSubject(sentence: string, cues: Cue[]): Cue[] {
  const m = REPORTING_THAT.exec(sentence);
  if (!m) return cues;
  const end = m.index + m[0].length;
  const relation = (c: Cue) => c.kind !== 'hedge' && c.kind !== 'recommendation';
  if (!cues.some((c) => relation(c) && c.index >= end)) return cues;
  return cues.filter((c) => !relation(c) || c.index >= end);
}

/** "does not independently increase the risk", "inversely predicts": an adverb that is a cue on its
 * own ("independently associated") only qualifies the verb right after it, and the verb says which
 * kind of relationship the sentence states. */
export function dropQualifyingAdverbs(sentence: string, cues: Cue[]): Cue[] {
  return cues.filter(
    (c) =>
      !(
        c.kind === 'correlational' &&
        /ly$/i.test(c.text) &&
        cues.some(
          (o) => o !== c && o.kind !== 'hedge' && o.kind !== 'recommendation' && /^\s+$/.test(sentence.slice(c.index + c.text.length, o.index)),
        )
      ),
  );
}

/** All filters, in order. */
export function setAsideByStructure(sentence: string, cues: Cue[]): Cue[] {
  return dropQualifyingAdverbs(sentence, dropReportingSubject(sentence, dropSubjectComparatives(sentence, cues)));
}

// Sentence structure that sets relationship cues aside because another cue is the sentence's claim:
// a comparative or a relationship noun that only describes the subject ("Higher intakes of X reduce
// Y", "Adiposity indicators play a role in …"), relationship words in the subject of a reporting verb
// ("The associations indicate that X increases Y"), an adverb that qualifies the verb after it
// ("independently increases"), a reduced relative clause ("the E2 produced by the ovary may …").
// Also: parenthetical connectives that do not break a clause ("was, however, dependent on").
import type { Cue } from './types';
import { COMPARATIVES, CONNECTIVES } from './lexicon';

/** Relationship cues, as opposed to hedges and advice, which qualify them. */
const isRelation = (c: Cue) => c.kind !== 'hedge' && c.kind !== 'recommendation';

const COMPARATIVE_WORD = new RegExp(`^(?:${COMPARATIVES.join('|')})\\b`, 'i');
// the sentence's subject may follow a connective: "Overall, higher intakes of fibre reduce …"
const SUBJECT_START = new RegExp(`^[\\s"'“‘(]*(?:(?:${CONNECTIVES.join('|')})\\s*,?\\s+)?(?:(?:a|an|the)\\s+)?$`, 'i');

const PARENTHETICAL = new RegExp(
  `(?<=\\w),\\s*(?:${CONNECTIVES.join('|')}|in turn|in fact|indeed|though|for example|for instance)\\s*,`,
  'gi',
);

/** "X was, however, dependent on Y": a connective set off by commas inside a clause does not
 * break it. Returns the sentence with such connectives (and their commas) replaced by spaces, so
 * offsets stay the same and patterns that span the clause still match. */
export function maskParentheticals(sentence: string): string {
  return sentence.includes(',') ? sentence.replace(PARENTHETICAL, (m) => ' '.repeat(m.length)) : sentence;
}

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
  if (!cues.some((c) => isRelation(c) && c.index >= end)) return cues;
  return cues.filter((c) => !isRelation(c) || c.index >= end);
}

/** "does not independently increase the risk", "inversely predicts": an adverb that is a cue on its
 * own ("independently associated") only qualifies the verb right after it, and the verb says which
 * kind of relationship the sentence states. Cues come in sentence order, so the next one is enough. */
export function dropQualifyingAdverbs(sentence: string, cues: Cue[]): Cue[] {
  return cues.filter((c, i) => {
    if (c.kind !== 'correlational' || !/ly$/i.test(c.text)) return true;
    const next = cues.slice(i + 1).find(isRelation);
    return !(next && /^\s+$/.test(sentence.slice(c.index + c.text.length, next.index)));
  });
}

/** "The oestradiol produced by the ovary may contribute to …": a participle with its agent right
 * after a noun is a reduced relative clause that names the subject; when a relationship cue follows,
 * that cue is the sentence's claim. With a copula or "have" before it the participle is the verb. */
const PARTICIPLE_WITH_AGENT = /^[\w-]+(?:ed|en)$/i;
const VERB_BEFORE = /\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got|become|became)\s+(?:\w+ly\s+)?$/i;

export function dropReducedRelatives(sentence: string, cues: Cue[]): Cue[] {
  const lastRelation = cues.filter(isRelation).at(-1)?.index ?? -1;
  return cues.filter(
    (c) =>
      !(
        c.kind === 'causal' &&
        c.index < lastRelation &&
        PARTICIPLE_WITH_AGENT.test(c.text) &&
        /^\s+by\b/i.test(sentence.slice(c.index + c.text.length)) &&
        !VERB_BEFORE.test(sentence.slice(Math.max(0, c.index - 40), c.index))
      ),
  );
}

/** "Differences in volume cause a bias", "Adiposity indicators and age play a role in …": a
 * relationship noun inside the subject names what the sentence is about; when the clause's own
 * verb is a causal cue, that verb is the claim. The subject is what comes before the first verb:
 * no auxiliary, copula or comma between the sentence start and the noun, nor between noun and verb. */
const RELATION_NOUN =
  /^(?:(?:bio)?markers?|indicators?|differences?(?:\s.*)?|associations?|correlations?|relationships?|relations?|links?|predictors?)$/i;
const FINITE_OR_BREAK =
  /[,;:]|\b(?:is|are|was|were|be|been|has|have|had|do|does|did|may|might|could|would|can|will|should|must|showed|found|suggest|suggests|suggested|indicate|indicates|indicated|that|which|who)\b/i;

export function dropSubjectRelationNouns(sentence: string, cues: Cue[]): Cue[] {
  const first = cues.find(isRelation);
  if (first?.kind !== 'correlational' || !RELATION_NOUN.test(first.text)) return cues;
  if (FINITE_OR_BREAK.test(sentence.slice(0, first.index))) return cues;
  const verb = cues.find((c) => c.kind === 'causal' && c.index > first.index);
  if (!verb || FINITE_OR_BREAK.test(sentence.slice(first.index + first.text.length, verb.index))) return cues;
  return cues.filter((c) => c !== first);
}

const FILTERS = [
  dropSubjectComparatives,
  dropReportingSubject,
  dropQualifyingAdverbs,
  dropReducedRelatives,
  dropSubjectRelationNouns,
];

/** All filters, in order, on cues in sentence order. */
export function setAsideByStructure(sentence: string, cues: Cue[]): Cue[] {
  return FILTERS.reduce((kept, filter) => filter(sentence, kept), cues);
}

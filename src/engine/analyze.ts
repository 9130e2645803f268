// Sentence analysis shared by matching and rules. Regex features are computed eagerly (cheap);
// the compromise parse is lazy, so only sentences that matched a claim are ever parsed.
import nlp from 'compromise/one';
import { conceptsIn, type Concept } from './concepts';
import { statusAssertions, type StatusAssertion, type StatusKind } from './status-frame';
import { learnedStatus } from './learned/status-reader';
import { comparison } from './cues/claims-language';
import { hedgeLevel, type HedgeLevel } from './cues/hedges';
import { numberWordsToDigits } from './number-words';

export interface AnalyzedSentence {
  /** Offsets into the whole checked text. */
  start: number;
  end: number;
  /** The sentence with every whitespace character (line breaks too) turned into a space: same length. */
  text: string;
  /** The sentence exactly as it stands in the checked text. */
  raw: string;
  concepts: Set<Concept>;
  hedge: HedgeLevel;
  has(concept: Concept): boolean;
  /** Questions and verbless fragments are not claims. */
  isClaimLike(): boolean;
  /** `text` with numbers written as words turned into digits ("thirty-six patients" → "36 patients"), for
   * the checks that compare counts and shares. Offsets differ from `text`: use it for values, not spans. */
  digits(): string;
  /** What the sentence says about status (status-frame.ts), read once and kept: several links and rules ask. */
  statuses(): readonly StatusAssertion[];
  /** The sentence's status assertion of one kind, if it makes one. */
  status(kind: StatusKind): StatusAssertion | undefined;
}

// Irregular verbs too: "The FDA gave it full approval in 2023" is a claim.
const VERBISH =
  /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|may|might|will|would|shall|should|must|gave|give|got|get|won|win|made|make|found|find|showed|shown|took|take|came|come|led|lead|ran|run|cut|set|kept|keep|held|hold|began|begun|saw|see|told|tell|said|say|met|meet|became|become|fell|lost|lose|sold|sell|brought|bring|went|go)\b|\b\w+(?:ed|es|s)\b|\b(?:it|that|this|there|what|he|she|which|who)['’]s\b/i;

/** A statement followed by a question about it: "…, so why isn't it offered?", "…; why wait?". */
const CLAIM_THEN_QUESTION =
  /^(.{20,}?)(?:,\s*(?:so|but|and|then)\s+|;\s*|\s[—–]\s*)(?:why|how|what|who|when|where|is|isn['’]t|are|aren['’]t|do|don['’]t|does|doesn['’]t|can|can['’]t|should|shouldn['’]t|would|wouldn['’]t)\b[^?]*\?$/i;

export function analyzeSentence(raw: string, start: number): AnalyzedSentence {
  const text = raw.replace(/\s/g, ' ');
  const concepts = conceptsIn(text);
  // A regulatory status told in words the approval lexicon lacks ("the FDA is expected to decide") is still
  // about approval: the status frame's parts say so.
  let statuses: readonly StatusAssertion[] | undefined;
  const statusesOf = () => (statuses ??= withLearnedStatus(statusAssertions(text), text));
  // (The frame's reading only: the learned one is read lazily, for the sentences a status rule asks about.)
  if (!concepts.has('approval') && statusAssertions(text).some((a) => a.kind === 'decision-pending' || a.kind === 'available'))
    concepts.add('approval');
  // A treatment ranked against another ("it beats riluzole by a mile") claims a benefit, in whatever words.
  // ("Unlike riluzole, which patients swallow, it is given by drip" contrasts how, not how well: no benefit by itself.)
  if (!concepts.has('benefit')) {
    const ranked = comparison().exec(text);
    if (ranked && !/^unlike\b/i.test(ranked[0])) concepts.add('benefit');
  }
  let claimLike: boolean | undefined;
  let digits: string | undefined;
  return {
    start,
    end: start + raw.length,
    text,
    raw,
    concepts,
    hedge: hedgeLevel(text),
    has: (c) => concepts.has(c),
    digits: () => (digits ??= numberWordsToDigits(text)),
    statuses: statusesOf,
    status: (kind) => statusesOf().find((a) => a.kind === kind),
    isClaimLike() {
      if (claimLike === undefined) {
        const trimmed = text.trim();
        // "These injections cut deaths by 73 per cent, so why isn't every neurologist prescribing them?": a claim, then
        // a question about it. The claim before ", so why …?" is asserted.
        const asked = trimmed.endsWith('?') ? CLAIM_THEN_QUESTION.exec(trimmed) : null;
        const own = asked ? asked[1]! : trimmed;
        if ((trimmed.endsWith('?') && !asked) || own.split(/\s+/).length < 4) claimLike = false;
        else {
          // compromise's tokenizer (the small build) confirms there is more than one term and a verb-like word.
          const terms = nlp(trimmed).terms().out('array') as string[];
          claimLike = terms.length >= 4 && VERBISH.test(own);
        }
      }
      return claimLike;
    },
  };
}

/** The frame's readings, or the learned reader's where the frame reads no status at all (learned/status-reader.ts). */
function withLearnedStatus(framed: readonly StatusAssertion[], text: string): readonly StatusAssertion[] {
  if (framed.length > 0) return framed;
  const learned = learnedStatus(text);
  return learned ? [{ kind: learned.kind, learned: learned.p }] : framed;
}

// The contract every rule implements. A rule looks at one sentence matched to one claim of one
// source and either fires (the sentence does the wrong thing the claim lists), confirms (it
// looked, and the sentence is consistent with the source), or says nothing.
import type { DocumentKind } from '../document-kind';
import type { Claim, SourceFile } from '../../claims/schema';
import type { AnalyzedSentence } from '../analyze';
import type { ClaimFrame } from '../frame';
import type { Market } from '../market';
import type { Journal } from './journal-facts';
import type { DatedEvent } from '../timeline';
import type { ReasonCode } from '../verdicts';

export interface DocumentView {
  /** Every sentence of the document's candidate passages, in order. */
  sentences: readonly AnalyzedSentence[];
  /** The document's publication date (ISO), when known. */
  published?: string;
  /** Today (ISO): an undated status sentence is judged against it. */
  today: string;
  /** Every drug's approvals and withdrawals per jurisdiction, from the whole database. */
  market: Market;
  /** The journals the database's studies appeared in. */
  journals: readonly Journal[];
  /** The document model's evidence that the document discusses each study, by source id (document.ts). */
  studies: ReadonlyMap<string, number>;
  /** A trial registry record or prose (document-kind.ts). */
  kind: DocumentKind;
  /** For a registry record: the registry ID it registers. */
  record?: string;
  /** The studies the document model found the document discussing (any evidence), most evidence first. */
  discussed: readonly SourceFile[];
  /** What a sentence does: asserts, hopes, asks… (computed once per sentence). */
  frameOf(s: AnalyzedSentence): ClaimFrame;
}

export interface RuleInput {
  s: AnalyzedSentence;
  source: SourceFile;
  claim: Claim;
  doc: DocumentView;
  /** How the sentence came to be about this source. */
  via: 'named' | 'context' | 'standalone';
  /** Only the study's record is to be checked (its size, design, dates, places), not its claims. */
  recordOnly?: boolean;
  /** Sources the database relates to this one (a drug's other trials): their facts are not "wrong" here. */
  related?: readonly SourceFile[];
  /** Other studies of the same main treatment (IMODALS and MIROCALS): a fact of theirs told without this study's name
   * may be about them. */
  siblings?: readonly SourceFile[];
}

/** `span` narrows a fired reason to the clause that is wrong (offsets into the sentence), so a
 * correct clause sharing the sentence is not painted with it. */
export type RuleOutcome =
  | {
      fired: string;
      span?: { start: number; end: number };
      /** The dated event that makes a status sentence outdated. */
      event?: DatedEvent;
      /** Report under another reason: a status already wrong when written is a wrong fact, not outdated. */
      as?: ReasonCode;
      /** Report under this reason too, with its own message: the same words are also wrong in that way ("halts the
       * disease" is hype and inflated certainty at once). */
      alsoAs?: { code: ReasonCode; message: string };
      /** Other studies the finding rests on (by source id), cited beside the linked one: the paper a mixed-up citation
       * also points to. */
      alsoCites?: string[];
    }
  | { confirmed: string }
  | null;

export interface Rule {
  code: ReasonCode;
  check(input: RuleInput): RuleOutcome;
}

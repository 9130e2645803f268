// The engine's public data types. Everything here is plain data: it crosses the extension's
// message boundary and is printed by the CLI.
import type { ReasonCode, Verdict } from './verdicts';

export type { ReasonCode, Verdict } from './verdicts';

/** A piece of a larger text, with where it starts in that text (UTF-16 offset). */
export interface Passage {
  start: number;
  text: string;
}

export interface Reason {
  code: ReasonCode;
  /** One sentence, for a reader, on why this reason applies here. */
  message: string;
}

export interface Finding {
  /** UTF-16 offsets into the checked text: text === checked.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Claims-database claim id. */
  claim: string;
  /** Claims-database source id (the study), for cards and reports. */
  source: string;
  verdict: Verdict;
  /** Every identifier of the matched study: NCT…, doi:…, pmid:…. */
  sources: string[];
  reasons: Reason[];
  /** What the source found, one or two sentences. */
  evidence: string;
  explain: { plain: string; precise: string };
  /** For outdated findings: the dated event that superseded the sentence. */
  event?: { date: string; what: string };
  /** An accurate wording a journalist could use instead (from the claims database). */
  suggestion?: string;
}

// The prefilter's study- and drug-specific words, derived from the claims database when it is compiled
// (src/generated/prefilter.json), so the content script gets them without loading the database.
import { escapeRegExp } from '../engine/regexp';
import type { ClaimsDb } from './schema';

export interface PrefilterTerms {
  /** Case-sensitive words that put a page in scope: trial acronyms and code names. */
  topicCase: string;
  /** Case-insensitive words that put a page in scope: drugs used only in this disease. */
  topicNoCase: string;
  /** Words that make a passage of an in-scope page worth checking: every concept and name the database has. */
  passage: string;
}

/** "MIROCALS", "AMX0035", "RAPA-501": a name that cannot be an ordinary word. */
const CODE_NAME = /^(?:[A-Z]{5,}|[A-Z][A-Z0-9]*(?:[- ]?[0-9]+[A-Z0-9-]*))$/;

export function prefilterTerms(db: ClaimsDb): PrefilterTerms {
  const names = db.sources.flatMap((s) => s.names);
  const codeNames = [...new Set(names.filter((n) => CODE_NAME.test(n)))].map((n) => `\\b${escapeRegExp(n)}\\b`);
  const concepts = db.sources.flatMap((s) => s.concepts);
  const scope = concepts.filter((c) => c.scope).flatMap((c) => c.patterns);
  const passage = [...concepts.flatMap((c) => c.patterns), ...[...new Set(names)].map((n) => `\\b${escapeRegExp(n)}\\b`)];
  return {
    topicCase: codeNames.join('|') || '(?!)',
    topicNoCase: scope.join('|') || '(?!)',
    passage: passage.join('|') || '(?!)',
  };
}

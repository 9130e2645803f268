// Public entry of the engine: text in, findings out. No DOM, no browser API.
import { claimsDb } from '../claims/db';
import { createChecker, type CheckContext } from './check';
import { candidatePassages } from './prefilter';
import type { Finding, Passage } from './types';

export type { Finding, Passage, Reason } from './types';
export { mentionsTopic, candidatePassages } from './prefilter';
export { looksEnglish } from './language';
export { createChecker, type CheckContext } from './check';

const checkWithBundledDb = createChecker(claimsDb);

/** Checks candidate passages (in document order) of one document; offsets are in that document. */
export function checkPassages(passages: readonly Passage[], context: CheckContext = {}): Finding[] {
  return checkWithBundledDb(passages, context);
}

/** Checks a whole text: prefilter, then the pipeline on the candidate passages. */
export function checkText(text: string, context: CheckContext = {}): Finding[] {
  return checkPassages(candidatePassages(text), { head: text.slice(0, 3000), ...context });
}

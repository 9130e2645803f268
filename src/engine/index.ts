// Public entry of the engine: text in, findings out. No DOM, no browser API.
import type { Finding, Passage } from './types';
import { candidatePassages } from './prefilter';

export type { Finding, Passage, Reason } from './types';
export { mentionsTopic, candidatePassages } from './prefilter';

/** Checks candidate passages (in document order) of one document; offsets are in that document. */
export function checkPassages(_passages: Passage[]): Finding[] {
  return []; // engine pipeline lands in the next commits
}

/** Checks a whole text: prefilter, then the pipeline on the candidate passages. */
export function checkText(text: string): Finding[] {
  return checkPassages(candidatePassages(text));
}

// Names of studies as they stand in a sentence, for the fact checks that must know which study a
// sentence is about when one claims file records two (a phase 1 and its later phase 2).
import type { SourceFile } from '../../claims/schema';
import { escapeRegExp } from '../regexp';


/** Does the text name this one (acronyms case-sensitively, other names in any case)? */
export function namesOne(names: readonly string[], text: string): string | undefined {
  return names.find((n) => new RegExp(`(?:^|\\W)${escapeRegExp(n)}(?=\\W|$)`, /^[A-Z0-9-]+$/.test(n) ? '' : 'i').test(text));
}

/** The sentence names another study recorded in the same file: the file's design and endpoint are not its. */
export function namesOtherStudy(source: SourceFile, text: string): boolean {
  return namesOne(source.otherStudyNames, text) !== undefined;
}

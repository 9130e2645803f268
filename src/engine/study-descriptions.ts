// What describes a study without naming it: its verified size ("a 36-patient trial") and the two countries it recruited
// in ("a larger trial in the UK and France"). The document model counts them as evidence (sources.ts), and the checks
// that must know a sentence is about the study itself count them as naming it (rules/study-names.ts).
import type { SourceFile } from '../claims/schema';
import { countryPatternSource } from './rules/countries';

/** A study's verified size as a descriptor: "36 patients", "a trial of seven people" (descriptors are
 * matched against the sentence's digits()). A size is not a name, so like the other descriptors it
 * counts only with one of the study's topics. */
export function studySize(source: SourceFile): string | undefined {
  const n = source.design.n;
  if (!n?.verified) return undefined;
  // "36 patients", and as a compound: "the three-person study", "a 36-patient trial".
  return `${n.value}(?:\\s+(?:[\\w-]+\\s+)?(?:patients|people|participants|volunteers|subjects|individuals)|-(?:patient|person|participant|subject|people)\\b)`;
}

/** Where a study recruited, when that was two countries, as a descriptor: "a larger trial in the UK and France".
 * Like a size it is not a name and counts only with one of the study's topics. */
export function studyCountries(source: SourceFile): string | undefined {
  const countries = source.design.countries ?? [];
  if (countries.length !== 2) return undefined;
  const [a, b] = countries.map(countryPatternSource) as [string, string];
  const pair = (x: string, y: string) => `${x} and (?:the )?${y}`;
  return `(?:in|across|from|at clinics in|at centres in|at centers in) (?:the )?(?:${pair(a, b)}|${pair(b, a)})`;
}

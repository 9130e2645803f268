// Claim strength of one sentence: none < correlational < conditional < causal.
//
//   import { classifyStrength } from '../strength';
//   classifyStrength('IL-2 may reduce mortality.')
//   // → { label: 'conditional', cues: ['may', 'reduce'], negated: false, allCues: [...] }
//
// Rule-based and lexical: lexicon.ts holds the cue words, cues.ts reads them in context,
// structure.ts sets aside cues the sentence structure overrides, decide.ts is the policy. Call it
// on ONE sentence at a time; it never parses more than the string it is given.
import { findCues } from './cues';
import { decide } from './decide';
import type { StrengthLabel, StrengthResult } from './types';
import { STRENGTH_ORDER } from './types';

export type { Cue, CueKind, StrengthLabel, StrengthResult } from './types';
export { STRENGTH_ORDER } from './types';

/** Classifies the strength of the relationship one sentence claims. */
export function classifyStrength(sentence: string): StrengthResult {
  const allCues = findCues(sentence);
  const { label, deciding } = decide(allCues);
  const relation = deciding.find((c) => c.kind !== 'hedge' && c.kind !== 'recommendation');
  return {
    label,
    cues: deciding.map((c) => c.text),
    negated: label === 'none' ? false : (relation?.negated ?? false),
    allCues,
  };
}

/** Position on the ordinal scale: none 0, correlational 1, conditional 2, causal 3. */
export function strengthRank(label: StrengthLabel): number {
  return STRENGTH_ORDER.indexOf(label);
}

/** How a popular text's claim compares with its source's: positive = stronger (exaggerates). */
export function compareStrength(popular: StrengthLabel, source: StrengthLabel): -1 | 0 | 1 {
  const d = strengthRank(popular) - strengthRank(source);
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}

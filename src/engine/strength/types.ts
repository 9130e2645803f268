// Plain data types of the claim-strength classifier. Stable API: other engine rules
// (correlation-as-causation, certainty) import these.

/**
 * How strongly a sentence claims a relationship, weakest first:
 * - 'none': no relationship is stated (descriptions, methods, aims, recommendations).
 * - 'correlational': a relationship without direction of cause ("associated with", "linked to",
 *   "higher X in Y", "predicts"), including its negation ("no difference between the groups").
 * - 'conditional': a causal relationship under a hedge ("may reduce", "could improve", "appears to slow").
 * - 'causal': a direct causal claim ("reduces", "improved survival", "leads to", "is effective").
 */
export type StrengthLabel = 'none' | 'correlational' | 'conditional' | 'causal';

/** The label order used for comparisons: none < correlational < conditional < causal. */
export const STRENGTH_ORDER: readonly StrengthLabel[] = ['none', 'correlational', 'conditional', 'causal'];

/** What kind of word or phrase a cue is. */
export type CueKind =
  | 'causal' // a direct causal verb or phrase: "reduces", "led to", "is effective"
  | 'causal-weak' // causal noun phrases that only count when nothing else does: "a reduction in", "effect of"
  | 'correlational' // "associated with", "correlated", "higher ... in", "predicts"
  | 'change' // an observed change without an agent: "an increase in", "levels declined over time"
  | 'hedge' // "may", "might", "could", "appears to", "likely", "potential"
  | 'recommendation'; // "should", "is needed", "further studies", an aim or a direct question: the sentence advises or asks, it does not claim

/** One cue found in a sentence. `index` is a UTF-16 offset into the original sentence. */
export interface Cue {
  kind: CueKind;
  /** The matched words, as written in the sentence. */
  text: string;
  index: number;
  /** True when a negation governs this cue ("did not improve", "no association"). */
  negated: boolean;
}

export interface StrengthResult {
  label: StrengthLabel;
  /**
   * The cue words that decided the label, in sentence order (e.g. ["may", "reduce"] for a
   * conditional claim, ["associated with"] for a correlational one). Empty for 'none' unless a
   * recommendation/aim cue ("should", "further studies") is what ruled the sentence out.
   */
  cues: string[];
  /**
   * Polarity of the deciding relationship cue: true for "did not improve survival" or
   * "was not associated with". The label keeps the KIND of relationship the sentence talks about
   * (so "did not improve survival" is 'causal' with negated: true); rules that care about the
   * claim's direction must read this flag.
   */
  negated: boolean;
  /** Every cue found, including ones the decision ignored: for explanations and debugging. */
  allCues: Cue[];
}

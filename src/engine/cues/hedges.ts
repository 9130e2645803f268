// Hedging and boosting cues. "may", "could" and friends make a statement conditional;
// "suggests", "appears" report evidence without asserting; "demonstrated", "shows" assert.
// Matched as words on the text (compromise does not tag "may" as a modal after a number).

/** Modal hedges: the sentence says something might be so. */
export const MODAL_HEDGE =
  /\b(?:may|might|could|would|possibl[ey]|perhaps|potential(?:ly)?|hopefully|conceivabl[ey]|if|whether|hope[sd]?|aims? to|aimed to|designed to|to (?:test|evaluate|assess|see|find out|determine|investigate))\b/i;

/** Evidential hedges: the sentence reports an indication, not a result. */
export const EVIDENTIAL_HEDGE =
  /\b(?:suggest\w*|appears?|appeared|seem\w*|indicat\w*|promis\w*|hint\w*|preliminary|early (?:results|data|signs?)|is thought|are thought|believed?|hypothes\w*|likely|tentative\w*|signals?|encouraging|not yet|more research|further (?:research|studies|trials)|needs? (?:to be )?confirm\w*|requires? confirm\w*|exploratory|post[- ]hoc)\b/i;

/** Boosters: the sentence claims a result was shown. A booster outranks a hedge in the same clause
 * ("has demonstrated that it could slow…" asserts). */
export const BOOSTER =
  /\b(?:demonstrat\w*|prove[sdn]?|proving|confirm(?:s|ed)|establish(?:es|ed)|shows?|showed|shown|reveal(?:s|ed)|found that|finds that|discovered that|definitive\w*|conclusive\w*|clearly|undeniabl[ey])\b/i;

export type HedgeLevel = 'asserted' | 'evidential' | 'modal';

export function hedgeLevel(text: string): HedgeLevel {
  const modal = MODAL_HEDGE.test(text);
  const evidential = EVIDENTIAL_HEDGE.test(text);
  // "shown promise" / "shows potential" hedge despite the verb.
  const boosted = BOOSTER.test(text) && !/\b(?:show(?:s|ed|n)?|demonstrat\w*) (?:some |early |great |real )?(?:promise|potential)\b/i.test(text);
  if (boosted && !evidential) return 'asserted';
  if (modal) return 'modal';
  if (evidential) return 'evidential';
  return 'asserted';
}

// Hedging and boosting cues. "may", "could" and friends make a statement conditional;
// "suggests", "appears" report evidence without asserting; "demonstrated", "shows" assert.
// Matched as words on the text (compromise does not tag "may" as a modal after a number).

/** Modal hedges: the sentence says something might be so ("May 22, 2018" is a date, not a hedge). */
export const MODAL_HEDGE =
  /\b(?:(?<!\b(?:in|since|until|from|by|of|last|next|early|late|mid|this|each|every)[\s-])may(?!\s+\d|,?\s+(?:19|20)\d\d)|might|could|(?<!\bthan (?:they|it|we|he|she|you|patients|people) )would|possibl[ey]|possibilit(?:y|ies)|perhaps|potential(?:ly)?|hopefully|conceivabl[ey]|if|whether|hope[sd]? (?:to|that)|hoped|hoping|(?:I|we|they|he|she|researchers|scientists|doctors|families|patients|team) hope[sd]?|aims? to|aimed to|designed to|to (?:test|evaluate|assess|see|find out|determine|investigate))\b/i;

/** Evidential hedges: the sentence reports an indication, not a result. */
export const EVIDENTIAL_HEDGE =
  /\b(?:(?:growing|mounting|increasing|accumulating|emerging)\s+(?:body of\s+)?evidence|suggest\w*|appears?|appeared|seem\w*|indicat\w*|points? to|pointing to|promis\w*|hint\w*|preliminary|early (?:results|data|signs?)|is thought|are thought|believed?|hypothes\w*|(?<!\b(?:more|less|as) )likely|tentative\w*|signals?|encouraging|not yet|more research|further (?:research|studies|trials)|needs? (?:to be )?confirm\w*|requires? confirm\w*|exploratory|post[- ]hoc|anecdot\w*|uncontrolled|no (?:comparison|control|placebo) (?:group|arm)|too (?:small|few|short) to)\b/i;

/** Boosters: the sentence claims a result was shown. A booster outranks a hedge in the same clause
 * ("has demonstrated that it could slow…" asserts). */
export const BOOSTER =
  /\b(?:demonstrat\w*|prove[sdn]?|proving|confirm(?:s|ed)|establish(?:es|ed)|shows?|showed|shown|reveal(?:s|ed)|found that|finds that|discovered that|definitive\w*|conclusive\w*|clearly|undeniabl[ey])\b/i;

export type HedgeLevel = 'asserted' | 'evidential' | 'modal';

/** A booster inside a modal's scope ("might prove", "could show") asserts nothing. */
const MODAL_BEFORE = /\b(?:may|might|could|would|will|to|should)\s+(?:\w+\s+){0,2}$/i;

/** ", new research" / ", study" just before a sentence-final booster. */
const TRAILING_ATTRIBUTION_BEFORE = /,\s*(?:[\w-]+\s+){1,4}$/;

function asserts(text: string): boolean {
  const re = new RegExp(BOOSTER.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (MODAL_BEFORE.test(text.slice(0, m.index))) continue;
    // A trailing attribution ("…may help slow ALS, research shows") reports the claim; the claim keeps its own hedge.
    if (TRAILING_ATTRIBUTION_BEFORE.test(text.slice(0, m.index)) && /^\W*$/.test(text.slice(m.index + m[0].length))) continue;
    // "shown promise" / "shows potential" hedge despite the verb.
    if (/^\s*(?:some |early |great |real )?(?:promise|potential)\b/i.test(text.slice(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}

export function hedgeLevel(text: string): HedgeLevel {
  const modal = MODAL_HEDGE.test(text);
  const evidential = EVIDENTIAL_HEDGE.test(text);
  const boosted = asserts(text);
  if (boosted && !evidential) return 'asserted';
  if (modal) return 'modal';
  if (evidential) return 'evidential';
  return 'asserted';
}

/** A suspicion or theory is not a claim of cause (used by correlation-as-causation only, so that
 * hedgeLevel keeps its meaning for the other rules). */
export const SUSPICION =
  /\b(?:suspect\w*|speculat\w*|theor(?:y|ies|i[sz]\w*)|propos\w*|wonder\w*|think|thinks|guess\w*|assum(?:e|es|ed|ing|ption)|presum(?:e|es|ed|ably)|hypothesi[sz]\w*)\b/i;

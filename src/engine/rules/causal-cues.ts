// Causal wordings the shared CAUSAL cue does not cover: "what makes ALS progress", "speeds up the
// decline", "sets the pace of the disease", "is why it progresses". Kept local to the rules
// (cues/claims-language.ts is shared and edited elsewhere).

/** The disease or its course, as the thing acted on. */
const DISEASE = String.raw`(?:(?:the|their|patients['’]?|a\s+patient['’]?s)\s+)?(?:ALS|MND|disease|illness|condition|decline|progression)`;
/** The disease, its course, or the patients whose course it is. */
const COURSE = String.raw`(?:${DISEASE}|patients|people|it|they)`;
const WORSENS = String.raw`(?:progress\w*|advance\w*|worsen\w*|get\s+worse|gets\s+worse|worse|faster|spread\w*|more\s+aggressive|deteriorat\w*|declin\w*)`;

export const EXTRA_CAUSAL = new RegExp(
  [
    // "makes ALS progress quickly", "made the disease worse"
    String.raw`\b(?:make|makes|making|made)\s+${COURSE}\s+${WORSENS}`,
    // "speeds up the decline", "accelerates ALS"
    String.raw`\b(?:speed(?:s|ed|ing)?\s+up|accelerat(?:e|es|ed|ing)|hasten(?:s|ed|ing)?)\s+${DISEASE}\b`,
    // "determines how fast ALS progresses", "sets the pace of the disease"
    String.raw`\b(?:determin|control|govern|dictat|set)(?:e|es|ed|s|ing)?\s+(?:how\s+(?:fast|quickly|rapidly)\s+${COURSE}|the\s+(?:pace|speed|rate|course)\s+of\s+${DISEASE})`,
    // "is why ALS progresses", "the reason patients decline"
    String.raw`\b(?:is|are|was|were)\s+(?:the\s+(?:main\s+|real\s+)?reason|why)\s+${COURSE}\s+(?:\w+\s+)?${WORSENS}`,
  ].join('|'),
  'i',
);

/** Hedges the shared set lacks: a suspicion or theory is not a claim of cause. */
export const SUSPICION = /\b(?:suspect\w*|speculat\w*|theor(?:y|ies|i[sz]\w*)|propos\w*|wonder\w*|think|thinks|guess\w*)\b/i;

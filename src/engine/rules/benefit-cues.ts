// Ways of claiming a clinical effect that the shared CLINICAL_BENEFIT cue does not cover: the disease
// halted or reversed, "stopped progressing", years added to lives, lives saved, a therapy that "works",
// the course of the disease changed. Each is a claim about patients' disease, not about cells or markers.
// Kept apart from CLINICAL_BENEFIT on purpose: only the rules that call efficacyClaim() (benefit.ts) use
// them; folding them into the shared cue would widen subgroup-as-whole and population-overgeneralised too.

/** A word that names the disease or its course as the object of a verb. */
const DISEASE = String.raw`(?:the\s+)?(?:progression\s+of\s+)?(?:(?:inherited|familial|sporadic|genetic|[A-Z][A-Z0-9]{2,7})[- ])?(?:ALS|MND|motor\s+neuron(?:e)?\s+disease|Lou\s+Gehrig['’]?s?(?:\s+disease)?|(?:the|this)\s+disease|(?:the|this)\s+illness|(?:its|their|the|(?:the\s+)?patients['’])\s+(?:progression|decline|course))`;

/** The disease stopped, not slowed: "halt ALS", "stopped the disease", "reverses ALS", "stopped
 * progressing". No treatment in scope does this, proven or not (sensational.ts uses these alone). */
export const HALTS_DISEASE: readonly RegExp[] = [
  new RegExp(
    // (or what the disease does: "a new drug that stops muscle loss")
    String.raw`\b(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|arrest(?:s|ed|ing)?|freez(?:e|es|ing)|froze|revers(?:e|es|ed|ing))\s+(?:${DISEASE}|muscle (?:loss|wasting)|(?:the )?loss of (?:muscle|function|strength|movement))\b`,
    'gi',
  ),
  // "reversed symptoms in many patients": the disease's effects undone
  /\brevers(?:e|es|ed|ing)\s+(?:(?:the|its|their|many|some|all)\s+)?(?:(?:ALS|MND|disease)\s+)?symptoms\b/gi,
  /\b(?:stopped|ceased|halted|quit)\s+(?:progressing|getting\s+worse|declining|worsening|deteriorating)\b/gi,
  // "a treatment that can beat this disease", "beats ALS"
  new RegExp(
    String.raw`\b(?:beat(?:s|ing)?|defeat(?:s|ed|ing)?|conquer(?:s|ed|ing)?|triumph(?:s|ed|ing)?\s+over)\s+${DISEASE}\b`,
    'gi',
  ),
  // "the disease is today being halted", "ALS can now be stopped": the halt told in the passive (the disease named
  // plainly: DISEASE's case-insensitive gene prefix would take the word before it, "Whether the disease…")
  /\b(?:ALS|MND|motor\s+neuron(?:e)?\s+disease|(?:the|this)\s+(?:disease|illness))\s+(?:is|was|has been|can(?: now)? be|is (?:now |today )?being|could be)\s+(?:(?:now|today|finally)\s+)?(?:halted|stopped|reversed|cured|beaten|defeated)\b/gi,
];

export const EXTRA_BENEFIT: readonly RegExp[] = [
  ...HALTS_DISEASE,
  /\bno\s+longer\s+(?:progress(?:ed|ing)|declin(?:ed|ing)|worsen(?:ed|ing)|deteriorat(?:ed|ing)|got\s+worse|getting\s+worse)\b/gi,
  // "adds years to patients' lives", "six months of life".
  /\b(?:add(?:s|ed|ing)?|gain(?:s|ed)?|giv(?:e|es|ing)|gave|buy(?:s|ing)?|bought)\s+(?:\w+\s+){0,3}?(?:years?|months?|decades?)\s+(?:of\s+(?:extra\s+)?life|to\s+(?:\w+['’]?s?\s+)?li(?:fe|ves))\b/gi,
  // "saved lives", "saved the lives of eight people", "kept them alive".
  /\bsav(?:e|es|ed|ing)\s+(?:the\s+)?li(?:fe|ves)\b/gi,
  /\b(?:kept|keeps?|keeping)\s+(?:\w+\s+){0,2}?alive\b/gi,
  /\bsurviv(?:e|es|ing)\s+longer\b/gi,
  // "showed a clear slowing of ALS": the slowing as a noun, shown (not "a possible slowing", not "to test for a slowing")
  /\b(?:show(?:s|ed|n)?|found|saw|produced|led to|achieved|demonstrated)\s+(?:an?\s+)?(?:(?:clear|significant|marked|dramatic|substantial|major|real|striking)\s+)?slowing\s+(?:of|in)\s+(?:the\s+)?(?:ALS|MND|disease|illness|progression|decline|functional\s+decline|deterioration)\b/gi,
  // "delivered a clinically meaningful benefit", "provides a real benefit": a benefit claimed outright (not "potential").
  /\b(?:deliver(?:s|ed|ing)?|provid(?:es|ed|ing)|produc(?:es|ed|ing))\s+(?:an?\s+)?(?:(?!potential|possible)[\w-]+\s+){0,2}?(?:benefit|improvement)\b/gi,
  // "protected them": participants (not neurons, not cells) protected.
  /\bprotect(?:s|ed|ing)?\s+(?:them|(?:the\s+)?(?:patients|participants|people))\b(?!\s+from\s+(?!ALS|MND|the\s+disease|death|dying|decline|progression))/gi,
  // "the therapy works", "shown to work", "works for patients": efficacy, not mechanism ("works by …"). A drug
  // code name (capitals and a digit) counts as "the drug".
  // ("it worked in a dozen patients": the effect told as seen in people, not "worked in mice")
  /\b(?:therapy|treatment|drug|infusions?|approach|medicine|it|[A-Z][A-Za-z]*-?\d[\w-]*|Tregs?)\s+(?:really\s+|actually\s+|clearly\s+|does\s+|did\s+|truly\s+)?(?:works|worked|work(?<=\b(?:Tregs|infusions|does|did)\s+work))(?=\s*(?:[.,;:!"”)]|$)|\s+(?:and|but|so)\b|\s+(?:for|in|against)\s+(?:(?:a|the|all|most|many|some|several|these|those|a\s+dozen|\d+|[a-z]+teen|twenty|thirty|dozens\s+of)\s+)?(?:(?:ALS|MND|human)\s+)?(?:ALS|MND|patients|people|humans|everyone|volunteers|participants))/gi,
  /\b(?:shown|proven|proved|found)\s+to\s+work\b(?!\s+(?:by|through|via|on|as|in\s+(?:the\s+)?(?:lab|dish|mice|animals|cells)))/gi,
  // "has demonstrated efficacy", "proven effectiveness": efficacy itself as what was shown.
  /(?<!\b(?:to|not|never|yet)\s+)\b(?:demonstrat(?:ed|es|e|ing)|show(?:n|ed|s)?|prov(?:en|ed|es)|establish(?:ed|es)|confirm(?:ed|s)|validat(?:ed|es))\s+(?:(?:its|clear|real|clinical|strong|significant)\s+)?(?:efficacy|effectiveness|benefit)\b/gi,
  // "patients on the higher dose lost function more slowly": a slower decline told of those on the drug, a comparison
  // between arms (not "the disease progressed more slowly during the infusion periods", an observation over time, nor
  // "patients with more Tregs progressed more slowly", an association).
  /\b(?:on|given|receiving|taking|treated\s+with)\s+(?:[\w-]+\s+){0,4}?(?:lost|lose|loses|losing|declined|declines|declining|progressed|progresses|progressing|worsened|worsening|deteriorated)\s+(?:(?:their\s+)?(?:function|strength|ability|abilities)\s+)?(?:(?:much|far|significantly|markedly|noticeably)\s+)?(?:more\s+slowly|slower|less\s+(?:quickly|rapidly|fast))\b/gi,
  // "virtually no functional decline", "no decline over 48 weeks": the course told as flat.
  /\b(?:(?:virtually|almost|essentially|practically)\s+)?no\s+(?:further\s+|functional\s+|measurable\s+)?(?:decline|progression|deterioration|worsening)\b/gi,
  // "works better than placebo", "superior to placebo": the comparison that only a controlled trial can make.
  /\b(?:works?|worked|did|does|performed)\s+(?:much\s+|far\s+)?better\s+than\s+(?:a\s+|the\s+)?(?:placebo|dummy|sham|no treatment)\b/gi,
  /\b(?:superior|better)\s+to\s+(?:a\s+|the\s+)?placebo\b/gi,
  // "slows how fast the disease advances", "holds back the effects of this illness": the slowing told in other words.
  /\bslow(?:s|ed|ing)?\s+(?:down\s+)?how\s+(?:fast|quickly|rapidly)\s+(?:the\s+|this\s+|their\s+|the\s+patient['’]s\s+)?(?:disease|illness|condition|ALS|MND|it)\s+(?:advances|progresses|worsens|gets\s+worse|develops)\b/gi,
  /\bhold(?:s|ing)?\s+back\s+(?:the\s+)?(?:effects?\s+of\s+)?(?:the\s+|this\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:disease|illness|condition|ALS|MND|progression|decline)\b/gi,
  // "change the course of ALS".
  /\b(?:chang|alter|modif|bend)(?:e|es|ed|ing|y|ies|ied|ying)?\s+(?:the\s+)?(?:course|trajectory)\s+of\s+(?:the\s+)?(?:ALS|MND|disease|illness|motor\s+neuron(?:e)?\s+disease)\b/gi,
  // "help everyone with ALS" (not "helped patients with ALS to enrol").
  /\bhelp(?:s|ed|ing)?\s+(?:everyone|everybody|all|(?:ALS\s+|MND\s+)?patients|people|those)\s+(?:with|living\s+with|who\s+have)\s+(?:ALS|MND|the\s+disease|motor\s+neuron(?:e)?\s+disease)\b(?!\s+(?:to|find|get|understand|manage|access|cope|enrol\w*))/gi,
];

/** Purpose and manner infinitives ("the race to halt ALS", "how it works") claim nothing. */
export const NOT_A_CLAIM_BEFORE =
  /\b(?:how|whether|if|why|what|understand\w*|aims?|aimed|attempts?|efforts?|bid|quest|race|hopes?|hoping|try(?:ing)?|designed|intended|needed|wants?|ways?|goal|mission|chance|power(?:ed)?|sized|able)\s+(?:to\s+)?(?:\w+\s+){0,2}$/i;

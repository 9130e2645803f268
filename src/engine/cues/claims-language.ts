// What a sentence says about a treatment or finding: benefit, causation, certainty, hype,
// comparison, scope. Each cue set describes a kind of statement, not any one article's wording.
import { withTreatments } from './treatments';

/** A clinical benefit: longer survival, slower progression, preserved function. Verbs only:
 * "slower" in "the larger X, the slower Y" is a correlation, not a claim of effect. */
/** Not one sought: what comes after "work towards", "access to", "the search for" is an aim, not an effect. */
const NOT_SOUGHT =
  '(?<!\\b(?:towards?|access to|search for|quest for|need for|hopes? (?:for|of)|develop(?:ing)?|find(?:ing)?|bring(?:ing)?|deliver(?:ing)?) (?:an? |new |more )?)';

export const CLINICAL_BENEFIT = new RegExp(
  [
    '\\b(?:extend|prolong|improv|increas|boost|lengthen|enhanc|help)(?:e|es|ed|ing|s)?\\b[^.;]{0,40}?\\b(?:(?:patient|overall|their|chances? of) )?(?:surviv\\w*|lives|life(?:span| expectancy)?)\\b',
    '\\b(?:slow|halt|stop|delay|reduc|decreas|lower|cut|curb|arrest|revers|prevent|halv|slash|eas)(?:e|es|ed|ing|s)?\\b[^.;]{0,40}?\\b(?:progression|decline|deterioration|death|deaths|mortality|(?:risk|chances?|odds|likelihood) of (?:death|dying)|loss of (?:\\w+ )?function|disability)\\b',
    // "the risk of death was slashed by 73 per cent": the benefit told in the passive.
    '\\b(?:risk|chances?|odds|likelihood) of (?:death|dying)\\b (?:(?:was|were|is|are|being|has been|had been) )?(?:slashed|cut|reduced|lowered|halved|decreased)\\b',
    '\\b(?:survival benefit|benefit (?:on|in|for) survival|improved (?:chances of )?survival|better survival|longer survival|lower risk of (?:death|dying)|(?:decrease|reduction|drop|fall|cut) in (?:the )?(?:risk of (?:death|dying)|mortality|deaths|death rates?)|(?:lived|live|living|survived) (?:(?:significantly|substantially|much|far|considerably|markedly|notably|a bit|a little|years|months) )?longer|more likely to (?:be alive|survive)|less likely to die)\\b',
    // More people alive on the drug; lives saved; time added ("adds years of life", "buys months").
    '\\b(?:more|twice as many|three times as many)\\b[^.;]{0,50}?\\b(?:still )?alive\\b',
    '\\bsav(?:e|es|ed|ing) (?:the )?lives\\b',
    '\\b(?:add|buy|gain|give)(?:s|ed|ing)? (?:\\w+ ){0,2}?(?:years|months)(?: of life| to (?:their )?lives?)?\\b',
    '\\bturn(?:s|ed|ing)? back the clock\\b',
    '\\bpreserv(?:e|es|ed|ing)\\b[^.;]{0,40}?\\bfunction\\w*',
    '\\b(?:is|was|are|were|proves?|proved|proven|found|be) (?:safe and )?(?:effective|efficacious)\\b',
    // Not one sought ("work towards an effective treatment", "access to safe, effective and proven treatments"): an aim,
    // or a kind of treatment in general, is not this one's effect.
    `${NOT_SOUGHT}\\beffective (?:treatment|therapy|drug)\\b`,
    `${NOT_SOUGHT}\\bsafe,? (?:and )?effective\\b(?!(?:,? (?:and )?[\\w-]+){0,2} (?:treatments|therapies|drugs|medicines|options)\\b)`,
    '\\beffective (?:at|in) (?:slowing|treating|halting|stopping|extending)\\b',
    '\\bslow(?:s|ed|ing)? (?:down )?(?:the )?(?:ALS|MND|disease|illness|motor neuron(?:e)? disease)\\b',
    '\\b(?:ALS|MND|disease|illness|condition|progression|decline) (?:\\w+ ){0,2}?slow(?:s|ed|ing)? down\\b',
    '\\b(?:progression|decline|deterioration)\\b[^.;]{0,25}?\\b(?:halted|stopped|slowed|stabili[sz]ed|reversed|stop|halt)\\b',
    '\\brevers(?:e|es|ed|ing) (?:the )?(?:ALS|MND|disease|symptoms|ALS symptoms|MND symptoms)\\b',
    '\\bworks? (?:in|for|against) (?:ALS|MND|motor neuron(?:e)? disease)\\b',
    // "they work for everyone", "works for all ALS patients": efficacy told for a whole population.
    // (Not one wished for: "still waiting for a drug that works for everyone".)
    '(?<!\\b(?:an?|any|some|one) (?:[\\w-]+ ){0,2}(?:drug|treatment|therapy|medicine|cure|thing) that )\\bwork(?:s|ed)? (?:for|in) (?:everyone|everybody|all (?:ALS |MND )?(?:patients|people|sufferers)|every (?:ALS |MND )?patient)\\b',
    // "tofersen works for sporadic ALS too": the drug told as working for a kind of the disease
    '\\bworks? (?:for|in) (?:sporadic|familial|non-[\\w-]+|all|every|other|most|any) (?:[\\w-]+ )?(?:ALS|MND|forms?|types?|kinds?|patients|people)\\b',
    // "double survival", "doubled patients' survival": a gain in survival told as a multiple.
    '\\b(?:doubl|tripl)(?:e|es|ed|ing)\\b[^.;]{0,20}?\\b(?:surviv\\w*|life expectancy|lifespan)',
    // "the ALS drug that works", "it is a treatment that actually works": efficacy told as what the drug is ("waiting
    // for a drug that works" wishes for one).
    '\\b(?:the|(?:is|was|it[’\\x27]s|as) an?) (?:[\\w-]+ ){0,2}?(?:therapy|treatment|drug|medicine|medication|injections?|infusions?) that (?:really |actually |truly |finally )?works?\\b(?! (?:by|through|via|on)\\b)',
  ].join('|'),
  'gi',
);

/** Survival of cells rather than of people ("neuron survival", "helps Tregs survive"). */
export const CELL_SURVIVAL =
  /\b(?:neurons?|neuronal|cells?|Tregs?|T[- ]cells?|lymphocytes?)\s+(?:to\s+)?surviv\w*|\bsurvival of (?:the )?(?:infused )?(?:neurons?|cells?|Tregs?)\b/i;

/** A benefit whose object, just after it, is cells ("prevent the early death | of nerve cells in the brain"): how the
 * drug is meant to act, not an outcome for people. */
export const CELL_OBJECT_AFTER = /^\s+of (?:the )?(?:[\w-]+ ){0,2}?(?:neurons?|nerve cells?|motor neurons?|cells?)\b/i;

/** Direct causal wording. */
export const CAUSAL =
  /\b(?:driv(?:e|es|ing) (?:the )?(?:\w+ )?(?:death|loss|degeneration|destruction|progression|decline|deterioration)|kill(?:s|ing)? (?:(?:the|my|their|our|your|his|her) )?(?:healthy )?(?:motor )?(?:neurons?|nerves?|nerve cells?)|destroy(?:s|ing)? (?:(?:the|my|their|our|your|his|her) )?(?:healthy )?(?:motor )?(?:neurons?|nerves?|nerve cells?)|attack(?:s|ing)? (?:the )?(?:body[’']s own )?(?:healthy )?(?:motor )?(?:neurons?|nerves?|nerve cells?)|turn(?:s|ed|ing)? (?:against|on) (?:the )?(?:body[’']s own )?(?:healthy )?(?:motor )?(?:neurons?|nerves?|nerve cells?)|driv(?:en|es|e|ing)\b(?: \w+){0,3}? by|(?:is|are|was|were) driven|caus(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|lead(?:s)? to|led to|responsible for|fuel(?:l)?ed by|fuels?|result(?:s|ed)? in(?! (?:which|whom)\b)|root cause|the cause of|underl(?:ie|ies|ying) (?:the )?(?:disease|ALS)|explain(?:s|ed|ing)? (?:not only |both )?(?:why|how) (?:the )?(?:motor )?(?:neurons?|nerve cells?|ALS|MND|the disease) (?:die|dies|degenerates?|progress(?:es)?|advances?|develops?|starts?|begins?))\b/i;

/** The disease or its course, as the thing acted on. */
const DISEASE = String.raw`(?:(?:the|their|patients['’]?|a\s+patient['’]?s)\s+)?(?:ALS|MND|disease|illness|condition|decline|progression)`;
/** The disease, its course, or the patients whose course it is. */
const COURSE = String.raw`(?:${DISEASE}|patients|people|it|they)`;
const WORSENS = String.raw`(?:progress\w*|advance\w*|worsen\w*|get\s+worse|gets\s+worse|worse|faster|spread\w*|more\s+aggressive|deteriorat\w*|declin\w*|speed\s+up|accelerat\w*)`;
/** More direct causal wordings, checked after CAUSAL: "what makes ALS progress", "speeds up the decline",
 * "sets the pace of the disease", "is why it progresses". */
export const EXTRA_CAUSAL = new RegExp(
  [
    // "makes ALS progress quickly", "made the disease worse"
    String.raw`\b(?:make|makes|making|made)\s+${COURSE}\s+${WORSENS}`,
    // "makes patients live longer", "made them survive longer"
    String.raw`\b(?:make|makes|making|made)\s+(?:${COURSE}|them)(?:\s+(?:with|who\s+have)\s+\w+)?\s+(?:live|survive|last)\s+longer\b`,
    // "drive the disease forward", "drives the illness on"
    String.raw`\bdriv(?:e|es|ing|en)\s+${DISEASE}\s+(?:forward|on|onward)\b`,
    // "speeds up the decline", "accelerates ALS"
    String.raw`\b(?:speed(?:s|ed|ing)?\s+up|accelerat(?:e|es|ed|ing)|hasten(?:s|ed|ing)?)\s+${DISEASE}\b`,
    // "determines how fast ALS progresses", "sets the pace of the disease"
    String.raw`\b(?:determin|control|govern|dictat|set)(?:e|es|ed|s|ing)?\s+(?:how\s+(?:fast|quickly|rapidly)\s+${COURSE}|the\s+(?:pace|speed|rate|course)\s+of\s+${DISEASE})`,
    // "is why ALS progresses", "the reason patients decline"
    String.raw`\b(?:is|are|was|were)\s+(?:the\s+(?:main\s+|real\s+)?reason|why)\s+${COURSE}\s+(?:\w+\s+)?${WORSENS}`,
    // "is the reason why some patients live longer", "is why they survive for years"
    String.raw`\b(?:is|are|was|were)\s+(?:the\s+(?:main\s+|real\s+)?reason\s+(?:why\s+)?|why\s+)(?:\w+\s+){1,3}(?:live|survive|last)\s+(?:\w+\s+){0,2}?(?:longer|long time|for years)\b`,
    // "boosting IL-10 will add years to the lives of patients": an intervention on the measure told as the effect
    String.raw`\b(?:boost|rais|increas|lower|reduc|block|enhanc)(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:will|would|can|could)\s+(?:add|extend|prolong|slow|halt|stop)\b`,
  ].join('|'),
  'i',
);

/** Causal mechanism wording: X preserved/slowed/improved Y (by …). */
export const CAUSAL_EFFECT =
  /\b(?:preserv|slow|improv|reduc|prevent|protect|halt|stop|delay)(?:e|es|ed|ing|s)?\b[^.;]{0,50}?\b(?:function\w*|progression|decline|disease|survival|deterioration|loss)\b|\bk(?:ept|eeps?|eeping)\b[^.;]{0,30}?\balive\b/i;

/** Correlational wording: links, associations, "the more …, the less …". */
export const CORRELATIONAL =
  /\b(?:associat\w*|(?:went|go|goes|going) (?:along|hand in hand) with|coincid\w*|track(?:s|ed)? with|mirror(?:s|ed)|correlat\w*|linked|link between|links? (?:to|with)|relationship between|related to|predict\w*|inverse(?:ly)?|tend(?:s|ed)? to|in (?:patients|people|those|participants) with (?:lower|higher|more|less|fewer)|(?:faster|slower|higher|lower) in)\b|\bthe (?:larger|greater|higher|more|bigger|lower|smaller|fewer)\b[^,]{0,60},\s*the\b/i;

/** Claims of settled certainty. */
export const CERTAINTY =
  /\b(?:(?:now |finally |officially )?confirm(?:s|ed)?(?! (?:whether|if)\b)|(?:now )?clearly (?:works?|effective|benefits?|slows?|extends?|helps?|better)|prov(?:en|es|ed|ing)|proof|it is (?:now |well |widely )?known that|(?:now |firmly )?established|definitive(?:ly)?|conclusive(?:ly)?|beyond (?:any |all )?doubt|settled|undeniabl[ey]|(?:we )?now know|it is now clear|no longer (?:in )?doubt|(?:pinned|nailed) down|(?:solved|cracked) (?:the )?(?:mystery|puzzle|riddle))\b/i;

/** Reclassifying the disease outright ("ALS is an autoimmune disease") rather than finding a component of it. */
export const RECLASSIFY =
  /\b(?:(?:ALS|MND|motor neuron(?:e)? disease|the disease|it) (?:is|has been shown to be|is now known to be|is actually|is really|is (?:now )?(?:considered|regarded as|classified as|seen as|viewed as|thought of as))|identif(?:y|ies|ied|ying) (?:ALS|MND|motor neuron(?:e)? disease|the disease|it) as) (?:an? )?(?:autoimmune|immune)(?:[- ]mediated)? (?:disease|disorder|condition|illness)\b/i;

/** Hype words. "cure" is checked for negation by the rule ("no cure" is not hype). */
export const SENSATIONAL =
  /\b(?:(?:beat|beats|beating|defeat|defeats|conquer|conquers|triumphs? over|wins? (?:the )?(?:battle|fight) (?:against|over)) (?:this |the )?(?:disease|illness|ALS|MND)|breakthrough|ground[- ]?breaking|game[- ]?chang\w*|revolution(?:ary|ise|ize)s?|miracle|miraculous|remarkable|astonishing|stunning|spectacular|holy grail|turning point|cure[sd]?|curing|finally (?:discovered|found|solved|cracked|uncovered|identified)|(?:mystery|riddle|puzzle)(?: of [\w-]+)? (?:is |has been )?solved|solv(?:es|ed|ing) (?:the|an?) (?:[\w-]+ ){0,2}?(?:mystery|riddle|puzzle)|unmask(?:s|ed|ing)? the (?:cause|culprit)|cracked the (?:code|case))\b/i;

/** A statement about a finding (so "key takeaways from this breakthrough:" is not one). */
export const FINDING_PREDICATE =
  /\b(?:shows?|showed|shown|demonstrat\w*|prov(?:es|ed|en)|reveal\w*|identif(?:y|ies|ied)|discover(?:s|ed)?|uncover(?:s|ed)?|represents?|suggests?|finds?|found|confirms?|means|marks?|offers?|delivers?|hail(?:s|ed)?|call(?:s|ed)?|describ(?:es|ed)|herald(?:s|ed)?|is|are|was|were)\b|\b(?:it|that|this|what|he|she)['’]s\b/i;

/** Comparison with other treatments ({TREATMENT}: any treatment the claims files define). */
export const comparison = withTreatments(
  [
    "\\b(?:bigger|greater|larger|better|stronger|more (?:effective(?:ly)?|powerful|potent)|superior|outperform\\w*|beats?|twice as (?:effective|good))\\b[^.;]{0,60}?\\b(?:than|to)\\b[^.;]{0,30}?\\b(?:existing|current|other|standard|available|approved|conventional|established|today[’']s)\\b[^.;]{0,20}?\\b(?:treatments?|therap\\w*|drugs?|medic\\w*|options?)\\b",
    '\\b(?:bigger|greater|larger|better|stronger|more effective|superior|outperform\\w*|(?:does|do|did) more (?:for|to)\\b)\\b[^.;]{0,60}?\\b(?:than|to)\\b[^.;]{0,25}?{TREATMENT}',
    // notes: "Tofersen > edaravone ≈ riluzole for benefit"
    '{TREATMENT}\\s*(?:>|>>|beats|outdoes)\\s*{TREATMENT}',
    // "it beats riluzole by a mile", "IL-2 beats riluzole hands down" (not "beats ALS", which is hype, not a comparison)
    '\\b(?:beats|outdoes|trounces)\\s+{TREATMENT}\\b',
    // "Unlike <an older drug>, ... this one adds years": a contrast with another treatment's effect.
    '\\bunlike (?:{TREATMENT}|(?:existing|current|other|standard|approved) (?:treatments?|therap\\w*|drugs?|medic\\w*|options?)\\b)',
    // "compared with riluzole, IL-2 does more for survival": the yardstick named first.
    '\\bcompared (?:with|to) {TREATMENT}\\b[^.;]{0,60}?\\b(?:better|more effective|superior|stronger|bigger|greater|(?:does|do|did) more (?:for|to))\\b',
    // "the most effective ALS therapy developed to date": a ranking against every treatment there is.
    '\\bthe most (?:effective|powerful|potent|successful) (?:[\\w-]+ ){0,2}?(?:treatments?|therap(?:y|ies)|drugs?|medicines?|options?)\\b[^.;]{0,25}?\\b(?:to date|yet|ever|so far|in existence|available|there is|on the market)\\b',
    // "the biggest effect ever seen in an ALS trial": a ranking against every trial before it.
    // ("the largest effect seen in the low-marker group" ranks within the trial, and is not one.)
    '\\b(?:biggest|largest|greatest|strongest|best) (?:effect|benefit|result|improvement|response)s? (?:(?:ever|yet) (?:seen|recorded|reported|achieved|observed|shown)\\b|(?:seen|recorded|reported|achieved|observed|shown) (?:in|for|by) (?:any|an) (?:ALS |MND )?(?:trial|study|drug|treatment)\\b)',
    // "the biggest advance since <an older drug>": a ranking against earlier treatments.
    '\\b(?:biggest|greatest|most important|largest) (?:advance|step|breakthrough|leap|progress)\\b[^.;]{0,40}?\\bsince\\b',
  ].join('|'),
  'i',
);

/** A result kept to the group it came from. */
export const SUBGROUP_QUALIFIER =
  /\b(?:(?:the|those|a|an) (?:roughly |about |around |nearly |some |approximately )?\d+(?:\.\d+)? ?(?:%|per ?cent|percent)(?: of (?:the )?(?:patients|participants|people|trial))? (?:with|whose|who (?:had|have))\b|whose (?:[\w-]+ ){1,3}?(?:showed|had|contained) (?:a |the )?(?:low|lower|reduced|moderate|high|higher)\b|in (?:this|that|the|these|those) (?:[\w-]+ ){0,2}?(?:group|sub-?group|subset)|(?:in|for|among) (?:this|that|these|those) (?:[\w-]+ ){0,2}?(?:group|participants|patients|people)\b|whose [\w-]+(?: [\w-]+)? (?:was|were|is|are) (?:low|lower|high|higher|reduced|moderate)|sub-?groups?|sub-?sets?|some (?:patients|people|participants)|(?:(?:a|one|a small|a large) )?(?:part|portion|proportion|fraction|share|section) of (?:the )?(?:patients|people|participants)|certain (?:patients|people)|(?:a|one) (?:sub)?group of|(?:patients|participants|people|those|individuals) (?:with|who had) (?:an? )?(?:lower|low|higher|high|reduced|moderate|slower|less|lower-level|low-level)|with (?:an? )?(?:lower|low|reduced|moderate|low-to-moderate|higher|high) (?:levels?|CSF|pNF-?H|neurofilament|biomarker)|slow(?:er)?[- ]progressing|right group|right patients|biomarker[- ](?:guided|defined|selected)|after adjust\w*|adjusted|adjusting for|adjustment for|once adjusted|when adjusted|(?:took|take|takes|taking) (?:into )?account|account(?:ing|ed)? for|controll?(?:ing|ed) for|correct(?:ing|ed) for|depending on|stratif\w*|in a (?:subgroup|subset)|for (?:a )?(?:subgroup|subset))\b/i;

/** A statement that something is still to come. */
export const FUTURE_TRIALS = new RegExp(
  [
    '\\b(?:may|might|could|will|would|should|soon|expected to|set to|poised to|hope to|likely to|yet to|about to|ready to)\\b[^.;]{0,25}?\\b(?:enter|begin|start|reach|move into|go into|be tested|undergo|be trialled|be trialed)\\b[^.;]{0,25}?\\b(?:clinical |human )?(?:trials?|testing|patients|people|humans)\\b',
    '\\b(?:trials?|testing)\\b[^.;]{0,60}?\\b(?:will|may|could|are expected to|should|are set to)\\b[^.;]{0,12}?\\b(?:begin|start|follow|get under ?way)\\b',
    "\\b(?:has|have|had)(?: not|n[’']t)(?: yet)? been (?:tested|tried|studied) in (?:people|patients|humans|clinical trials)\\b",
    '\\bnot yet (?:been )?(?:tested|tried) in (?:people|patients|humans|clinical trials)\\b',
    // "have only been tried in mice", "human testing is the next step"
    '\\bonly (?:been |ever been )?(?:tested|tried|studied|shown) in (?:mice|animals|rodents|the lab|laboratory animals)\\b',
    '\\b(?:human|clinical) (?:testing|trials?|studies) (?:is|are|will be) (?:the )?next\\b',
  ].join('|'),
  'i',
);

/** Present-tense benefit or availability: the drug is spoken of as a current option. */
export const CURRENT_USE =
  /\b(?:(?:shows?|offers?|provides?) (?:[\w-]+ ){0,3}?(?:benefit|option|hope|relief|improvement|treatment)|slows?|extends?|helps?|improves?|works(?! (?:with|alongside|together|on|for)\b)|treats?|(?<!\b(?:the|its|potential|possible|any|clinical|of) )benefits(?! (?:of|for|to|in|and|seen|shown|observed)\b)|(?:is|are) (?:still |now |currently )?(?:an? |the )?(?:[\w-]+ )?(?:approved|available|prescribed|option|treatment|therapy|standard)|remains? (?:the|an?|my|our) (?:[\w-]+ ){0,2}?(?:option|treatment|therapy|standard|benchmark|choice|drug|medicine|leader)|(?:newer|newest|latest) (?:drug|pill|medicine|treatment|option)|(?:stands?|serves?) as (?:an? |the )(?:[\w-]+ ){0,2}?(?:drug|treatment|option|innovation|therapy|medicine|choice)|new (?:treatment )?option|on the market|(?:can|may) be prescribed|(?:doctors|patients) (?:can|often|now) (?:use|rely on|take|get)|rely on|options include|treatments (?:like|such as|include)|approved (?:drugs?|treatments?|therap\w*) (?:like|such as|include))\b/i;

/** The sentence itself tells of a withdrawal, failure or past status (a failed trial named by the claims files
 * counts too: the `withdrawal` concept). */
export const PAST_STATUS =
  /\b(?:withdr[ae]w\w*|pulled|removed|no longer|discontinu\w*|failed|failure|used to (?!treat|help|slow|manage|relieve|ease|control|reduce|prevent|improve|extend|target)|former(?:ly)?|until 20\d\d|taken off|off the market)\b/i;

/** The sentence itself says causation was not shown: "a correlation rather than proof of cause", "the
 * cause is still unknown", "went further than the authors did". Such a sentence corrects the overclaim. */
export const DISCLAIMS_CAUSATION =
  /\b(?:(?:rather than|not|no|nor|isn[’']t|is not|cannot|can[’']t|could not|does not|doesn[’']t|did not|didn[’']t|without|never) (?:\w+ ){0,3}?(?:proof|proves?|proven|show|shows|establish\w*|demonstrat\w*)(?: \w+){0,2}? (?:cause|causes|causation|causality|that)|correlation,? (?:not|rather than|is not) causation|causes? (?:of \w+ )?(?:\([^)]{1,60}\) )?(?:is|are|remains?) (?:still )?(?:unknown|unclear|unproven|unproved|unresolved|not (?:yet |fully |well |completely )?(?:known|understood|clear|proven)|uncertain|a mystery|an open question)|causality (?:has not|hasn[’']t) been established|role in (?:causing|driving) (?:[\w-]+ ){0,2}?(?:is|are|remains?) (?:still )?(?:not (?:yet |fully |well )?(?:known|understood|clear|established)|unknown|unclear|uncertain|debated)|(?:went|goes|go|going) further than)\b/i;

/** A claim reported in order to be examined: "One post claimed that …", "Headlines declaring that …",
 * "… which is false". Quoting a wrong claim to correct it is not making it. */
export const REPORTED_CLAIM_UNDER_SCRUTINY =
  /\b(?:falsely|false|misleading|mislead\w*|myth|debunk\w*|viral|rumou?rs?|(?:social media |online |viral )?posts?|overstat\w*|exaggerat\w*|not (?:true|correct|accurate|what the (?:study|trial|paper|authors))|incorrect(?:ly)?|inaccurate|(?:went|goes|go) further than|fact[- ]check\w*|nonsense|rubbish|bogus|untrue|(?:seen|heard) it (?:written|said|claimed|reported)|but (?:that|this|the) (?:figure|number|claim|statistic|percentage|share|headline) (?:was|is|came|referred|meant)|(?:in fact|actually|in reality),? (?:it|that|the)\b|some (?:news )?(?:reports|outlets|headlines|articles|stories|papers|websites)\b|is (?:that|this|it) (?:true|right|correct|accurate)\b|your (?:reporter|correspondent|article|writer|columnist|headline|story|piece)\b)\b/i;
export const ATTRIBUTED_CLAIM =
  /\b(?:claim(?:s|ed|ing)?|sa(?:id|ys|ying)|call(?:s|ed|ing)|declar(?:e|es|ed|ing)|describ(?:e|es|ed|ing)|proclaim\w*|suggest(?:s|ed|ing) online|headlines?|posts?|wr(?:ote|ites|itten)|outlets|reports|(?:seen|heard) it)\b|["“”]/i;

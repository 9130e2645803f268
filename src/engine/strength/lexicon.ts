// Cue lexicons of the claim-strength classifier: word lists only, no logic.
// Every entry is a regular-expression fragment matched case-insensitively at word boundaries;
// a space in a fragment matches any run of whitespace. Written from general English/biomedical
// usage, not from any benchmark sentence.

// A fragment must end on a word character or be followed by one only inside a lookahead: the
// compiled pattern requires no word character right after the match ("similar(?= in)", not
// "similar (?=in)").

/** Groups a disease "affects": with a disease as subject the verb tells who has it. (Not
 * "patients" or "individuals": "affected patients" is mostly an adjective.) */
const AFFECTED_GROUP = 'women|men|children|girls|boys|infants|adolescents|adults|elderly|males|females';

/** Direct causal verbs, in finite or participle forms ("reduces", "reduced", "has reduced").
 * Bare stems (reduce, improve) are matched too: they are causal after a modal ("may reduce"),
 * after "did not", or in the present tense plural ("statins reduce"). */
export const CAUSAL_VERBS: readonly string[] = [
  'reduc(?:e|es|ed|ing)',
  'decreas(?:e|es|ed|ing)',
  'lower(?:s|ed|ing)', // bare "lower" is a comparative (see COMPARATIVES) except after a modal:
  '(?<=\\b(?:may|might|could|would|can|will|to|not)\\s+(?:\\w+ly\\s+)?)lower',
  'increas(?:e|es|ed|ing)',
  'improv(?:e|es|ed|ing)',
  'enhanc(?:e|es|ed|ing)',
  'prevent(?:s|ed|ing)?',
  'caus(?:e|es|ed|ing)',
  'lead(?:s|ing)? to',
  'led to',
  'result(?:s|ed|ing)? in',
  // the same relation seen from the effect's side, finite forms only: "weight loss resulted from",
  // "may stem from"; not "results from this study" (a noun) nor "complications resulting from
  // surgery" (an -ing form after a noun names a kind of complication). "Arise from" is left out: it
  // mostly tells where something comes from ("questions arose from the audit").
  'resulted from',
  '(?<=\\b(?:may|might|could|can|will|would|to|not|likely)\\s+)result from',
  'stem(?:s|med)? from',
  'driv(?:e|es|en|ing)',
  'drove',
  'induc(?:e|es|ed|ing)',
  'promot(?:e|es|ed|ing)',
  'inhibit(?:s|ed|ing)?',
  'suppress(?:es|ed|ing)?',
  'attenuat(?:e|es|ed|ing)',
  'alleviat(?:e|es|ed|ing)',
  'ameliorat(?:e|es|ed|ing)',
  'protect(?:s|ed|ing)? against',
  'protect(?:s|ed)',
  'contribut(?:e|es|ed|ing) to',
  // not "affects one in four children", "affected 2 million people": how many have a disease; nor
  // "mostly affects women": who has it (a correlational cue, see AFFECTED_GROUP)
  'affect(?:s|ed|ing)?(?! (?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|an estimated|approximately|about|around|nearly|almost|over|up to|more than|millions|thousands|hundreds)\\b|(?:\\w+ly )?(?:[\\w-]+ )?(?:' +
    AFFECTED_GROUP +
    ')\\b))',
  'influenc(?:e|es|ed|ing)',
  'impair(?:s|ed|ing)?',
  'worsen(?:s|ed|ing)?',
  'delay(?:s|ed|ing)?',
  'slow(?:s|ed|ing)?',
  'accelerat(?:e|es|ed|ing)',
  'trigger(?:s|ed|ing)?',
  'mediat(?:e|es|ed|ing)',
  'benefit(?:s|ed|ted|ing|ting)?',
  // not "help (clinicians) identify / understand / guide …": helping to know or decide is what the
  // research does for its readers, not an effect of one variable on another
  'help(?:s|ed|ing)?(?! (?:[\\w-]+ )?(?:to )?(?:identify|inform|guide|understand|explain|clarify|select|predict|detect|design|plan|interpret|determine|establish|tailor|elucidate|target|direct|refine|decide|distinguish|recogni[sz]e|stratify|assess|evaluate)\\b)',
  'boost(?:s|ed|ing)?',
  'elevat(?:e|es|ing)', // not "elevated": nearly always an adjective ("elevated CRP")
  // not the idiom "raises questions / concerns / awareness": it prompts thought, it causes no outcome
  'rais(?:e|es|ed|ing)(?! (?:[\\w-]+ ){0,3}(?:questions?|concerns?|issues?|doubts?|awareness|possibility|possibilities|hopes?|challenges?|problems?|debate|alarm)\\b)',
  'diminish(?:es|ed|ing)?',
  'eliminat(?:e|es|ed|ing)',
  'restor(?:e|es|ed|ing)',
  'revers(?:e|es|ed|ing)',
  'cur(?:e|es|ed)',
  'exert(?:s|ed|ing)?',
  'produc(?:e|es|ed|ing)',
  'modulat(?:e|es|ed|ing)',
  'alter(?:s|ed|ing)?',
  'shorten(?:s|ed|ing)?',
  'prolong(?:s|ed|ing)?',
  'extend(?:s|ed|ing)?',
  'facilitat(?:e|es|ed|ing)',
  'stimulat(?:e|es|ed|ing)',
  'block(?:s|ed|ing)?',
  'activat(?:e|es|ed|ing)',
  'augment(?:s|ed|ing)?',
  'expand(?:s|ed|ing)?',
  'impact(?:s|ed|ing)?',
  'interfer(?:e|es|ed|ing) with',
  'halt(?:s|ed|ing)?',
  'stop(?:s|ped|ping)?',
  'minimi[sz](?:e|es|ed|ing)',
  'maximi[sz](?:e|es|ed|ing)',
  'optimi[sz](?:e|es|ed|ing)',
  'strengthen(?:s|ed|ing)?',
  'weaken(?:s|ed|ing)?',
  'limit(?:s|ing)?', // not "limited": mostly an adjective ("limited data", "limited by its size")
  // More verbs of causing, enabling, worsening and counteracting (general causal-verb inventories).
  // Left out on purpose: forms that are mostly nouns or adjectives in clinical prose ("control",
  // "damage", "harm", "arrest", "correct", "offset", "encouraging", "underlying", "generated").
  'provok(?:e|es|ed|ing)',
  'elicit(?:s|ed|ing)?',
  'evok(?:e|es|ed|ing)',
  'g(?:ive|ives|iving|ave|iven) rise to',
  'br(?:ing|ings|inging|ought) about',
  'shap(?:e|es|ed|ing)',
  'regulat(?:e|es|ed|ing)',
  'foster(?:s|ed|ing)?',
  'encourag(?:e|es|ed)',
  'amplif(?:y|ies|ied|ying)',
  'potentiat(?:e|es|ed|ing)',
  'heighten(?:s|ed|ing)?',
  'intensif(?:y|ies|ied|ying)',
  'exacerbat(?:e|es|ed|ing)',
  'aggravat(?:e|es|ed|ing)',
  'disrupt(?:s|ed|ing)?',
  'hinder(?:s|ed|ing)?',
  'hamper(?:s|ed|ing)?',
  'imped(?:e|es|ed|ing)',
  'avert(?:s|ed|ing)?',
  'rescu(?:es|ed)', // not "rescue": mostly a noun ("rescue therapy")
  'normali[sz](?:e|es|ed|ing)',
  'mitigat(?:e|es|ed|ing)',
  'lessen(?:s|ed|ing)?',
  'curb(?:s|ed|ing)?',
  'abolish(?:es|ed|ing)?',
  'eradicat(?:e|es|ed|ing)',
  'abrogat(?:e|es|ed|ing)',
  'counteract(?:s|ed|ing)?',
  'neutrali[sz](?:e|es|ed|ing)',
  'hasten(?:s|ed|ing)?',
  'lengthen(?:s|ed|ing)?',
  'sensiti[sz](?:e|es|ed|ing)',
  'stabili[sz](?:e|es|ed|ing)',
  'destabili[sz](?:e|es|ed|ing)',
  'kill(?:s|ed|ing)?',
  'underl(?:ie|ies|ay)',
  'underpin(?:s|ned|ning)?',
  'translat(?:e|es|ed|ing) into',
  'cut(?:s|ting)?',
  'sav(?:e|es|ed|ing) (?:[\\w-]+ ){0,3}(?:lives|deaths)',
  'obviat(?:e|es|ed|ing)',
  // "did not change intake", "may change behaviour", "changed prescribing"; "changes" and
  // "changing" are mostly nouns and adjectives ("metabolic changes", "changing patterns")
  '(?<=\\b(?:not|never|may|might|could|would|can|will|to)\\s+(?:\\w+ly\\s+)?)change',
  'changed',
  // "confers protection"; not "confers a higher risk", which reports an association
  'confer(?:s|red|ring)? (?:\\w+ )?(?:protection|benefit|advantage|resistance|immunity)',
  '(?:offer|offers|offered|provide|provides|provided|afford|affords|afforded) (?:\\w+ )?protection',
  'relie(?:ve|ves|ved|ving)',
  '(?:up|down)-?regulat(?:e|es|ed|ing)',
  'deriv(?:e|es) from',
  // not "determine whether/how…" (an aim) nor "determined the dose" (measured)
  // nor "as determined by" (a method)
  '(?<!as )determin(?:e|es|ed)(?= (?!whether|if|the|how|what|which))',
];

/** Causal phrases that are not a single verb. */
export const CAUSAL_PHRASES: readonly string[] = [
  // with their negative-polarity counterparts: "was ineffective" is a claim about an effect too
  '(?:is|are|was|were|be|been|being|proved|proven|remains?) (?:\\w+ ){0,2}(?:effective|efficacious|beneficial|harmful|protective|detrimental|superior|inferior|safe and effective|ineffective|inefficacious|deleterious|counterproductive)',
  'effective (?:in|at|for) (?:reduc|improv|prevent|treat|increas|decreas|slow|delay|lower)',
  'due to',
  'secondary to',
  '(?:contributing|causal|causative|a?etiological) factors? (?:to|for|in|of)',
  // causatives: "makes patients less willing to", "led carriers to have lower levels"
  '(?:make|makes|made|making) (?:[\\w-]+ ){1,3}(?:more|less) \\w+',
  '(?:lead|leads|leading|led) (?:[\\w-]+ ){1,2}to(?= (?!the\\b|a\\b|an\\b|\\d)[a-z]+\\b)',
  'pos(?:e|es|ed|ing) (?:a |an )?(?:[\\w-]+ ){0,2}(?:risks?|threats?|hazards?)',
  // dependence and explanation: "the effect depended on adherence", "smoking accounted for the excess"
  '(?:is|are|was|were|be|been|remains?) (?:\\w+ )?dependent (?:on|upon)',
  'depend(?:s|ed|ing)? (?:\\w+ly )?(?:on|upon)',
  'account(?:s|ed)? for',
  'because of',
  'thanks to',
  'owing to',
  'as a (?:direct )?result of',
  'as a consequence of',
  '(?:is|are|was|were) responsible for',
  'attribut(?:able|ed) to',
  '(?:play|plays|played|playing) (?:a|an) (?:\\w+ ){0,3}role',
  '(?:has|have|had) (?:a|an|no) (?:\\w+ ){0,3}(?:effect|impact|influence)',
  '(?:effect|impact|influence)s? (?:on|upon)',
  'causal(?:ly)?',
  'causative',
  'effects? of',
  '(?:a|an|the) (?:\\w+ ){0,2}role (?:in|of|for)',
  'responsible for',
  'involved in',
  'implicated in',
  'predispos(?:e|es|ed|ing)',
  // "is critical to improve outcomes" too: an infinitive of effect, not "essential to exclude" (a check)
  '(?:is|are|was|were|be|been|remains?) (?:\\w+ ){0,2}(?:crucial|critical|essential|key|vital|instrumental|important) (?:for|in|to \\w+ing|to (?:improv|reduc|prevent|increas|decreas|lower|slow|delay|promot|enhanc|achiev|maintain|preserv|restor)\\w*)',
  'rul(?:e|es|ed|ing) out',
  '(?:is|are|was|were|be) (?:a|an|the) (?:\\w+ )?(?:consequence|result)s? of',
  '(?:is|are|was|were|as) (?:\\w+ ){0,2}determinants? (?:of|for)',
  'contribut(?:e|es|ed|ion|ions) (?:\\w+ ){0,5}to',
  '(?:is|are|was|were) (?:a |the )?(?:\\w+ )?(?:cause|driver|determinant)s? of',
  '(?:is|are|was|were) (?:a |an |the )?(?:\\w+ ){0,2}contributors? (?:to|of|for)',
];

/** Causal nouns: only count when no stronger cue is present ("a reduction in mortality"). */
export const CAUSAL_WEAK: readonly string[] = [
  'protective',
  'beneficial',
  'effective',
  'efficacious',
  'superior(?:ity)?',
  'benefit from',
  'helpful',
  // "a useful intervention / treatment": usefulness of something done to patients is an effect;
  // "a useful tool / marker / method" is not
  'useful (?:[\\w-]+ )?(?:interventions?|treatments?|therap(?:y|ies)|strateg(?:y|ies)|adjuncts?|options?)',
  'favou?rable',
  'advantage(?:s|ous)?',
  '(?:necessary|sufficient) to (?!be\\b|determine|confirm|establish|assess|evaluate|clarify|identify)\\w+',
  'prove (?:\\w+ )?(?:useful|helpful|valuable)',
  '(?<!by )an? (?:\\w+ )?means of',
  '(?<!(?:side|adverse|toxic|undesirable|unwanted) )effects?(?! sizes?)', // "a diabetogenic effect", not "side effects"
];

/** Change nouns: an observed change with no agent ("an increase in IL-2 levels"). They make a
 * sentence correlational only when nothing stronger is present. */
export const CHANGE_NOUNS: readonly string[] = [
  'increases?',
  'decreases?',
  'reductions?',
  'improvements?',
  'declines?',
  'rises?',
  'elevations?',
  'worsening',
  // intransitive verbs of change: "levels rose with age", "intake declined during pregnancy"
  'rose',
  'risen',
  'fell',
  'fallen',
  'declin(?:ed|ing)(?! to)', // not "declined to participate"
  'dropped',
  // "elevated" is not among the causal verbs (nearly always an adjective), but as a predicate it
  // states a level observed in a group like "was increased": "CRP was elevated in carriers"
  '(?<=\\b(?:is|are|was|were|be|been|remained|remains)\\s+(?:\\w+ly\\s+)?)elevated',
];

/** Participles that, used as adjectives, describe a state compared between groups
 * ("had increased levels", "with reduced risk", sentence-initial "Increased BMI is …"). */
export const CHANGE_PARTICIPLE =
  /^(?:increased|decreased|reduced|elevated|lowered|raised|improved|impaired|enhanced|diminished|altered|worsened|prolonged|shortened|delayed|attenuated|augmented)$/i;

/** Nouns after which a change participle compares risk or levels ("increased risk"). */
export const RISK_NOUN =
  /^(?:risks?|odds|rates?|incidence|prevalence|likelihood|levels?|concentrations?|scores?|mortality|morbidity|hazards?|chances?|probability|frequency|numbers?|proportions?|survival)$/i;

/** Correlational verbs and nouns. */
export const CORRELATIONAL: readonly string[] = [
  'associat(?:e|es|ed|ing|ion|ions)',
  'correlat(?:e|es|ed|ing|ion|ions)',
  'linked',
  'links? (?:between|with|to)',
  'link(?:s|ing)?',
  'relat(?:ed|ion|ions|ionships?) (?:to|with|between)',
  'relationships?',
  'inter-?relat(?:ed|ion|ions|ionships?)',
  // not a prediction tool, which is a method: "a prediction model was developed"
  '(?:predict(?:s|ed|ing|or|ors|ive|ion|ions)?|prognostic)(?! (?:models?|rules?|tools?|equations?|algorithms?|nomograms?|instruments?|systems?|software)\\b)',
  'risk factors? (?:for|of|in)',
  '(?:is|are|was|were) (?:a|an) (?:\\w+ ){0,2}(?:factor|marker|indicator|predictor)',
  '(?:bio)?markers?',
  'indicators?',
  'odds',
  'hazard ratio',
  'dose[- ]response',
  'inverse(?:ly)?',
  'positive(?:ly)? (?:and \\w+ )?(?:associat|correlat|relat|link)',
  'negative(?:ly)? (?:and \\w+ )?(?:associat|correlat|relat|link)',
  '(?:indicative|suggestive|predictive) of',
  // "the disease mostly affected women": who has it, compared across groups
  '(?<!\\b(?:in|of|among|for|with|from|by|to|on|at|the|all|these|those|and|or|non|un)\\s+)affect(?:s|ed)? (?:\\w+ly )?(?:[\\w-]+ )?(?:' +
    AFFECTED_GROUP +
    ')',
  'coincid(?:e|es|ed|ing)',
  'accompanied by',
  'concomitant',
  'correspond(?:s|ed|ing)?',
  'co-?occur(?:s|red|ring|rence)?',
  // more ways of saying two things vary together or are found together
  'co-?exist(?:s|ed|ing|ence)?',
  'co-?var(?:y|ies|ied|ying|iation)',
  'tied to',
  'hand in hand with',
  'track(?:s|ed)? with',
  'cluster(?:s|ed)? with',
  'disproportionate(?:ly)?',
  '(?:over|under)-?represented',
  'susceptibility (?:to|for)',
  '(?:relative risks?|risk ratios?|rate ratios?)',
  '(?:more|less) (?:pronounced|marked|evident|apparent|prominent|severe) (?:in|among)',
  // "at risk" is a finding as a predicate ("smokers were at higher risk"); right after a noun it
  // only names a population ("in patients at high risk of stroke, the drug …")
  '(?<=\\b(?:is|are|was|were|be|been|being|remains?|remained|bec(?:ome|omes|ame)|puts?|plac(?:e|es|ed|ing)|appears?|appeared|seems?|seemed|considered|deemed|left|found|not|still|also)\\s+(?:\\w+ly\\s+)?)at (?:a )?(?:higher|increased|greater|lower|reduced|elevated|high|low|particular|special|heightened) risk',
  '(?:higher|greater|lower) (?:\\w+ )?(?:risks?|odds|rates?|incidence|prevalence|likelihood|levels?|concentrations?|scores?|mortality)',
  '(?<!\\bat\\s+)(?:a |an )?(?:high|low|increased|higher|lower|elevated|reduced|decreased|greater) (?:\\w+ ){0,2}risks? (?:of|for)',
  'differences? (?:\\w+ ){0,3}(?:in|between)',
  '(?:more|less) (?:likely|prone|common|frequent|prevalent|susceptible|vulnerable)',
  // how often something happens in one group against another: "seen more often in women" (not
  // the superlative: "the most frequently reported symptom" describes a single sample)
  '(?:more|less) (?:often|frequently|commonly)',
  'prone to',
  // a tendency stated as a comparison: "children of obese mothers tend to be heavier"
  '(?:tends?|tended) to be (?:more|less|higher|lower|greater|larger|smaller|heavier|lighter|taller|shorter|older|younger|earlier|later|longer|better|worse|stronger|weaker|faster|slower)',
  // "twice as likely", "three times as common", "a 2-fold higher risk"
  '(?:twice|thrice|half|(?:\\d+(?:\\.\\d+)?|two|three|four|five|several|many) times) as (?:likely|common|frequent|prevalent|high|low)',
  '(?:\\d+(?:\\.\\d+)?|two|three|four|five)[- ]?(?:fold|times) (?:more|less|higher|lower|greater|increased|decreased|elevated|reduced)',
  // a group has or shows more or less of something: "patients had higher glucose", "showed lower stores"
  '(?:have|has|had|having|show|shows|showed|exhibit(?:s|ed)?|display(?:s|ed)?|experienc(?:e|es|ed)) (?:\\w+ )?(?:higher|lower|greater|more|less|better|worse|fewer|poorer|highest|lowest)',
  '(?:is|are|was|were) (?:the )?(?:better|worse|poorer|highest|lowest|greatest) (?:in|among|than|for)',
  // "infection was lower with the new protocol", "survival was better with surgery"
  '(?:is|are|was|were) (?:\\w+ly )?(?:higher|lower|greater|smaller|better|worse|poorer|more|less) with',
  'trends? (?:toward|towards|to)',
  'independently',
  // "differ" compares whatever it governs, whichever preposition follows ("did not differ in age",
  // "differed by region", "differ with regard to weight")
  'differ(?:s|ed)?',
  '(?:is|are|was|were|be|been|remained|not) (?:\\w+ly )?different(?= (?:between|among|across|from|in|by|for|according))',
  '(?:is|are|was|were|remained) (?:\\w+ly )?comparable(?= (?:between|among|across|in|regardless|irrespective))',
  // co-variation: "risk varied by age", "rose in proportion to", "paralleled by", "connection between"
  'var(?:y|ies|ied|ying) (?:\\w+ )?(?:by|with|according to|across|among|between)',
  'variations? (?:[\\w-]+ ){0,3}(?:by|across|among|between|according to)',
  // a statement of statistical significance is about a relationship in the data ("the trend was
  // significant", "no other variable was significant"), not a noun phrase ("was a significant cause")
  '(?:is|are|was|were|be|been|remained|remains|became) (?:not )?(?:\\w+ly )?(?:non-?|in)?significant(?=\\s*(?:[.,;:)]|$)| (?:in|for|among|at|after|only|across|between|when|with|but|and|even|regardless|irrespective|both|until|on|from|as|whereas|while|except|over|during|compared|than|\\())',
  '(?:in proportion|proportional(?:ly)?) to',
  'paralleled',
  'in parallel with',
  'connect(?:ed|ion|ions) (?:to|with|between)',
  'excess (?:\\w+ )?risks?',
  // the negated comparison "were similar in both groups" (cf. "did not differ between")
  '(?:is|are|was|were|remained) (?:\\w+ )?similar(?= (?:in|between|among|across|regardless|irrespective))',
  // "far below that of controls"
  '(?:below|above) (?:that|those) (?:of|in|among)',
];

/** Comparatives that may compare groups with "in"/"among" as well as "than"/"compared with";
 * the others in COMPARATIVES only count before "than"/"compared with" ("more study is needed
 * in …" is not a comparison). */
export const GROUP_COMPARATIVES: readonly string[] = [
  'higher',
  'lower',
  'greater',
  'larger',
  'smaller',
  'fewer',
  'longer',
  'shorter',
  'poorer',
  'worse',
  'better',
];

/** Comparatives that make a correlational statement when they compare groups
 * ("higher IL-2 levels in ALS", "patients … had lower scores than controls"). */
export const COMPARATIVES: readonly string[] = [
  'higher',
  'lower',
  'greater',
  'larger',
  'smaller',
  'fewer',
  'more',
  'less',
  'longer',
  'shorter',
  'better',
  'worse',
  // the rest of the common comparative adjectives of clinical prose: "poorer outcomes than",
  // "progressed faster than", "were older than controls" ("older than 65" is a quantity: see THAN).
  // Not "stronger"/"weaker": they grade an effect or association ("a stronger effect than"), whose
  // own noun says which kind of relationship it is.
  'poorer',
  'older',
  'younger',
  'earlier',
  'later',
  'faster',
  'slower',
  'heavier',
  'lighter',
  'taller',
  'steeper',
  'wider',
  'narrower',
  'thicker',
  'thinner',
  'richer',
  'milder',
];

/** Hedges and modals that turn a causal claim into a conditional one. Matched as words, not via
 * the tagger (compromise does not tag "may" as #Modal after a number: "IL-2 may reduce"). */
export const HEDGES: readonly string[] = [
  'may',
  'might',
  'could',
  'would',
  'possibl[ey]',
  'potential(?:ly)?',
  'appears?',
  'appeared',
  'appearing',
  'seems?',
  'seemed',
  'likely',
  'probabl[ey]',
  'perhaps',
  'presumabl[ey]',
  'plausibl[ey]',
  'putative(?:ly)?',
  'conceivabl[ey]',
  'tends? to',
  'tended to',
  // not "patients with suspected cancer" (an adjective)
  '(?:is|are|was|were|be|been) suspected',
  'suspected(?= (?:to|that))',
  'hypothe(?:sis|si[sz]ed)',
  'speculat(?:e|ed|ive)',
  'unlikely',
  'tentative(?:ly)?',
  'theoretical(?:ly)?',
  'in theory',
  'maybe',
  'expected to',
  'seemingly',
  'arguably',
  '(?:thought|believed|presumed|assumed) to',
];

/** Words that make a sentence advise, plan or describe rather than claim. */
export const RECOMMENDATIONS: readonly string[] = [
  'should',
  'must',
  'ought to',
  'needs? to',
  'needs? (?:\\w+ )?improvements?',
  '(?:highlights?|supports?|reinforces?|indicates?|underscores?|suggests?|emphasi[sz]es?|shows?|demonstrates?) (?:the|a) (?:\\w+ )?need for',
  'needed',
  'requires?',
  'required',
  'warrant(?:s|ed)?',
  'deserves?',
  'recommend(?:s|ed)?',
  'further (?:\\w+ )?(?:stud(?:y|ies)|research|investigations?|trials?|work|evaluation|analys[ie]s|elucidation|exploration)',
  'future (?:\\w+ )?(?:stud(?:y|ies)|research|investigations?|trials?|work)',
  'ha(?:s|ve) to be (?:\\w+ed|\\w+en)',
  'it is (?:\\w+ )?(?:necessary|essential|important|imperative|crucial|critical|vital|advisable) to',
  'remains? (?:unclear|unknown|to be)',
  // an aim or a method; not "we report/describe", which introduce a finding
  'we (?:aim|aimed|sought|investigated|examined|evaluated|assessed|compared|propose)',
  'the (?:aim|objective|purpose) of',
];

/** Discourse connectives that may open a sentence before its subject ("Thus, reducing X is …",
 * "In conclusion, higher intakes …"). They link the sentence to the text before; the sentence's
 * own grammar starts after them. */
export const CONNECTIVES: readonly string[] = [
  'thus',
  'therefore',
  'hence',
  'however',
  'moreover',
  'furthermore',
  'in addition',
  'additionally',
  'overall',
  'in conclusion',
  'in summary',
  'to conclude',
  'finally',
  'consequently',
  'accordingly',
  'conversely',
  '(?:in|by) contrast',
  'notably',
  'importantly',
  'also',
  'similarly',
  'likewise',
  'taken together',
  'collectively',
  'in particular',
  'specifically',
  'nevertheless',
  'nonetheless',
  'interestingly',
  'in practice',
];

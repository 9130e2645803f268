// Concept lexicon: the ideas a sentence can be about. The engine defines the general ones here (the
// disease, outcomes, study words, immunology); every study- or drug-specific term (a drug and its brand
// names, a gene a study is about, a trial's own name used as a concept) is defined in the claims file of
// that study (`concepts:` in claims/*.yaml) and added when a checker is created, so a new study is one file.
// Claims files refer to concept ids (validated when the database is compiled), rules test for them,
// and matching uses them to decide what a sentence is about.
// Patterns are plain regex sources; `i` flag unless the entry says caseSensitive.

export interface ConceptDef {
  /** Alternatives, each a regex source. */
  patterns: string[];
  /** Acronyms such as ALS clash with ordinary words in other languages ("als" in German). */
  caseSensitive?: boolean;
  /** A treatment (a sentence about one is not about a study of another) or a target a treatment acts on. */
  kind?: 'intervention' | 'target' | 'term';
  /** A treatment of its own even beside a study's target: cell infusions after a study that raised the same
   * cells with a drug are another treatment. */
  exclusive?: boolean;
}

/** Another disease named as a comparison ("an autoimmune disease, like type 1 diabetes") does not make the
 * sentence about that disease. */
const AS_COMPARISON = String.raw`(?<!\b(?:like|such as|similar to|as in|as with|unlike|as happens in)\s+(?:[\w-]+\s+){0,3})`;

export const CONCEPT_DEFS = {
  // Diseases
  als: {
    patterns: [
      '\\bALS\\b',
      '\\bMND\\b',
      '\\b[Aa]myotrophic [Ll]ateral [Ss]clerosis\\b',
      '\\b[Mm]otor[- ]?[Nn]euron(?:e)?s?[- ][Dd]isease\\b',
      "\\bLou Gehrig(?:['’]s)?\\b",
      // Tabloid paraphrases: "the cruel muscle-wasting disease that killed Stephen Hawking"
      '\\b[Mm]uscle[- ]wasting (?:[a-z]+ )?(?:disease|condition|illness)\\b',
      '\\b(?:disease|condition|illness) that (?:killed|affected|struck) (?:Stephen |physicist )?Hawking\\b',
    ],
    caseSensitive: true,
  },
  /** A back-reference to the disease or the cells it kills, without naming it ("the disease", "motor neurons"). */
  'disease-ref': {
    patterns: [
      '\\b(?:the|this|fatal|a|devastating|neurodegenerative) (?:fatal )?(?:disease|condition|disorder|illness)\\b',
      '\\bmotor neurons?\\b',
      '\\bnerve cells?\\b',
      '\\bneurodegenerat\\w*',
    ],
  },
  'other-disease': {
    // Conditions where IL-2, Tregs or immunotherapy are also in the news: a sentence about one of
    // these is not about ALS unless it also says ALS.
    patterns: [
      // "an old cancer drug": where the drug comes from, not a sentence about cancer.
      `${AS_COMPARISON}\\bcancers?\\b(?! (?:drugs?|medicines?|medications?|treatments?|therap\\w*|immunotherap\\w*))`,
      `${AS_COMPARISON}\\btumou?rs?\\b`,
      `${AS_COMPARISON}\\bmelanoma\\b`,
      `${AS_COMPARISON}\\brenal cell\\b`,
      `${AS_COMPARISON}\\bcarcinoma\\b`,
      `${AS_COMPARISON}\\bleuka?emia\\b`,
      `${AS_COMPARISON}\\blymphoma\\b`,
      `${AS_COMPARISON}\\blupus\\b`,
      `${AS_COMPARISON}\\bSLE\\b`,
      `${AS_COMPARISON}\\btype 1 diabetes\\b`,
      `${AS_COMPARISON}\\bT1D\\b`,
      `${AS_COMPARISON}\\bdiabetes\\b`,
      `${AS_COMPARISON}\\btransplant\\w*`,
      `${AS_COMPARISON}\\bgraft[- ]versus[- ]host\\b`,
      `${AS_COMPARISON}\\bGVHD\\b`,
      `${AS_COMPARISON}\\brheumatoid arthritis\\b`,
      `${AS_COMPARISON}\\bmultiple sclerosis\\b`,
      `${AS_COMPARISON}\\bpsoriasis\\b`,
      `${AS_COMPARISON}\\bCrohn`,
      `${AS_COMPARISON}\\bcolitis\\b`,
      `${AS_COMPARISON}\\bAlzheimer(?:['’]s)?\\b`,
      `${AS_COMPARISON}\\bParkinson(?:['’]s)?\\b`,
      `${AS_COMPARISON}\\bHIV\\b`,
      `${AS_COMPARISON}\\bCOVID`,
      `${AS_COMPARISON}\\ballerg\\w*`,
      `${AS_COMPARISON}\\bNobel\\b`,
      `${AS_COMPARISON}\\bfrontotemporal dementia\\b`,
      // Other neurodegenerative diseases where the same drugs are tested (AMX0035 in PSP and Wolfram syndrome).
      `${AS_COMPARISON}\\bprogressive supranuclear palsy\\b`,
      `${AS_COMPARISON}\\bPSP\\b`,
      `${AS_COMPARISON}\\bWolfram syndrome\\b`,
      `${AS_COMPARISON}\\bHuntington(?:['’]s)?\\b`,
      // Other diseases where the same drugs or drug classes are used: edaravone in stroke, antisense drugs in spinal
      // muscular atrophy, riluzole in ataxia.
      `${AS_COMPARISON}\\b(?:isch(?:a)?emic )?strokes?\\b`,
      `${AS_COMPARISON}\\bcerebral infarction\\b`,
      `${AS_COMPARISON}\\bspinal muscular atrophy\\b`,
      `${AS_COMPARISON}\\bSMA\\b`,
      `${AS_COMPARISON}\\b(?:Duchenne|muscular dystrophy)\\b`,
      `${AS_COMPARISON}\\bmyasthenia\\b`,
      `${AS_COMPARISON}\\bGuillain[- ]Barr[ée]\\b`,
      `${AS_COMPARISON}\\bepilep\\w*`,
      `${AS_COMPARISON}\\b(?:spinocerebellar |Friedreich(?:['’]s)? )?ataxias?\\b`,
      `${AS_COMPARISON}\\bspinal and bulbar muscular atrophy\\b`,
      `${AS_COMPARISON}\\bKennedy(?:['’]s)? disease\\b`,
      `${AS_COMPARISON}\\bmyositis\\b`,
    ],
  },
  // Interventions
  treg: {
    kind: 'target',
    patterns: [
      '\\bTregs?\\b',
      '\\bregulatory T[- ]?(?:cells?|lymphocytes?)\\b',
      '\\bT[- ]?regulatory cells?\\b',
      '\\bT[- ]?regs?\\b',
    ],
  },
  'cell-therapy': {
    kind: 'intervention',
    exclusive: true,
    patterns: [
      '\\bcell therap\\w*',
      // "by intravenous infusion", "IV infusions", infusions set against an oral form: how a drug is given, not a
      // cell product.
      '(?<!\\b(?:intravenous|IV|drip|by) |\\b(?:oral|suspension|by mouth)\\b[^.;]{0,80})\\binfusions?\\b(?![^.]{0,80}\\b(?:oral|suspension|by mouth)\\b|\\s+(?:into|in) (?:a|the) vein)',
      '\\binfus(?:e|es|ed|ing)\\b',
      '\\bautologous\\b',
      // "giving people back their own Tregs", "their own regulatory T cells, grown in the lab"
      "\\b(?:their|his|her|patients[’']?|people[’']s) own (?:expanded |lab(?:oratory)?[- ]grown )?(?:Tregs?|regulatory T[- ]?cells?)\\b",
    ],
  },
  // A genetic cause as what a treatment is aimed at ("no approved therapy targets a genetic cause of ALS").
  'genetic-cause': {
    patterns: [
      '\\bgenetic (?:causes?|forms?|roots?|drivers?)\\b',
      '\\bgene-target(?:ed|ing)\\b',
      '\\btargets? (?:a |the )?(?:faulty |mutated |underlying )?genes?\\b',
    ],
  },
  // The inherited form of the disease, as a base or a subject ("familial ALS", "inherited in about 10%").
  familial: {
    patterns: ['\\bfamilial\\b', '\\binherited\\b', '\\bhereditary\\b', '\\bruns? in (?:the )?famil(?:y|ies)\\b'],
  },
  // A trial's selected early population, as a sentence may name it ("early in their disease", "within two years of
  // onset", "a selected group"): a qualifier a claim may require before a result is told of everyone.
  'early-stage': {
    patterns: [
      '\\bearly[- ](?:stage|phase|disease)\\b',
      '\\bearly in (?:their|the) (?:disease|illness)\\b',
      '\\bearlier stages?\\b',
      '\\bwithin two years\\b',
      '\\bselected\\b',
      '\\benriched\\b',
      '\\brecently diagnosed\\b',
    ],
  },
  't-cells': { patterns: ['\\bT[- ]?cells?\\b', '\\bT[- ]?lymphocytes?\\b', '\\bCD4\\+?'] },
  immune: {
    patterns: [
      '\\bimmun\\w*',
      '\\bautoimmun\\w*',
      '\\binflammat\\w*',
      '\\bneuroinflamm\\w*',
      '\\bmicroglia\\w*',
      // "the body's own defences turn on motor neurons"
      "\\b(?:the )?body[’']s (?:own )?defen[cs]es\\b",
    ],
  },
  autoimmune: {
    patterns: [
      '\\bautoimmun\\w*',
      '\\bimmune(?:[- ]system)? attacks?\\b',
      '\\bimmune[- ]system attacks?\\b',
      "\\battacks? (?:its|their|the body[’']s) own\\b",
      // "the body's own defences turn on motor neurons"
      "\\bturn(?:s|ed|ing)? (?:against|on) (?:the )?(?:body[’']s own |its own )?(?:healthy )?(?:motor )?(?:neurons?|nerves?|nerve cells?)\\b",
      '\\bimmune cells?\\b[^.]{0,40}\\battack',
      '\\bimmune involvement\\b',
      '\\b(?:rogue|misguided|self-reactive|autoreactive) (?:T[- ]?cells?|immune cells?)\\b',
      '\\bT[- ]?cells?\\b[^.]{0,30}\\b(?:attack|destroy|kill)',
      // "the lymphocytes attack the motor neurons", "these lymphocytes are the ones that destroy the motor neurons"
      '\\blymphocytes?\\b[^.]{0,40}\\b(?:attack|destroy|kill)\\w*\\s+(?:the\\s+)?(?:motor\\s+)?(?:neurons?|nerves?|nerve cells?)',
      '\\bimmune[- ]mediated\\b',
      '\\bfuell?ed by (?:the )?immune\\b',
    ],
  },
  immunotherapy: {
    patterns: [
      '\\bimmunotherap\\w*',
      '\\bimmune[- ](?:targeted|based|modulating|directed) (?:treatments?|therap\\w*|drugs?|approach\\w*)',
      '\\bimmunomodulat\\w*',
      '\\bimmune[- ]modulating\\b',
      '\\bimmunosuppress\\w*',
      '\\btreatments? (?:that|which) target (?:the )?immun\\w*',
      '\\bimmune (?:approach\\w*|therap\\w*|treatments?|strateg\\w*)',
    ],
  },
  treatment: {
    patterns: ['\\btreatments?\\b', '\\btherap(?:y|ies)\\b', '\\bdrugs?\\b', '\\bmedicines?\\b', '\\bmedications?\\b'],
  },
  /** The narrower populations some trials studied: ALS-like immune syndromes and mimics. */
  'als-mimic': {
    patterns: [
      '\\bimmune[- ]associated\\b',
      '\\bimmune[- ]mediated ALS\\b',
      '\\bmultifocal motor neuropathy\\b',
      '\\bMMN\\b',
      '\\bLewis[- ]Sumner\\b',
      '\\bALS[- ]like\\b',
      '\\bmimics?\\b',
    ],
  },
  // Outcomes and study ideas
  survival: {
    patterns: [
      '\\bsurviv\\w*',
      '\\bdeaths?\\b',
      '\\bmortality\\b',
      '\\bdie[sd]?\\b',
      '\\bdying\\b',
      '\\blifespan\\b',
      '\\balive\\b',
      '\\blive(?:s|d)? longer\\b',
      // "lived years longer", "live long time" (non-native wording)
      '\\blive[sd]? (?:\\w+ ){1,2}longer\\b',
      // "lived, on average, five years longer"
      '\\blive[sd]?,? (?:[\\w,]+ ){1,5}(?:longer|more years)\\b',
      '\\blive[sd]? (?:for )?(?:an? )?long(?:er)? time\\b',
      // "only buys a couple of months", "gives people years"
      '\\b(?:buys?|bought|gives?|gave) (?:patients |people |them |you )?(?:only |just )?(?:\\w+ ){0,3}(?:months|years)\\b(?! (?:ago|later|before|after|earlier))',
      '\\blife[- ]expectancy\\b',
      "\\b(?:extends?|lengthens?|lengthened|lengthening) (?:patients[’']? |the )?li(?:fe|ves)\\b",
      // "prolongs patients' lives", "prolongs the life of all patients"
      "\\bprolong\\w* (?:the |their |(?:\\w+ )?patients[’']? )?li(?:fe|ves)\\b",
      '\\b(?:years|months|weeks) of (?:extra |added |additional )?(?:life|survival)\\b',
      '\\blonger life\\b',
      '\\bsav(?:e|es|ed|ing) (?:the )?li(?:ves|fe)\\b',
      // "saved eight out of ten people who had them": lives saved, counted
      '\\bsav(?:e|es|ed|ing) (?:the lives of )?(?:[\\w-]+ ){1,4}?(?:people|patients|participants)\\b',
      // "buys patients two extra years", "adds a few more months": time gained is survival
      '\\b(?:buys?|bought|adds?|added|gives?|gave|gains?|gained) (?:patients |people |them |you )?(?:about |around |roughly |an? |a few |several |\\w+ ){0,2}(?:extra|more|additional) (?:months|years)\\b',
      // "will add years to the lives of ALS patients", "adds months to their lives"
      '\\b(?:add|adds|added|adding) (?:\\w+ ){0,2}?(?:months|years) to (?:the |their |patients[’\x27] |people[’\x27]s )?li(?:fe|ves)\\b',
    ],
  },
  progression: {
    patterns: [
      '\\bprogression\\b',
      '\\bprogress(?:es|ed|ing)?\\b',
      '\\bdecline\\b',
      '\\bdeteriorat\\w*',
      '\\bslow(?:s|ed|ing)? (?:the )?(?:disease|ALS|MND|decline|loss)',
      '\\bfunctional (?:ability|decline|loss|capacity)\\b',
      '\\bloss of (?:\\w+ )?function\\b',
      '\\bALSFRS(?:-R)?\\b',
      '\\bhalt\\w*',
      '\\b(?:got|get|gets|getting|grew|became|become) worse\\b',
      '\\bworsen\\w*',
      // "what makes ALS speed up", "accelerates the disease"
      '\\b(?:ALS|MND|(?:the|this) (?:disease|illness)|it) (?:to )?speed(?:s|ed|ing)? up\\b',
      '\\baccelerat\\w* (?:the )?(?:disease|ALS|MND|decline|illness)\\b',
    ],
  },
  benefit: {
    patterns: [
      '\\bbenefit\\w*',
      '\\beffective\\w*',
      '\\befficacy\\b',
      '\\bworks?\\b',
      // "it worked in four out of five patients" (not "worked on the study", "worked with")
      '\\bworked\\b(?! (?:on|with|at|for (?:the|a|an) (?:company|team|trial|study)|as|alongside|together)\\b)',
      '\\bimprov\\w*',
      '\\bhelp(?:s|ed)?\\b',
      '\\bpreserv\\w*',
      '\\bslow(?:s|ed|ing)?\\b',
      '\\bextend\\w*',
      '\\breduc\\w*',
      '\\bdelay\\w*',
      '\\bprotect\\w*',
      '\\badvances?\\b(?! (?:ALS|MND|stages?|disease))',
      // "superior to riluzole", "works better than edaravone": a benefit told by comparison
      '\\b(?:superior to|outperform\\w*|(?:better|more effective) than|(?:bigger|greater|larger|stronger) (?:effect|benefit|gain|improvement)s? than)\\b(?! (?:expected|forecast|predicted|anticipated|hoped)\\b)',
      // "reversed the disease", "halts ALS": the disease itself stopped, the strongest benefit claim
      '\\b(?:halt|revers|arrest|stop|stopp)(?:s|es|ed|ing)?\\b(?= (?:the |this |its |their )?(?:disease|illness|ALS|MND|progression|decline|course|symptoms)\\b)',
      // "Radicava beats ALS", "triumphs over the disease": the disease overcome, told as a result
      '\\b(?:beat|beats|beating|defeat|defeats|defeated|conquer|conquers|conquered|triumph(?:s|ed)? over)\\b(?= (?:the |this )?(?:disease|illness|ALS|MND)\\b)',
    ],
  },
  safety: {
    patterns: [
      '\\bsafe(?:ty|ly)?\\b',
      '\\btolerat\\w*',
      '\\bside[- ]effects?\\b',
      '\\badverse (?:events?|effects?|reactions?)\\b',
    ],
  },
  biomarker: {
    patterns: [
      '\\bbiomarkers?\\b',
      '\\bpNF-?H\\b',
      '\\bneurofilament\\w*',
      '\\bNfL\\b',
      '\\bcerebrospinal fluid\\b',
      '\\bCSF\\b',
      '\\bspinal fluid\\b',
      '\\bmarker\\b',
      // "a substance in the blood indicating nerve damage": a marker told in plain words
      '\\b(?:substance|protein|chemical)s? in (?:the )?(?:blood|spinal fluid)\\b',
    ],
  },
  trial: {
    patterns: [
      '\\btrials?\\b',
      '\\bstud(?:y|ies)\\b',
      '\\bresearch\\b',
      '\\bexperiment\\w*',
      '\\bfindings?\\b',
      '\\bresults?\\b',
      '\\bdiscover\\w*',
    ],
  },
  cause: {
    patterns: [
      '\\bcaus\\w*',
      '\\bdriv(?:en|es|e|ing)\\b',
      '\\btrigger\\w*',
      '\\bresponsible for\\b',
      '\\broot cause\\b',
      '\\bfuel(?:s|led|ed)?\\b',
      '\\bunderl(?:ie|ies|ying)\\b',
      '\\bbehind\\b',
      // Doing the damage itself: "T cells kill the motor neurons".
      '\\b(?:kill|destroy|attack)(?:s|ed|ing)?\\b(?: \\w+){0,3}? (?:motor )?(?:neurons?|nerve cells?)\\b',
    ],
  },
  /** What a trial set out to show: "met its primary endpoint", "missed its main goal". */
  endpoint: {
    patterns: ['\\bend-?points?\\b', '\\b(?:primary|main|pre-?specified) (?:[\\w-]+ )?(?:goal|outcome|objective)s?\\b'],
  },
  approval: {
    patterns: [
      '\\bapprov\\w*',
      '\\blicens\\w*',
      '\\bavailable\\b',
      '\\bprescri\\w*',
      '\\bon the market\\b',
      '\\bmarketed\\b',
      '\\brely on\\b',
      '\\breviewing\\b',
      // A regulator's review or authorisation told in other words: "under priority review", "being assessed".
      '\\bunder (?:[\\w-]+ )?(?:review|evaluation|assessment)\\b',
      '\\bbeing (?:reviewed|assessed|evaluated)\\b',
      '\\bauthori[sz]\\w*',
      // "cleared" as a regulator's decision: "the FDA cleared it", "was cleared last September on the strength of …".
      '\\b(?:FDA|EMA|regulators?|agency) (?:[\\w-]+ ){0,2}?cleared\\b|\\b(?:was|were|been|got|be) cleared\\b(?! (?:of|from|out|away|up)\\b)',
      '\\b(?:verdict|green light)\\b',
      '\\bfiled for\\b',
      '\\b(?:regulatory )?decision\\b',
      '\\b(?:drug |marketing |new drug )?applications?\\b',
      '\\bPDUFA\\b',
      '\\binvestigational\\b',
      '\\btreatments? (?:like|such as|include)\\b',
      '\\bnewer drug\\b',
      '\\bstandard (?:therapy|treatment|care)\\b',
    ],
  },
  withdrawal: {
    patterns: [
      '\\bwithdr[ae]w\\w*',
      '\\bpulled\\b',
      '\\bpull(?:s|ing)? (?:[\\w-]+ ){1,3}?(?:from|off) (?:the )?markets?\\b',
      '\\bremoved from (?:the )?market\\b',
      '\\bdiscontinu\\w*',
      '\\bno longer\\b',
      '\\bfailed\\b',
      // A confirmatory trial's failure told in other words.
      '\\bmissed (?:its|the|their) (?:main |primary |main clinical |clinical )?(?:endpoint|goal|target)s?\\b',
      '\\bnegative (?:top-?line |phase 3 )?(?:results?|data|outcome|readout)\\b',
      '\\bdid not (?:meet|confirm)\\b',
    ],
  },
  cure: { patterns: ['\\bcur(?:e|es|ed|ing)\\b', '\\bcurative\\b'] },
  /** Hype about a result: a sentence calling a study's result a breakthrough claims it works. */
  hype: {
    patterns: [
      '\\bbreakthroughs?\\b',
      '\\bground[- ]?breaking\\b',
      '\\bgame[- ]?chang\\w*',
      '\\bmiracle\\b',
      '\\bmiraculous\\b',
      '\\brevolutionary\\b',
      '\\bholy grail\\b',
      // "solves a decades-old mystery", "the mystery is solved", "cracked the code"
      '\\bsolv(?:es|ed|ing) (?:the|an?) (?:[\\w-]+ ){0,2}?(?:mystery|riddle|puzzle)\\b',
      '\\b(?:mystery|riddle|puzzle) (?:is |has been )?solved\\b',
      '\\bcracked the (?:code|case)\\b',
      // "has finally found what causes ALS", "unmasks the culprit": the discovery told as the answer at last
      // (sensational.ts decides whether what was found is what matters).
      '\\bfinally (?:discovered|found|solved|cracked|uncovered|identified|pinpointed)\\b',
      '\\bunmask(?:s|ed|ing)? the (?:cause|culprit)\\b',
    ],
  },
  epidemiology: {
    patterns: [
      '\\bprevalence\\b',
      '\\bincidence\\b',
      '\\bpeople (?:living )?with (?:ALS|MND)\\b',
      // "100,000 Americans are living with ALS", "30,000 people in the US have ALS": a count of those who have it
      '\\b\\d{1,3}(?:,\\d{3})+\\s+(?:[\\w-]+\\s+){0,3}?(?:are |is )?(?:living with|live with|have|has|with) (?:ALS|MND)\\b',
      '\\baffect(?:s|ing)? (?:around |about |some |roughly )?[\\d,.]+',
      '\\byears? after (?:diagnosis|onset)\\b',
      '\\bmedian survival\\b',
      '\\blive(?:s)? longer than\\b',
      '\\bsurvive\\b',
    ],
  },
  mouse: {
    patterns: [
      '\\b(?:mice|mouse)\\b',
      '\\bmurine\\b',
      '\\brats?\\b',
      '\\brodents?\\b',
      '\\banimals?\\b',
      '\\banimal models?\\b',
      '\\blab(?:oratory)? models?\\b',
      '\\bin vitro\\b',
      '\\bcell cultures?\\b',
      // Not cells made there for a patient: "their own T cells, grown up in the lab" is a cell therapy's manufacture.
      '(?<!\\b(?:grown|up|expanded|multiplied|made|manufactured|cultured|produced|engineered|prepared|modified|boosted)\\s)\\bin the (?:lab|dish)\\b',
      '\\btransgenic\\b',
    ],
  },
} as const satisfies Record<string, ConceptDef>;

/** A concept id: one of the general ones above, or one a claims file defines. */
export type Concept = string;
export type GeneralConcept = keyof typeof CONCEPT_DEFS;
export const GENERAL_CONCEPTS = Object.keys(CONCEPT_DEFS) as [GeneralConcept, ...GeneralConcept[]];

/** A concept defined (or extended) by a claims file. */
export interface VocabularyEntry extends ConceptDef {
  id: string;
}

interface Lexicon {
  defs: Map<Concept, ConceptDef>;
  compiled: Map<Concept, RegExp>;
  /** Changes whenever the lexicon does: caches built from it (cue regexes) compare it. */
  version: number;
}

function compile(defs: Map<Concept, ConceptDef>, version: number): Lexicon {
  const compiled = new Map<Concept, RegExp>();
  for (const [id, def] of defs) compiled.set(id, new RegExp(def.patterns.join('|'), def.caseSensitive ? 'g' : 'gi'));
  return { defs, compiled, version };
}

let lexicon: Lexicon = compile(new Map(Object.entries(CONCEPT_DEFS) as [Concept, ConceptDef][]), 0);
let applied: readonly VocabularyEntry[] | undefined;

/** Adds the claims database's vocabulary: new concepts, or more patterns for a general one (a trial name
 * that means its drug failed extends `withdrawal`). Idempotent for the same list. */
export function useVocabulary(entries: readonly VocabularyEntry[]): void {
  if (applied === entries) return;
  const defs = new Map(Object.entries(CONCEPT_DEFS) as [Concept, ConceptDef][]);
  for (const e of entries) {
    const base = defs.get(e.id);
    if (base) defs.set(e.id, { ...base, patterns: [...base.patterns, ...e.patterns] });
    else defs.set(e.id, { patterns: e.patterns, caseSensitive: e.caseSensitive, kind: e.kind, exclusive: e.exclusive });
  }
  applied = entries;
  lexicon = compile(defs, lexicon.version + 1);
}

/** The lexicon's version, for caches built from it. */
export const lexiconVersion = () => lexicon.version;

export function isConcept(id: string): boolean {
  return lexicon.defs.has(id);
}

/** Concepts of a kind: the treatments (and the targets they act on) the database knows. Kept per lexicon,
 * since linking asks for every sentence. */
const byKind = new Map<string, Concept[]>();
let byKindFor = -1;

export function conceptsOfKind(...kinds: NonNullable<ConceptDef['kind']>[]): Concept[] {
  if (byKindFor !== lexicon.version) {
    byKind.clear();
    byKindFor = lexicon.version;
  }
  const key = kinds.join(' ');
  let out = byKind.get(key);
  if (!out) byKind.set(key, (out = [...lexicon.defs].filter(([, d]) => d.kind && kinds.includes(d.kind)).map(([id]) => id)));
  return out;
}

export function conceptDef(id: Concept): ConceptDef | undefined {
  return lexicon.defs.get(id);
}

export function conceptRegex(id: Concept): RegExp {
  const re = lexicon.compiled.get(id);
  if (!re) throw new Error(`unknown concept "${id}"`);
  return re;
}

/** Does the text mention the concept? (An unknown concept is never mentioned.) */
export function mentions(text: string, id: Concept): boolean {
  const re = lexicon.compiled.get(id);
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

/** Every concept the text mentions. */
export function conceptsIn(text: string): Set<Concept> {
  const found = new Set<Concept>();
  for (const [id, re] of lexicon.compiled) {
    re.lastIndex = 0;
    if (re.test(text)) found.add(id);
  }
  return found;
}

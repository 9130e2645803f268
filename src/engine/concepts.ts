// Concept lexicon: the named things and ideas a sentence can be about.
// Claims files refer to these ids (validated by the schema), rules test for them,
// and matching uses them to decide what a sentence is about.
// Patterns are plain regex sources; `i` flag unless the entry says caseSensitive.

export interface ConceptDef {
  /** Alternatives, each a regex source. */
  patterns: string[];
  /** Acronyms such as ALS clash with ordinary words in other languages ("als" in German). */
  caseSensitive?: boolean;
}

export const CONCEPT_DEFS = {
  // Diseases
  als: {
    patterns: [
      '\\bALS\\b',
      '\\bMND\\b',
      '\\b[Aa]myotrophic [Ll]ateral [Ss]clerosis\\b',
      '\\b[Mm]otor[- ]?[Nn]euron(?:e)?s?[- ][Dd]isease\\b',
      "\\bLou Gehrig(?:['’]s)?\\b",
    ],
    caseSensitive: true,
  },
  /** A back-reference to the disease or the cells it kills, without naming it ("the disease", "motor neurons"). */
  'disease-ref': {
    patterns: [
      '\\b(?:the|this|fatal|a|devastating|neurodegenerative) (?:fatal )?(?:disease|condition|disorder|illness)\\b',
      '\\bmotor neurons?\\b', '\\bnerve cells?\\b', '\\bneurodegenerat\\w*',
    ],
  },
  'other-disease': {
    // Conditions where IL-2, Tregs or immunotherapy are also in the news: a sentence about one of
    // these is not about ALS unless it also says ALS.
    patterns: [
      '\\bcancers?\\b', '\\btumou?rs?\\b', '\\bmelanoma\\b', '\\brenal cell\\b', '\\bcarcinoma\\b', '\\bleuka?emia\\b', '\\blymphoma\\b',
      '\\blupus\\b', '\\bSLE\\b', '\\btype 1 diabetes\\b', '\\bT1D\\b', '\\bdiabetes\\b', '\\btransplant\\w*',
      '\\bgraft[- ]versus[- ]host\\b', '\\bGVHD\\b', '\\brheumatoid arthritis\\b', '\\bmultiple sclerosis\\b',
      '\\bpsoriasis\\b', '\\bCrohn', '\\bcolitis\\b', "\\bAlzheimer(?:['’]s)?\\b", "\\bParkinson(?:['’]s)?\\b",
      '\\bHIV\\b', '\\bCOVID', '\\ballerg\\w*', '\\bNobel\\b', '\\bfrontotemporal dementia\\b',
    ],
  },
  // Interventions
  il2: {
    patterns: [
      '\\bIL-?2\\b', '\\binterleukin[- ]?2\\b', '\\baldesleukin\\b', '\\bIL-?2LD\\b', '\\bLD-?IL-?2\\b',
      '\\bProleukin\\b', '\\bILT-?101\\b',
    ],
  },
  treg: {
    patterns: ['\\bTregs?\\b', '\\bregulatory T[- ]?(?:cells?|lymphocytes?)\\b', '\\bT[- ]?regulatory cells?\\b', '\\bT[- ]?regs?\\b'],
  },
  'cell-therapy': {
    patterns: [
      '\\bcell therap\\w*', '\\binfusions?\\b', '\\binfus(?:e|es|ed|ing)\\b', '\\bautologous\\b', '\\bRAPA-?501\\b',
      // "giving people back their own Tregs", "their own regulatory T cells, grown in the lab"
      '\\b(?:their|his|her|patients[’\']?|people[’\']s) own (?:expanded |lab(?:oratory)?[- ]grown )?(?:Tregs?|regulatory T[- ]?cells?)\\b',
    ],
  },
  't-cells': { patterns: ['\\bT[- ]?cells?\\b', '\\bT[- ]?lymphocytes?\\b', '\\bCD4\\+?'] },
  c9orf72: { patterns: ['\\bC9orf72\\b', '\\bC9\\b'] },
  immune: {
    patterns: ['\\bimmun\\w*', '\\bautoimmun\\w*', '\\binflammat\\w*', '\\bneuroinflamm\\w*', '\\bmicroglia\\w*'],
  },
  autoimmune: {
    patterns: [
      '\\bautoimmun\\w*',
      '\\bimmune(?:[- ]system)? attacks?\\b', '\\bimmune[- ]system attacks?\\b',
      '\\battacks? (?:its|their|the body[’\']s) own\\b', '\\bimmune cells?\\b[^.]{0,40}\\battack',
      '\\bimmune involvement\\b', '\\b(?:rogue|misguided|self-reactive|autoreactive) (?:T[- ]?cells?|immune cells?)\\b',
      '\\bT[- ]?cells?\\b[^.]{0,30}\\battack', '\\bimmune[- ]mediated\\b', '\\bfuell?ed by (?:the )?immune\\b',
    ],
  },
  immunotherapy: {
    patterns: [
      '\\bimmunotherap\\w*', '\\bimmune[- ](?:targeted|based|modulating|directed) (?:treatments?|therap\\w*|drugs?|approach\\w*)',
      '\\bimmunomodulat\\w*', '\\bimmune[- ]modulating\\b', '\\bimmunosuppress\\w*',
      '\\btreatments? (?:that|which) target (?:the )?immun\\w*',
      '\\bimmune (?:approach\\w*|therap\\w*|treatments?|strateg\\w*)',
    ],
  },
  riluzole: { patterns: ['\\briluzole\\b', '\\bRilutek\\b'] },
  edaravone: { patterns: ['\\bedaravone\\b', '\\bRadicava\\b', '\\bRadicut\\b'] },
  amx0035: {
    patterns: ['\\bAMX0035\\b', '\\bRelyvrio\\b', '\\bAlbrioza\\b', '\\bsodium phenylbutyrate\\b', '\\btaurursodiol\\b', '\\bAmylyx\\b'],
  },
  tofersen: { patterns: ['\\btofersen\\b', '\\bQalsody\\b'] },
  sod1: { patterns: ['\\bSOD1\\b'] },
  treatment: { patterns: ['\\btreatments?\\b', '\\btherap(?:y|ies)\\b', '\\bdrugs?\\b', '\\bmedicines?\\b', '\\bmedications?\\b'] },
  /** The narrower populations some trials studied: ALS-like immune syndromes and mimics. */
  'als-mimic': {
    patterns: [
      '\\bimmune[- ]associated\\b', '\\bimmune[- ]mediated ALS\\b', '\\bmultifocal motor neuropathy\\b', '\\bMMN\\b',
      '\\bLewis[- ]Sumner\\b', '\\bALS[- ]like\\b', '\\bmimics?\\b',
    ],
  },
  // Outcomes and study ideas
  survival: {
    patterns: [
      '\\bsurviv\\w*', '\\bdeaths?\\b', '\\bmortality\\b', '\\bdie[sd]?\\b', '\\bdying\\b', '\\blifespan\\b',
      '\\balive\\b', '\\blive(?:s|d)? longer\\b', '\\blife[- ]expectancy\\b', '\\bextends? (?:patients[’\']? )?li(?:fe|ves)\\b', '\\byears of life\\b', '\\bsav(?:e|es|ed|ing) (?:the )?lives\\b',
    ],
  },
  progression: {
    patterns: [
      '\\bprogression\\b', '\\bprogress(?:es|ed|ing)?\\b', '\\bdecline\\b', '\\bdeteriorat\\w*', '\\bslow(?:s|ed|ing)? (?:the )?(?:disease|ALS|MND|decline|loss)',
      '\\bfunctional (?:ability|decline|loss|capacity)\\b', '\\bloss of (?:\\w+ )?function\\b', '\\bALSFRS(?:-R)?\\b', '\\bhalt\\w*',
      '\\b(?:got|get|gets|getting|grew|became|become) worse\\b', '\\bworsen\\w*',
    ],
  },
  benefit: {
    patterns: [
      '\\bbenefit\\w*', '\\beffective\\w*', '\\befficacy\\b', '\\bworks?\\b', '\\bimprov\\w*', '\\bhelp(?:s|ed)?\\b',
      '\\bpreserv\\w*', '\\bslow(?:s|ed|ing)?\\b', '\\bextend\\w*', '\\breduc\\w*', '\\bdelay\\w*', '\\bprotect\\w*',
      '\\badvances?\\b(?! (?:ALS|MND|stages?|disease))',
    ],
  },
  safety: { patterns: ['\\bsafe(?:ty|ly)?\\b', '\\btolerat\\w*', '\\bside[- ]effects?\\b', '\\badverse (?:events?|effects?|reactions?)\\b'] },
  biomarker: {
    patterns: ['\\bbiomarkers?\\b', '\\bpNF-?H\\b', '\\bneurofilament\\w*', '\\bNfL\\b', '\\bcerebrospinal fluid\\b', '\\bCSF\\b', '\\bspinal fluid\\b', '\\bmarker\\b'],
  },
  trial: {
    patterns: ['\\btrials?\\b', '\\bstud(?:y|ies)\\b', '\\bresearch\\b', '\\bexperiment\\w*', '\\bfindings?\\b', '\\bresults?\\b', '\\bdiscover\\w*'],
  },
  cause: {
    patterns: [
      '\\bcaus\\w*', '\\bdriv(?:en|es|e|ing)\\b', '\\btrigger\\w*', '\\bresponsible for\\b', '\\broot cause\\b',
      '\\bfuel(?:s|led|ed)?\\b', '\\bunderl(?:ie|ies|ying)\\b', '\\bbehind\\b',
      // Doing the damage itself: "T cells kill the motor neurons".
      '\\b(?:kill|destroy|attack)(?:s|ed|ing)?\\b(?: \\w+){0,3}? (?:motor )?(?:neurons?|nerve cells?)\\b',
    ],
  },
  /** What a trial set out to show: "met its primary endpoint", "missed its main goal". */
  endpoint: { patterns: ['\\bend-?points?\\b', '\\b(?:primary|main|pre-?specified) (?:[\\w-]+ )?(?:goal|outcome|objective)s?\\b'] },
  approval: {
    patterns: [
      '\\bapprov\\w*', '\\blicens\\w*', '\\bavailable\\b', '\\bprescri\\w*', '\\bon the market\\b', '\\bmarketed\\b',
      '\\brely on\\b', '\\btreatments? (?:like|such as|include)\\b', '\\bnewer drug\\b', '\\bstandard (?:therapy|treatment|care)\\b',
    ],
  },
  withdrawal: {
    patterns: ['\\bwithdr[ae]w\\w*', '\\bpulled\\b', '\\bremoved from (?:the )?market\\b', '\\bdiscontinu\\w*', '\\bno longer\\b', '\\bfailed\\b', '\\bPHOENIX\\b'],
  },
  cure: { patterns: ['\\bcur(?:e|es|ed|ing)\\b', '\\bcurative\\b'] },
  epidemiology: {
    patterns: [
      '\\bprevalence\\b', '\\bincidence\\b', '\\bpeople (?:living )?with (?:ALS|MND)\\b', '\\baffect(?:s|ing)? (?:around |about |some |roughly )?[\\d,.]+',
      '\\byears? after (?:diagnosis|onset)\\b', '\\bmedian survival\\b', '\\blive(?:s)? longer than\\b', '\\bsurvive\\b',
    ],
  },
  mouse: {
    patterns: [
      '\\b(?:mice|mouse)\\b', '\\bmurine\\b', '\\brats?\\b', '\\brodents?\\b', '\\banimals?\\b', '\\banimal models?\\b',
      '\\blab(?:oratory)? models?\\b', '\\bin vitro\\b', '\\bcell cultures?\\b', '\\bin the (?:lab|dish)\\b', '\\bSOD1-G93A\\b', '\\btransgenic\\b',
    ],
  },
} as const satisfies Record<string, ConceptDef>;

export type Concept = keyof typeof CONCEPT_DEFS;
export const CONCEPTS = Object.keys(CONCEPT_DEFS) as [Concept, ...Concept[]];

const COMPILED = new Map<Concept, RegExp>(
  CONCEPTS.map((id) => {
    const def: ConceptDef = CONCEPT_DEFS[id];
    return [id, new RegExp(def.patterns.join('|'), def.caseSensitive ? 'g' : 'gi')];
  }),
);

export function conceptRegex(id: Concept): RegExp {
  return COMPILED.get(id)!;
}

/** Does the text mention the concept? */
export function mentions(text: string, id: Concept): boolean {
  const re = conceptRegex(id);
  re.lastIndex = 0;
  return re.test(text);
}

/** Every concept the text mentions. */
export function conceptsIn(text: string): Set<Concept> {
  const found = new Set<Concept>();
  for (const id of CONCEPTS) if (mentions(text, id)) found.add(id);
  return found;
}

// Schema of one claims file (claims/<source-id>.yaml): one primary source and the claims it decides.
// Validated when the database is compiled (npm run claims, before build and tests).
import { z } from 'zod';
import { REASON_CODES, REASON_VERDICT, VERDICTS } from '../engine/verdicts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
/** Where a fact was read: a URL, or "PubMed record PMID n", "registry record", ... */
const where = nonEmpty;

/** A concept id: a general one (src/engine/concepts.ts) or one a claims file defines under `concepts`;
 * that every id used is defined is checked across files when the database is loaded. */
export const ConceptId = z.string().regex(/^[a-z0-9-]+$/, 'must be a concept id (lower-case kebab-case)');

/** A study- or drug-specific term this file defines (or adds patterns to a general concept with the same id). */
export const VocabularyEntry = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case kebab-case'),
    /** Alternatives, each a regex source ("\\briluzole\\b"). */
    patterns: z.array(nonEmpty).min(1, 'needs at least one pattern'),
    caseSensitive: z.boolean().optional(),
    kind: z.enum(['intervention', 'target', 'term']).optional(),
    exclusive: z.boolean().optional(),
    /** Naming it puts a page in scope on its own (a drug used only in ALS), for the content script's prefilter. */
    scope: z.boolean().optional(),
  })
  .refine(
    (v) =>
      v.patterns.every((p) => {
        try {
          new RegExp(p);
          return true;
        } catch {
          return false;
        }
      }),
    { message: 'every pattern must be a valid regular expression', path: ['patterns'] },
  );
export const ReasonCodeSchema = z.enum(REASON_CODES);

/** A number with its provenance. Unverified numbers may be shown as "reported", never decide a verdict. */
export const NumberFact = z.strictObject({
  value: z.number(),
  verified: z.boolean(),
  source: where,
  note: z.string().optional(),
});

export const Identifiers = z.strictObject({
  registry: z.array(z.string().regex(/^NCT\d{8}$/, 'must be an NCT number such as NCT03039673')).default([]),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI such as 10.1016/S0140-6736(25)00262-4')
    .optional(),
  pmid: z
    .string()
    .regex(/^\d{6,9}$/, 'must be digits only')
    .optional(),
  pmcid: z
    .string()
    .regex(/^PMC\d+$/, 'must look like PMC1234567')
    .optional(),
  /** Set when an identifier could not be confirmed: it is still listed but marked. */
  unverified: z.array(z.enum(['doi', 'pmid', 'pmcid', 'registry'])).default([]),
});

export const Design = z.strictObject({
  type: z.enum([
    'randomised-controlled-trial',
    'single-arm-trial',
    'observational',
    'laboratory',
    'animal',
    'meta-analysis',
    'regulatory',
    'registry-cohort',
  ]),
  phase: z.enum(['1', '1/2', '2', '2a', '2b', '2/3', '3', '4']).optional(),
  randomised: z.boolean(),
  blinded: z.enum(['none', 'single', 'double', 'triple']).optional(),
  control: z.enum(['placebo', 'active', 'none', 'healthy-controls', 'historical']),
  /** Number studied (randomised, or enrolled where nothing was randomised). */
  n: NumberFact.optional(),
  /** The registry record's total enrolment when it counts more than were randomised (people who entered a
   * run-in, say): "enrolled 304" is then the registry's figure, not a wrong count; "304 were randomised" is. */
  registryEnrollment: NumberFact.optional(),
  arms: z.array(nonEmpty).default([]),
  /** How the treatment was given, for rules/dose-facts.ts: the amounts per dose in `unit`, the schedule in words,
   * whether it came in cycles (not every day throughout) and whether it was a low dose of a drug used higher
   * elsewhere. */
  dosing: z
    .strictObject({
      amounts: z.array(z.number()).min(1),
      unit: nonEmpty,
      schedule: nonEmpty,
      cycles: z.boolean().default(false),
      low: z.boolean().default(false),
      verified: z.boolean(),
      source: where,
    })
    .optional(),
  /** How the drug reaches the body, in every form the study or its drug's approvals used (rules/dose-facts.ts):
   * "a daily pill" for a drug injected into the spinal fluid misreports it. */
  routes: z
    .strictObject({
      values: z.array(z.enum(['oral', 'intravenous', 'subcutaneous', 'intrathecal'])).min(1),
      verified: z.boolean(),
      source: where,
    })
    .optional(),
  /** The stage of disease the study enrolled, where its entry criteria restrict it ('early': within two years
   * of onset, breathing largely intact): "advanced ALS" said of its participants misreports it (rules/stage-facts.ts). */
  stage: z.strictObject({ value: z.enum(['early']), criteria: nonEmpty, verified: z.boolean(), source: where }).optional(),
  duration: z.string().optional(),
  /** Every span the study's record gives, in weeks (run-in, treatment, follow-up, the whole study as registered), with
   * a reader's summary (rules/duration-facts.ts): "patients stayed on it for five years" for an 18-month trial
   * misreports it. `openEnded`: an extension of unrecorded length followed, so only a span shorter than all is wrong. */
  timeframes: z
    .strictObject({
      weeks: z.array(z.number().positive()).min(1),
      /** The treatment period alone, in weeks: a span told of the dosing ("2 MIU … for two years") is judged against it. */
      treatmentWeeks: z.number().positive().optional(),
      summary: nonEmpty,
      openEnded: z.boolean().default(false),
      verified: z.boolean(),
      source: where,
    })
    .optional(),
  /** Who could take part, as the record gives it (rules/eligibility-facts.ts): ages, and the longest time since the
   * first symptoms (or diagnosis, as the record words it) allowed. "Open to anyone aged 18 to 85" for an 18–70 trial
   * misreports it. */
  eligibility: z
    .strictObject({
      minAge: z.number().int().positive().optional(),
      /** The oldest age allowed (inclusive). */
      maxAge: z.number().int().positive().optional(),
      maxDiseaseMonths: z.number().positive().optional(),
      summary: nonEmpty,
      verified: z.boolean(),
      source: where,
    })
    .optional(),
  /** Where a trial's benefit was clearest among the groups it reported separately (rules/group-benefit.ts): `clearest`
   * patterns name that group, `weaker` patterns the groups where it was smaller or absent. "The benefit came entirely
   * from limb-onset patients" misreports a trial whose benefit was clearest in bulbar-onset disease. */
  benefitByGroup: z
    .strictObject({
      clearest: z.array(nonEmpty).min(1),
      weaker: z.array(nonEmpty).min(1),
      summary: nonEmpty,
      verified: z.boolean(),
      source: where,
    })
    .optional(),
  /** Who paid for the study (rules/funding-facts.ts): `funders` patterns name the funders; `involved` names partners
   * that took part and may also have paid (a sentence naming one of them is not judged). "Funded by the US National
   * Institutes of Health" for an EU-funded trial misreports it. */
  funding: z
    .strictObject({
      funders: z.array(nonEmpty).min(1),
      involved: z.array(nonEmpty).default([]),
      summary: nonEmpty,
      verified: z.boolean(),
      source: where,
    })
    .optional(),
  /** Which immune cells responded in a laboratory study (rules/cell-facts.ts): `wrong` patterns name the cells it was
   * not ("the reacting cells were CD8 killer T cells" for a CD4 response). */
  respondingCells: z
    .strictObject({ wrong: z.array(nonEmpty).min(1), summary: nonEmpty, verified: z.boolean(), source: where })
    .optional(),
  /** What a laboratory study's immune cells did not preferentially target (rules/cell-facts.ts): "they also went after
   * TDP-43 and SOD1" for a response specific to C9orf72. */
  notTargeted: z
    .strictObject({ patterns: z.array(nonEmpty).min(1), summary: nonEmpty, verified: z.boolean(), source: where })
    .optional(),
  /** The study did not measure or show longer survival (rules/deaths-facts.ts, checkSurvivalShown): "edaravone has been shown to extend
   * survival" misreports a 24-week trial of function. */
  survivalNotShown: z.strictObject({ note: nonEmpty, verified: z.boolean(), source: where }).optional(),
  /** How many participants died during the study, where the record gives it (rules/deaths-facts.ts): "three patients
   * died on aldesleukin in IMODALS" misreports a trial in which all were alive at the end. */
  deaths: z.strictObject({ value: z.number().int().nonnegative(), verified: z.boolean(), source: where }).optional(),
  /** Countries where participants were recruited; used to catch wrong places. */
  countries: z.array(nonEmpty).optional(),
  /** Where the record says the study also recruited without naming the countries ("Europe", for PHOENIX's sites in
   * the US and Europe): `countries` is then incomplete, so only "all in the US" is judged, not a country named. */
  recruitedBeyond: z.strictObject({ region: nonEmpty, verified: z.boolean(), source: where }).optional(),
  /** Countries of the consortium's partners (funders, labs, sponsors) where they differ from the recruiting
   * countries: a sentence naming these as trial countries is still wrong about where patients were treated. */
  partnerCountries: z.array(nonEmpty).optional(),
  sites: z.string().optional(),
  /** How participants were split between the drug (all active arms together) and placebo, as a ratio
   * (rules/allocation-facts.ts): "half of whom got a placebo" for a trial randomised 2:1. `note` gives the counts. */
  allocation: z
    .strictObject({
      drug: z.number().int().positive(),
      placebo: z.number().int().positive(),
      /** How many arms, placebo included (1:1:1 is three). */
      arms: z.number().int().min(2).default(2),
      note: nonEmpty.optional(),
      verified: z.boolean(),
      source: where,
    })
    .optional(),
  /** How many centres recruited (rules/centres-facts.ts): "run at 12 hospitals across France" for a single-centre
   * trial. `approximate` counts ("about 65 sites") are judged only when told as a single centre. */
  centres: z
    .strictObject({
      value: z.number().int().positive(),
      approximate: z.boolean().default(false),
      verified: z.boolean(),
      source: where,
    })
    .optional(),
  population: nonEmpty,
  /** True when the study found an association only, with no intervention tested. */
  associationOnly: z.boolean().default(false),
});

export const Result = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case kebab-case'),
  population: z.enum(['whole', 'subgroup', 'adjusted', 'animal', 'in-vitro', 'extension', 'per-patient']),
  summary: nonEmpty,
  /** The result records serious adverse events in treated participants: "no serious side effects" is wrong
   * (src/engine/rules/safety-facts.ts). */
  seriousHarms: z.boolean().optional(),
  verified: z.boolean(),
  source: where,
});

/** Regulatory regions the engine can recognise in a sentence (src/engine/rules/regions.ts). */
export const REGIONS = ['US', 'EU', 'Canada', 'Japan', 'UK'] as const;

/** Jurisdictions a dated event can name beyond REGIONS: Europe is not the EU (Switzerland has its own regulator).
 * Kept out of REGIONS so the engine's per-region tables need no new entries yet. (The UK, with its own regulator
 * since 2021, holds approval records since session 19: "the MHRA is still reviewing tofersen" is judged.) */
export const EVENT_REGIONS = [...REGIONS, 'Switzerland'] as const;

/** How an approval was granted, where the regulator says so. */
export const APPROVAL_PATHWAYS = ['full', 'accelerated', 'conditional', 'exceptional-circumstances'] as const;

/** The state of a drug in one jurisdiction. Only verified records decide a verdict. */
export const Approval = z.strictObject({
  region: z.enum(REGIONS),
  state: z.enum([
    'approved',
    'accelerated-approval',
    'application-withdrawn',
    'not-approved',
    'market-withdrawn',
    'negative-opinion',
  ]),
  date: isoDate.optional(),
  /** What the approval rested on ("plasma neurofilament light reduction"). */
  basis: z.string().optional(),
  /** The disease the record is about when it is not ALS (a drug licensed for cancer is "not approved for ALS"). */
  indication: z.string().optional(),
  /** Full, accelerated, conditional or under exceptional circumstances, as the regulator words it. */
  pathway: z.enum(APPROVAL_PATHWAYS).optional(),
  verified: z.boolean(),
  source: where,
});

/** A dated change in a study's or drug's status, for "Since this was published (Month YYYY): ...". */
export const StatusEvent = z.strictObject({
  date: isoDate,
  /** A few plain words: "FDA granted accelerated approval". */
  what: nonEmpty,
  kind: z.enum(['approved', 'withdrawn', 'results', 'published', 'started', 'completed', 'negative-opinion', 'other']),
  region: z.enum(EVENT_REGIONS).optional(),
  /** The disease, when the event is not about ALS (e.g. a cancer licence). */
  indication: z.string().optional(),
  /** For an approval: the phase of the trial evidence it rested on ("2": Relyvrio's US approval on CENTAUR). */
  basisPhase: z.enum(['1', '2', '3']).optional(),
  /** For an approval: how many trials showing a benefit it rested on (edaravone's US approval: one; an earlier
   * phase 3 had failed). */
  basisTrials: z.number().int().positive().optional(),
  /** For an approval: full, accelerated, conditional or under exceptional circumstances (Relyvrio's US one: full). */
  pathway: z.enum(APPROVAL_PATHWAYS).optional(),
  verified: z.boolean(),
  source: where,
});

export const Status = z.strictObject({
  state: z.enum(['recruiting', 'ongoing', 'completed', 'unknown', 'published', 'approved', 'withdrawn', 'terminated', 'failed']),
  dates: z.record(z.string(), isoDate).default({}),
  /** Per-jurisdiction regulatory status, for drugs. */
  approvals: z.array(Approval).default([]),
  /** Advisory-committee votes (rules/advisory-votes.ts): the question as a reader would put it ("clinical
   * effectiveness", "the fall in neurofilament is reasonably likely to predict benefit"), the result, the count. */
  advisory: z
    .array(
      z.strictObject({
        question: nonEmpty,
        result: z.enum(['for', 'against']),
        votes: z.string().optional(),
        date: isoDate.optional(),
        verified: z.boolean(),
        source: where,
      }),
    )
    .optional(),
  /** Dated events, oldest first, where `dates` and `approvals` cannot say what happened. */
  events: z.array(StatusEvent).default([]),
  /** Studies recorded in this file that had reported no results as of `asOf` (empty `names`: the study
   * itself). A sentence telling of their results misreports them. */
  noResultsYet: z
    .strictObject({ names: z.array(nonEmpty).default([]), asOf: isoDate, verified: z.boolean(), source: where })
    .optional(),
  /** The furthest phase any trial of this treatment had reached in ALS as of `asOf` ("2b": no phase 3 of low-dose IL-2
   * registered by May 2025). A sentence telling of a later phase as under way or done misreports it
   * (rules/furthest-phase.ts). `treatment` names it in the explanation. */
  furthestPhase: z
    .strictObject({
      phase: z.enum(['1', '1/2', '2', '2a', '2b', '2/3', '3']),
      treatment: nonEmpty,
      asOf: isoDate,
      verified: z.boolean(),
      source: where,
    })
    .optional(),
  note: z.string().optional(),
  source: where,
});

export const WrongReading = z
  .strictObject({
    reason: ReasonCodeSchema,
    verdict: z.enum(VERDICTS).exclude(['supported']),
    /** What the wrong reading says, in our words. */
    description: nonEmpty,
    /** A real example of it (quoted from coverage), where one is known. */
    example: z.string().optional(),
    exampleSource: z.string().optional(),
    /** An accurate sentence a journalist could use instead, with verified numbers only. */
    suggestion: z.string().optional(),
    /** Whole sentences (our own wording) that must fire this reason on this source: tests/unit/claims-examples.test.ts. */
    examples: z.array(nonEmpty).default([]),
    /** Realistic sentences the engine does not yet flag with this reason: reported by the test, not failed. */
    pendingExamples: z.array(nonEmpty).default([]),
  })
  .refine((w) => REASON_VERDICT[w.reason] === w.verdict, {
    message: 'verdict does not match the reason code (see src/engine/verdicts.ts)',
    path: ['verdict'],
  });

export const Claim = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case kebab-case'),
  /** What a sentence must be about to match: every concept in `all`, and at least one in `any` if given. */
  about: z.strictObject({
    all: z.array(ConceptId).default([]),
    any: z.array(ConceptId).default([]),
    none: z.array(ConceptId).default([]),
  }),
  /** True when a sentence can match on its concepts alone, without naming or following this study. */
  standalone: z.boolean().default(false),
  /** The claim a count of approved drugs that names no drug is judged against ("only two drugs are approved
   * in the US"): the count is checked on every drug's dated approvals (rules/approved-count.ts). */
  marketCount: z.boolean().default(false),
  /** The correct reading: what the source found, one or two sentences in our words. */
  finding: nonEmpty,
  /** Shares of participants (percent) that describe a subgroup's size, not an outcome. */
  subgroupShares: z.array(NumberFact).default([]),
  /** For population-overgeneralised: concepts that narrow a sentence to the population actually studied
   * (e.g. [sod1] for tofersen); a benefit claim naming none of them is flagged. */
  qualifiers: z.array(ConceptId).default([]),
  /** When the qualifiers are required: 'always' (any benefit told of ALS in general is flagged: a drug for one
   * genetic form), or 'when-everyone' (only a sentence that says all patients alike is flagged: a trial of a
   * selected early group, whose result coverage may fairly state without the selection). */
  qualifiersNeeded: z.enum(['always', 'when-everyone']).default('always'),
  /** The outcome the claim speaks of was predicted by a model, not observed (rules/predicted-outcome.ts): "they
   * lived longer" misreports a link to predicted survival. Needs its source. */
  predictedOutcome: z.strictObject({ outcome: z.enum(['survival']), verified: z.boolean(), source: where }).optional(),
  /** For statements that something is still to come: the year it had already happened by. */
  happenedBy: isoDate.optional(),
  /** Where `happenedBy`'s event took place, when it was one jurisdiction's (an approval): a sentence that names only
   * other places ("In Europe, riluzole remains the only licensed drug") is not judged by it. */
  happenedIn: z.enum(EVENT_REGIONS).optional(),
  /** For a drug's survival benefit: the gain in median survival the verified evidence supports, in months;
   * a sentence stating a much larger gain misreports it. */
  survivalGain: z
    .strictObject({ lowMonths: z.number(), highMonths: z.number(), verified: z.boolean(), source: where })
    .optional(),
  /** For a survival result: the relative reduction in the risk (hazard) of death the verified evidence supports
   * for the whole population, in percent; a sentence stating a much larger one misreports it ("halves the risk"). */
  deathRiskReduction: z
    .strictObject({ lowPercent: z.number(), highPercent: z.number(), verified: z.boolean(), source: where })
    .optional(),
  /** A form of the drug approved on other evidence than a trial of its own (an oral form on blood levels
   * comparable to the infused one): a sentence saying a trial of that form showed it works misreports it
   * (rules/form-approval.ts). `form`: regular expressions for how a sentence names the form. */
  formApproval: z
    .strictObject({
      form: z.array(nonEmpty.refine(compiles, 'must be a valid regular expression')).min(1),
      name: nonEmpty,
      basis: nonEmpty,
      /** When the form was first approved: given, a sentence in an earlier document telling of no such form, or of
       * the other form as the only way to take the drug, is outdated (rules/form-status.ts). */
      date: isoDate.optional(),
      /** Who developed the approved form (a regular expression): a form "being developed by" another company is that
       * company's product, not the one approved (rules/form-status.ts). */
      maker: nonEmpty.refine(compiles, 'must be a valid regular expression').optional(),
      verified: z.boolean(),
      source: where,
    })
    .optional(),
  /** How many people live with the disease in a place (`place`: a regular expression for how a sentence names
   * it): a count more than twice the high end, or under half the low end, misreports it (rules/prevalence-facts.ts). */
  prevalence: z
    .array(
      z.strictObject({
        place: nonEmpty.refine(compiles, 'must be a valid regular expression'),
        what: nonEmpty,
        low: z.number(),
        high: z.number(),
        basis: nonEmpty,
        verified: z.boolean(),
        source: where,
      }),
    )
    .optional(),
  /** The share of all cases a form of the disease accounts for ("SOD1 mutations: about 2% of ALS"): a sentence
   * stating a share at least twice the high end, or at most half the low end, misreports it
   * (rules/population-share.ts). `what` begins the message ("SOD1 mutations account for"). */
  populationShare: z
    .strictObject({
      what: nonEmpty,
      lowPercent: z.number(),
      highPercent: z.number(),
      base: nonEmpty,
      verified: z.boolean(),
      source: where,
    })
    .optional(),
  /** A finding a later, larger study failed to confirm: a benefit told as shown in a document written before
   * that event is outdated since it (checked by the superseded rule). */
  supersededBy: z.strictObject({ date: isoDate, what: nonEmpty, verified: z.boolean(), source: where }).optional(),
  wrongReadings: z.array(WrongReading).min(1, 'needs at least one known wrong reading'),
  explain: z.strictObject({ plain: nonEmpty, precise: nonEmpty }),
  /** Accurate sentences about this claim that must get no flag (silent or "supported"). */
  correct: z.array(nonEmpty).default([]),
  /** Accurate sentences the engine still flags: reported by the test, not failed. */
  pendingCorrect: z.array(nonEmpty).default([]),
});

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

export const SourceFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case kebab-case'),
  kind: z.enum(['trial', 'paper', 'drug', 'review', 'epidemiology']),
  /** Short display name: "MIROCALS", "Sheean et al. 2018". */
  name: nonEmpty,
  title: nonEmpty,
  citation: nonEmpty,
  /** The journal the study appeared in, and how a sentence may name it ("published in the NEJM"): checked
   * against the journal a sentence names (rules/journal-facts.ts). */
  journal: z
    .strictObject({
      name: nonEmpty,
      patterns: z.array(nonEmpty.refine(compiles, 'must be a valid regular expression')).min(1),
    })
    .optional(),
  identifiers: Identifiers,
  /** Study- and drug-specific concepts this file defines (the drug and its brand names, a gene it is about). */
  concepts: z.array(VocabularyEntry).default([]),
  /** Words that name this study outright in a sentence (trial acronyms, journal + year, registry IDs are added automatically). */
  names: z.array(nonEmpty).default([]),
  /** Concepts that a sentence following this study must share with it to inherit it ("the trial" after MIROCALS). */
  topics: z.array(ConceptId).min(1, 'needs at least one topic concept'),
  /** Words that identify this study only together with one of its specific topics: the journal ("a Lancet
   * trial of IL-2"), the countries ("UK-French study"), the lab's city. Alone they are too common. */
  descriptors: z.array(nonEmpty).default([]),
  /** Concept sets (each all required) for which this study is THE study in scope: a sentence about low-dose
   * IL-2 in ALS that names no study is about MIROCALS. Used only when nothing is named or followed. */
  representative: z.array(z.array(ConceptId).min(1)).default([]),
  /** Other sources (ids) whose identifiers a finding about this one also cites: a drug's status rests on its
   * pivotal trial and its confirmatory trial alike. */
  related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** Other studies recorded in this file (a later phase) that its design and primary endpoint do not
   * describe: design and endpoint checks stay silent on a sentence naming one of them. */
  otherStudyNames: z.array(nonEmpty).default([]),
  design: Design,
  primaryEndpoint: z
    .strictObject({
      description: nonEmpty,
      met: z.boolean().nullable(),
      source: where,
      /** Which arm the primary difference pointed to, significant or not ("numerically favoured placebo" is
       * checked against it). */
      favours: z.enum(['treatment', 'control']).optional(),
      /** What the primary endpoint measured, as a reader would name it ("the primary endpoint was survival" for a trial
       * that measured a biomarker misreports it; rules/endpoint-facts.ts). Co-primary trials list each. */
      measures: z
        .array(z.enum(['survival', 'function', 'biomarker', 'safety']))
        .min(1)
        .optional(),
      /** Whether the secondary endpoints showed a significant difference (false: none did), where the record says
       * (rules/endpoint-facts.ts: "significant on every outcome it measured" misreports CENTAUR). */
      secondaryMet: z.boolean().optional(),
      /** Function fell in every arm: the treatment slowed the decline and nobody's function improved on average
       * ("patients got better" misreports it; rules/improvement-facts.ts). Read from the primary result's numbers. */
      declinedInAllArms: z.boolean().optional(),
      /** Co-primary endpoints, each with its own outcome, when the trial had more than one. */
      coPrimary: z.array(z.strictObject({ description: nonEmpty, met: z.boolean().nullable(), source: where })).optional(),
    })
    .optional(),
  results: z.array(Result).default([]),
  status: Status,
  conclusion: nonEmpty,
  caveats: z.array(nonEmpty).default([]),
  /** Links shown to readers: registry record, paper, PubMed. */
  links: z.array(z.strictObject({ label: nonEmpty, url: z.url() })).default([]),
  reviewed: isoDate,
  claims: z.array(Claim).default([]),
});

export type SourceFile = z.infer<typeof SourceFile>;
export type Claim = z.infer<typeof Claim>;
export type WrongReading = z.infer<typeof WrongReading>;
export type NumberFact = z.infer<typeof NumberFact>;
export type Approval = z.infer<typeof Approval>;
export type VocabularyEntry = z.infer<typeof VocabularyEntry>;
export type StatusEvent = z.infer<typeof StatusEvent>;

/** The compiled database the engine imports. */
export interface ClaimsDb {
  version: 1;
  compiledFrom: string[];
  sources: SourceFile[];
}

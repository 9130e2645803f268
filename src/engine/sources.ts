// Which study is a sentence about? Named outright, followed from earlier in the document
// ("the trial" after MIROCALS), or matched on a standalone claim's concepts alone.
import type { Claim, ClaimsDb, SourceFile } from '../claims/schema';
import { buildFingerprints, studiesByFigure } from './fingerprints';
import type { AnalyzedSentence } from './analyze';
import { conceptDef, conceptsOfKind, mentions as mentionsConcept, type Concept } from './concepts';
import { comparison } from './cues/claims-language';
import {
  ANOTHER_STUDY,
  citesOtherPaper,
  drugOnlyAsBackground,
  isDrugName,
  namesOne,
  namesStudyByName,
  sameMainTreatment,
  namesStudyItself,
  namesUnknownProduct,
  onlyAsBackground,
  SPEAKER_NAME,
  subjectIsTheStudyFollowed,
} from './rules/study-names';
import { firstReportedAfter, reportedShortlyBefore, type DocumentModel } from './document';
import { otherYearStudy, sameYearStudy, yearsOf } from './study-years';
import { MONTHS } from './timeline';
import { hasAnimalResult } from './rules/species-facts';
import { studyCountries, studySize } from './study-descriptions';
// biome-ignore lint/suspicious/noShadowRestrictedNames: a short local name for escapeRegExp; the deprecated global escape() is never wanted here.
import { compiled, escapeRegExp as escape } from './regexp';

export type Via = 'named' | 'context' | 'standalone';
/** The studies a sentence names outright, and those it only describes. */
export interface Mentions {
  named: SourceFile[];
  described: SourceFile[];
  /** Studies of a drug the sentence names (a drug used only in ALS, whose studies the claims files hold):
   * weak evidence of what the document is about, for the document model only. */
  drugs?: SourceFile[];
}
export interface SourceLink {
  source: SourceFile;
  claim: Claim;
  via: Via;
  /** Linked for the study's record only (its size, design, dates, places): the sentence names the study
   * but none of its claims' topics ("The 1994 riluzole trial enrolled 959 patients"). */
  record?: true;
}

/** "The trial needs 66 participants", "This study is recruiting", "It is a phase 1 trial": the trial as the subject. */
const TRIAL_AS_SUBJECT =
  /^\s*(?:(?:the|this|that)\s+(?:[\w-]+\s+)?(?:trial|study)\b|it\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:trial|study)\b)/i;

/** "the trial", "these results", "the participants": a sentence that continues the story of the study before it. */
const BACK_REFERENCE = new RegExp(
  String.raw`^\s*(?:(?:${SPEAKER_NAME}(?:\s*\([^)]{1,40}\))?|[QA]):\s*)?` +
    /(?:(?:ok|okay|well|yes|no|so|but|and|right),?\s+)*(?:This|These|It|They|In other words|Put simply|Simply put|In short|That is|That means|This means)\b|\bit(?:['’]s| is| was) (?:the|a|an)\b|\bthis (?:is|was|could be|may be|might be|will be|marks|represents)\b|\b(?:the|this|these|that|those|its|their)\s+(?:[\w-]+\s+){0,2}?(?:trial|study|studies|paper|research|results?|findings?|discovery|data|team|researchers|scientists|authors|investigators|participants|patients|infusions?|injections?|jabs?|shots?|dose|doses|dosing|cycles|benefit|effect|gain|drug|medicine|medication|treatment|therapy|outcomes?|end-?points?|goals?|agency|approval|application|decision|panel|label|version|formulation)\b|\bthe three\b|,\s+it (?:can|could|will|would|may|might|does|did|has|works|helps|slows|stops|halts|cures|extends|prolongs|protects)\b|\b(?:says?|said|thinks?|thought|believes?|reckons?|told (?:me|us|him|her|them)) (?:that )?it\b|\b(?:approv|authori[sz]|licens|clear|reject|gave|give|grant|prescrib|recommend|reimburs|withdr[ae]w|launch|test|stud(?:y|ie))\w*\s+it\b/
      .source,
  'i',
);

interface IndexedSource {
  source: SourceFile;
  named: NameMatcher | null;
  described: NameMatcher | null;
}

export class SourceIndex {
  private readonly entries: IndexedSource[];
  readonly standalone: { source: SourceFile; claim: Claim }[];
  /** The claims a count of approved drugs is judged against when it names no drug (`marketCount`). */
  readonly marketCount: { source: SourceFile; claim: Claim }[];
  /** Every study's names (and descriptors) in one pattern: most sentences name no study, and one
   * test rules them out whatever the size of the database (was a test per study per sentence). */
  private readonly anyNamed: (text: string) => boolean;
  /** Each name's studies, keyed by how it matched (A: acronym as written, W: word in lower case, P: PMID):
   * one pass of the combined patterns finds every study named, whatever the size of the database. */
  private readonly byName = new Map<string, IndexedSource[]>();
  private readonly namedRes: readonly (RegExp | null)[];
  private readonly anyDescribed: (text: string) => boolean;
  /** For each drug that puts a page in scope on its own (`scope` concepts), the studies of it. */
  private readonly drugStudies: readonly [Concept, SourceFile[]][];
  /** Each study's first author (from its citation), to name it with one of its years: "Beers and colleagues, in 2017". */
  private readonly firstAuthors: readonly { author: RegExp; source: SourceFile }[];
  private readonly journalPatterns: readonly { journal: RegExp; source: SourceFile }[];
  /** The studies with a verified result in animals (a mouse result told of people is judged against them). */
  readonly animalStudies: readonly SourceFile[];
  /** Figures only one study reported (fingerprints.ts), to link a sentence that tells one to that study. */
  readonly fingerprints: ReturnType<typeof buildFingerprints>;

  constructor(db: ClaimsDb) {
    this.fingerprints = buildFingerprints(db);
    const all = { acronyms: [] as string[], words: [] as string[], asWritten: [] as string[], anyCase: [] as string[] };
    const lookup = (key: string, entry: () => IndexedSource) => {
      const list = this.byName.get(key) ?? [];
      this.byName.set(key, list);
      pending.push([list, entry]);
    };
    const pending: [IndexedSource[], () => IndexedSource][] = [];
    this.entries = db.sources.map((source) => {
      const acronyms: string[] = [];
      const words: string[] = [];
      let self: IndexedSource | undefined;
      const me = () => self!;
      // Acronyms match as written ("VALOR", not "valor"); names with a number ("RAPA-501", "AMX0035")
      // cannot be ordinary words, so forum lower case ("rapa-501") counts too.
      for (const n of source.names) {
        const acronym = /^[A-Z0-9-]+$/.test(n) && !/\d/.test(n);
        (acronym ? acronyms : words).push(escape(n));
        lookup(acronym ? `A:${n}` : `W:${n.toLowerCase()}`, me);
      }
      for (const id of source.identifiers.registry) {
        acronyms.push(id);
        lookup(`A:${id}`, me);
      }
      if (source.identifiers.pmid) {
        acronyms.push(`PMID:?\\s*${source.identifiers.pmid}`);
        lookup(`P:${source.identifiers.pmid}`, me);
      }
      if (source.identifiers.doi) {
        words.push(escape(source.identifiers.doi));
        lookup(`W:${source.identifiers.doi.toLowerCase()}`, me);
      }
      const named = acronyms.length + words.length > 0 ? combine(acronyms, words) : null;
      // Capitalised descriptors are names and match as written ("Nature", not "the nature of ALS");
      // lower-case ones are phrases and match in any case ("First Randomized Trial" in a headline).
      // A descriptor that is the study's journal matches as the journal's own patterns do, so that "Lancet"
      // does not find "The Lancet Neurology", another journal.
      // (A descriptor the patterns do not match as written, "JAMA neurology", stays as it is.)
      const journalName = source.journal?.name.replace(/^the\s+/i, '').toLowerCase();
      const asJournal = (d: string) =>
        source.journal && d.toLowerCase() === journalName && source.journal.patterns.some((p) => compiled(p).test(d))
          ? `(?:${source.journal.patterns.join('|')})`
          : escape(d);
      const asWritten = source.descriptors.filter((d) => /^[A-Z]/.test(d)).map(asJournal);
      const anyCase = source.descriptors.filter((d) => !/^[A-Z]/.test(d)).map(escape);
      const size = studySize(source);
      if (size) anyCase.push(size);
      const places = studyCountries(source);
      if (places) asWritten.push(places);
      const described = asWritten.length + anyCase.length > 0 ? combine(asWritten, anyCase) : null;
      all.acronyms.push(...acronyms);
      all.words.push(...words);
      all.asWritten.push(...asWritten);
      all.anyCase.push(...anyCase);
      self = { source, named, described };
      return self;
    });
    for (const [list, entry] of pending) if (!list.includes(entry())) list.push(entry());
    this.namedRes = [
      all.acronyms.length ? new RegExp(`\\b(?:${all.acronyms.join('|')})\\b`, 'g') : null,
      all.words.length ? new RegExp(`(?:^|\\W)(?:${all.words.join('|')})(?=\\W|$)`, 'gi') : null,
    ];
    this.anyNamed = anyOf(all.acronyms, all.words);
    this.anyDescribed = anyOf(all.asWritten, all.anyCase);
    const scoped = db.sources.flatMap((src) => src.concepts.filter((c) => c.scope && c.kind === 'intervention').map((c) => c.id));
    this.drugStudies = [...new Set(scoped)].map((c) => [
      c as Concept,
      db.sources.filter((src) => src.topics.includes(c as Concept)),
    ]);
    this.animalStudies = db.sources.filter(hasAnimalResult);
    this.journalPatterns = db.sources.flatMap((source) =>
      // (As the journal's own patterns are read everywhere else: with their case, so "by nature" is not Nature.)
      source.journal ? [{ journal: new RegExp(source.journal.patterns.join('|')), source }] : [],
    );
    this.firstAuthors = db.sources.flatMap((source) => {
      const m = FIRST_AUTHOR.exec(source.citation ?? '');
      return m ? [{ author: new RegExp(`\\b${m[1]}\\b`), source }] : [];
    });
    this.standalone = db.sources.flatMap((source) =>
      source.claims.filter((c) => c.standalone).map((claim) => ({ source, claim })),
    );
    this.marketCount = db.sources.flatMap((source) =>
      source.claims.filter((c) => c.marketCount).map((claim) => ({ source, claim })),
    );
  }

  /** Whether a product code ("AMX0035", "MCI-186") is a name or a drug the database knows. */
  knowsCode(code: string): boolean {
    return this.anyNamed(code) || conceptsOfKind('intervention').some((c) => mentionsConcept(code, c));
  }

  /** Studies the sentence names outright, or describes (a descriptor plus one of the study's specific
   * topics, in the sentence or the one before it: "At low doses IL-2 expands Tregs. An earlier trial of
   * 36 patients …"). */
  namedIn(s: AnalyzedSentence, previous?: AnalyzedSentence): SourceFile[] {
    return this.studiesIn(this.mentionsIn(s, previous));
  }

  /** The studies of a sentence's mentions, named or described, in database order. */
  studiesIn({ named, described }: Mentions): SourceFile[] {
    return this.entries.map((e) => e.source).filter((src) => named.includes(src) || described.includes(src));
  }

  /** The studies a sentence names outright, and those it only describes (evidence for the document model). */
  mentionsIn(s: AnalyzedSentence, previous?: AnalyzedSentence): Mentions {
    const drugs = this.drugStudies.filter(([c]) => s.has(c)).flatMap(([, srcs]) => srcs);
    // One combined test first: most sentences name no study at all.
    if (!this.anyNamed(s.text) && !this.anyDescribed(s.digits())) return { named: [], described: [], drugs };
    // The topic may stand in the sentence before ("At low doses IL-2 expands Tregs. An earlier trial …"), unless
    // that sentence is about another treatment (an edaravone infusion is not a Treg infusion).
    // The sentence before may also carry the topic by naming a study of it ("… the MIROCALS primary endpoint … . A
    // 36-patient phase 2a had …": MIROCALS is an IL-2 trial, so the 36-patient IL-2 trial is on topic).
    let previousNamed: SourceFile[] | undefined;
    const namedBefore = (src: SourceFile) => {
      previousNamed ??= previous ? this.namesIn(previous.text) : [];
      // of the same main treatment: an IL-2 trial's Treg readout does not put a Treg-infusion trial on topic
      return previousNamed.some((n) => sameMainTreatment(n, src));
    };
    const onTopic = (src: SourceFile) =>
      sharesTopic(src, s) ||
      (previous !== undefined && (sharesTopic(src, previous) || namedBefore(src)) && !aboutAnotherTreatment(src, previous));
    const named = this.namesIn(s.text);
    // "In 2017, Beers and colleagues showed…": a first author with one of the study's years names the study.
    const years = s.text.match(YEAR);
    if (years)
      for (const { author, source } of this.firstAuthors)
        if (!named.includes(source) && author.test(s.text) && years.some((y) => yearsOf(source).has(y))) named.push(source);
    // "The study, published in Nature on 1 October 2025, …": its journal with the month and year it appeared names it
    // too (a year alone may be another paper in the same journal).
    if (years)
      for (const { journal, source } of this.journalPatterns) {
        const date = source.status.dates.published;
        if (named.includes(source) || !date || date.length < 7 || !journal.test(s.text)) continue;
        const month = MONTHS[Number(date.slice(5, 7)) - 1];
        if (month && new RegExp(String.raw`\b${month}\s+(?:\d{1,2},?\s+)?${date.slice(0, 4)}\b`, 'i').test(s.text))
          named.push(source);
      }
    // sizes are matched in digits: "a trial of thirty-six patients"
    const digits = s.digits();
    const described = this.entries
      .filter((e) => {
        if (named.includes(e.source) || !e.described?.test(digits) || !onTopic(e.source)) return false;
        // "The 2018 study was a randomised trial": a study of another year is not the randomised one of 2022.
        if (otherYearStudy(e.source, s.text)) return false;
        // A year alone ("approved in 2022") describes a study only with its topic in the same sentence, and not
        // right after a sentence about another treatment.
        if (e.described.test(digits.replace(YEAR, ''))) return true;
        // "The 2022 trial randomised 40 patients" after a sentence on its topic: the year dates the study itself.
        if (sameYearStudy(e.source, s.text)) return true;
        return sharesTopic(e.source, s) && !(previous && aboutAnotherTreatment(e.source, previous));
      })
      .map((e) => e.source);
    // A study the sentence names outright is what it is about: another study of the same treatment only described
    // beside it (by a journal or a place the page may have got wrong: "(IMODALS) … published in Lancet EBioMedicine")
    // is not named along with it.
    // (Named by its own name: a drug's name, "Relyvrio", names none of its trials in particular, so "a study of 137
    // patients" beside it is still the 137-patient trial.)
    const beside = described.filter(
      (src) => !named.some((n) => namesStudyByName(n, s.text) && n.topics.some((t) => src.topics.includes(t))),
    );
    return { named, described: byTheYearTold(beside, named, years), drugs };
  }

  /** The studies named in the text, in database order, from one pass of the combined name patterns. */
  private namesIn(text: string): SourceFile[] {
    const found = new Set<IndexedSource>();
    const [acronyms, words] = this.namedRes;
    for (const m of acronyms ? text.matchAll(acronyms) : []) {
      const pmid = /^PMID:?\s*(\d+)$/.exec(m[0]);
      for (const e of this.byName.get(pmid ? `P:${pmid[1]}` : `A:${m[0]}`) ?? []) found.add(e);
    }
    for (const m of words ? text.matchAll(words) : []) {
      for (const e of this.byName.get(`W:${m[0].replace(/^\W/, '').toLowerCase()}`) ?? []) found.add(e);
    }
    return found.size ? this.entries.filter((e) => found.has(e)).map((e) => e.source) : [];
  }

  /** The source with this id. */
  byId(id: string): SourceFile | undefined {
    return this.entries.find((e) => e.source.id === id)?.source;
  }

  /** The studies the document model found the document discussing, most evidence first. */
  /** The studies whose own figures (reported by no other study) the sentence tells. */
  byFigure(s: AnalyzedSentence): SourceFile[] {
    return studiesByFigure(this.fingerprints, s);
  }

  byEvidence(doc: DocumentModel): SourceFile[] {
    return [...doc.studies.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => this.byId(id))
      .filter((x): x is SourceFile => x !== undefined);
  }

  /** The source registered under this registry ID (a trial's NCT number), if the database holds it. */
  byRegistryId(id: string): SourceFile | undefined {
    return this.entries.find((e) => e.source.identifiers.registry.includes(id))?.source;
  }

  /** Where the sentence names the study by one of its names (not where it only describes it). */
  private namePositions(s: AnalyzedSentence, src: SourceFile): number[] {
    return this.entries.find((e) => e.source === src)?.named?.positions(s.text) ?? [];
  }

  /** Is every mention of the study a yardstick ("more than the 137-person CENTAUR study")? Then the sentence tells
   * nothing of it: its record is not checked there. */
  onlyAsYardstick(s: AnalyzedSentence, src: SourceFile): boolean {
    const at = this.namePositions(s, src);
    return at.length > 0 && at.every((i) => YARDSTICK_MENTION.test(s.text.slice(0, i)));
  }

  /** Of the studies named in the sentence, those named as its subject rather than in passing. */
  leadingIn(s: AnalyzedSentence, named: readonly SourceFile[]): SourceFile[] {
    return named.filter((src) => {
      const at = this.namePositions(s, src);
      return (
        at.length === 0 ||
        at.some((i) => !SECONDARY_MENTION.test(s.text.slice(0, i)) && !YARDSTICK_MENTION.test(s.text.slice(0, i)))
      );
    });
  }

  /** Studies that are THE study in scope for what the sentence is about (see SourceFile.representative). */
  representedBy(s: AnalyzedSentence, alsInContext: boolean): SourceFile[] {
    const has = (c: Concept) => s.has(c) || (c === 'als' && alsInContext);
    // "Treg infusions given with low-dose IL-2" is about the cell therapy, not the IL-2 trial: a sentence
    // naming a treatment outside the set stands for nothing here.
    const others = (set: readonly Concept[]) => interventions().some((c) => s.has(c) && !set.includes(c));
    return this.entries.filter((e) => e.source.representative.some((set) => set.every(has) && !others(set))).map((e) => e.source);
  }
}

/** Two studies described, and the sentence dates what it tells by one year that only some of them have ("In 2017,
 * Beers and colleagues showed in JAMA Neurology…": the 2017 study, its journal misattributed): those of that year.
 * `yearsTold` is the sentence's years as mentionsIn already matched them. */
function byTheYearTold(described: SourceFile[], named: readonly SourceFile[], yearsTold: readonly string[] | null): SourceFile[] {
  if (described.length === 0 || described.length + named.length < 2) return described;
  const years = [...new Set(yearsTold ?? [])];
  if (years.length !== 1) return described;
  const ofYear = (src: SourceFile) => yearsOf(src).has(years[0]!);
  return [...named, ...described].some(ofYear) ? described.filter(ofYear) : described;
}

/** A citation's first author: "Beers DR, Zhao W…", "Thonhoff et al." */
const FIRST_AUTHOR = /^\s*([A-Z][a-z][A-Za-z'’-]+)\s+(?:[A-Z]{1,3}\b|et al\b)/;

/** The sentence gives the study's verified size ("three ALS patients" for a study of three). */
function toldSize(src: SourceFile, s: AnalyzedSentence): boolean {
  const size = studySize(src);
  return size !== undefined && compiled(`\\b${size}\\b`, 'i').test(s.digits());
}

interface NameMatcher {
  test(text: string): boolean;
  /** Where the names occur in the text. */
  positions(text: string): number[];
}

/** Does the text hold any of the names (the same patterns as combine, in one test each)? */
function anyOf(acronyms: string[], words: string[]): (text: string) => boolean {
  const a = acronyms.length ? new RegExp(`\\b(?:${acronyms.join('|')})\\b`) : null;
  const w = words.length ? new RegExp(`(?:^|\\W)(?:${words.join('|')})(?=\\W|$)`, 'i') : null;
  return (text) => (a?.test(text) ?? false) || (w?.test(text) ?? false);
}

/** One matcher that finds acronyms case-sensitively and other names case-insensitively. */
function combine(acronyms: string[], words: string[]): NameMatcher {
  const a = acronyms.length ? new RegExp(`\\b(?:${acronyms.join('|')})\\b`, 'g') : null;
  const w = words.length ? new RegExp(`(?:^|\\W)(?:${words.join('|')})(?=\\W|$)`, 'gi') : null;
  // A word match may start on the non-word character before the name: report where the name starts.
  const positions = (text: string) =>
    [a, w].flatMap((re) => (re ? [...text.matchAll(re)].map((m) => m.index + (/^\W/.test(m[0]) ? 1 : 0)) : []));
  return { test: (text) => positions(text).length > 0, positions };
}

/** A study named only as a point of comparison or background ("ten times higher than in IMODALS",
 * "after CENTAUR") does not become the study the article is now talking about. */
const SECONDARY_MENTION =
  /\b(?:than(?: in| at| with)?|unlike|like|as in|after|before|since|following|compared (?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:earlier\s+|previous\s+|smaller\s+|larger\s+)?$/i;
/** A study named only as a yardstick: "far more than the 137-person CENTAUR study", "unlike the earlier IMODALS". */
const YARDSTICK_MENTION =
  /\b(?:than(?: in| at| with)?|unlike|compared (?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$/i;

/** The sentence names the trial itself: a name that is not a drug's, or its registry ID. */
function namesTrial(source: SourceFile, s: AnalyzedSentence): boolean {
  return namesOne([...source.names.filter((n) => !isDrugName(n)), ...source.identifiers.registry], s.text) !== undefined;
}

/** Does the sentence match the claim's concepts? `implied` are concepts the sentence carries by being
 * about a study: "The FDA approval covers all adults" after a paragraph on tofersen is about tofersen. */
export function claimMatches(claim: Claim, s: AnalyzedSentence, implied: readonly Concept[] = []): boolean {
  const has = (c: Concept) => s.has(c) || implied.includes(c);
  const { all, any, none } = claim.about;
  return all.every(has) && (any.length === 0 || any.some(has)) && !none.some((c) => s.has(c));
}

/** The treatments a study tested: a sentence linked to the study is about them even if it only says "the drug". */
function impliedBy(source: SourceFile): Concept[] {
  return interventions().filter((c) => source.topics.includes(c));
}

/** Outcome words every study shares: on their own they do not tie a sentence to the study before it
 * ("Riluzole extends survival" after a paragraph on MIROCALS is not about MIROCALS). */
const GENERIC: ReadonlySet<Concept> = new Set<Concept>([
  'survival',
  'progression',
  'benefit',
  'treatment',
  'trial',
  'safety',
  'epidemiology',
  'approval',
  'cure',
  'cause',
  'disease-ref',
  'als',
  'immune',
]);
/** Treatments and the targets they act on (from the lexicon, so the claims files decide): a sentence about one
 * of these is not about a study of another. */
const interventions = (): readonly Concept[] => conceptsOfKind('intervention', 'target');
/** What a trial's result is about: a sentence telling one of these with no subject continues the study before. */
const RESULT_CONCEPTS: readonly Concept[] = ['benefit', 'survival', 'progression'];
/** The drug pointed to by a pronoun or "the drug": "it may add months of life", "the drug slows decline". */
const PRONOUN_DRUG = /\b(?:it|the (?:drug|medicine|medication|treatment|pill|powder))\b/i;
/** Words of a study's record (how it was run, where it was published), for a note with no subject of its own. */
const RECORD_WORDS =
  /\b(?:(?:treated|recruited|enrolled) at|(?:hospitals|clinics|sites|centres|centers) in|published|primary endpoint|endpoint|phase\s*(?:[1-4]|I{1,3})\w*|randomi[sz]ed|placebo|enrol\w*|recruit\w*|sponsor\w*|participants|follow-?up|followed (?:up )?for|(?:injections|infusions|doses) (?:were|was) (?:given|administered)|top-?line (?:results?|data|findings))\b/i;

function sharesTopic(source: SourceFile, s: AnalyzedSentence): boolean {
  // Not where the topic is only what another treatment was added to ("on top of riluzole").
  return source.topics.some((t) => !GENERIC.has(t) && s.has(t)) && !drugOnlyAsBackground(source, s);
}

/** A headline about ALS that names no treatment ("Cancer drug turns back the clock on ALS") is about the
 * study the next lines introduce, even without sharing a specific topic word. */
function headlineAbout(source: SourceFile, s: AnalyzedSentence): boolean {
  return s.has('als') && !/[.!?]\s*$/.test(s.text) && !interventions().some((c) => s.has(c)) && source.topics.length > 0;
}

/** The sentence names a treatment, and none of the ones this study tested. */
function aboutAnotherTreatment(source: SourceFile, s: AnalyzedSentence): boolean {
  // "better than riluzole", "unlike riluzole": the other treatment is what this one is compared with.
  if (comparison().test(s.text)) return false;
  const own: readonly Concept[] = source.topics;
  // Cell infusions are a treatment of their own, even when the study before them raised the same cells with a drug.
  if (interventions().some((c) => conceptDef(c)?.exclusive && s.has(c) && !own.includes(c))) return true;
  // A treatment named only as what this one was added to ("on top of riluzole") is not another subject.
  const named = interventions().filter((c) => s.has(c) && !onlyAsBackground(c, s));
  return named.length > 0 && !named.some((c) => own.includes(c));
}

const asserts = (s: AnalyzedSentence, kind: 'drug-count') => s.status(kind) !== undefined;

/** A claim that checks one figure of its own (a form's share of all cases, a count of approved drugs), not a
 * study's record. */
const ownFigureOnly = (c: Claim) => c.populationShare !== undefined || c.marketCount;
/** A claim whose wrong-fact reading checks the study's record (its size, design, dates…). */
const checksRecordFacts = (c: Claim) => !ownFigureOnly(c) && c.wrongReadings.some((w) => w.reason === 'wrong-fact');

/** "the IL-2 trial", "the low-dose IL-2 study": a trial called by its treatment. */
const TREATMENT_TRIAL = /\bthe (?:[\w-]+ ){1,3}(?:trial|study)\b/i;

const YEAR = /\b(?:19|20)\d\d\b/g;

/** A sentence that brings in another study beside the one the article follows. */
const ASIDE =
  /^\s*(?:(?:a|one)\s+(?:related|separate|different|similar|parallel)\b|another\b|(?:in\s+)?a\s+separate\b|separately\b|by contrast\b|in contrast\b|elsewhere\b)/i;

/** The study has made results public (top-line or paper). */
const hasReported = (src: SourceFile) => src.status.dates.topline !== undefined || src.status.dates.published !== undefined;

/** A claim about the study's dated status (results to come, approval, availability): its superseded reading. */
const aboutStatus = (c: Claim) => c.wrongReadings.some((w) => w.reason === 'superseded');

/** Someone's words or view reported: "he says", "the lead author said", "according to". */
const SPEAKER = /\b(?:says?|said|told|tells|according to|explain(?:s|ed)|add(?:s|ed)|believes?|thinks?|feels?)\b/i;

/** The one study a document discusses, when it discusses no other at all (no other study named, described or
 * reached through its drug: with a second one in the story, a sentence naming neither may be about either). */
function onlyStudy(doc: DocumentModel): string | undefined {
  const found = [...doc.studies.entries()].filter(([, w]) => w > 0);
  return found.length === 1 && found[0]![1] >= ONLY_STUDY_EVIDENCE ? found[0]![0] : undefined;
}
/** Evidence the one study needs: named once in the headline (6), or named or described in a few sentences. */
const ONLY_STUDY_EVIDENCE = 4;

/** How many sentences a headline or lead may look ahead for the study it is about. */
const LOOK_AHEAD = 3;

/** For each sentence, the (source, claim) pairs it may be checked against. */
export function linkSources(
  index: SourceIndex,
  sentences: readonly AnalyzedSentence[],
  mentions: readonly Mentions[] = sentences.map((s, i) => index.mentionsIn(s, sentences[i - 1])),
  doc?: DocumentModel,
): SourceLink[][] {
  // The studies the whole document discusses, most evidence first: a sentence that names none and follows
  // none is about the document's study on its topic ("the new trial, which points to longer lives").
  const docStudies = doc ? index.byEvidence(doc) : [];
  // A drug named only as what another treatment was added to ("it may add months of life on top of riluzole") does not
  // make the sentence about that drug's studies: the sentence is about the other treatment.
  const named = mentions.map((m, i) =>
    index.studiesIn(m).filter((src) => !drugOnlyAsBackground(src, sentences[i]!) || namesStudyByName(src, sentences[i]!.text)),
  );
  // An article that has said it is about ALS keeps being about ALS: "IL-2 extended survival" two
  // paragraphs later needs no "in ALS" to stand for the ALS trial (another disease named in the
  // sentence still rules it out through the claims' `none`).
  let alsSeen = false;
  const alsSoFar = sentences.map((s) => (alsSeen ||= s.has('als')));
  const represented = sentences.map((s, i) => (s.has('other-disease') ? [] : index.representedBy(s, alsSoFar[i]!)));
  // A sentence that names no study is not telling the findings of one that reported after the page was published
  // (its status then, still to come, is another matter).
  const published = doc?.published;
  const notYetReported = (src: SourceFile) => published !== undefined && firstReportedAfter(src, published);
  // The one study the whole document discusses, if it discusses no other (below).
  const only = doc ? onlyStudy(doc) : undefined;
  const sole = only ? index.byId(only) : undefined;
  const history: SourceFile[] = []; // most recent first
  // The study a subject-less sentence continued (below): the next such sentence, a note under the same heading
  // ("- Published 2025." after "- Primary endpoint met."), continues it too.
  const continued: (SourceFile | undefined)[] = [];
  // The story is about a trial the database does not know ("Regulatory T cells for ALS (the REGALS trial)"), named last
  // and no known study named since: "The trial needs 66 participants" is that trial's, not the database's study.
  let unknownTrial = false;
  return sentences.map((s, i) => {
    const links: SourceLink[] = [];
    const push = (source: SourceFile, via: Via, statusOnly = false) => {
      const before = links.length;
      // An article that has said it is about ALS keeps being about it for the study it follows.
      const implied: Concept[] = via !== 'standalone' && alsSoFar[i] ? [...impliedBy(source), 'als'] : impliedBy(source);
      // A trial named as itself ("Topline PHOENIX data are due…") is the trial, whatever word the sentence uses for it.
      // (By its name or registry ID; a descriptor such as its journal does not make the sentence about the trial.)
      if (via === 'named' && source.kind === 'trial' && namesTrial(source, s)) implied.push('trial');
      // A market claim is linked only for a count that names no drug (below).
      for (const claim of source.claims)
        if (!claim.marketCount && (!statusOnly || aboutStatus(claim)) && claimMatches(claim, s, implied))
          links.push({ source, claim, via });
      // About the study (named itself, not only through its drug, and alone; or followed from before) but
      // about none of its claims that check facts: the study's record can still be checked. With two
      // studies named, a number may be either's.
      const checksRecord = links.slice(before).some((l) => checksRecordFacts(l.claim));
      const itself =
        (via === 'context' && !ANOTHER_STUDY.test(s.text)) ||
        (via === 'named' &&
          // (another study only described, by a size the sentence may have got wrong, does not take the sentence away)
          named[i]!.filter((src) => namesStudyItself(src, s, true, false)).every((src) => src === source) &&
          namesStudyItself(source, s));
      if (!checksRecord && itself) {
        // The finding shows a claim's evidence: one that checks facts, or else the study's first.
        const carrier = source.claims.find(checksRecordFacts) ?? source.claims.find((c) => !ownFigureOnly(c));
        if (carrier) links.push({ source, claim: carrier, via, record: true });
      }
    };
    const here = named[i]!;
    if (here.length > 0) unknownTrial = false;
    if (here.length === 0 && unknownTrial && TRIAL_AS_SUBJECT.test(s.text)) {
      // that trial's: no link
    } else if (here.length > 0) {
      for (const src of here) push(src, index.onlyAsYardstick(s, src) ? 'standalone' : 'named');
      // A name shared by related sources (a drug and its trials) stands for each of them.
      for (const src of here)
        for (const id of src.related) {
          const rel = index.byId(id);
          // Linked like a standalone claim: checks that need to know which study is meant (its size) do not run.
          if (rel && !here.includes(rel)) push(rel, 'standalone');
        }
      let leading = index.leadingIn(s, here);
      // Several studies named alike ("the Houston Methodist team"): the one whose own size the sentence gives ("infused
      // Tregs into three ALS patients") leads.
      if (leading.length > 1) {
        const sized = leading.filter((src) => toldSize(src, s));
        if (sized.length === 1) leading = [sized[0]!, ...leading.filter((src) => src !== sized[0])];
      }
      // Several studies described alike ("the Houston Methodist team"): in a dated document, the one reported just
      // before it leads (the sentence after is about it).
      const published = doc?.published;
      if (leading.length > 1 && published) {
        const recent = leading.filter((src) => reportedShortlyBefore(src, published));
        if (recent.length === 1) leading = [recent[0]!, ...leading.filter((src) => src !== recent[0])];
      }
      // A study brought in as an aside ("A related treatment, low-dose IL-2 alone, helped in a British and French
      // trial") does not take over the story: "the trial" in the next sentence is still the one the article follows.
      const aside = ASIDE.test(s.text) && history.length > 0 && !leading.includes(history[0]!);
      for (const src of [...leading].reverse()) {
        const at = history.indexOf(src);
        if (at >= 0) history.splice(at, 1);
        if (aside) history.splice(1, 0, src);
        else history.unshift(src);
      }
      // Every study named only as a point of comparison ("The dose was ten times higher than in IMODALS"): the
      // sentence is still about the study the article was speaking of.
      const current = history[0];
      if (leading.length === 0 && current && !here.includes(current) && !aboutAnotherTreatment(current, s))
        push(current, 'context');
    } else if (doc?.kind === 'registry-record') {
      // A registry record registers one trial: a field or line that names no study is about it ("Recruitment Status:
      // Recruiting", "Enrollment: 216"), told as of the record's date. A record of a trial the database does not hold
      // is not about any of its studies.
      const registered = doc.record ? index.byRegistryId(doc.record) : undefined;
      if (registered && !aboutAnotherTreatment(registered, s)) push(registered, 'context');
    } else if (namesUnknownProduct(s.text, (code) => index.knowsCode(code))) {
      unknownTrial = true;
      // About a product the database does not know ("Ferrer's trial of FNP122", a new form of a known drug):
      // not the study the article was speaking of, nor the one it is about.
    } else {
      let followed = history.find((src) => sharesTopic(src, s));
      // A result told of the treatment ("IL-2 works better than riluzole") after a trial of it that has not reported is
      // the result of the study of it that has.
      if (followed && !hasReported(followed) && (RESULT_CONCEPTS.some((c) => s.has(c)) || comparison().test(s.text)))
        followed = [...history, ...docStudies].find((src) => hasReported(src) && sharesTopic(src, s)) ?? followed;
      // "The IL-2 trial showed…": a trial called by its treatment is the study that stands for that treatment,
      // even when the article last spoke of another study of it.
      const stands = represented[i]!;
      if (followed && stands.length > 0 && !stands.includes(followed) && TREATMENT_TRIAL.test(s.text)) followed = stands[0];
      if (!followed && history[0] && BACK_REFERENCE.test(s.text)) followed = history[0];
      // A sentence whose own subject is the study ("Patients were treated at hospitals in …", "To get in, you had to
      // have…") is about the study the article was speaking of. (Not, with none named yet, the one the document is
      // about: "It is a cruel illness" has "it" for its subject too.)
      if (
        !followed &&
        history[0] &&
        subjectIsTheStudyFollowed(s.text) &&
        !s.has('other-disease') &&
        !aboutAnotherTreatment(history[0], s)
      )
        followed = history[0];
      // A status with no subject of its own ("The new PDUFA date is 29 September", "Results are expected in
      // the spring") is the status of the study the article was just speaking of, or else of the one it is about.
      // A result with no subject of its own right after a sentence about the study ("- 80% of patients benefit"
      // under "- low-dose IL-2 cuts deaths"): the study's result, as a reader takes it.
      if (
        !followed &&
        history[0] &&
        i > 0 &&
        (named[i - 1]!.includes(history[0]) || represented[i - 1]!.includes(history[0]) || continued[i - 1] === history[0]) &&
        (RESULT_CONCEPTS.some((c) => s.has(c)) || RECORD_WORDS.test(s.text)) &&
        !interventions().some((c) => s.has(c)) &&
        !s.has('other-disease') &&
        !ANOTHER_STUDY.test(s.text)
      )
        continued[i] = followed = history[0];
      // A status told of the study followed ("Attention now turns to the commercial launch" after "the drug") is
      // also checked against its related sources below.
      // (The frame's readings only: the learned reader's guess feeds the status rules, not which study a sentence is about.)
      const status = s.statuses().filter((a) => a.learned === undefined);
      const statusOnly = status.some((a) => a.kind !== 'drug-count');
      // (Not a status told of other treatments: "Other approaches are being tested, including …".)
      if (!followed && statusOnly && !ANOTHER_STUDY.test(s.text) && (history[0] ?? docStudies[0]))
        followed = history[0] ?? docStudies[0];
      // A paper "not yet published" on the document's date is one published after it: of the studies the article
      // spoke of, the one that fits.
      const published = doc?.published;
      if (statusOnly && published && status.some((a) => a.kind === 'publication-pending'))
        followed = [...history, ...docStudies].find((src) => (src.status.dates.published ?? '') > published) ?? followed;
      // A sentence that stands for another study by a concept the study followed does not have ("T cells react to a
      // protein called C9orf72" in a story on an IL-2 trial): that study's, not the one followed.
      if (followed) {
        const f = followed;
        const own = (src: SourceFile) =>
          src.representative.some(
            (set) => set.every((c) => s.has(c)) && set.some((c) => !GENERIC.has(c) && !f.topics.includes(c)),
          );
        followed = stands.find((src) => src !== f && own(src)) ?? f;
      }
      if (!followed && history.length === 0) {
        // A headline or lead before the study is named: look ahead to the first study named in the next
        // few sentences (further on, the article may have moved to another study).
        // A study named outright ahead wins over one the next lines only stand for.
        const ahead = (pick: (j: number) => readonly SourceFile[]) => {
          for (let j = i + 1; j < Math.min(named.length, i + 1 + LOOK_AHEAD); j++) {
            // A study brought in as another one ("IMODALS, an earlier IL-2 study, …") is not the one this sentence
            // spoke of before naming it.
            if (ANOTHER_STUDY.test(sentences[j]!.text)) continue;
            const found = pick(j).filter((src) => sharesTopic(src, s) || headlineAbout(src, s));
            // Two studies described alike ("Houston Methodist"): in a dated document, the one just reported.
            const published = doc?.published;
            if (found.length > 1 && published) return found.find((src) => reportedShortlyBefore(src, published)) ?? found[0];
            if (found[0]) return found[0];
          }
          return undefined;
        };
        followed = ahead((j) => named[j]!) ?? ahead((j) => represented[j]!);
      }
      // The document's own study on this topic, from evidence across the whole text.
      // A headline that names no treatment ("New ALS medicine may give ten months' longer life") is about the
      // study the whole document is about.
      let headline = false;
      if (!followed) {
        followed = docStudies.find((src) => sharesTopic(src, s) && !aboutAnotherTreatment(src, s));
        // A figure only that study reported ("a drug that worked in 80% of patients", in a thread on MIROCALS): the
        // sentence is about it, as if it had named it.
        if (!followed) {
          const figured = index.byFigure(s);
          followed = docStudies.find((src) => figured.includes(src) && !aboutAnotherTreatment(src, s) && !s.has('other-disease'));
        }
        // A document about one study and no other: a sentence that names no study, no treatment and no other disease
        // is about it ("So that's it, the immune system is what kills the motor neurons" in a thread on one paper).
        // (Not what someone says of their own care or view: "He says the treatment he has been receiving has slowed it".)
        if (
          !followed &&
          sole &&
          !interventions().some((c) => s.has(c)) &&
          !s.has('other-disease') &&
          !ANOTHER_STUDY.test(s.text) &&
          !SPEAKER.test(s.text)
        )
          followed = sole;
        if (!followed && i === 0) {
          followed = docStudies.find((src) => headlineAbout(src, s) && !aboutAnotherTreatment(src, s));
          headline = followed !== undefined;
        }
      }
      // A paper cited by author and year that is not the followed study's ("Bensimon et al, 2002") is
      // another study, which the database may not hold.
      // "The 2022 trial…" is not the 2018 study the article was last speaking of.
      // It is the study of the article's of that year, if there is one ("A 2022 follow-up trial…" after the 2018 one).
      if (followed && otherYearStudy(followed, s.text))
        followed = [...history, ...docStudies].find((src) => sameYearStudy(src, s.text) && !aboutAnotherTreatment(src, s));
      // A result in mice ("Research in mice shows that boosting Tregs extends survival, so…") is the result of a study in
      // mice on that topic, not of the human trial the page follows: judged against those as a standalone claim is.
      if (s.has('mouse') && !(followed && hasAnimalResult(followed)))
        for (const src of index.animalStudies) if (sharesTopic(src, s) && !notYetReported(src)) push(src, 'standalone');
      if (followed && citesOtherPaper(followed, s.text)) {
        /* no link */
      } else if (followed && !aboutAnotherTreatment(followed, s)) {
        push(followed, 'context');
        // The study just spoken of is the one "the trial" in the next sentence means, named or not.
        const at = history.indexOf(followed);
        if (at > 0) {
          history.splice(at, 1);
          history.unshift(followed);
        }
        // A drug's status is recorded with whichever of its studies holds it (the approval with the pivotal
        // trial, the withdrawal with the confirmatory one): a status sentence with no subject of its own is
        // checked against both.
        // So is a headline that names no treatment: which of the drug's studies it speaks of, its claims decide.
        // So is a result told of the drug by a pronoun ("it may add months of life"): which of the same drug's studies
        // holds that result, their claims decide.
        const drugResult = PRONOUN_DRUG.test(s.text) && RESULT_CONCEPTS.some((c) => s.has(c));
        if (statusOnly || headline || drugResult)
          for (const id of followed.related) {
            const rel = index.byId(id);
            if (rel && (!drugResult || rel.topics.some((t) => !GENERIC.has(t) && followed.topics.includes(t))))
              push(rel, 'context');
          }
      } else {
        // Nothing named or followed: the study that stands for what the sentence is about, if any.
        // Linked like a standalone claim (on the sentence's concepts alone): rules needing certainty
        // about which study is meant (participant counts) do not run on it.
        for (const src of represented[i]!) push(src, 'standalone', notYetReported(src));
        for (const src of represented[i]!) if (!history.includes(src)) history.push(src);
      }
    }
    for (const { source, claim } of index.standalone) {
      if (notYetReported(source) && !aboutStatus(claim)) continue;
      if (!links.some((l) => l.claim === claim) && claimMatches(claim, s)) links.push({ source, claim, via: 'standalone' });
    }
    // A count of approved drugs is about the market, not one study: with no drug's claim to judge it, it is
    // judged against every drug's dated approvals.
    if (!links.some((l) => l.claim.wrongReadings.some((w) => w.reason === 'superseded')) && asserts(s, 'drug-count'))
      for (const { source, claim } of index.marketCount) links.push({ source, claim, via: 'standalone' });
    return links;
  });
}

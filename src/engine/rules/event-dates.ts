// A dated event told with the wrong year: "its top-line results were first announced in December 2023"
// for results presented in December 2022, "the FDA approved it in 2021" for a 2022 approval. The
// sentence's event (results, publication, approval, withdrawal, start, completion) and its one year are
// compared with the study's dated record and its related studies'. Part of the wrong-fact rule.
// Silence when unsure: a sentence that does not name the study, one with two events or two years, a future or negated one, a year after
// "since", or another treatment named beside the study's own says nothing.
import type { SourceFile } from '../../claims/schema';
import { MONTHS } from '../timeline';
import { escapeRegExp } from '../regexp';
import { regionsIn, namesOtherJurisdiction } from './regions';
import { sentencesBefore } from './document';
import { namedOrFollowed, namesAnyOtherTreatment, namesStudyItself } from './study-names';
import { clauseAt } from './clauses';
import type { RuleInput, RuleOutcome } from './types';

type EventKind = 'results' | 'published' | 'approved' | 'withdrawn' | 'started' | 'completed';

/** The event told, in the past: a past participle or past tense of its verb. */
const EVENT_WORDS: [EventKind, RegExp][] = [
  [
    'results',
    /\b(?:(?:top-?line|first|initial|headline)\s+)?(?:results?|data|findings|read-?outs?)\b[^.;]{0,40}?\b(?:announced|presented|reported|released|unveiled|revealed|shared)\b|\b(?:announced|presented|reported|released|unveiled)\s+(?:its|their|the)?\s*(?:top-?line|first|initial|headline)\s+(?:results?|data|findings)\b/i,
  ],
  // "was published in 2023", "the study, published in 2016, …", "have published in Nature, in October of 2023, a study"
  [
    'published',
    /\b(?:was|were|been|first)\s+published\b|\bpublished\s+(?:its|their|the)\s+(?:(?:full|final|main|complete)\s+)?(?:results?|findings)\b|(?:,\s*|\b(?:have|has|had)\s+)published\b/i,
  ],
  // "was approved in 2017", and "got FDA approval in 2015"
  [
    'approved',
    /\b(?:approved|authori[sz]ed|cleared|licensed)\b|\b(?:got|gets|received|receives|won|wins|gained|gains|was granted)\s+(?:[\w()-]+\s+){0,6}?approval\b/i,
  ],
  ['withdrawn', /\b(?:withdr[ae]w|withdrawn|pulled)\b/i],
  ['started', /\b(?:began|begun|started|opened)\s+(?:recruit\w*|enrol\w*|in)\b/i],
  ['completed', /\b(?:was|were)\s+completed\b/i],
];

const MONTH = MONTHS.join('|');
/** A year told relative to the page's date: "last year", "earlier this year". */
const RELATIVE_YEAR = /\b(?:(?:earlier |later )?this year|last year|the previous year|a year ago)\b/i;
/** "in December 2023", "on 8 December 2022", "in 2021", "December 2023:" */
const YEAR = new RegExp(String.raw`\b(?:(?:${MONTH})\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b`, 'g');
/** A month named just before a year: "in June 2022", "May 9, 2025". */
const MONTH_JUST_BEFORE = new RegExp(String.raw`\b(${MONTH})\s+(?:\d{1,2},?\s+)?$`, 'i');
const NOT_PAST =
  /\b(?:will|would|could|may|might|expected|due|set to|plans?|planned|hopes?|not|no|never|yet|until|if|whether|before)\b|n't\b|\?/i;
const SINCE_YEAR = new RegExp(
  String.raw`\b(?:since|after|before|by|until|from)\s+(?:(?:early|mid|late)[- ])?(?:(?:${MONTH})\s+)?(?:19|20)\d\d\b`,
  'i',
);

/** An approval told for another condition. */
const ANOTHER_INDICATION =
  /\bfor (?:the )?(?:acute |chronic |advanced |metastatic )?(?:phase of )?(?:cerebral infarction|stroke|brain infarction|cancers?|melanoma|kidney cancer|renal cell carcinoma|leukaemia|leukemia|lupus|diabetes|multiple sclerosis|urea cycle disorders?|liver disease|primary biliary)\b/i;

/** "Europe approved it in 2021": the drug followed, as the object of its approval. */
const APPROVED_IT = /\b(?:approv|authori[sz]|licens|clear)\w*\s+it\b/i;
/** "Its results", "The trial's first data": the study followed from before as the sentence's subject. */
const OWN_SUBJECT = /^\s*(?:Its|Their|The (?:trial|study)['’]s)\b/i;

/** The study's dated events of one kind: its verified events and its status dates. */
function recordedYears(source: SourceFile, kind: EventKind, region: string | undefined): string[] {
  return recordedDates(source, kind, region).map((d) => d.slice(0, 4));
}

/** The study's dated events of one kind, as recorded ("2022-12", "2025-05-09", "2019"). */
function recordedDates(source: SourceFile, kind: EventKind, region: string | undefined): string[] {
  const years: string[] = [];
  for (const e of source.status.events) {
    if (!e.verified || e.indication) continue;
    const k = e.kind === 'negative-opinion' ? 'withdrawn' : e.kind;
    if (k !== kind) continue;
    if (kind === 'approved' && region && e.region && e.region !== region) continue;
    years.push(e.date);
  }
  for (const [key, date] of Object.entries(source.status.dates)) {
    const k: EventKind | undefined = /approv/.test(key)
      ? 'approved'
      : /withdr/.test(key)
        ? 'withdrawn'
        : key === 'topline'
          ? 'results'
          : key === 'published'
            ? 'published'
            : key === 'started'
              ? 'started'
              : key === 'completed'
                ? 'completed'
                : undefined;
    if (k !== kind) continue;
    if (kind === 'approved' && region && !key.startsWith(`${region.toLowerCase()}-`)) continue;
    years.push(date);
  }
  // Results made public are also results announced.
  if (kind === 'results') years.push(...recordedDates(source, 'published', region));
  return years;
}

/** The record holds when the results were first made public, not only when the paper appeared. */
function toplineRecorded(source: SourceFile): boolean {
  return source.status.dates.topline !== undefined || source.status.events.some((e) => e.verified && e.kind === 'results');
}

/** The study is named itself in one of the two sentences before this one, or the one just before told of its
 * treatment's results: "Its results…" then means it. */
function namedJustBefore({ s, source, doc }: RuleInput): boolean {
  const before = sentencesBefore(doc, s, 2);
  if (before.some((p) => namesStudyItself(source, p))) return true;
  // Or the sentence just before spoke of its treatment ("…low-dose IL-2 now clearly works. The trial's first results…").
  const prev = before[0];
  return (
    prev !== undefined &&
    source.topics.some((t) => prev.has(t)) &&
    (['trial', 'benefit', 'survival', 'progression'] as const).some((c) => prev.has(c))
  );
}

export function checkEventDate(input: RuleInput): RuleOutcome {
  const { s, source, related = [], via } = input;
  // The study must be named, or be the sentence's possessive subject ("Its top-line results…"): a date in a
  // sentence only followed from an earlier one may be another study's.
  let years = [...new Set([...s.text.matchAll(YEAR)].map((m) => m[1]!))];
  // "The Lancet published the full results last year", on a page of January 2024: 2023. Only with the page's date, and
  // only where no year is written.
  const relative = years.length === 0 && input.doc.published ? RELATIVE_YEAR.exec(s.text) : null;
  if (relative) years = [String(Number(input.doc.published!.slice(0, 4)) + (/last|previous|ago/i.test(relative[0]) ? -1 : 0))];
  const yearWord = relative ? escapeRegExp(relative[0]) : years[0];
  // A plan, a condition or a denial counts in the dated event's own clause: "first presented in 2023, more than two
  // years before this paper appeared" still tells a past event.
  const yearAt = years.length === 1 ? new RegExp(String.raw`\b${yearWord}\b`, 'i').exec(s.text)!.index : -1;
  const yearClause = yearAt >= 0 ? clauseAt(s.text, yearAt) : undefined;
  if (NOT_PAST.test(yearClause?.text ?? s.text) || /\?/.test(s.text) || SINCE_YEAR.test(s.text)) return null;
  // An approval for another disease ("approved in Japan in 2001 under the name Radicut for acute cerebral infarction"):
  // not one of the study's ALS approvals.
  if (ANOTHER_INDICATION.test(yearClause?.text ?? s.text)) return null;
  let told = EVENT_WORDS.map(([k, re]) => [k, re.exec(s.text)] as const).filter(([, m]) => m !== null);
  // Two events told, one dated: the one in the year's own clause ("first presented in 2023, more than two years before
  // this paper appeared").
  if (told.length > 1 && yearClause) told = told.filter(([, m]) => m!.index >= yearClause.start && m!.index < yearClause.end);
  if (told.length !== 1 || years.length !== 1) return null;
  const [kind, m] = told[0]!;
  // Asked only of a sentence that tells one dated event (the followed-subject test looks back through the document).
  // "Europe approved it in 2021": the drug followed, approved; its approvals are the drug's, whichever study is meant.
  const itsOwn =
    namedOrFollowed(input) ||
    (via === 'context' && OWN_SUBJECT.test(s.text) && namedJustBefore(input)) ||
    (kind === 'approved' && via === 'context' && APPROVED_IT.test(s.text));
  if (!itsOwn) return null;
  // The year must be the event's own: in the words just after its verb ("announced in December 2023",
  // "published in The Lancet in 2024"), not a date elsewhere ("In 2023, a year after the results were announced").
  const after = s.text.slice(m!.index + m![0].length, m!.index + m![0].length + 60);
  if (!new RegExp(String.raw`^[^.;,]*\b${yearWord}\b`, 'i').test(after)) return null;
  // Another treatment named beside the study's own may be the one the date is about, a yardstick too.
  if (namesAnyOtherTreatment(source, s)) return null;
  const regions = [...new Set(regionsIn(s.text).map((r) => r.region))];
  if (regions.length > 1) return null;
  // "Australia's TGA approved it on 15 February 2023": a decision the records do not hold.
  if (kind === 'approved' && namesOtherJurisdiction(s.text)) return null;
  const region = regions[0];
  const recorded = [source, ...related].flatMap((src) => recordedYears(src, kind, region));
  if (recorded.length === 0) return null;
  // An approval there whose date the record lacks (a drug's first form in Canada) may be the one told of.
  if (
    kind === 'approved' &&
    region &&
    [source, ...related].some((src) => src.status.approvals.some((a) => a.region === region && !a.date))
  )
    return null;
  const stated = years[0]!;
  if (recorded.includes(stated)) {
    // The month told too ("in June 2022"), against the study's own dates of that year, where each records its month.
    const month = MONTH_JUST_BEFORE.exec(s.text.slice(0, yearAt))?.[1];
    const sameYear = recordedDates(source, kind, region).filter((d) => d.startsWith(stated));
    if (month && sameYear.length > 0 && sameYear.every((d) => d.length >= 7)) {
      const m = String(MONTHS.findIndex((x) => x.toLowerCase() === month.toLowerCase()) + 1).padStart(2, '0');
      if (!sameYear.some((d) => d.slice(5, 7) === m)) {
        const told = [...new Set(sameYear.map((d) => `${MONTHS[Number(d.slice(5, 7)) - 1]} ${stated}`))].join(' and ');
        const what = kind === 'results' ? 'its results were made public' : `it was ${kind}`;
        return { fired: `In the record, ${what} in ${told}, not ${month} ${stated}.` };
      }
    }
    return { confirmed: `${source.name}: the ${kind} date matches the record.` };
  }
  // Data are presented again at later meetings ("whose data were presented in April 2021 at the AAN congress", a year
  // after the trial's paper): a later year is wrong only for the first report.
  const own_ = recordedYears(source, kind, region);
  const firsts = own_.length ? own_ : recorded;
  if (kind === 'results' && !/\b(?:top-?line|first|initial|headline)\b/i.test(m![0]) && firsts.every((y) => y < stated))
    return null;
  // A record that holds only the paper's date does not say when the results were first told: a top-line
  // announcement or a congress talk may have come a year or two before the paper.
  if (kind === 'results' && !toplineRecorded(source) && firsts.every((y) => y > stated)) return null;
  const actual = [...new Set(firsts)].sort().join(' and ');
  const what = kind === 'results' ? 'its results were made public' : `it was ${kind}`;
  return { fired: `In the record, ${what} in ${actual}, not ${stated}.` };
}

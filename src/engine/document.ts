// The document model, built before any sentence is judged: when the document was published (from the
// page's metadata, or a dateline near its top) and which studies it discusses, from evidence across the
// whole text with the headline and lede weighted. A sentence that names no study is linked through this
// model ("the new trial, which points to longer lives" in an article about one trial).
import type { SourceFile } from '../claims/schema';
import { type DocumentKind, readDocumentKind } from './document-kind';

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s*,?\s+((?:19|20)\d\d)\b`, 'i');
const MONTH_FIRST = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`, 'i');
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH})\s+((?:19|20)\d\d)\b`, 'i');
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
const SLASHED_DMY = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/;

/** A line that is a dateline or byline rather than prose: short, and dated with a publishing word or alone. */
const DATELINE_WORDS =
  /\b(?:published|posted|updated|last (?:updated|modified|reviewed)|first published|date|by|news|press release|—|–|\|)\b|^\s*[\w\s.,:|—–-]{0,30}$/i;
/** Lines that carry a date but are not the page's own date. */
const NOT_OWN_DATE =
  /\b(?:study (?:start|completion)|first posted|results? (?:first )?posted|enrol|recruit|trial|approved|expected|due|until|since|from)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The first full or month-year date in a line, as ISO. */
export function dateIn(line: string): string | undefined {
  let m = ISO.exec(line);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = DAY_FIRST.exec(line);
  if (m) return `${m[3]}-${pad(monthNumber(m[2]!))}-${pad(Number(m[1]))}`;
  m = MONTH_FIRST.exec(line);
  if (m) return `${m[3]}-${pad(monthNumber(m[1]!))}-${pad(Number(m[2]))}`;
  m = SLASHED_DMY.exec(line);
  // 03/04/2021 is ambiguous between day-first and month-first; only the month is kept when both agree.
  if (m && (Number(m[1]) > 12 || m[1] === m[2])) return `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  m = MONTH_YEAR.exec(line);
  if (m) return `${m[2]}-${pad(monthNumber(m[1]!))}`;
  return undefined;
}

/** How many lines from the top a dateline may stand (headline, standfirst, byline, date). */
const HEAD_LINES = 8;

/** The document's dateline date: a short line near the top that is a date or a byline with one. */
export function datelineDate(text: string, today: string): string | undefined {
  const lines = text
    .slice(0, 3000)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, HEAD_LINES);
  for (const line of lines) {
    if (line.length > 120 || !DATELINE_WORDS.test(line) || NOT_OWN_DATE.test(line)) continue;
    const d = dateIn(line);
    if (d && d <= today) return d;
  }
  return undefined;
}

export interface DocumentModel {
  /** The document's publication date (ISO), when the page's metadata or a dateline gives it. */
  published?: string;
  /** Today's date (ISO): status is judged at the document's date and today. */
  today: string;
  /** Evidence that the document discusses each study, by source id: names count most, descriptors and
   * distinctive topics less; the headline and lede count double. */
  studies: ReadonlyMap<string, number>;
  /** A trial registry record or prose (document-kind.ts). */
  kind: DocumentKind;
  /** For a registry record: the registry ID it registers (the first one it gives), whether or not the database
   * holds that trial. */
  record?: string;
}

/** Weight of evidence a sentence gives each kind of mention. */
const WEIGHT = { named: 3, described: 1, drug: 0.5 } as const;

/** Did the study report or publish in the 18 months up to the date (ISO, any precision)? News is pegged to
 * what just came out: of two studies a headline may be about, such a one is likelier "the new study". */
export function reportedShortlyBefore(src: SourceFile, date: string): boolean {
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + (d.length >= 7 ? Number(d.slice(5, 7)) : 6);
  const at = months(date);
  return (
    [src.status.dates.published, src.status.dates.topline]
      .filter((d): d is string => d !== undefined)
      // A month's slack after the date: a journal's issue month often follows the paper's first appearance online.
      .some((d) => at - months(d) >= -1 && at - months(d) <= 18)
  );
}
/** Did the study first report (top-line or paper) in a later month than the date? A page of that date cannot be
 * telling its findings ("A study published in Nature finds…" in 2022 is not the 2025 Nature study). */
export function firstReportedAfter(src: SourceFile, date: string): boolean {
  const first = [src.status.dates.topline, src.status.dates.published].filter((d): d is string => d !== undefined).sort()[0];
  return first !== undefined && first.slice(0, 7) > date.slice(0, 7);
}

/** The headline and lede: the first sentences of a document say what it is about. */
const LEDE = 3;

export function buildDocumentModel(
  mentions: readonly { named: readonly SourceFile[]; described: readonly SourceFile[]; drugs?: readonly SourceFile[] }[],
  opts: {
    published?: string;
    today: string;
    head?: string;
    figures?: ReadonlyMap<string, number>;
    /** The document's lines, for its kind. */
    lines?: readonly string[];
  },
): DocumentModel {
  // Figures only one study reported, told across the document (fingerprints.ts): evidence like a name.
  const studies = new Map<string, number>(opts.figures ?? []);
  mentions.forEach(({ named, described, drugs = [] }, i) => {
    const boost = i < LEDE ? 2 : 1;
    for (const src of named) studies.set(src.id, (studies.get(src.id) ?? 0) + WEIGHT.named * boost);
    for (const src of described) studies.set(src.id, (studies.get(src.id) ?? 0) + WEIGHT.described * boost);
    // A drug named without any of its studies ("Amylyx said the FDA extended its review"): its studies are what
    // the document is about, with less weight than a study named.
    for (const src of drugs) studies.set(src.id, (studies.get(src.id) ?? 0) + WEIGHT.drug * boost);
  });
  const published = normaliseDate(opts.published) ?? (opts.head ? datelineDate(opts.head, opts.today) : undefined);
  return { published, today: opts.today, studies, ...readDocumentKind(opts.lines ?? []) };
}

/** Accepts an ISO date or a date-time (article:published_time) and keeps the date. */
export function normaliseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?/.exec(value.trim());
  if (m) return [m[1], m[2], m[3]].filter(Boolean).join('-');
  return dateIn(value);
}

/** Today as ISO (UTC). */
export const todayIso = () => new Date().toISOString().slice(0, 10);

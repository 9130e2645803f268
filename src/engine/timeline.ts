// Status facts as dated events, and a status sentence judged at the document's date.
// "Awaiting an FDA decision" was true in 2022 and outdated since April 2023; the same words in a 2024
// article were already wrong when written. With no date, say what changed and when.

export interface DatedEvent {
  /** ISO date as precise as the record: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** A few plain words: "FDA accelerated approval (US)". */
  what: string;
  /** The claims-database source the event is recorded in, when it is not the finding's own (another drug's
   * approval that changed a count): the finding cites it too. */
  recordedIn?: string;
  /** The other dated events the finding tells of, each cited: what moved a count of approved drugs again afterwards,
   * up to today, or what ended it in the other places it was true. */
  also?: readonly DatedEvent[];
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "May 2025", "2025", "9 May 2025". */
export function humanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Month and year only, for "Since this was published (May 2025)". */
export function monthYear(iso: string): string {
  return humanDate(iso.slice(0, 7));
}

/** Compares two ISO dates of possibly different precision: negative, 0 (cannot tell: same period at the
 * coarser precision), positive. */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Orders dated events by their ISO dates as written (a coarser date sorts before a finer one of the same period): for
 * `Array.prototype.sort`. */
export function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** How a status sentence stands at the document's date against the event that settles it. */
export type Timing =
  /** The document predates the event: true then, outdated now. */
  | { kind: 'since'; event: DatedEvent; published: string }
  /** The event came first: the sentence was already wrong when written. */
  | { kind: 'already'; event: DatedEvent; published: string }
  /** No document date, or the two cannot be ordered: say what changed and when. */
  | { kind: 'undated'; event: DatedEvent };

/** Months a page may lag the event before it counts as already wrong when written: an article is often
 * written weeks before its issue date, so an event in the month before that date only dates it. (Three
 * months until session 11: a page dated two months after a withdrawal that still offers the drug was
 * wrong on its own date, which the issue calls misreported, and every labeller read it so.) */
const GRACE_MONTHS = 1;

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + (Number(iso.slice(5, 7) || '1') - 1);

export function timingOf(event: DatedEvent, published: string | undefined): Timing {
  if (!published) return { kind: 'undated', event };
  const c = compareDates(published, event.date);
  if (c < 0) return { kind: 'since', event, published };
  if (c > 0 && monthIndex(published) - monthIndex(event.date) > GRACE_MONTHS) return { kind: 'already', event, published };
  return { kind: 'undated', event };
}

/** The reader-facing sentence for an outdated status: "Since this was published (March 2022): …". */
export function describeTiming(t: Timing, what: string): string {
  const when = humanDate(t.event.date);
  switch (t.kind) {
    case 'since':
      return `Since this was published (${monthYear(t.published)}): ${what} (${when}).`;
    case 'already':
      return `Already out of date when this was published (${monthYear(t.published)}): ${what} (${when}).`;
    case 'undated':
      return `This has changed: ${what} (${when}).`;
  }
}

// Sentence segmentation of one passage: unwrap soft line breaks, split with the platform's
// Unicode sentence segmenter (Intl.Segmenter, in Node and every browser), then repair the
// splits it makes after titles such as "Dr." and trim list markers and spaces off each sentence.
// Linear in the text: each segment is looked at once (never the whole merged sentence again), and a
// sentence longer than MAX_SENTENCE_CHARS is skipped rather than handed whole to the rules.
import { THREAD_NUMBER, TIMESTAMP, unwrap } from './unwrap';

export interface Sentence {
  /** Offsets into the passage's text. */
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Abbreviations after which the segmenter wrongly ends a sentence. */
const NO_BREAK_AFTER =
  /(?:^|[\s(])(?:Dr|Prof|Mr|Mrs|Ms|St|vs|approx|Fig|Figs|No|Nos|Jr|Sr|e\.g|i\.e|cf|al|Ref|DR|PROF|MR|MRS)\.\s*$/;
/** "Sept. 29", "Jan. 25": a month abbreviated before a day. */
const MONTH_ABBREVIATION = /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;
/** "No." and "Nos." abbreviate "number" only before one ("No. 5"); "No. No, it didn't" is two sentences. */
const NUMBER_ABBREVIATION = /(?:^|[\s(])Nos?\.\s*$/;
/** "the U.S. is still reviewing", "the U.K. regulator": an initialism inside a sentence. The segmenter ends a
 * sentence after it; what follows shows whether it really ended (lower case, or a US institution's name). */
const INITIALISM = /(?:^|[\s(])(?:[A-Z]\.){2,}\s*$/;
const GOES_ON_AFTER_INITIALISM =
  /^\s*(?:[a-z]|(?:FDA|Food and Drug|Centers for|National|Department|Congress|Senate|Medicare|Medicaid|Supreme)\b)/;
/** List markers, timestamps ("[00:05:40]") and thread post numbers ("2/") are not part of the sentence. */
/** Who speaks or posts, before what they say: a speaker label ("HOST:", "DR EVANS:", "CALLER (Anne, Bristol):"), a
 * chat export's stamp and name ("[03/11/2022, 19:02] Auntie Carol:"), a handle ("u/name:", "@name:"), a bracketed
 * time ("(09:45)"). A single capitalised word is a speaker only when it names a role, or has a note with no number
 * ("CALLER (Anne, Bristol):"): "MIROCALS: phase 2b" and "VALOR (NEJM 2022): primary endpoint met" are not. */
const SPEAKER = String.raw`(?:(?:HOST|GUEST|CALLER|PRESENTER|INTERVIEWER|ANCHOR|REPORTER|NARRATOR|MODERATOR|DOCTOR|NURSE|PATIENT|SPEAKER|Q|A)(?:\s*\d+)?|[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){1,3}|[A-Z][A-Za-z.'’-]*(?=\s*\([^)\d]{1,40}\)))(?:\s*\([^)\d]{1,40}\))?:\s`;
const CHAT_STAMP = String.raw`\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]\s*(?:[^:\n]{1,30}:\s)?`;
const HANDLE = String.raw`(?:u\/[\w-]+|@\w+):\s`;
const LEADING = new RegExp(String.raw`^(?:[\s\-*•·▪–—]|${TIMESTAMP}|${THREAD_NUMBER}|${CHAT_STAMP}|${SPEAKER}|${HANDLE})+`);
const TRAILING = /\s+$/;
/** What is left of a footnote marker once the segmenter has broken after its "[": "14]", "3][4]", "a]", "note 2]". */
const FOOTNOTE_REST = /^[\w ,–-]{1,12}\](?:\[[\w ,–-]{1,12}\])*/;
/** Longer than this is not a sentence a reader wrote (a table, a run-on list, pasted junk): it is
 * skipped, so no rule ever runs over unbounded input. Real news sentences stay well under 600. */
export const MAX_SENTENCE_CHARS = 2000;

/** A sentence's end followed by a footnote marker and a capital ("…more.[a] And…", "…more.[citation needed] The…"),
 * where the segmenter sees no break (it reads the letter in the bracket as the sentence going on). */
const FOOTNOTE_BREAK = /[.!?]["”’)]?(?:\[[\w ,–-]{1,20}\])+\s+(?=[A-Z])/g;

/** The segments, split again after a footnote marker that ends a sentence. */
function* footnoteBreaks(
  segs: Iterable<{ index: number; segment: string; continues?: boolean }>,
): Generator<{ index: number; segment: string; continues?: boolean }> {
  for (const seg of segs) {
    let from = 0;
    for (const m of seg.segment.matchAll(FOOTNOTE_BREAK)) {
      const to = m.index + m[0].length;
      yield { index: seg.index + from, segment: seg.segment.slice(from, to), continues: from === 0 ? seg.continues : false };
      from = to;
    }
    if (from === 0) yield seg;
    else if (from < seg.segment.length) yield { index: seg.index + from, segment: seg.segment.slice(from), continues: false };
  }
}

/** Window handed to the segmenter at a time. ICU's sentence iterator with its title suppressions
 * ("Dr.") is quadratic within one run of text ("Dr. Dr. Dr. …": 80 KB took 0.7 s, 160 KB 10 s), so it
 * only ever sees a bounded window. A break is trusted only when it sits more than WINDOW_MARGIN
 * before the window's end (the segmenter looks ahead past spaces and punctuation to decide a break). */
const WINDOW = 2600;
const WINDOW_MARGIN = 300;

/** The segmenter's segments of `flat`, as (start, text), found window by window. */
export function* segments(flat: string): Generator<{ index: number; segment: string; continues?: boolean }> {
  let overlong = false;
  let from = 0;
  while (from < flat.length) {
    const to = Math.min(flat.length, from + WINDOW);
    const last = to === flat.length;
    const window = flat.slice(from, to);
    let next = from;
    for (const seg of segmenter.segment(window)) {
      const end = seg.index + seg.segment.length;
      if (!last && end > WINDOW - WINDOW_MARGIN) break;
      yield { index: from + seg.index, segment: seg.segment, continues: overlong };
      overlong = false;
      next = from + end;
    }
    // No trusted break in the whole window: an over-long run with no sentence end. Hand it on in
    // pieces (each longer than MAX_SENTENCE_CHARS is skipped) and carry on after it.
    if (next === from) {
      next = from + WINDOW - WINDOW_MARGIN;
      yield { index: from, segment: flat.slice(from, next), continues: overlong };
      overlong = true;
    }
    from = next;
  }
}

export function splitSentences(text: string): Sentence[] {
  const flat = unwrap(text);
  // `tail` is where the last merged segment starts (minus one character of context): the title that
  // decides a merge ends there, so only that much is tested, not the whole merged sentence.
  const raw: { start: number; end: number; tail: number; newline: boolean }[] = [];
  for (const seg of footnoteBreaks(segments(flat))) {
    let start = seg.index;
    const end = start + seg.segment.length;
    const prev = raw[raw.length - 1];
    // A footnote marker after the full stop ("…in laboratory assays.[14] A 2018 study…"): the segmenter breaks inside
    // the bracket, so the marker's rest belongs to the sentence before, not to the start of the next.
    const note = prev && flat[start - 1] === '[' ? FOOTNOTE_REST.exec(seg.segment) : null;
    if (prev && note) {
      prev.end = start + note[0].length;
      start += note[0].length;
      if (start >= end) continue;
    }
    const before = prev ? flat.slice(prev.tail, prev.end) : '';
    const abbreviation =
      (NO_BREAK_AFTER.test(before) && (!NUMBER_ABBREVIATION.test(before) || /^\s*\d/.test(seg.segment))) ||
      (INITIALISM.test(before) && GOES_ON_AFTER_INITIALISM.test(seg.segment)) ||
      (MONTH_ABBREVIATION.test(before) && /^\s*\d/.test(seg.segment));
    if (prev && !note && ((abbreviation && !prev.newline) || seg.continues)) {
      prev.tail = start - 1;
      prev.end = end;
      prev.newline = seg.segment.includes('\n');
    } else {
      raw.push({ start, end, tail: start, newline: seg.segment.includes('\n') });
    }
  }
  const out: Sentence[] = [];
  for (const r of raw) {
    let s = r.start;
    let e = r.end;
    const slice = flat.slice(s, e);
    const lead = LEADING.exec(slice);
    if (lead) s += lead[0].length;
    const trail = TRAILING.exec(flat.slice(s, e));
    if (trail) e -= trail[0].length;
    if (e - s > MAX_SENTENCE_CHARS) continue;
    if (e > s && /[A-Za-z0-9]/.test(flat.slice(s, e))) out.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return out;
}

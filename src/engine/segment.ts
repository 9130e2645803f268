// Sentence segmentation of one passage: unwrap soft line breaks, split with the platform's
// Unicode sentence segmenter (Intl.Segmenter, in Node and every browser), then repair the
// splits it makes after titles such as "Dr." and trim list markers and spaces off each sentence.
import { THREAD_NUMBER, TIMESTAMP, unwrap } from './unwrap';

export interface Sentence {
  /** Offsets into the passage's text. */
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Abbreviations after which the segmenter wrongly ends a sentence. */
const NO_BREAK_AFTER = /(?:^|[\s(])(?:Dr|Prof|Mr|Mrs|Ms|St|vs|approx|Fig|Figs|No|Nos|Jr|Sr|e\.g|i\.e|cf|al|Ref|DR|PROF|MR|MRS)\.\s*$/;
/** "No." and "Nos." abbreviate "number" only before one ("No. 5"); "No. No, it didn't" is two sentences. */
const NUMBER_ABBREVIATION = /(?:^|[\s(])Nos?\.\s*$/;
/** List markers, timestamps ("[00:05:40]") and thread post numbers ("2/") are not part of the sentence. */
const LEADING = new RegExp(String.raw`^(?:[\s\-*•·▪–—]|${TIMESTAMP}|${THREAD_NUMBER})+`);
const TRAILING = /\s+$/;

export function splitSentences(text: string): Sentence[] {
  const flat = unwrap(text);
  const raw: { start: number; end: number }[] = [];
  for (const seg of segmenter.segment(flat)) {
    const start = seg.index;
    const end = start + seg.segment.length;
    const prev = raw[raw.length - 1];
    const before = prev ? flat.slice(prev.start, prev.end) : '';
    const abbreviation = NO_BREAK_AFTER.test(before) && (!NUMBER_ABBREVIATION.test(before) || /^\s*\d/.test(seg.segment));
    if (prev && abbreviation && !before.includes('\n')) {
      prev.end = end;
    } else {
      raw.push({ start, end });
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
    if (e > s && /[A-Za-z0-9]/.test(flat.slice(s, e))) out.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return out;
}

// Undo hard line wrapping. Pasted copy and saved articles break lines inside sentences
// ("- Most\npatients survive…", "…also known as Lou\nGehrig's disease"). Each "\n" is judged:
// a soft wrap becomes a space (same length, so offsets never move); a real break stays.

const LIST_MARKER = /^\s*(?:[-*•·▪]\s|\d{1,2}[.)]\s)/;
/** Other line openers that start a unit of their own: a timestamp ("[00:05:40]", "12:10 -"), a
 * thread post number ("2/", "3/7"), a speaker label in capitals ("HOST:", "DR. FIELD (GUEST):") or an
 * interview turn ("Q:", "A:"). */
/** "[00:05:40] ", "12:10 ": a timestamp opening a line (segment.ts trims it off the sentence). */
export const TIMESTAMP = String.raw`[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s`;
/** "2/ ", "3/7 " before a capital or a handle: a thread post number, not a fraction ("1/3 of"). */
export const THREAD_NUMBER = String.raw`\d{1,2}\/\d{0,2}\s+(?=[A-Z@#"“'‘])`;
const UNIT_OPENER = new RegExp(
  String.raw`^\s*(?:${TIMESTAMP}|${THREAD_NUMBER}|[A-Z][A-Z.'’ -]{0,30}[A-Z.](?:\s*\([^)]{1,40}\))?:\s|[QA]:\s)`,
);
/** A line that only says who posted and when: "@neuro_nerd · 2h", "u/name - 9 points", "Replying to
 * @someone". The post itself starts on the next line, even in lower case. */
const POST_HEADER = /^\s*(?:(?:Replying to\s+)?@\w+|u\/[\w-]+)\b[^.!?]{0,40}$/;
const ENDS_SENTENCE = /(?:[.!?:;|]["'”’)\]]*|[.!?]["'”’)\]]+)\s*$/;
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'for',
  'to',
  'and',
  'or',
  'by',
  'with',
  'at',
  'from',
  'as',
  'vs',
  'via',
  'into',
  'is',
  'are',
]);

/** A line that reads like a heading: every word capitalised, a number, or a small word. */
function looksLikeHeading(line: string): boolean {
  const words = line
    .replace(LIST_MARKER, '')
    .trim()
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w));
  if (words.length === 0 || words.length > 14) return false;
  return words.every((w) => {
    const core = w.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    return core === '' || /^[A-Z0-9]/.test(core) || SMALL_WORDS.has(core.toLowerCase());
  });
}

function wordCount(line: string): number {
  return line.trim().split(/\s+/).filter(Boolean).length;
}

/** A sentence-case headline opening a block: "Low-dose IL-2 extends survival in ALS, Lancet trial finds"
 * above its standfirst. A soft-wrapped first line runs to the wrap width, about as long as the lines
 * after it; a headline is clearly shorter and does not stop on a small word ("…in the"). */
function looksLikeHeadline(before: string | undefined, prev: string, next: string, nextNext: string | undefined): boolean {
  if (before !== undefined && before.trim() !== '') return false;
  const words = prev.trim().split(/\s+/);
  if (words.length < 3 || words.length > 20) return false;
  if (SMALL_WORDS.has(words[words.length - 1]!.toLowerCase().replace(/[^a-z]/g, ''))) return false;
  // The next line opens a sentence of its own with a common word ("The", "Researchers"): a wrapped
  // line starts with a capital only for a name ("…at\nMIROCALS…").
  if (SENTENCE_OPENER.test(next)) return true;
  const width = Math.max(next.trim().length, nextNext?.trim().length ?? 0);
  return prev.trim().length < 0.75 * width;
}

const SENTENCE_OPENER =
  /^\s*["'“‘]?(?:The|A|An|This|That|These|Those|It|Its|In|On|At|For|But|And|As|After|When|While|Although|However|Researchers|Scientists|Doctors|Experts|Patients|People|Participants|Three|Two|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Some|Most|Many|All|No|Only)\s/;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A line that is only a date, perhaps with "Published", "Updated", a label ("Last update posted:") or a weekday before it. */
const DATE_LINE = new RegExp(
  `^\\s*(?:(?:Published|Updated|Posted|Last updated|Date)(?: on)?:?\\s+|[A-Z][A-Za-z]*(?: [a-z]+){0,3}:\\s+)?(?:[A-Z][a-z]+day,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})\\s*$`,
);

const BRACKETED_LINE = /^\s*[([][^()[\]]{1,200}[)\]]\s*$/;

/** Is the newline between `prev` and `next` a real break (true) or a soft wrap (false)? `before` is the
 * line before `prev` (undefined at the start of the text). */
export function isHardBreak(prev: string, next: string, nextNext: string | undefined, before?: string): boolean {
  if (prev.trim() === '' || next.trim() === '') return true;
  if (ENDS_SENTENCE.test(prev)) return true;
  if (LIST_MARKER.test(next) || UNIT_OPENER.test(next) || POST_HEADER.test(prev) || POST_HEADER.test(next)) return true;
  // A dateline under a headline ("May 22, 2018", "Updated 3 March 2021") is a line of its own.
  if (DATE_LINE.test(next) || DATE_LINE.test(prev)) return true;
  // A line wholly in brackets ("(no date shown)", a caption's credit) is a note of its own.
  if (BRACKETED_LINE.test(next) || BRACKETED_LINE.test(prev)) return true;
  const nextStartsUpper = /^\s*["'“‘(]?[A-Z]/.test(next);
  if (!nextStartsUpper) return false;
  // "- Regulate\nT-cells – Preventing…": a list item broken after its first word continues.
  if (LIST_MARKER.test(prev) && wordCount(prev.replace(LIST_MARKER, '')) <= 2 && !looksLikeHeading(next)) return false;
  if (looksLikeHeading(prev)) {
    // A heading wrapped onto a short tail: "…Driven by Immune\nAttack\nAmyotrophic…".
    const tail = wordCount(next) <= 2 && looksLikeHeading(next) && nextNext !== undefined && !looksLikeHeading(nextNext);
    return !tail;
  }
  return looksLikeHeadline(before, prev, next, nextNext);
}

/** Returns the text with soft-wrap newlines replaced by spaces; length and offsets unchanged. */
export function unwrap(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    out += lines[i];
    if (i < lines.length - 1)
      out += isHardBreak(lines[i]!, lines[i + 1]!, lines[i + 2], i > 0 ? lines[i - 1] : undefined) ? '\n' : ' ';
  }
  return out;
}

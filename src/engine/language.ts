// Is the text English? The rules read English only: on a page in another language the engine says
// nothing, and the popup should say why rather than suggest the page is fine. A share of English
// function words is enough to tell (they make up about a third of English prose and almost none of
// French, Spanish, Italian, German or Portuguese text); too little text says nothing.

const FUNCTION_WORDS = new Set(
  'the and of to is that with for was were are this from by which have has it its be not but they their who will been than or at as an these those would could should also after into about'.split(
    ' ',
  ),
);
/** Fewer words than this cannot be judged. */
const MIN_WORDS = 40;
/** English prose sits far above this share (about 0.3); the other languages far below (under 0.04). */
const ENGLISH_SHARE = 0.1;

/** true: English; false: clearly another language; undefined: too little text to tell. */
export function looksEnglish(texts: readonly string[]): boolean | undefined {
  let words = 0;
  let common = 0;
  for (const text of texts) {
    for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
      words++;
      if (FUNCTION_WORDS.has(m[0])) common++;
    }
  }
  if (words < MIN_WORDS) return undefined;
  return common / words >= ENGLISH_SHARE;
}

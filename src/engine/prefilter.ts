// The cheap first pass: does a text mention the topic at all, and which passages of it might hold
// a claim? Regex only, no NLP: the content script imports this file, so it must stay tiny and
// must not pull in compromise, zod or the claims database: the database's own words come from
// src/generated/prefilter.json, written when the database is compiled.
import terms from '../generated/prefilter.json';
import type { Passage } from './types';

/** Words that put a page in scope: the disease, and (from the claims database) its drugs and trial names.
 * Acronyms are case-sensitive (German "als" must not count). */
export const TOPIC_CASE = new RegExp(String.raw`\bALS\b|\bMND\b|\bNCT\d{8}\b|` + terms.topicCase);
export const TOPIC_NOCASE = new RegExp(
  String.raw`amyotrophic lateral sclerosis|motor[- ]?neuron(?:e)?s?[- ]disease|lou gehrig|` + terms.topicNoCase,
  'i',
);

/** Words that make a passage worth a closer look once the page is in scope. */
const PASSAGE = new RegExp(
  String.raw`\bALS\b|\bMND\b|amyotrophic|motor[- ]?neuron|gehrig|\bNCT\d{8}\b|\bTregs?\b|regulatory T|T[- ]?cells?|immun|autoimmun|inflamm|microglia|\btrials?\b|\bstud(?:y|ies)\b|\bsurviv|\bbreakthrough|\bcure\b` +
    // Claims about a treatment that say "the drug", "the injections", "results": in a page already in
    // scope, a passage like that often continues the story of a study named in the paragraph before.
    String.raw`|\b(?:drugs?|medic\w*|treat\w*|therap\w*|injections?|infusions?|doses?|dosing|approv\w*|availab\w*|withdr[ae]w\w*|FDA|EMA|results?|findings?|researchers|scientists|patients|participants|per ?cent|progress\w*|declin\w*|diagnos\w*|disease|phase\s*(?:[1-3]|I{1,3})|prov(?:en|ed|es)|proof)\b|%|` +
    // Every drug, gene and study name the claims database knows.
    terms.passage,
  'i',
);

/** One regex pass over the whole text: false means nothing else needs to run. */
export function mentionsTopic(text: string): boolean {
  return TOPIC_CASE.test(text) || TOPIC_NOCASE.test(text);
}

/**
 * Splits a text into passages at blank lines and keeps those that might hold a claim.
 * Returns [] when the text never mentions the topic.
 */
export function candidatePassages(text: string): Passage[] {
  if (!mentionsTopic(text)) return [];
  return passagesIn(text);
}

/** candidatePassages without the topic gate: for a caller that has already passed it (the content
 * script, on the page's whole text) and splits a long text into windows (see passageWindows). */
export function passagesIn(text: string, offset = 0): Passage[] {
  const out: Passage[] = [];
  for (const [from, to] of passageBounds(text)) {
    const slice = text.slice(from, to);
    if (mightHoldClaim(slice)) out.push({ start: offset + from, text: slice });
  }
  return out;
}

/** Where the passages of a text are: [from, to) between blank lines (some may be blank). */
export function passageBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  const blank = /\n[ \t\u00a0]*\n\s*/g;
  let start = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

/** The passage test of passagesIn: words that make a passage worth a closer look (a blank passage
 * has none). True for a passage when true for any piece of it that overlaps the next by more than a
 * match. */
export function mightHoldClaim(passage: string): boolean {
  return PASSAGE.test(passage);
}

/** Where to cut a long text so that passagesIn on each window, offset by its start, gives what it
 * gives on the whole text: at a blank line at least `size` characters on that follows a visible
 * character (so the whole-text split would start a blank there too). */
export function passageWindows(text: string, size: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const cutAt = /\S\n[ \t\u00a0]*\n/g;
  let start = 0;
  while (start < text.length) {
    cutAt.lastIndex = start + size;
    const m = cutAt.exec(text);
    const end = m ? m.index + 1 : text.length;
    out.push({ start, end });
    start = end;
  }
  return out;
}

// Negation scope: is a cue at a given offset governed by a negation word just before it?
// Lexical on purpose: compromise tags "not"/"no"/"never" as #Negative, but the window logic below
// is what decides scope, and it is cheap.

/** Negators that govern a following verb or noun phrase. */
const NEGATOR =
  /\b(?:not|no|never|neither|nor|without|cannot|none|nothing|lack(?:s|ed|ing)? of|absence of|failed to|fails? to|unable to|did ?n['’]t|does ?n['’]t|do ?n['’]t|was ?n['’]t|were ?n['’]t|is ?n['’]t|are ?n['’]t|could ?n['’]t|would ?n['’]t)\b/gi;

/** Words that close a negation's scope: a new clause starts after them. */
const SCOPE_BREAK = /[,;:()]|\b(?:but|whereas|while|although|though|however|and|which|that)\b/i;

/** How many words a negation may reach forward ("did not significantly improve" = 2). */
const MAX_GAP_WORDS = 3;

/**
 * True when a negator occurs at most MAX_GAP_WORDS words before `index` in `sentence`, with no
 * clause break in between. Examples: "did not improve" (negated), "no significant association"
 * (negated), "not only improved" (not negated: "not only" is an intensifier).
 */
export function isNegatedAt(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 80), index);
  let last: RegExpExecArray | null = null;
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(before); m; m = NEGATOR.exec(before)) last = m;
  if (!last) return false;
  const between = before.slice(last.index + last[0].length);
  if (/^\s*only\b/i.test(between)) return false;
  if (SCOPE_BREAK.test(between)) return false;
  const words = between.trim() === '' ? 0 : between.trim().split(/\s+/).length;
  return words <= MAX_GAP_WORDS;
}

/** True when the sentence states the absence of a difference or effect outright
 * ("no significant difference", "did not differ", "were similar"). */
export function statesNoDifference(sentence: string): boolean {
  return /\b(?:no (?:\w+ ){0,2}differences?|did not differ|not (?:\w+ )?different|no (?:\w+ ){0,2}changes?)\b/i.test(sentence);
}

// Negation near a cue: "did not extend survival", "no cure", "not confirmed".

const NEGATOR = /\b(?:not|no|never|none|neither|nor|without|cannot|can't|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't|fail(?:s|ed)? to|unable to|lack(?:s|ed)? (?:of )?|absence of|un(?:confirmed|proven|established))\b/gi;

/** Is the match at [index, index+length) negated by a negator up to `window` words before it? */
export function isNegatedAt(text: string, index: number, window = 5): boolean {
  const before = text.slice(0, index);
  // Stop at clause boundaries: a negation in a previous clause does not reach this one.
  const clause = before.split(/[;:,()—–]|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b/i).pop() ?? '';
  const words = clause.trim().split(/\s+/).slice(-window).join(' ');
  NEGATOR.lastIndex = 0;
  return NEGATOR.test(words);
}

/** Every match of `re` in `text` that is not negated. */
export function unnegatedMatches(text: string, re: RegExp): RegExpExecArray[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const out: RegExpExecArray[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (!isNegatedAt(text, m.index)) out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

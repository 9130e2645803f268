// Negation near a cue: "did not extend survival", "no cure", "not confirmed".

const NEGATOR =
  /\b(?:not|no|never|none|neither|nor|nobody|no one|without|cannot|can't|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't|won't|wouldn't|shouldn't|couldn't|\w+n’t|fail(?:s|ed)? to|unable to|un(?:confirmed|proven|established))\b/gi;
/** "lack of benefit", "absence of any effect": these negate the noun right after them only; "a lack of
 * Tregs drives progression" negates nothing the verb says. */
const NOUN_NEGATOR =
  /\b(?:lack(?:s|ed|ing)?(?: of)?|absence of)\s+(?:(?:any|a|clear|significant|meaningful|real|measurable)\s+)?$/i;

/** A denied report governs the whole clause it introduces: "did not show that IL-2 cures ALS",
 * "there is no evidence that Tregs halt the disease", "nothing suggests it works". */
const DENIED_REPORT =
  /\b(?:(?:not|never|no|nothing|cannot)\s+(?:\w+\s+){0,3}?(?:show|prove|find|found|demonstrat|establish|mean|suggest|evidence|proof|indication|sign|case|argument|data)\w*|n[’']t\s+(?:\w+\s+){0,2}?(?:show|prove|find|demonstrat|establish|mean|suggest)\w*)\s+(?:\w+\s+){0,3}?that\b[^;:]*$/i;

/** A clause's subject that denies it: "no drug", "no ALS treatment", "no approved medicine yet" (after a complementizer
 * or at the clause's start). */
const NEGATIVE_SUBJECT =
  /(?:^\s*|\bthat\s+)no\s+(?:[\w-]+\s+){0,3}?(?:drugs?|medicines?|medications?|treatments?|therap(?:y|ies)|trials?|stud(?:y|ies)|patients?|participants?|one)\b/i;

/** A denied noun whose relative clause is the claim: "a disease with no current treatments that slow or stop its
 * progression", "there is no drug able to halt it" (the verbs after "that" say what no treatment does). */
const NO_ONE_THAT =
  /\bno\s+(?:[\w-]+\s+){0,3}?(?:drugs?|medicines?|medications?|treatments?|therap(?:y|ies)|options?|cures?)\s+(?:that|which|able to|capable of)\b[^.;]*$/i;

/** Is the match at [index, index+length) negated by a negator up to `window` words before it? */
export function isNegatedAt(text: string, index: number, window = 5): boolean {
  const before = text.slice(0, index);
  if (DENIED_REPORT.test(before) || NOUN_NEGATOR.test(before)) return true;
  // Stop at clause boundaries: a negation in a previous clause does not reach this one.
  const clause = before.split(/[;:,()—–]|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b/i).pop() ?? '';
  // A clause whose subject is "nobody", "no one", "none of them" denies all of it: "Nobody in the trial was cured".
  // So does one whose subject is "no drug", "no treatment so far", also after "that" ("Experts stress that no ALS drug so
  // far halts or reverses the disease": both verbs are denied, not only the first within reach).
  if (/^\s*(?:nobody|no one|none|nothing|neither)\b/i.test(clause) || NEGATIVE_SUBJECT.test(clause) || NO_ONE_THAT.test(clause))
    return true;
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

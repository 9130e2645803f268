// How a randomised study split its participants between the drug and placebo, told wrongly: "137 patients, half of
// whom got a placebo" for a trial randomised 2:1, "randomised 1:1" for one randomised 3:2 (`design.allocation`). Part
// of the wrong-fact rule; a verified record field decides, and only where the sentence is about the study itself.
import { aboutTheStudyItself, namesStudyByName } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

/** Three arms: "randomised 1:1:1" (the last is taken as placebo's share, the usual order). */
const RATIO3 = /\b(\d)\s*:\s*(\d)\s*:\s*(\d)\b/;
/** Equal groups, however many: "in equal numbers", "split evenly", "two equal groups", "one-to-one". */
const EQUAL =
  /\b(?:split|divided|randomi[sz]ed|assign\w*|allocat\w*)\s+(?:[\w-]+\s+){0,4}?(?:evenly|equally|in\s+half|in\s+equal\s+numbers|50[-:/]50|into\s+(?:two|three|2|3)\s+equal)\b|\b(?:two|three|2|3)\s+equal\s+(?:groups|arms)\b|\b(?:one|1)[- ]to[- ](?:one|1)\b|\bin\s+equal\s+numbers\b/i;
/** A stated ratio near the randomisation: "randomised 2:1", "a 3:2 ratio", "in a one-to-one ratio". */
const RATIO =
  /\b(\d)\s*(?::|to)\s*(\d)\b(?=[^.;]{0,40}?\b(?:ratio|randomi[sz]\w*|allocat\w*|drug|placebo)\b)|\b(?:randomi[sz]ed|allocated|assigned)\b[^.;]{0,30}?\b(\d)\s*(?::|to)\s*(\d)\b/i;
/** Halves: "half of whom got a placebo", "half the drug and half placebo", "split evenly", "two equal groups". */
const HALVES =
  /\bhalf\s+(?:of\s+(?:them|whom|the\s+(?:patients|participants|people|volunteers))\s+)?(?:got|received|were\s+given|took|on|were\s+on|were\s+assigned\s+to|were\s+randomi[sz]ed\s+to)\s+(?:a\s+|the\s+)?[\w-]+/i;
/** A third or two-thirds: "a third got a placebo", "two-thirds received the drug", "one in three on placebo". */
const THIRDS =
  /\b(?:a|one|1)[- ]third\s+(?:of\s+(?:them|whom|the\s+(?:patients|participants))\s+)?(?:got|received|were\s+given|took|on|were\s+on)\s+(?:a\s+|the\s+)?([\w-]+)|\b(?:two|2)[- ]thirds\s+(?:of\s+(?:them|whom|the\s+(?:patients|participants))\s+)?(?:got|received|were\s+given|took|on|were\s+on)\s+(?:a\s+|the\s+)?([\w-]+)/i;
/** A plan or a question, before or in the split told ("will randomise 1:1", "were they split evenly?"); what the
 * sentence goes on to say of the result ("…, suggested it may slow decline") does not count. */
const GUARD = /\b(?:if|whether|should|will|would|planned|plans?|intends?|aims?)\b|\?/i;
const SPLIT_TOLD = new RegExp(`${RATIO3.source}|${RATIO.source}|${EQUAL.source}|${HALVES.source}|${THIRDS.source}`, 'i');

/** The share of participants given placebo that the sentence tells, if it tells one (`arms`: the record's arms, for
 * "in equal numbers"). */
function toldPlaceboShare(text: string, arms: number): number | undefined {
  const r3 = RATIO3.exec(text);
  if (r3) {
    const [a, b, c] = [Number(r3[1]), Number(r3[2]), Number(r3[3])];
    if (a > 0 && b > 0 && c > 0) return c / (a + b + c);
  }
  if (EQUAL.test(text)) return 1 / arms;
  const r = RATIO.exec(text);
  if (r) {
    const a = Number(r[1] ?? r[3]);
    const b = Number(r[2] ?? r[4]);
    // "randomised 2:1 to drug or placebo": the first number is the drug's (the usual order); a 1:1 is the same either way.
    if (a > 0 && b > 0) return b / (a + b);
  }
  if (HALVES.test(text)) return 0.5;
  const t = THIRDS.exec(text);
  if (t) {
    const placebo = /placebo|dummy/i.test(t[1] ?? t[2] ?? '');
    const third = t[1] !== undefined;
    return third ? (placebo ? 1 / 3 : 2 / 3) : placebo ? 2 / 3 : 1 / 3;
  }
  return undefined;
}

export function checkAllocation(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  const a = source.design.allocation;
  if (!a?.verified || /\?/.test(s.text) || !aboutTheStudyItself(input)) return null;
  const text = s.digits();
  const at = SPLIT_TOLD.exec(text);
  if (!at || GUARD.test(text.slice(0, at.index + at[0].length))) return null;
  // A sentence that names another study of the drug by its own name and not this one is about that one ("The CENTAUR
  // trial was a 2:1 randomised trial", linked to PHOENIX through the drug's code).
  const others = [...(input.related ?? []), ...(input.siblings ?? [])];
  if (!namesStudyByName(source, s.text) && others.some((o) => namesStudyByName(o, s.text))) return null;
  const told = toldPlaceboShare(text, a.arms);
  if (told === undefined) return null;
  const actual = a.placebo / (a.drug + a.placebo);
  const ratio = `${a.drug}:${a.placebo}`;
  if (Math.abs(told - actual) < 0.05) return { confirmed: `${source.name} randomised ${ratio} (drug to placebo).` };
  return {
    fired: `${source.name} randomised ${ratio} (drug to placebo)${a.note ? `, ${a.note}` : ''}; not as the sentence splits it.`,
  };
}

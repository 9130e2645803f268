// A drug's survival gain told far larger than the evidence supports ("extends life by two years" for a
// drug whose trials show about three months). Part of the wrong-fact rule; the range comes from the
// claim's verified `survivalGain`. A figure inside the range confirms; one well above it (more than
// twice the upper bound) fires; anything in between, vague ("several months") or hedged says nothing.
import { SUBGROUP_QUALIFIER } from '../cues/claims-language';
import { parseNumberWords } from '../number-words';
import type { RuleInput, RuleOutcome } from './types';

/** The vague amounts ("a few months"); numbers written as words are read by number-words.ts. */
const VAGUE: Record<string, number> = { a: 1, an: 1, 'a couple of': 2, 'a few': 2, several: 3 };
const AMOUNT = String.raw`(\d+(?:\.\d+)?|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)(?:\s+(?:to|or|-|–)\s+(?:\d+(?:\.\d+)?|two|three|four|five|six))?`;
const UNIT = String.raw`(months?|years?)`;
const APPROX = String.raw`(?:(?:about|around|roughly|approximately|some|nearly|almost|up to|over|more than|on average|an average of|a median of)\s+)*`;
/** "extends life by two years", "adds 18 months of life", "patients live three years longer". */
const GAIN = new RegExp(
  [
    String.raw`\b(?:extend|prolong|lengthen|increas|add|buy|buys|gain|give|gives)\w*\b[^.;]{0,40}?\bby\s+${APPROX}${AMOUNT}\s+${UNIT}`,
    String.raw`\b(?:add|adds|added|adding|buy|buys|bought|gain|gains|gained|give|gives|gave|offers?)\s+(?:(?:patients|people|them|you)\s+)?${APPROX}${AMOUNT}\s+(?:extra\s+|more\s+|additional\s+)?${UNIT}`,
    String.raw`\blive[sd]?\s+${APPROX}${AMOUNT}\s+${UNIT}\s+longer`,
    String.raw`\b${AMOUNT}\s+(?:extra|more|additional)\s+${UNIT}\s+of\s+(?:life|survival)`,
  ].join('|'),
  'i',
);
// Registry (observational) gains are real reports, only weaker evidence: another rule's business.
const GUARD =
  /\b(?:may|might|could|would|if|whether|hope\w*|claim\w*|myth|wrongly|not|no|never|unlike|whereas|(?<!more |less |fewer )than|suggest\w*|registr\w*|real[- ]world|observational)\b|n't\b|\?/i;

function months(amount: string, unit: string): number | undefined {
  const a = amount.toLowerCase();
  const n = /^\d/.test(a) ? Number(a) : (VAGUE[a] ?? parseNumberWords(a));
  if (n === undefined) return undefined;
  return /^year/i.test(unit) ? n * 12 : n;
}

/** Survival told as multiplied: "doubles survival time", "roughly doubles life expectancy", "triples how long patients
 * live". Far beyond a gain of months, whatever the baseline. */
const MULTIPLIED =
  /\b(?:doubl|tripl)(?:e|es|ed|ing)\s+(?:the\s+|patients['’]?\s+|your\s+|their\s+|a\s+patient['’]s\s+)?(?:median\s+)?(?:survival|life expectancy|lifespan|life span|how long (?:patients|people) live)\b/i;

export function checkSurvivalGain({ s, claim }: RuleInput): RuleOutcome {
  const gain = claim.survivalGain;
  if (!gain?.verified || GUARD.test(s.text)) return null;
  if (MULTIPLIED.test(s.text))
    return {
      fired: `The evidence supports a gain in median survival of about ${gain.lowMonths}–${gain.highMonths} months, not a doubling.`,
    };
  const m = GAIN.exec(s.text);
  if (!m) return null;
  const groups = m.slice(1).filter((g) => g !== undefined);
  const stated = months(groups[0]!, groups[1]!);
  if (stated === undefined) return null;
  const range = `about ${gain.lowMonths}–${gain.highMonths} months`;
  const told = stated >= 12 && stated % 12 === 0 ? `${stated / 12} year${stated > 12 ? 's' : ''}` : `${stated} months`;
  if (stated > gain.highMonths * 2) return { fired: `The evidence supports a gain in median survival of ${range}, not ${told}.` };
  if (stated >= gain.lowMonths && stated <= gain.highMonths) return { confirmed: `A gain of ${range} matches the evidence.` };
  return null;
}

// --- the relative reduction in the risk of death ----------------------------------------------------
// "halves the risk of death", "cut the risk of dying by 65%", "a 50% lower risk of death": judged against
// the claim's verified whole-population reduction. A subgroup's figure is the subgroup rule's business,
// so a sentence that names a subgroup says nothing here.
const RISK = String.raw`(?:risk|hazard|chance|odds) of (?:death|dying)(?: or [\w-]+)?`;
const HALVED = new RegExp(
  String.raw`\b(?:halv(?:e|es|ed|ing)\s+(?:the\s+|their\s+|patients['’]?\s+)?${RISK}|(?:cut|cuts|reduc\w*|lower\w*|slash\w*)\s+(?:the\s+|their\s+)?${RISK}\s+(?:in|by)\s+half|${RISK}\b[^.;]{0,30}?\b(?:was |were |is )?(?:cut|reduced|lowered|slashed)\s+(?:in|by)\s+half)`,
  'i',
);
const BY_PERCENT = new RegExp(
  String.raw`\b(?:(\d{1,2}(?:\.\d)?)\s?(?:%|per ?cent|percent)\s+(?:lower|reduced|less|smaller|reduction in(?: the)?)\s+${RISK}|(?:cut|cuts|reduc\w*|lower\w*|slash\w*)\s+(?:the\s+|their\s+)?${RISK}\s+by\s+(?:about |around |roughly |some |nearly |almost )?(\d{1,2}(?:\.\d)?)\s?(?:%|per ?cent|percent)|${RISK}\b[^.;]{0,20}?\b(?:was |were |is )?(?:cut|reduced|lowered)\s+by\s+(?:about |around |roughly |some |nearly |almost )?(\d{1,2}(?:\.\d)?)\s?(?:%|per ?cent|percent))`,
  'i',
);

/** A subgroup named ("applies to that lower-marker group", "in those with low levels"): maybe not everyone.
 * A trial arm ("the IL-2 group") is not one. */
const A_GROUP =
  /\b(?:sub-?groups?|subsets?|those with|(?:patients|people|participants) (?:with|whose)|(?:lower|higher|low|high)[- ](?:marker|pNFH|level|NfL)s?\b[^.;]{0,15}\bgroup)\b/i;

export function checkDeathRiskReduction({ s, claim }: RuleInput): RuleOutcome {
  const r = claim.deathRiskReduction;
  if (!r?.verified || GUARD.test(s.text) || SUBGROUP_QUALIFIER.test(s.text) || A_GROUP.test(s.text)) return null;
  const text = s.digits();
  const halved = HALVED.exec(text);
  const pct = BY_PERCENT.exec(text);
  const stated = halved ? 50 : pct ? Number(pct[1] ?? pct[2] ?? pct[3]) : undefined;
  if (stated === undefined) return null;
  const range = r.lowPercent === r.highPercent ? `about ${r.lowPercent}%` : `${r.lowPercent}–${r.highPercent}%`;
  if (stated >= r.lowPercent - 3 && stated <= r.highPercent + 3)
    return { confirmed: `A reduction of ${range} in the risk of death matches the evidence.` };
  // Well beyond the record (more than 1.5 times its upper figure and 10 points above it) is a wrong fact.
  if (stated > r.highPercent * 1.5 && stated - r.highPercent >= 10)
    return {
      fired: `Across all patients the evidence shows ${r.lowPercent === r.highPercent ? `about a ${r.lowPercent}%` : `a ${range}`} lower risk of death, not ${stated}%.`,
    };
  return null;
}

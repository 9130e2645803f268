// A drug's survival gain told far larger than the evidence supports ("extends life by two years" for a
// drug whose trials show about three months). Part of the wrong-fact rule; the range comes from the
// claim's verified `survivalGain`. A figure inside the range confirms; one well above it (more than
// twice the upper bound) fires; anything in between, vague ("several months") or hedged says nothing.
import type { RuleInput, RuleOutcome } from './types';

const NUMBER: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  eighteen: 18,
  'a couple of': 2,
  'a few': 2,
  several: 3,
};
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
  const n = /^\d/.test(a) ? Number(a) : NUMBER[a];
  if (n === undefined) return undefined;
  return /^year/i.test(unit) ? n * 12 : n;
}

export function checkSurvivalGain({ s, claim }: RuleInput): RuleOutcome {
  const gain = claim.survivalGain;
  if (!gain?.verified || GUARD.test(s.text)) return null;
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

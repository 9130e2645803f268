// How many people live with the disease in a place, told far off: "more than 100,000 Americans have ALS" against
// the CDC's 16,000 registered (2014) to about 30,000 estimated (2018). Part of the wrong-fact rule; the claim's
// verified `prevalence` ranges decide. A figure within a factor of two of the range is left alone: estimates differ.
import { compiled } from '../regexp';
import type { RuleInput, RuleOutcome } from './types';

const N = String.raw`(\d{1,3}(?:,\d{3})+|\d{4,7})`;
/** "30,000 Americans", "100,000 people in the US", "about 5,000 people living with ALS in the UK". */
const COUNT = new RegExp(
  String.raw`\b${N}\s+(?:[\w-]+\s+){0,2}?(?:Americans|Britons|people|patients|persons|adults|individuals)\b`,
  'g',
);
/** The count is of people who have the disease now (not deaths, new cases, or anything else). */
const LIVING = /\b(?:have|has|had|living with|live with|lives with|with (?:ALS|MND)|affected|suffer\w*|diagnosed with)\b/i;
const NOT_PREVALENCE =
  /\b(?:die|dies|died|deaths?|each year|every year|a year|per year|annually|new cases|diagnosed each|incidence|signed|petition|trial|study|enrol\w*|worldwide|globally|around the world|in the world|across the world)\b/i;

export function checkPrevalence({ s, claim }: RuleInput): RuleOutcome {
  const ranges = (claim.prevalence ?? []).filter((r) => r.verified);
  if (ranges.length === 0 || !LIVING.test(s.text) || NOT_PREVALENCE.test(s.text)) return null;
  const counts = [...s.digits().matchAll(COUNT)];
  if (counts.length !== 1) return null;
  const stated = Number(counts[0]![1]!.replace(/,/g, ''));
  const range = ranges.find((r) => compiled(r.place, 'i').test(s.text));
  if (!range) return null;
  const told = `${range.low.toLocaleString('en-US')}–${range.high.toLocaleString('en-US')}`;
  if (stated > range.high * 2 || stated < range.low / 2)
    return { fired: `${range.what}: ${told} (${range.basis}), not ${stated.toLocaleString('en-US')}.` };
  if (stated >= range.low && stated <= range.high) return { confirmed: `Within the recorded ${told}.` };
  return null;
}

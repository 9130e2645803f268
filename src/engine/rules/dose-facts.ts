// How a study gave its treatment, told wrongly: "20 MIU a day" for a 2 MIU dose, "every day for 18 months" for
// 5-day cycles every 28 days, "high-dose" for a low-dose trial. Part of the wrong-fact rule; the study's verified
// `design.dosing` decides, and only where the sentence is about the study (named, or followed from before).
import { compiled, escapeRegExp } from '../regexp';
import type { RuleInput, RuleOutcome } from './types';

/** An amount in the record's unit: "2 MIU", "20 million units", "1.5 million international units". */
const AMOUNT = /\b(\d+(?:\.\d+)?)\s*(?:MIU|M\s?IU|million (?:international )?units|million IU)\b/gi;
/** Given every day without a break, for months: "every day for 18 months", "daily injections for two years". */
const CONTINUOUS =
  /\b(?:every day|each day|daily|once a day)\s+(?:[\w-]+\s+){0,2}?for\s+(?:\w+\s+){0,3}?(?:months?|years?|weeks?)\b|\b(?:continuous(?:ly)?|without a break|non-?stop)\b/i;
/** The cycles named: then "daily" is the days of a cycle. */
const CYCLES = /\b(?:cycles?|courses?|five days|5 days|5-day|five-day|every (?:28 days|four weeks|4 weeks|month)|monthly)\b/i;
/** "high-dose", "a high dose of": said of a low-dose trial. A contrast with high doses elsewhere says "low" too. */
const HIGH = /\bhigh[- ]dos(?:e|es|ed|ing)\b|\bhigh doses?\b|\blarge doses?\b/i;
const LOW = /\blow[- ]dos(?:e|es|ed|ing)\b|\blow doses?\b|\bsmall doses?\b/i;
const GUARD = /\b(?:may|might|could|would|if|whether|not|never|no)\b|n't\b|\?/i;
/** A comparison: the sentence may be about the other side of it. */
const COMPARED = /\b(?:unlike|whereas|compared with|than)\b/i;

export function checkDosing({ s, source, via }: RuleInput): RuleOutcome {
  const dosing = source.design.dosing;
  if (!dosing?.verified || via === 'standalone' || GUARD.test(s.text)) return null;
  // The study named only as what another is compared with ("higher than in IMODALS") is not the one dosed here.
  if (source.names.some((n) => compiled(`\\bthan (?:in |with |for )?(?:the )?${escapeRegExp(n)}\\b`, 'i').test(s.text)))
    return null;
  const amounts = [...s.text.matchAll(AMOUNT)].map((m) => Number(m[1]));
  const wrong = amounts.find((a) => !dosing.amounts.includes(a));
  if (wrong !== undefined)
    return {
      fired: `${source.name} gave ${dosing.amounts.join(' or ')} ${dosing.unit} per dose, not ${wrong} (${dosing.schedule}).`,
    };
  if (dosing.cycles && CONTINUOUS.test(s.text) && !CYCLES.test(s.text))
    return { fired: `${source.name} gave the treatment in cycles (${dosing.schedule}), not every day throughout.` };
  if (dosing.low && HIGH.test(s.text) && !LOW.test(s.text) && !COMPARED.test(s.text))
    return { fired: `${source.name} tested a low dose (${dosing.schedule}), not a high one.` };
  if (amounts.length > 0) return { confirmed: `${source.name}'s dose was ${dosing.amounts.join(' or ')} ${dosing.unit}.` };
  return null;
}

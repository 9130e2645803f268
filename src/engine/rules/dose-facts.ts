// How a study gave its treatment, told wrongly: "20 MIU a day" for a 2 MIU dose, "every day for 18 months" for
// 5-day cycles every 28 days, "high-dose" for a low-dose trial, "a daily pill" for a drug injected into the spinal
// fluid (checkRoute, judged against the verified `design.routes`). Part of the wrong-fact rule; the study's verified
// `design.dosing` decides, and only where the sentence is about the study (named, or followed from before).
import { compiled, escapeRegExp } from '../regexp';
import { ANOTHER_STUDY, namedOrFollowed, namesAnotherTreatment } from './study-names';
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
const LOW = /\b(?:(?:very |ultra-?)?low|small|tiny|minute|minuscule)[- ]dos(?:e|es|ed|ing)\b/i;
const GUARD = /\b(?:may|might|could|would|if|whether|not|never|no)\b|n't\b|\?/i;
/** The drug's use in cancer, named in any form ("a cancer treatment", "an old cancer drug", "oncologists"). */
const ANOTHER_USE = /\b(?:cancers?|tumou?rs?|melanoma|carcinoma|oncolog\w*|chemotherapy)\b/i;
/** A comparison: the sentence may be about the other side of it. */
const COMPARED = /\b(?:unlike|whereas|while|compared with|than)\b/i;

/** "In that trial, patients received 20 million units" where the page never names the trial: the document's study
 * (reached by context), told by a definite reference, with an amount none of the database's trials of the same drug
 * gave. */
const THAT_TRIAL = /\b(?:that|this|the)\s+(?:[\w-]+\s+)?(?:trial|study)\b/i;
function noTrialOfThisDrugGaveIt(input: RuleInput, amount: number): boolean {
  if (input.via !== 'context' || !THAT_TRIAL.test(input.s.text) || ANOTHER_STUDY.test(input.s.text)) return false;
  return !(input.siblings ?? []).some((o) => o.design.dosing?.amounts.includes(amount));
}

export function checkDosing(input: RuleInput): RuleOutcome {
  const { s, source, via } = input;
  const dosing = source.design.dosing;
  if (!dosing?.verified || via === 'standalone' || GUARD.test(s.text)) return null;
  // The study named only as what another is compared with ("higher than in IMODALS") is not the one dosed here.
  if (source.names.some((n) => compiled(`\\bthan (?:in |with |for )?(?:the )?${escapeRegExp(n)}\\b`, 'i').test(s.text)))
    return null;
  const amounts = [...s.text.matchAll(AMOUNT)].map((m) => Number(m[1]));
  const wrong = amounts.find((a) => !dosing.amounts.includes(a));
  // An amount is another study's as easily as this one's (the trials of one drug differ in dose): judged only where
  // the sentence names the study or its subject is the study followed.
  if (wrong !== undefined && (namedOrFollowed(input) || noTrialOfThisDrugGaveIt(input, wrong)))
    return {
      fired: `${source.name} gave ${dosing.amounts.join(' or ')} ${dosing.unit} per dose, not ${wrong} (${dosing.schedule}).`,
    };
  if (dosing.cycles && CONTINUOUS.test(s.text) && !CYCLES.test(s.text))
    return { fired: `${source.name} gave the treatment in cycles (${dosing.schedule}), not every day throughout.` };
  // "High-dose IL-2 has long been used against kidney cancer", "already licensed as a cancer treatment, so its safety at
  // high doses is well characterised": another disease's dose (a cancer drug's origin counts here, though it does not
  // make the sentence about cancer elsewhere).
  if (
    dosing.low &&
    HIGH.test(s.text) &&
    !LOW.test(s.text) &&
    !COMPARED.test(s.text) &&
    !s.has('other-disease') &&
    !ANOTHER_USE.test(s.text)
  )
    return { fired: `${source.name} tested a low dose (${dosing.schedule}), not a high one.` };
  if (amounts.length > 0) return { confirmed: `${source.name}'s dose was ${dosing.amounts.join(' or ')} ${dosing.unit}.` };
  return null;
}

/** How a drug reaches the body, as a sentence tells it. Only the unambiguous wordings: a bare "infusion" or
 * "injection" may be said of more than one route. */
const ROUTE_WORDS: [Route, RegExp][] = [
  [
    'oral',
    /\b(?:pills?|tablets?|capsules?|by mouth|orally|swallow(?:ed|s|ing)?\s+(?:it|them|the (?:drug|pill|tablet|capsule|medicine|medication)s?|an? (?:pill|tablet|capsule)|pills|tablets|capsules)\b|(?:is|are|be) swallowed|oral (?:drug|medicine|medication|treatment|therapy|form|version|formulation|suspension|solution))\b/i,
  ],
  ['intravenous', /\b(?:intravenous(?:ly)?|(?:an?|by|via|through) (?:IV|drip)|IV (?:infusions?|drip)|into (?:a|the) vein)\b/i],
  ['subcutaneous', /\b(?:subcutaneous(?:ly)?|under the skin)\b/i],
  [
    'intrathecal',
    /\b(?:intrathecal(?:ly)?|lumbar punctures?|spinal (?:taps?|injections?)|into the (?:spinal (?:fluid|canal|cord)|spine|fluid (?:around|surrounding) the spinal cord))\b/i,
  ],
];
/** An eligibility criterion ("use of gamma globulin intravenously within 2 months before enrollment"): the route is
 * another medicine's. */
const ELIGIBILITY =
  /\b(?:before (?:enrol\w*|entry|screening|randomi[sz]ation)|enrol(?:l)?ment|eligib\w*|exclusion|inclusion|criteri(?:a|on))\b/i;

type Route = 'oral' | 'intravenous' | 'subcutaneous' | 'intrathecal';
const ROUTE_NAME: Record<Route, string> = {
  oral: 'by mouth',
  intravenous: 'into a vein',
  subcutaneous: 'under the skin',
  intrathecal: 'into the spinal fluid',
};

/** "Tofersen is a daily pill", "the IL-2 was given intravenously": a route the drug was never given by. Judged only
 * where the sentence names no other treatment (which may be the one taken by mouth) and compares nothing. */
export function checkRoute({ s, source, via, doc }: RuleInput): RuleOutcome {
  const routes = source.design.routes;
  if (!routes?.verified || via === 'standalone' || GUARD.test(s.text) || COMPARED.test(s.text)) return null;
  if (namesAnotherTreatment(source, s) || ELIGIBILITY.test(s.text)) return null;
  const stated = ROUTE_WORDS.filter(([, re]) => re.test(s.text)).map(([r]) => r);
  if (stated.length === 0) return null;
  const allowed = new Set<Route>(routes.values);
  const wrong = stated.filter((r) => !allowed.has(r));
  // A right route is not worth a mark of its own; a route it was given by named beside a wrong one may contrast forms.
  if (wrong.length === 0 || wrong.length < stated.length) return null;
  // Not named here, the treatment may be that of the study the document is mostly about, given that way ("a 43-year-old
  // woman received the drug by lumbar injection" on a page about an antisense drug that also mentions another trial).
  const lead = doc.discussed[0];
  if (via !== 'named' && lead && lead !== source && lead.design.routes?.values.some((r) => wrong.includes(r))) return null;
  return {
    fired: `${source.name}: the treatment is given ${routes.values.map((r) => ROUTE_NAME[r]).join(' or ')}, not ${ROUTE_NAME[wrong[0]!]}.`,
  };
}

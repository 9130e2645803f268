// What an approval rested on and whom it covers, told wrongly: an approval based on a plasma
// biomarker said to rest on the spinal-fluid one, or an approval limited to a genetic subgroup said to
// cover everyone with ALS. Part of the wrong-fact rule (with approval-facts.ts); verified records only.
import type { Approval } from '../../claims/schema';
import { REGION_NAME } from './regions';
import type { RuleInput, RuleOutcome } from './types';

/** The sentence is about what a regulatory decision was based on. */
const BASIS =
  /\bbased (?:the |its |their )?(?:approval|decision)\b[^.;]{0,40}?\bon\b|\b(?:reviewers|regulators|the agency|the panel|FDA|EMA)\b[^.;]{0,20}?\b(?:leaned|relied|rested|drew|based (?:its|their) (?:decision|approval)) on\b|\b(?:approv\w*|decision|authori[sz]\w*|licen[cs]\w*|agency|regulators?|FDA|EMA)\b[^.;]{0,60}?\b(?:rest(?:s|ed)? on|based on|relied on|rel(?:y|ies) on|on the (?:basis|strength) of|hinged on|grounded in|because of)\b/i;
const FLUIDS: { name: string; re: RegExp }[] = [
  { name: 'cerebrospinal fluid', re: /\b(?:cerebrospinal fluid|spinal fluid|CSF)\b/i },
  { name: 'plasma', re: /\b(?:plasma|blood|serum)\b/i },
];
const NEGATION = /\b(?:not|no|never|rather than|instead of|unlike)\b|n't\b/i;

function fluidOf(text: string): string | undefined {
  const found = FLUIDS.filter((f) => f.re.test(text));
  return found.length === 1 ? found[0]!.name : undefined; // both named: a comparison, say nothing
}

export function checkApprovalBasis({ s, source }: RuleInput): RuleOutcome {
  if (!BASIS.test(s.text) || NEGATION.test(s.text) || !s.has('biomarker')) return null;
  const records = source.status.approvals.filter((a) => a.verified && a.basis);
  for (const a of records) {
    const actual = fluidOf(a.basis!);
    const said = fluidOf(s.text);
    if (!actual || !said) continue;
    if (actual !== said)
      return {
        fired: `${source.name}'s approval in ${REGION_NAME[a.region]} rested on ${a.basis}, measured in ${actual}, not in ${said}.`,
      };
    return { confirmed: `${source.name}'s approval rested on a ${actual} measure.` };
  }
  return null;
}

/** Everyone with the disease, as the scope of an approval or a result. */
const EVERYONE =
  /(?<!\bof\s)\b(?:all|every|any)\s+(?:adults?|people|patients?|persons?|individuals?|forms?|types?|cases?|kinds?)\b(?:\s+(?:living\s+)?with|\s+of)?\s+(?:ALS|MND|the disease)\b|(?<!\bof\s)\b(?:all|every|any) (?:ALS|MND) patients?\b|\b(?:anyone|everyone|everybody)\s+(?:(?:living|diagnosed)\s+)?with\s+(?:ALS|MND|the disease)\b|\bnot (?:just|only) (?:those|people|patients|carriers|us)\b|\bregardless of (?:genetics|mutation|cause|genotype)\b|\bthe\s+(?:roughly\s+|about\s+|some\s+|estimated\s+)?\d{2,3},\d{3}\s+(?:Americans|Britons|people|patients)\s+(?:living\s+)?with\s+(?:ALS|MND)\b/i;
const SCOPE =
  /\b(?:approv\w*|label|licen[cs]\w*|authori[sz]\w*|indicat\w*|covers?|for use|(?:offered|available|prescribed|given) to|(?:gives?|offers?|provides?) (?:[\w-]+ ){0,2}?to (?=all|every|any)|(?:is|are|was) (?:meant |intended |made )?for (?=all|every|any))\b/i;

export function checkApprovalScope({ s, source, claim }: RuleInput): RuleOutcome {
  if (claim.qualifiers.length === 0 || !SCOPE.test(s.text) || !EVERYONE.test(s.text)) return null;
  const limited = source.status.approvals.find(
    (a: Approval) =>
      a.verified && (a.state === 'approved' || a.state === 'accelerated-approval') && a.basis && /\bonly\b/i.test(a.basis),
  );
  if (!limited) return null;
  // "approved only for SOD1-ALS, not for all adults with ALS": naming the narrower group without a "not just" is right.
  if (claim.qualifiers.some((q) => s.has(q)) && !/\bnot (?:just|only)\b/i.test(s.text)) return null;
  if (/\b(?:never|no)\b|\bnot\b(?!\s+(?:just|only))|n't\b/i.test(s.text)) return null;
  return { fired: `${source.name}'s approval in ${REGION_NAME[limited.region]} is limited: ${limited.basis}.` };
}

// What an approval rested on and whom it covers, told wrongly: an approval based on a plasma
// biomarker said to rest on the spinal-fluid one, or an approval limited to a genetic subgroup said to
// cover everyone with ALS. Part of the wrong-fact rule (with approval-facts.ts); verified records only.
import type { Approval } from '../../claims/schema';
import { decidingRegions, REGION_NAME, regionsIn } from './regions';
import { namesAnotherTreatment } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

/** The sentence is about what a regulatory decision was based on. */
const BASIS =
  /\b(?:basis|grounds) (?:of|for) (?:the |its |their )?(?:[\w-]+ )?(?:approval|authori[sz]ation|decision)\b|\bbased (?:the |its |their )?(?:approval|decision)\b[^.;]{0,40}?\bon\b|\b(?:reviewers|regulators|the agency|the panel|FDA|EMA)\b[^.;]{0,20}?\b(?:leaned|relied|rested|drew|based (?:its|their) (?:decision|approval)) on\b|\b(?:approv\w*|cleared|decision|authori[sz]\w*|licen[cs]\w*|agency|regulators?|FDA|EMA)\b[^.;]{0,60}?\b(?:rest(?:s|ed)? on|based on|relied on|rel(?:y|ies) on|on the (?:basis|strength) of|hinged on|grounded in|because of)\b/i;
const FLUIDS: { name: string; re: RegExp }[] = [
  { name: 'cerebrospinal fluid', re: /\b(?:cerebrospinal[- ]fluid|spinal[- ]fluid|CSF)\b/i },
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

/** A trial phase as written: "phase 3", "Phase III", "late-stage". */
const PHASE_SAID = /\bphase[\s-]*(III|II|I|3|2|1)\b(?![/\w])|\b(late|mid)-stage\b/gi;
const PHASE_OF: Record<string, '1' | '2' | '3'> = {
  iii: '3',
  ii: '2',
  i: '1',
  '3': '3',
  '2': '2',
  '1': '1',
  late: '3',
  mid: '2',
};
/** Several trials told as each showing a benefit: "two positive trials", "several successful studies". */
const SEVERAL_POSITIVE =
  /\b(two|three|several|multiple|2|3) (?:[\w-]+ ){0,2}?(?:positive|successful) (?:[\w-]+ )?(?:trials|studies)\b|\b(two|three|several|multiple|2|3) (?:[\w-]+ ){0,2}?(?:trials|studies) (?:that )?(?:both |all )?(?:showed|show|proved|found) (?:a )?(?:benefit|efficacy|it works?)\b/i;

/** What evidence an approval rested on, told wrongly: "cleared on the strength of phase 3 data" for an approval
 * on a phase 2 trial, "approved on two positive trials" where one trial showed a benefit. The approval is the
 * regulator's the sentence names (or the only one recorded with its evidence); verified approval events only. */
export function checkApprovalEvidence({ s, source }: RuleInput): RuleOutcome {
  if (!BASIS.test(s.text) || NEGATION.test(s.text) || /\b(?:without|before|until|pending|awaiting)\b/i.test(s.text)) return null;
  // The drug must be named: "Approval was based on a single mid-stage trial, called CENTAUR", followed from an article
  // about edaravone, is another drug's approval.
  if (namesAnotherTreatment(source, s) || !source.topics.some((t) => s.has(t))) return null;
  const approvals = source.status.events.filter(
    (e) => e.kind === 'approved' && e.verified && !e.indication && (e.basisPhase || e.basisTrials),
  );
  // The regulator named decides whose approval it is ("the FDA approved it on two trials in Japan"); else the place.
  const regions = decidingRegions(regionsIn(s.text));
  const approval =
    regions.length === 1
      ? approvals.find((e) => e.region === regions[0])
      : regions.length === 0 && approvals.length === 1
        ? approvals[0]
        : undefined;
  if (!approval) return null;
  const where = approval.region === 'US' ? 'the US' : approval.region;
  const phases = [...new Set([...s.text.matchAll(PHASE_SAID)].map((m) => PHASE_OF[(m[1] ?? m[2])!.toLowerCase()]))];
  if (approval.basisPhase && phases.length === 1 && phases[0] !== approval.basisPhase)
    return {
      fired: `The approval in ${where} rested on phase ${approval.basisPhase} evidence, not phase ${phases[0]}: ${approval.what}.`,
    };
  if (approval.basisTrials === 1 && SEVERAL_POSITIVE.test(s.text))
    return { fired: `The approval in ${where} rested on one trial that showed a benefit: ${approval.what}.` };
  if (approval.basisPhase && phases[0] === approval.basisPhase && phases.length === 1)
    return { confirmed: `The approval in ${where} rested on phase ${approval.basisPhase} evidence.` };
  return null;
}

/** Everyone with the disease, as the scope of an approval or a result. */
const EVERYONE =
  /(?<!\bof\s)\b(?:all|every|any)\s+(?:adults?|people|patients?|persons?|individuals?|forms?|types?|cases?|kinds?)\b(?:\s+(?:living\s+)?with|\s+of)?\s+(?:ALS|MND|the disease)\b|(?<!\bof\s)\b(?:all|every|any) (?:ALS|MND) patients?\b|\b(?:anyone|everyone|everybody)\s+(?:(?:living|diagnosed)\s+)?with\s+(?:ALS|MND|the disease)\b|\bnot (?:just|only) (?:those|people|patients|carriers|us)\b|\bregardless of (?:genetics|mutation|cause|genotype)\b|\bwhether or not (?:they|patients|people) (?:carry|have) (?:a|the|any) (?:[\w-]+ )?(?:mutation|gene|variant)\b|\bthe\s+(?:roughly\s+|about\s+|some\s+|estimated\s+)?\d{2,3},\d{3}\s+(?:Americans|Britons|people|patients)\s+(?:living\s+)?with\s+(?:ALS|MND)\b/i;
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
  // "whether or not they carry a mutation" widens the scope; it denies nothing.
  if (/\b(?:never|no)\b|\bnot\b(?!\s+(?:just|only))|n't\b/i.test(s.text.replace(/\bwhether or not\b/gi, ''))) return null;
  return { fired: `${source.name}'s approval in ${REGION_NAME[limited.region]} is limited: ${limited.basis}.` };
}

// A form of a drug approved without a trial of its own, told as approved on one: "the oral version was
// approved after a separate efficacy trial showed it works", when it was approved on blood levels comparable
// to the infused form. Part of the wrong-fact rule; the claim's verified `formApproval` decides.
import { compiled } from '../regexp';
import type { RuleInput, RuleOutcome } from './types';

const APPROVED = /\b(?:approv\w*|licen[cs]\w*|clear(?:ed|ance)|authori[sz]\w*|green light)\b/i;
/** A trial of the form itself given as the ground: "after a separate efficacy trial showed", "based on a new
 * study", "an efficacy trial of the liquid found". */
const OWN_TRIAL =
  /\b(?:after|following|based on|on the (?:strength|basis) of|because|once|when)\b[^.;]{0,40}?\b(?:efficacy|new|separate|own|dedicated|fresh|additional|further|phase 3)\b[^.;]{0,25}?\b(?:trials?|study|studies)\b|\befficacy (?:trials?|study)\b|\b(?:after|following|based on|once|when)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:trial|study)\s+(?:found|showed|proved|demonstrated|confirmed)\b/i;
/** The trial denied as the ground: "not on a new trial", "without a trial of its own". */
const DENIED = /\b(?:not|no|never|without|rather than|instead of)\b[^.;]{0,30}?\b(?:trials?|study|studies)\b/i;

export function checkFormApproval({ s, source, claim }: RuleInput): RuleOutcome {
  const fact = claim.formApproval;
  if (!fact?.verified || !APPROVED.test(s.text)) return null;
  if (!fact.form.some((f) => compiled(f, 'i').test(s.text))) return null;
  if (DENIED.test(s.text)) return { confirmed: `The ${fact.name} was approved on ${fact.basis}.` };
  if (!OWN_TRIAL.test(s.text)) return null;
  return { fired: `${source.name}: the ${fact.name} was approved on ${fact.basis}, not on a trial of its own showing it works.` };
}

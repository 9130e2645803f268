// Who could take part in a study, told wrongly: "open to anyone with ALS aged 18 to 85" for a trial of people aged
// 18–70, "symptoms starting no more than five years before" for a trial that took only the first 18 months. Part of
// the wrong-fact rule; the study's verified `design.eligibility` decides, and only where the sentence tells who could
// take part in the study itself (named, or its subject followed).
import { aboutTheStudyItself } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

/** The sentence tells who could take part. */
const ENTRY =
  /\b(?:eligib\w*|to (?:take part|join|get in|enrol|qualify|participate)|open to|could (?:take part|join|be)|(?:had|have|needed|need) to (?:be|have)|inclusion|entry criteria|criteria|were (?:required|aged)|(?:patients|participants|people|volunteers|adults) aged|enrol(?:led|ed|s)? (?:adults|people|patients)|(?:had|have) (?:had )?(?:the disease|ALS|MND|symptoms) (?:for|since))\b/i;

const N = String.raw`(\d{1,3})`;
/** An upper age: "aged 18 to 85", "between 18 and 85", "up to 85 years old", "under 85", "younger than 85". */
const UPPER_AGE = new RegExp(
  String.raw`\b(?:aged|ages?|between)\s+${N}\s*(?:to|-|–|and)\s*${N}\b|\bup to (?:the age of ${N}|${N}\s*(?:years? old|years? of age))|\b(?:under|younger than|below) (?:the age of ${N}|${N}\s*(?:years? old|years? of age)?)(?!\s*(?:months?|weeks?|days?|%|per ?cent|patients|people))`,
  'i',
);
/** Time since the first symptoms or diagnosis, as a limit: "symptoms starting no more than five years before",
 * "within 18 months of onset", "had the disease for under five years". */
const DISEASE_LIMIT =
  /\b(?:symptoms?|onset|diagnos\w*|disease|ALS|illness)\b[^.;]{0,40}?\b(?:within|no more than|not more than|less than|under|up to|at most|fewer than|no longer than|inside)\s+(?:the (?:last|past|first) )?(\d+(?:\.\d+)?|a|one)\s+(months?|years?)\b/i;

/** How much looser than the record a stated limit must be to count as wrong: a year of age, a half of the time. */
const AGE_SLACK = 2;
const MONTHS_SLACK = 1.5;

export function checkEligibility(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  const rule = source.design.eligibility;
  if (!rule?.verified || !ENTRY.test(s.text) || /\?/.test(s.text)) return null;
  if (!aboutTheStudyItself(input)) return null;
  const text = s.digits();
  const wrong: string[] = [];
  let checked = false;
  const age = UPPER_AGE.exec(text);
  if (age && rule.maxAge !== undefined) {
    const upper = Number(age[2] ?? age[3] ?? age[4] ?? age[5] ?? age[6]);
    // "under 85" allows up to 84.
    const oldest = age[5] !== undefined || age[6] !== undefined ? upper - 1 : upper;
    checked = true;
    if (oldest > rule.maxAge + AGE_SLACK) wrong.push(`not up to ${oldest}`);
    const lower = age[1] !== undefined ? Number(age[1]) : undefined;
    if (lower !== undefined && rule.minAge !== undefined && lower < rule.minAge - AGE_SLACK) wrong.push(`not from ${lower}`);
  }
  const disease = DISEASE_LIMIT.exec(text);
  if (disease && rule.maxDiseaseMonths !== undefined) {
    const count = /^(?:a|one)$/i.test(disease[1]!) ? 1 : Number(disease[1]);
    const months = /^year/i.test(disease[2]!) ? count * 12 : count;
    checked = true;
    if (months > rule.maxDiseaseMonths * MONTHS_SLACK) wrong.push(`not within ${disease[1]} ${disease[2]}`);
  }
  if (wrong.length > 0) return { fired: `${source.name} took people ${rule.summary}; ${wrong.join(', ')}.` };
  return checked ? { confirmed: `${source.name} took people ${rule.summary}.` } : null;
}

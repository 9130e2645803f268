// How long a study ran, told wrongly: "patients stayed on the treatment for five years" for an 18-month trial,
// "PHOENIX followed its participants for two full years" for a 48-week one. Part of the wrong-fact rule; the
// study's verified `design.timeframes` decides (every span its record gives: run-in, treatment, follow-up, the
// whole study), and only where the sentence is about the study itself (named, or its subject followed).
import { aboutTheStudyItself, ANOTHER_STUDY, namesStudyByName } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

const WEEKS_IN: Record<string, number> = { week: 1, month: 52 / 12, year: 52 };

/** A span the study lasted, told as such: "for 5 years", "over a full year", "lasted 18 months", "a 6-month trial",
 * "a year-long study". Days are a cycle's length, not the study's. */
const SPAN = new RegExp(
  [
    String.raw`\b(?:for|over|during|lasting|lasted|lasts|spanning|across)\s+(?:(?:about|around|nearly|almost|roughly|approximately|some|just over|just under|more than|over|only|just|barely)\s+)?(?:a\s+(?:full\s+|whole\s+)?|one\s+(?:full\s+|whole\s+)?|(\d+(?:\.\d+)?)\s+(?:full\s+|whole\s+)?)(week|month|year)s?\b(?!\s+and\s+(?:a\s+)?half\b)`,
    String.raw`\b(?:a|an|the)\s+(\d+(?:\.\d+)?)-(week|month|year)\s+(?:[\w-]+\s+)?(?:trial|study|treatment|course|programme|program)\b`,
    String.raw`\b(?:a|an|the)\s+(week|month|year)-long\s+(?:[\w-]+\s+)?(?:trial|study|treatment|course)\b`,
  ].join('|'),
  'gi',
);

/** The span is the study's: its treatment, its follow-up, the trial itself. */
const ABOUT_THE_STUDY =
  /\b(?:trial|study|treat(?:ed|ment)|injections?|jabs?|shots?|infusions?|doses?|dosing|given|received|took|taking|stayed on|followed|follow-up|tracked|monitored|ran|run|lasted|participants|patients|volunteers|enrolled)\b/i;

/** Words just before a span that make it something else: the disease's duration, survival gained, time since
 * diagnosis, an age, a delay ("had the disease for five years", "lived for 2 years longer", "within a year"). */
const NOT_THE_STUDY_BEFORE =
  /\b(?:disease|ALS|MND|symptoms?|diagnos\w*|onset|lived?|living|survived?|survival|alive|life|lives|ago|after|before|since|within|delay\w*|wait\w*|published|results?|approved|available|market|sale|sold|prescribed)\b[^.;,]{0,25}$|\b(?:daily|a day|every day|each day|per day|every|each|per)\s*$/i;
/** A span followed by more survival or time since diagnosis: "for 2 more years", "for 18 months longer". */
const NOT_THE_STUDY_AFTER =
  /^\s*(?:longer|more|extra|of (?:life|survival)|(?:after|before) (?:diagnos\w*|onset|symptoms?|death|(?:the|their|joining|starting|enrol\w*)\b)|since|earlier|later|ago|(?:followed by|then|and then),? (?:a|an|\d+)[\w\s-]{0,15}(?:break|off|rest|pause))\b/i;

const GUARD = /\b(?:may|might|could|would|if|whether|plans?|planned|aims?|expected|will)\b|\?/i;

/** Each span the sentence tells of the study, in weeks, with its words. */
function spansIn(text: string): { weeks: number; said: string }[] {
  const out: { weeks: number; said: string }[] = [];
  for (const m of text.matchAll(SPAN)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (NOT_THE_STUDY_BEFORE.test(before) || NOT_THE_STUDY_AFTER.test(after)) continue;
    const count = Number(m[1] ?? m[3] ?? 1);
    const unit = (m[2] ?? m[4] ?? m[5])!.toLowerCase();
    out.push({ weeks: count * WEEKS_IN[unit]!, said: m[0].trim() });
  }
  return out;
}

/** Within this factor of a recorded span, a stated one is a fair rounding ("a year" for 48 weeks; not "two years" for
 * 18 months). */
const NEAR = 1.25;
/** The sentence tells how the treatment was given. */
const DOSING = /\b(?:dose[sd]?|dosing|injections?|jabs?|shots?|infusions?|cycles?|daily|MIU|million units|mg)\b/i;

/** The treatment received: "patients received the drug for…", "were treated for…". */
const TREATED = /\b(?:received|treated|took|given|were on|stayed on)\b/i;
/** A run-in or what came before the treatment ("took the standard drug alone for three months first"). */
const RUN_IN =
  /\b(?:run-?in|lead-?in|placebo (?:run-?in|lead-?in|period)|before|prior|beforehand|first|alone|background|standard (?:drug|treatment|therapy|care))\b/i;

export function checkDuration(input: RuleInput): RuleOutcome {
  const { s, source, related = [] } = input;
  const frames = source.design.timeframes;
  if (!frames?.verified || GUARD.test(s.text) || !ABOUT_THE_STUDY.test(s.text)) return null;
  // Named only by its drug ("a 24-week study of Relyvrio"), the sentence may be about another of the drug's trials.
  if (!aboutTheStudyItself(input) || ANOTHER_STUDY.test(s.text)) return null;
  // "In the phase 2 CENTAUR trial, AMX0035 slowed decline over 24 weeks": the drug's other trial, named, is the subject.
  if (!namesStudyByName(source, s.text) && related.some((r) => namesStudyByName(r, s.text))) return null;
  const spans = spansIn(s.digits());
  // Two spans may be two phases of the study (treatment and follow-up): judge one at a time only when it is alone.
  if (spans.length !== 1) return null;
  const { weeks, said } = spans[0]!;
  // A span told of the dosing is the treatment's alone ("2 MIU … daily for five days every 28 days, for two years").
  // So is one told of the drug received ("received the drug for only three months"), unless the sentence speaks of the
  // run-in or of what patients took before it.
  const treatment = DOSING.test(s.text) || (TREATED.test(s.text) && !RUN_IN.test(s.text));
  const known = frames.treatmentWeeks !== undefined && treatment ? [frames.treatmentWeeks] : frames.weeks;
  const longest = Math.max(...known);
  const shortest = Math.min(...known);
  if (known.some((w) => weeks <= w * NEAR && weeks * NEAR >= w)) return { confirmed: `${source.name}: ${frames.summary}.` };
  // The drug's other trial lasted that long ("an American trial of AMX0035 reported slower loss of function over 6
  // months" is CENTAUR's 24 weeks, not PHOENIX's 48): its fact is not wrong here.
  const fits = (w: number) => weeks <= w * NEAR && weeks * NEAR >= w;
  // ("PHOENIX ran for 24 weeks", naming this trial, stays wrong.)
  if (
    !namesStudyByName(source, s.text) &&
    related.some((r) => r.design.timeframes?.verified && r.design.timeframes.weeks.some(fits))
  )
    return null;
  const tooLong = weeks > longest * NEAR && !frames.openEnded;
  const tooShort = weeks * NEAR < shortest;
  if (!tooLong && !tooShort) return null;
  const span = said.replace(/^(?:for|over|during|lasting|lasted|lasts|spanning|across)\s+(?:(?:only|just|barely)\s+)?/i, '');
  return { fired: `${source.name} did not last ${span}: ${frames.summary}.` };
}

// Who a study enrolled, told wrongly: "patients with advanced ALS" for a trial that took people early in their
// disease. Part of the wrong-fact rule; the study's verified `design.stage` decides, and only where the sentence
// speaks of the study's own participants.
import type { RuleInput, RuleOutcome } from './types';

/** A late stage of the disease. */
/** ("severe ALS", "severely affected"; not "severe muscle weakness", a symptom that some patients have at any stage) */
const LATE =
  /\b(?:advanced|late[- ]stage|end[- ]stage|later[- ]stage|severe(?:ly affected|\s+(?:ALS|MND|disease|illness|stages?|forms?|cases))|long-?standing)\b/i;
/** The study's participants as the subject: "enrolled", "focused on patients with", "participants had". */
const PARTICIPANTS =
  /\b(?:enrol\w*|recruit\w*|includ\w*|focus(?:ed|es)? on|participants|volunteers|studied|tested (?:it )?(?:in|on))\b/i;
/** "patients with …" speaks of the study's participants only beside the study itself ("the trial's patients with
 * advanced ALS"), not in "for patients who cannot swallow, the medicine can be given through a tube". */
const PATIENTS_IN_TRIAL =
  /\b(?:patients|people) (?:with|who)\b[^.;]*\b(?:trials?|study|studies)\b|\b(?:trials?|study|studies)\b[^.;]*\b(?:patients|people) (?:with|who)\b/i;
const L = LATE.source;
const OF_THE_PEOPLE = new RegExp(
  String.raw`\b(?:patients|people|participants|volunteers|those|adults)\s+(?:[\w-]+\s+){0,2}?(?:with|who had|who have|had|have|having|living with|in)\s+(?:(?:an?|the|their|a very)\s+)?(?:[\w-]+\s+){0,1}?${L}` +
    String.raw`|${L}\s+(?:[\w-]+\s+)?(?:patients|cases|participants|people)\b` +
    String.raw`|\b(?:enrol\w*|recruit\w*|includ\w*|focus(?:ed|es)? on|studied|tested (?:it )?(?:in|on))\s+(?:[\w-]+\s+){0,4}?${L}`,
  'i',
);
const GUARD =
  /\b(?:not|no|never|unlike|whereas|excluded|exclude\w*|rather than|instead of|may|might|could|would|if|whether)\b|n't\b|\?/i;

export function checkStage({ s, source, via }: RuleInput): RuleOutcome {
  const stage = source.design.stage;
  if (!stage?.verified || stage.value !== 'early' || via === 'standalone') return null;
  if (!(PARTICIPANTS.test(s.text) || PATIENTS_IN_TRIAL.test(s.text)) || GUARD.test(s.text)) return null;
  const late = LATE.exec(s.text);
  // The late stage must be the participants' own ("patients with advanced ALS", "enrolled severely affected people"),
  // not an outcome the sentence links to something ("studies have linked lower Treg levels to more severe disease").
  if (!late || !OF_THE_PEOPLE.test(s.text)) return null;
  return { fired: `${source.name} enrolled people early in their disease (${stage.criteria}), not "${late[0]}" ALS.` };
}

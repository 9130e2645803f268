// Where a trial's benefit was clearest, told wrongly: "Riluzole's benefit came entirely from limb-onset patients" for a
// trial whose benefit was clearest in bulbar-onset disease, "the benefit was strongest in people with fast, aggressive
// disease" for one whose benefit lay in the slower group. The study's verified `design.benefitByGroup` decides; a
// sentence is judged only when it ranks the groups ("clearest", "only", "entirely", "equally") and names a group.
// Part of the wrong-fact rule.
import { compiled } from '../regexp';
import { aboutTheStudyItself, namesAnotherTreatment } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

/** The benefit or effect the sentence ranks. */
const BENEFIT = /\b(?:benefit\w*|effect\w*|advantage|gains?|help(?:s|ed)?|work(?:s|ed)?|result\w*|survival|improve\w*)\b/i;
/** A ranking of one group above the others. */
const RANKED =
  /\b(?:clearest|greatest|biggest|largest|strongest|best|most|mainly|mostly|largely|entirely|only|exclusively|chiefly|primarily|particularly|especially|above all)\b/i;
/** The groups told alike. */
const ALIKE = /\b(?:equally|alike|just as (?:well|much)|the same (?:in|for) both|in both (?:groups|forms))\b/i;
const GUARD = /\b(?:not|no|never|nor|may|might|could|would|if|whether|hopes?|unclear|unknown)\b|n't\b|\?/i;

export function checkGroupBenefit(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  const g = source.design.benefitByGroup;
  // The groups are the trial's own words ("whose disease began in the limbs"): a sentence followed from the trial
  // ("The benefit was clearest in …") is about it unless it names another treatment.
  const aboutIt = aboutTheStudyItself(input) || (input.via === 'context' && !namesAnotherTreatment(source, s));
  if (!g?.verified || GUARD.test(s.text) || !BENEFIT.test(s.text) || !aboutIt) return null;
  const clearest = g.clearest.some((p) => compiled(p, 'i').test(s.text));
  const weaker = g.weaker.some((p) => compiled(p, 'i').test(s.text));
  const said = `In ${source.name}, ${g.summary}.`;
  // "The benefit was seen equally in limb- and bulbar-onset patients."
  if (ALIKE.test(s.text) && (clearest || weaker)) return { fired: said };
  if (!RANKED.test(s.text)) return null;
  if (clearest && !weaker) return { confirmed: said };
  if (weaker && !clearest) return { fired: said };
  return null;
}

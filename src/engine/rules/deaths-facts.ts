// Deaths and survival in a study's record, told wrongly: "three patients died on aldesleukin in the small IMODALS
// trial" when all were alive at the end (`design.deaths`), and longer survival told as shown for a study that did not
// show it (`design.survivalNotShown`: "edaravone has been shown to extend survival"). Part of the wrong-fact rule;
// verified record fields decide, and only where the sentence is about the study itself (named, or its subject
// followed).
import { aboutTheStudyItself, namedOrFollowed, namesAnotherTreatment } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

/** Deaths counted: "3 patients died", "two deaths", "one participant died on the drug". */
const DIED =
  /\b(\d{1,4})\s+(?:[\w-]+\s+){0,2}?(?:patients?|participants?|people|volunteers|subjects)\s+(?:(?:on|in|from|receiving|given|taking)\s+(?:[\w-]+\s+){1,3}?)?(?:had\s+)?died\b|\b(\d{1,4})\s+deaths?\b/i;
/** None died: "no deaths", "nobody died", "all 36 were alive at the end". */
const NONE_DIED =
  /\b(?:no (?:one |patients? |participants? )?(?:died|deaths?)|nobody died|none of (?:the|them)[^.;]{0,30}?died|(?:all|every)\b[^.;]{0,40}?\b(?:alive|survived))\b/i;
/** Deaths told of the disease or of another group: "thousands die of ALS each year", "died in the placebo group". */
const NOT_THE_TRIAL = /\b(?:each|every|a|per) year\b|\bof ALS\b|\bin the (?:UK|US|world)\b/i;

export function checkDeaths(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  const deaths = source.design.deaths;
  if (!deaths?.verified || NOT_THE_TRIAL.test(s.text) || /\?/.test(s.text)) return null;
  if (!aboutTheStudyItself(input)) return null;
  const text = s.digits();
  if (NONE_DIED.test(text))
    return deaths.value === 0
      ? { confirmed: `No one died in ${source.name}.` }
      : { fired: `${deaths.value} participants died in ${source.name}; not none.` };
  const m = DIED.exec(text);
  if (!m) return null;
  const said = Number(m[1] ?? m[2]);
  if (said === deaths.value) return { confirmed: `${said} participants died in ${source.name}.` };
  return {
    fired:
      deaths.value === 0
        ? `No participant died in ${source.name}: all were alive at the end of follow-up; not ${said}.`
        : `${deaths.value} participants died in ${source.name}, not ${said}.`,
  };
}

/** Longer survival told as shown: "has been shown to extend survival by about two years", "helps patients live
 * longer", "a survival benefit". */
const SURVIVAL_SHOWN =
  /\b(?:extend\w*|prolong\w*|lengthen\w*|improv\w*|increas\w*|boost\w*)\s+(?:[\w-]+\s+){0,2}?(?:survival|life|lives|lifespan|life expectancy)\b|\blive[sd]?\s+(?:[\w-]+\s+){0,3}?longer\b|\b(?:survival|life)\s+(?:benefit|gain|advantage)\b/i;
const NOT_SHOWN = /\b(?:not|no|never|nor|without|unclear|unknown|may|might|could|whether|if)\b|n't\b|\?/i;

/** Longer survival told of a study that did not measure or show it. */
export function checkSurvivalShown(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  const none = source.design.survivalNotShown;
  if (!none?.verified || s.hedge === 'modal' || NOT_SHOWN.test(s.text) || s.has('mouse')) return null;
  if (!namedOrFollowed(input) || namesAnotherTreatment(source, s)) return null;
  const m = SURVIVAL_SHOWN.exec(s.text);
  if (!m) return null;
  return { fired: `${source.name} did not show longer survival: ${none.note}.` };
}

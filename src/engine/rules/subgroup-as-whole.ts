// A subgroup or adjusted result told as the trial's result, when the primary endpoint was missed.
import { SUBGROUP_QUALIFIER } from '../cues/claims-language';
import { clinicalBenefit } from './benefit';
import { subjectIsAnotherTreatment } from './study-names';
import type { Rule } from './types';

/** The sentence tells the null result itself: "the unadjusted estimate … well short of", "not significant". */
const NULL_RESULT =
  /\b(?:unadjusted|not (?:statistically )?significant|non-?significant|did not reach|didn[’']t reach|fell short|falls short|well short|short of (?:statistical )?significance|no (?:statistically )?significant|no clear difference|could have been (?:due to )?chance|missed (?:its|the) primary)\b/i;

const POWERED_TO = /\b(?:designed|powered|sized|planned|set up)\s+(?:[\w-]+\s+){0,3}?to (?:detect|show|find|pick up)\b/i;

export const subgroupAsWhole: Rule = {
  code: 'subgroup-as-whole',
  check({ s, source }) {
    if (source.primaryEndpoint?.met !== false) return null;
    if (s.has('mouse') || subjectIsAnotherTreatment(source, s)) return null;
    const benefit = clinicalBenefit(s);
    if (!benefit) return null;
    if (SUBGROUP_QUALIFIER.test(s.text))
      return { confirmed: 'The sentence keeps the benefit to the subgroup or adjusted analysis it came from.' };
    if (NULL_RESULT.test(s.text)) return { confirmed: 'The sentence reports that the main comparison was not significant.' };
    // What the trial was designed or powered to detect is its plan, not a result: "designed to detect a halving of the
    // risk of death".
    if (POWERED_TO.test(s.text)) return null;
    if (s.hedge !== 'asserted') return null;
    return {
      fired: `Presents a benefit ("${benefit}") as the trial's result for everyone, but ${source.name} missed its primary endpoint; the benefit appeared only in an adjusted or subgroup analysis.`,
    };
  },
};

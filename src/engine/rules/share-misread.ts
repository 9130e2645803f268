// "80% of patients survived" where 80% was the share of participants in a biomarker subgroup.
import { isNegatedAt } from '../cues/negation';
import type { Rule, RuleInput, RuleOutcome } from './types';

/** Matched on the sentence's digits(), so "seven in ten" and "eighty out of every hundred" arrive as digits. */
const PERCENT =
  /(\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)|\b(\d)\s+(?:in|out of)\s+(?:every\s+)?(10|5|4|3)\b|\b(\d{1,3})\s+(?:in|out of)\s+(?:every\s+)?100\b/gi;

/** A share with its people inside it: "eight patients out of ten". */
const PEOPLE_INSIDE = /\b(\d{1,2})\s+(patients|people|participants)\s+(in|out of)\s+(every\s+)?(10|5|4|3|100)\b/gi;

/** "70%", "70 per cent", "7 in 10", "4 out of 5", "80 out of every 100" as a percentage. */
function percentOf(m: RegExpExecArray): number {
  if (m[1] !== undefined) return Number(m[1]);
  if (m[4] !== undefined) return Number(m[4]);
  return (Number(m[2]) / Number(m[3])) * 100;
}
const OF_PEOPLE =
  /^\s*(?:of\s+)?(?:the\s+|all\s+|those\s+|these\s+)?(?:\w+[- ]){0,3}?(?:people|patients|participants|subjects|individuals|those|volunteers|adults|trial|study|everyone|everybody|sufferers|cases)\b/i;
const OUTCOME =
  /\b(?:surviv\w*|benefit\w*|improv\w*|respond\w*|responders?|live[ds]? longer|lived|alive|better chances?|lower risk|helped|did better|work(?:s|ed)|stabili[sz]\w*|slow(?:ed|s|ing|er)?|protected|spared|sav(?:es|ed|ing))\b/i;
/** "in the 80% of participants with…", "among about 70%": the share frames a subgroup. */
const FRAMED_AS_GROUP =
  /\b(?:in|among|for|within)\s+(?:the\s+)?(?:about\s+|approximately\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+|~)?$/i;

const NAMED_TO_CORRECT =
  /\b(?:not the same as (?:saying|claiming)|does(?:n['’]t| not) mean(?: that)?|is not|isn['’]t|rather than)\s+(?:that\s+)?(?:[\w-]+\s+){0,2}$/i;

/** Patients saved or alive because of the drug, said of a share: "one in five patients was saved", "19% of patients
 * survived because of it". */
const SAVED =
  /\b(?:(?:was|were|are|is|get|got) (?:\w+ )?saved|sav(?:es|ed|ing)|survived? because|(?:are|were|is|was) alive because|would (?:otherwise )?have died|(?:owe|owes|owed) (?:their|his|her) li(?:fe|ves))\b/i;

/** A relative reduction in the risk of death read as the share of patients saved: "19% fewer deaths means one in five
 * patients was saved". The reduction is relative to the placebo group's risk, not a count of people spared. */
function riskReadAsShare(text: string, claim: RuleInput['claim']): RuleOutcome {
  const risk = claim.deathRiskReduction;
  if (!risk?.verified) return null;
  const near = (v: number, slack: number) => [risk.lowPercent, risk.highPercent].some((r) => Math.abs(r - v) <= slack);
  // (A fresh pattern: matchAll starts where the shared one's lastIndex was left by an earlier sentence.)
  const figures = [...text.matchAll(new RegExp(PERCENT.source, PERCENT.flags))];
  if (!figures.some((m) => near(percentOf(m), 0.5))) return null;
  for (const m of figures) {
    // The reduction told elsewhere in the sentence, a share near it is the misreading; told alone, only the same figure
    // ("roughly 19 out of every 100 patients were saved" after the 19% lower risk).
    if (!near(percentOf(m), figures.length > 1 ? 2 : 0.5)) continue;
    const after = text.slice(m.index + m[0].length);
    if (!OF_PEOPLE.test(after)) continue;
    const clause = sameClause(text.slice(0, m.index), after).slice(0, 160);
    const saved = SAVED.exec(clause);
    if (!saved || isNegatedAt(clause, saved.index) || NAMED_TO_CORRECT.test(text.slice(0, m.index))) continue;
    return {
      fired: `${risk.lowPercent === risk.highPercent ? `${risk.lowPercent}%` : `${risk.lowPercent}–${risk.highPercent}%`} is a relative reduction in the risk of death (against the placebo group), not the share of patients saved.`,
    };
  }
  return null;
}

export const shareMisread: Rule = {
  code: 'share-misread',
  check({ s, claim }) {
    // "8 patients out of 10" is "8 out of 10 patients" (the noun moved after the share, where the reading expects it).
    const text = s.digits().replace(PEOPLE_INSIDE, '$1 $3 $4$5 $2');
    const asShare = riskReadAsShare(text, claim);
    if (asShare) return asShare;
    const shares = claim.subgroupShares.filter((f) => f.verified);
    if (shares.length === 0) return null;
    // "seventy per cent", "eight out of ten": spoken and written-out numbers count the same
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
      const value = percentOf(m);
      const share = shares.find((f) => Math.abs(f.value - value) <= 1);
      if (!share) continue;
      const after = text.slice(m.index + m[0].length);
      if (!OF_PEOPLE.test(after)) continue;
      const before = text.slice(0, m.index);
      // "That is not the same as saying seven in ten were helped": the misreading named to correct it. So is one quoted as
      // others' words ("I have seen that subgroup described as '80% of patients survived'").
      if (NAMED_TO_CORRECT.test(before) || QUOTED_AS.test(before)) continue;
      // "worked in four out of five patients": the outcome is said of the share itself.
      // "the drug saves four in five patients": the share is the outcome's object.
      const outcomeBefore = OUTCOME_IN.exec(before) ?? OUTCOME_OF.exec(before);
      // "did not show that IL-2 saves 80 percent of patients": the misreading denied.
      if (outcomeBefore && isNegatedAt(text, outcomeBefore.index)) continue;
      if (outcomeBefore) return { fired: misread(m, share, outcomeBefore[1]!) };
      // "in the 70% of participants with…", or "the 70% of participants with lower levels of that marker had a 48% lower
      // risk": the share names the subgroup, and what follows is said of that subgroup. (Without "the", "80% of
      // participants with lower levels … experienced a survival benefit" is a share of that group said to benefit.)
      if (FRAMED_AS_GROUP.test(before) || (THE_SHARE.test(before) && MARKER_GROUP_WITH.test(after)))
        return { confirmed: `${value}% is given as the size of a subgroup, as the source reports it.` };
      const clause = sameClause(before, after).slice(0, 160);
      // "(79% of participants and a 43% lower risk)": an outcome right after another figure is that figure's.
      const outcome = OUTCOME.exec(clause.replace(OTHER_FIGURES_OUTCOME, ' '));
      // "that 80% is how many had lower levels of some marker, not how many it helped": the outcome denied, a
      // correction of the misreading.
      if (outcome && isNegatedAt(clause, outcome.index)) continue;
      // "70% of participants had lower levels of that marker": the group told as what it is.
      if (!outcome && MARKER_GROUP.test(after))
        return { confirmed: `${value}% is given as the size of a subgroup, as the source reports it.` };
      if (!outcome) continue;
      return { fired: misread(m, share, outcome[0]) };
    }
    return null;
  },
};

function misread(m: RegExpExecArray, share: { note?: string }, outcome: string): string {
  return `${m[0].trim()} was the share of participants in a subgroup${share.note ? ` (${share.note})` : ''}, not the share of patients who ${/surviv|alive|lived/i.test(outcome) ? 'survived' : 'benefited'}.`;
}

/** Another figure with its own outcome ("a 43% lower risk"), which the share before it does not own. */
const OTHER_FIGURES_OUTCOME =
  /\b\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b)\s+(?:[\w-]+\s+)?(?:lower|higher|reduced|smaller)\s+risk\b/gi;

/** The share inside a quotation given as others' words: "described as '80% of patients survived'". */
const QUOTED_AS = /\b(?:described|called|reported|written|put|billed|summari[sz]ed|quoted)\s+as\s+["'‘“]$/i;

/** An outcome verb directly before "in"/"for" and the share: "it worked in 80% of patients". */
const OUTCOME_IN = new RegExp(
  `(${OUTCOME.source})\\s+(?:in|for|among|(?:the\\s+)?lives\\s+of)\\s+(?:about\\s+|approximately\\s+|roughly\\s+|around\\s+|nearly\\s+|almost\\s+)?$`,
  'i',
);

/** An outcome verb taking the share as its object: "saves four in five patients", "helps 70% of people", "saved the life
 * of 80% of the patients". */
const OUTCOME_OF =
  /\b(sav(?:es|ed|ing)|help(?:s|ed|ing)?|benefit(?:s|ed|ing)?|protect(?:s|ed|ing)?)\s+(?:the\s+li(?:fe|ves)\s+of\s+)?(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?$/i;

/** "70% of participants had lower levels of that marker": the share told as the group it is. */
const MARKER_GROUP =
  /^\s*of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:participants|patients|people)\s+(?:had|have|with|showed)\s+(?:(?:a|the)\s+)?(?:lower|low|higher|high|moderate|low-to-moderate|raised)\s+(?:[\w-]+\s+){0,2}?(?:levels?|marker|markers|pNF-?H|neurofilament\w*)\b/i;

/** The share as a definite group: "The roughly 70% …". */
const THE_SHARE = /\bthe\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+|~)?$/i;

/** The share's people restricted by the marker that defines the subgroup: "70% of participants with lower levels of". */
const MARKER_GROUP_WITH = new RegExp(MARKER_GROUP.source.replace('(?:had|have|with|showed)', 'with'), 'i');

/** The text after the share, up to the end of its clause: a share inside brackets ("(about 70% of
 * patients): 48% lower hazard") or before a colon or semicolon does not own what follows. */
function sameClause(before: string, after: string): string {
  const inBrackets = before.lastIndexOf('(') > before.lastIndexOf(')');
  // A new clause (", and in that group…", ", but that's…") owns what it says.
  const end = after.search(inBrackets ? /[);:]|,\s+(?:and|but|while|whereas)\b/ : /[;:]|,\s+(?:and|but|while|whereas)\b/);
  return end < 0 ? after : after.slice(0, end);
}

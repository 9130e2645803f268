// A result from a narrow population (SOD1 carriers, ALS-like immune syndromes, a selected early group) applied to
// ALS at large; for a selected group, only when the sentence says everyone alike (`qualifiersNeeded`).
import { conceptRegex } from '../concepts';
import { clinicalBenefit } from './benefit';
import { sentencesBefore } from './document';
import type { Rule } from './types';

/** Everyone with the disease, said outright: "all people with ALS", "whatever their stage", "equally well for all". */
const EVERYONE =
  /(?<!\bof\s)\b(?:all|every|any)\s+(?:(?:adults?|people|patients?|persons?|individuals?)\s+)?(?:(?:living\s+)?with\s+)?(?:ALS|MND|the disease)\b|\b(?:all|every) (?:ALS|MND) patients?\b|\b(?:anyone|everyone|everybody)\s+(?:(?:living\s+)?with|diagnosed with)\s+(?:ALS|MND|the disease)\b|\b(?:whatever|regardless of|no matter)\s+(?:their\s+|the\s+)?(?:stage|disease stage|how advanced)\b|\bat any stage\b|\bequally (?:well )?(?:for|in|to) (?:all|everyone|every)\b/i;
/** The sentence narrows it itself, without naming the group: "for some patients", "a rare genetic form". */
const NARROWED =
  /\bwith (?:an? |the )?(?:mutations?|variants?|changes?|faults?) in (?:one|a|a single|this|that|the) (?:particular |specific |certain |single )?gene\b|\b(?:this|that|a|the) (?:small(?:er)? |specific |particular |rare )?(?:subgroup|subset|minority) of\b|\b(?:some|certain|a few|a (?:small )?(?:subset|minority|group|number) of|a rare(?: [\w-]+)?|specific|particular)\s+(?:[\w-]+\s+)?(?:patients|people|cases|forms?|types?|kinds?|carriers)\b|\b(?:who|which|that)\s+(?:have|has|carry|carries)\s+(?:an?|the|this|that)\s+(?:particular\s+|specific\s+|rare\s+|certain\s+)?(?:genetic (?:change|cause|mutation|form)|gene(?:tic)? (?:variant|fault)|mutation|faulty gene)\b|\b(?:about|roughly|around|some|the)\s+\d{1,2}(?:\.\d)?\s?(?:%|per ?cent|percent)\s+of\s+(?:people|patients|cases)\b/i;
const MODAL = /\b(?:may|might|could)\b/i;
/** The benefit told only as a purpose: "a (new) medicine to slow ALS", "a drug designed to slow the disease". */
const PURPOSE_ONLY =
  /\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:medicine|drug|treatment|therapy|medication)\s+(?:(?:designed|meant|intended|developed)\s+)?to\s+(?:slow|treat|help|fight|target)\b/i;
/** What a result is, when the sentence says who it applies to ("the results apply to all patients"). */
const RESULT_WORD = /\b(?:results?|benefits?|works?|effects?|helps?|applies|apply)\b/i;

export const populationOvergeneralised: Rule = {
  code: 'population-overgeneralised',
  check({ s, source, claim, doc, via }) {
    if (claim.qualifiers.length === 0) return null;
    // Naming the right population is necessary, not sufficient, for the sentence to be right: say nothing.
    if (claim.qualifiers.some((q) => s.has(q))) return null;
    // ("The page says this may help slow the progression of ALS": a modal under a report is still a modal.)
    if (s.hedge === 'modal' || MODAL.test(s.text) || !s.has('als') || NARROWED.test(s.text)) return null;
    // Followed from a sentence that set the group ("Qalsody is for adults with SOD1-ALS. The page says it may help slow
    // ALS"): "ALS" is the writer's shorthand for it.
    // (Not where the sentence says everyone outright: "so the result applies to anyone with the disease".)
    if (
      via === 'context' &&
      !EVERYONE.test(s.text) &&
      sentencesBefore(doc, s, 2).some((p) => claim.qualifiers.some((q) => p.has(q)))
    )
      return null;
    const everyone = claim.qualifiersNeeded === 'when-everyone';
    if (everyone && !EVERYONE.test(s.text)) return null;
    const benefit = clinicalBenefit(s) ?? (everyone && RESULT_WORD.test(s.text) ? 'result' : undefined);
    if (!benefit) return null;
    // "Tofersen, a new medicine to slow ALS, is approved": what the medicine is for, named in passing, not a result
    // told for everyone (unless the sentence says everyone outright).
    if (!EVERYONE.test(s.text) && PURPOSE_ONLY.test(s.text)) return null;
    const narrow = claim.qualifiers
      .map((q) =>
        conceptRegex(q)
          .source.split('|')[0]!
          .replace(/\\b|\\/g, ''),
      )
      .join(', ');
    return {
      fired: `Applies the result to ALS in general, but ${source.name} studied only a narrower group (${source.design.population.replace(/\.$/, '')}); look for: ${narrow}.`,
    };
  },
};

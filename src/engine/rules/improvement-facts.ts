// Function told as improved on a drug whose trial saw it fall in every arm: "patients given Radicava got better",
// "edaravone improved patients' everyday function", "they regained lost abilities". The trial showed a slower decline,
// not an improvement. Part of the wrong-fact rule; the study's verified primary result (`declinedInAllArms`) decides,
// and only where the sentence is about the study (named, or followed from before).
import { isNegatedAt } from '../cues/negation';
import type { RuleInput, RuleOutcome } from './types';

/** Getting better outright, said of the patients or of their function. */
const GOT_BETTER =
  /\b(?:(?:patients|people|participants|they|those)\b[^.;]{0,60}?\b(?:got|get|gets|getting|became|become) better|regain(?:ed|s|ing)?\s+(?:some\s+(?:of\s+)?)?(?:their\s+|lost\s+)*(?:function|abilit\w+|strength|movement|speech|mobility)|recover(?:ed|s|ing)?\s+(?:their\s+|lost\s+)*(?:function|abilit\w+|strength|movement|speech|mobility)|reversed?\s+(?:the\s+)?(?:loss|decline))\b/i;
/** Improved function (not a slower decline of it, nor improved survival or a marker). */
const IMPROVED_FUNCTION =
  /\bimprov(?:ed|es|ing)\s+(?:the\s+|patients['’]?\s+|their\s+)?(?:everyday\s+|daily\s+|physical\s+|motor\s+)?(?:function(?:ing)?|abilit\w+|activities|movement|strength|mobility|symptoms|condition)\b/i;
/** A comparison with the placebo group: "improved … compared with placebo" may mean a smaller decline. */
const AGAINST_PLACEBO =
  /\b(?:compared (?:with|to)|relative to|versus|vs\.?|than)\s+(?:those\s+(?:on|given)\s+|the\s+)?(?:a\s+)?placebo\b/i;
/** Not told as the trial's result: a hope, a condition, a question, a symptom treatment. */
const GUARD = /\b(?:may|might|could|would|if|whether|hope\w*|aim\w*|designed to|intended to|symptomatic)\b|\?/i;
/** One person's experience ("the medication has let her regain some mobility"): a story, which can be true of one
 * patient, not the trial's result. */
const ONE_PERSON = /\b(?:her|his|him|she|he|my|me|I|mum|mom|dad|wife|husband|son|daughter)\b/;

export function checkImprovement({ s, source, via }: RuleInput): RuleOutcome {
  if (!source.primaryEndpoint?.declinedInAllArms || via === 'standalone' || GUARD.test(s.text) || ONE_PERSON.test(s.text))
    return null;
  const better = GOT_BETTER.exec(s.text);
  const improved = better ? null : IMPROVED_FUNCTION.exec(s.text);
  const m = better ?? improved;
  if (!m || isNegatedAt(s.text, m.index) || /\b(?:not|never|no)\b|n['’]t\b/i.test(m[0])) return null;
  if (improved && AGAINST_PLACEBO.test(s.text)) return null;
  return {
    fired: `In ${source.name}, function fell in every group (${source.primaryEndpoint.description.replace(/\.$/, '')}): the treatment slowed the decline; patients did not get better.`,
  };
}

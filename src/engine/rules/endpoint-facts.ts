// Whether a trial met its primary endpoint, told the wrong way round: "VALOR met its primary endpoint"
// when it did not, or "missed its main goal" when it was met. Part of the wrong-fact rule.
// Only when the sentence names the trial and plainly asserts; a contrast with another study
// ("unlike X, Y met …") or a hedge leaves it alone.
import { namesOtherStudy } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

const ENDPOINT = String.raw`(?:(?:its|the|their|a) )?(?:(?:pre-?specified|main|primary|clinical|co-?primary) )+(?:end-?points?|goals?|outcomes?|objectives?)`;
/** "met its primary endpoint", "achieved the main goal", "the primary endpoint was met". */
const MET = new RegExp(
  String.raw`\b(?:met|meets|achieved|achieves|reached|hit|succeeded on|was successful on)\s+${ENDPOINT}|\b${ENDPOINT}\s+(?:was|were|has been)\s+(?:met|achieved|reached)\b`,
  'i',
);
/** "missed its primary endpoint", "failed to meet", "did not meet", "the primary endpoint was not met". */
const MISSED = new RegExp(
  String.raw`\b(?:missed|misses|failed to (?:meet|reach|achieve|hit)|did not (?:meet|reach|achieve|hit)|didn['’]t (?:meet|reach|achieve|hit)|fell short (?:of|on))\s+${ENDPOINT}|\b${ENDPOINT}\s+(?:was|were)\s+(?:not|never)\s+(?:met|achieved|reached)\b`,
  'i',
);
const GUARD = /\b(?:unlike|whereas|while|compared with|in contrast|may|might|could|would|if|whether|expected to|hope[sd]? to|aims? to|designed to|will)\b|\?/i;

export function checkEndpoint({ s, source, via }: RuleInput): RuleOutcome {
  const met = source.primaryEndpoint?.met;
  if (met === undefined || met === null || via !== 'named' || GUARD.test(s.text) || namesOtherStudy(source, s.text)) return null;
  const saysMissed = MISSED.test(s.text);
  const saysMet = !saysMissed && MET.test(s.text);
  const what = source.primaryEndpoint!.description.replace(/\.$/, '').replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
  if (saysMet && !met) return { fired: `${source.name} did not meet its primary endpoint (${what}).` };
  if (saysMissed && met) return { fired: `${source.name} met its primary endpoint (${what}).` };
  if (saysMet || saysMissed) return { confirmed: `${source.name} ${met ? 'met' : 'did not meet'} its primary endpoint.` };
  return null;
}

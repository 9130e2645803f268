// Results told of a study that has reported none ("X reported positive results", "X showed the drug
// slows decline") while the verified record says no results exist. Part of the wrong-fact rule.
// Only a plain past-tense report counts: plans, hopes and questions ("results are expected", "will
// report", "no results yet") are left alone.
import { namesOne } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

/** The study as the subject of a report of its results (not a label: "Match found: …"). */
const REPORTED =
  /\b(?:reported|announced|published|released|posted|presented|delivered|produced)\b[^.;]{0,30}?\b(?:results?|data|findings|read-?outs?|outcomes?)\b|\b(?:results?|data|findings|read-?outs?)\b[^.;]{0,20}?\b(?:were|was|have been|has been)\s+(?:reported|announced|published|released|posted|positive|negative|encouraging|strong)\b|\b(?:showed|shown|found|demonstrated|proved|proven|succeeded|met (?:its|the) (?:primary|main))\b(?!\s*:)/i;
const NOT_A_REPORT =
  /\b(?:no|not|none|nobody|neither|never|yet|without|awaiting|await|expected|due|will|would|could|may|might|should|hope\w*|plan\w*|aims? to|designed to|if|whether|until|before)\b|n't\b|\?/i;

export function checkResultsExist({ s, source, via }: RuleInput): RuleOutcome {
  const none = source.status.noResultsYet;
  if (!none?.verified || via !== 'named') return null;
  // For a file recording several studies, the sentence must name the one without results.
  const name = none.names.length ? namesOne(none.names, s.text) : source.name;
  if (!name) return null;
  const m = REPORTED.exec(s.text);
  if (!m) return null;
  // Judge the clause of the report only: "X reported positive results, so approval should follow" is still a report.
  const clause = s.text.slice(0, m.index + m[0].length);
  if (NOT_A_REPORT.test(clause)) return null;
  return { fired: `${name} had reported no results as of ${none.asOf}; results told of it do not exist in the record.` };
}

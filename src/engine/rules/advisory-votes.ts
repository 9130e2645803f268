// What an advisory committee voted, told wrongly: "FDA advisers voted unanimously that the drug works" when they
// voted that its biomarker effect was reasonably likely to predict benefit and against clinical effectiveness.
// Part of the wrong-fact rule; the study's verified `status.advisory` records decide.
import type { RuleInput, RuleOutcome } from './types';

const COMMITTEE = /\b(?:advis(?:ers|ors|ory (?:committee|panel))|expert panel|the panel|committee)\b/i;
/** The committee said to have found the drug effective: "voted that it works", "backed its efficacy". */
const BACKED_EFFICACY =
  /\b(?:vot\w*|backed|endorsed|agreed|concluded|found|supported|recommended|said)\b[^.;]{0,60}?\b(?:effective(?:ness)?|efficacy|it works|works|benefit(?:s|ed)? patients|clinical(?:ly)? (?:benefit|meaningful))\b/i;
const AGAINST = /\b(?:against|not|no|n't|never|unconvinced|doubt\w*|reject\w*|negative)\b/i;
const HEDGE = /\b(?:may|might|could|would|if|whether|expected to|will)\b|\?/i;

export function checkAdvisory({ s, source }: RuleInput): RuleOutcome {
  const votes = (source.status.advisory ?? []).filter((v) => v.verified);
  const efficacy = votes.find((v) => v.question === 'clinical effectiveness');
  if (!efficacy || !COMMITTEE.test(s.text) || HEDGE.test(s.text)) return null;
  const m = BACKED_EFFICACY.exec(s.text);
  if (!m || AGAINST.test(m[0])) return null;
  if (efficacy.result === 'against') {
    const other = votes
      .filter((v) => v !== efficacy && v.result === 'for')
      .map((v) => `${v.votes ? `${v.votes} ` : ''}that ${v.question}`);
    return {
      fired: `${source.name}'s advisory committee voted against clinical effectiveness${other.length ? `; it voted ${other.join(' and ')}` : ''}.`,
    };
  }
  return { confirmed: `${source.name}'s advisory committee voted for clinical effectiveness.` };
}

// Who paid for a study, told wrongly: "the trial was funded by the US National Institutes of Health" for a trial
// the EU's Horizon 2020 programme paid for. Part of the wrong-fact rule; the study's verified `design.funding`
// decides, and only where the sentence is about the study itself (named, or its subject followed).
import { compiled } from '../regexp';
import { aboutTheStudyItself } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

/** "funded by …", "paid for by …", "with money from …": the funder is the phrase after it. */
const FUNDED_BY =
  /\b(?:funded|financed|paid for|bankrolled|backed|supported|sponsored)\s+(?:entirely\s+|mainly\s+|largely\s+|jointly\s+)?by\s+|\b(?:funding|money|a grant|grants)\s+from\s+/i;
/** A funder named as an organisation: capitalised words or an acronym ("the US National Institutes of Health", "NIH"). */
const NAMED_FUNDER = /^(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and)\s+)?){0,6}[A-Z][\w&'’.-]*/;
const GUARD = /\b(?:not|no|never|nor|may|might|could|would|if|whether|hopes?|seeks?|seeking|applied|applying)\b|n't\b|\?/i;

export function checkFunding(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  const funding = source.design.funding;
  if (!funding?.verified || GUARD.test(s.text)) return null;
  if (!aboutTheStudyItself(input)) return null;
  const m = FUNDED_BY.exec(s.text);
  if (!m) return null;
  const phrase = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80).split(/[.;,]|\band\b|\bwith\b/)[0]!;
  const funder = NAMED_FUNDER.exec(phrase.trim())?.[0];
  if (!funder) return null;
  if (funding.funders.some((p) => compiled(p, 'i').test(phrase)))
    return { confirmed: `${source.name} was funded by ${funding.summary}.` };
  // A partner that took part may have paid too: say nothing.
  if (funding.involved.some((p) => compiled(p, 'i').test(phrase))) return null;
  return { fired: `${source.name} was funded by ${funding.summary}; not by ${funder.replace(/^the\s+/i, 'the ')}.` };
}

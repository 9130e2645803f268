// Something outdated told as current: a withdrawn drug as a treatment option, or an event that
// already happened told as still to come.
import { CURRENT_USE, FUTURE_TRIALS, PAST_STATUS } from '../cues/claims-language';
import { mentions } from '../concepts';
import type { Rule, RuleInput, RuleOutcome } from './types';

function stillToCome({ s, claim }: RuleInput): RuleOutcome {
  if (!claim.happenedBy) return null;
  const m = FUTURE_TRIALS.exec(s.text);
  if (!m) return null;
  // "may enter a phase 3 trial", "larger trials will follow": a specific next step is genuinely still to come.
  if (/\b(?:phase|larger|bigger|confirmatory|pivotal|further|another|new)\b/i.test(s.text)) return null;
  return { fired: `Told as still to come, but it had already happened by ${claim.happenedBy}: ${claim.finding.replace(/\.$/, '')}.` };
}

function withdrawnAsCurrent({ s, source, claim, doc }: RuleInput): RuleOutcome {
  if (source.status.state !== 'withdrawn') return null;
  if (PAST_STATUS.test(s.text)) return { confirmed: 'The sentence tells of the withdrawal or failure.' };
  if (!CURRENT_USE.test(s.text)) return null;
  // If the article tells of the withdrawal elsewhere, a present-tense description is not a claim that it is current.
  const drugs = claim.about.all.concat(claim.about.any);
  const told = doc.sentences.some((o) => drugs.some((c) => o.has(c)) && mentions(o.text, 'withdrawal'));
  if (told) return null;
  const when = source.status.dates.withdrawn;
  return { fired: `Presented as a current treatment, but it was withdrawn${when ? ` on ${when}` : ''}. ${claim.finding}` };
}

export const superseded: Rule = {
  code: 'superseded',
  check(input) {
    return stillToCome(input) ?? withdrawnAsCurrent(input);
  },
};

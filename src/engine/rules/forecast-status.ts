// A trial forecast to succeed, on a page written before it reported that it had missed its primary endpoint ("We expect
// PHOENIX to confirm CENTAUR", November 2023; PHOENIX failed in March 2024): the forecast has been overtaken by the
// result. Part of the superseded rule; judged only on dated pages (undated, the forecast may have been written after).
import { isNegatedAt } from '../cues/negation';
import { compareDates } from '../timeline';
import { datedOutcome } from './pending-status';
import { namesStudyByName } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

/** Success told as to come: "will confirm the medicine's benefit", "is expected to replicate", "we expect PHOENIX to
 * confirm CENTAUR", "a positive readout is all but guaranteed" (not "will show whether"). */
const SUCCESS_FORECAST =
  /\b(?:will|should|(?:is|are) (?:expected|likely|set|poised|bound|sure|certain) to|expect\w*\s+(?:[\w-]+\s+){0,3}?to)\s+(?:(?:surely|definitely|certainly|clearly|finally)\s+)?(?:confirm|replicate|succeed|prove|validate|show|demonstrate|meet|hit|repeat|reproduce)\b(?!\s+(?:whether|if)\b)|\b(?:positive|successful|good)\s+(?:[\w-]+\s+){0,2}?(?:readout|results?|outcome)\s+(?:is|are|looks?|seems?)\s+(?:all but |almost |practically |virtually )?(?:guaranteed|certain|assured)\b/i;
/** What is forecast is the trial's outcome: a trial, its readout or results, or the trial by name. */
const ABOUT_A_TRIAL = /\b(?:trial|study|readout|read-out|results?|data)\b/i;

export function successForecastOfFailedTrial(input: RuleInput): RuleOutcome {
  const { s, source, doc, via } = input;
  if (source.primaryEndpoint?.met !== false || via === 'standalone' || !doc.published) return null;
  const when = source.status.dates.topline ?? source.status.dates.published;
  if (!when || compareDates(doc.published, when) >= 0) return null;
  const m = SUCCESS_FORECAST.exec(s.text);
  if (!m || isNegatedAt(s.text, m.index)) return null;
  if (!namesStudyByName(source, s.text) && !ABOUT_A_TRIAL.test(s.text)) return null;
  const told = `Told as expected to succeed, but ${source.name} missed its primary endpoint (results of ${when}).`;
  return datedOutcome(input, { date: when, what: `${source.name} reported that it had missed its primary endpoint` }, told);
}

// An immune response told wrongly: which cells responded ("the reacting cells were mostly CD8 killer T cells" for a
// study whose responses came from CD4+ helper T cells), or what they targeted ("they also went after TDP-43 and SOD1"
// for a C9orf72-specific one). Part of the wrong-fact rule; the study's verified `design.respondingCells` and
// `design.notTargeted` decide, and only where the sentence is about the study itself (named, or its subject followed)
// or has the reacting cells, or the study's authors, as its subject.
import { compiled } from '../regexp';
import { isNegatedAt } from '../cues/negation';
import { namedOrFollowed } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

/** The cells told as the ones that responded: "the reacting cells were…", "T cells that reacted", "mostly CD8 cells
 * attacked". */
const RESPONDED =
  /\b(?:react\w*|respon\w*|recogni[sz]\w*|attack\w*|target\w*|went after|going after|turned on|were (?:mostly|mainly|largely) )\b/i;
const THE_CELLS = /^\s*(?:[\w'’ @.-]{1,40}:\s*)?(?:the|these|those|their|its) (?:[\w'’-]+ ){0,2}?(?:T[- ]?)?cells\b/i;
const GUARD = /\b(?:may|might|could|whether|if|unlike|rather than|instead of|not)\b|\?/i;

/** Other proteins told as targeted as well: "they also found the T cells going after TDP-43 and SOD1". */
export function checkTargets(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  const other = source.design.notTargeted;
  if (!other?.verified || !RESPONDED.test(s.text) || GUARD.test(s.text)) return null;
  if (!namedOrFollowed(input) && !(input.via === 'context' && (THE_CELLS.test(s.text) || THEY_FOUND.test(s.text)))) return null;
  const m = other.patterns.map((p) => compiled(p, 'i').exec(s.text)).find((x) => x !== null);
  if (!m || isNegatedAt(s.text, m.index) || NOT_AS_STRONGLY.test(s.text) || WHAT_WAS_TESTED.test(s.text)) return null;
  return { fired: `In ${source.name}, ${other.summary}.` };
}

/** What the study tested, not what it found: "examined how they respond to peptides from TDP-43, SOD1 and C9orf72". */
const WHAT_WAS_TESTED =
  /\b(?:examin\w*|test\w*|look\w* at|stud(?:y|ied|ying)|measur\w*|check\w*|compar\w*|screen\w*|assess\w*)\s+(?:(?:in detail|closely|carefully)\s+)?(?:how|whether|if|which)\b/i;

/** "They also found…", "The team saw…": the study's authors as the subject. */
const THEY_FOUND =
  /^\s*(?:[\w'’ @.-]{1,40}:\s*)?(?:they|the (?:team|researchers|authors|scientists))\s+(?:also\s+)?(?:found|saw|showed|reported|observed)\b/i;
/** Told as weaker or absent: "less strongly", "but not to TDP-43". */
const NOT_AS_STRONGLY = /\b(?:less|weaker|fewer|not as|no more than|only weakly|barely)\b/i;

export function checkCells(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  const cells = source.design.respondingCells;
  if (!cells?.verified || !RESPONDED.test(s.text) || GUARD.test(s.text)) return null;
  // The study named or its subject followed, or the cells themselves as the subject of a sentence that follows it
  // ("The reacting cells were mostly CD8 killer T cells").
  if (!namedOrFollowed(input) && !(input.via === 'context' && THE_CELLS.test(s.text))) return null;
  for (const p of cells.wrong) {
    const m = compiled(p, 'i').exec(s.text);
    if (m && !isNegatedAt(s.text, m.index))
      return { fired: `In ${source.name}, the cells that responded were ${cells.summary}; not ${m[0].trim()} cells.` };
  }
  return null;
}

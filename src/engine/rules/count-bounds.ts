// Study sizes given as a bound rather than a number: "more than 400 patients", "several hundred
// patients", "fewer than 10 people". A bound the study's verified size breaks is a wrong fact.
// Part of the wrong-fact rule. Exact numbers are checked in wrong-fact.ts.
import { namedOnlyByDrug } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

const PEOPLE = '(?:[\\w-]+\\s+){0,2}?(?:patients|participants|people|subjects|volunteers|adults|donors|individuals)\\b';
const AT_LEAST = new RegExp(
  `\\b(?:more than|over|upwards of|in excess of|at least)\\s+(\\d{1,3}(?:,\\d{3})*|\\d+)\\s+${PEOPLE}`,
  'i',
);
const AT_MOST = new RegExp(`\\b(?:fewer than|less than|under|at most)\\s+(\\d{1,3}(?:,\\d{3})*|\\d+)\\s+${PEOPLE}`, 'i');
/** Word quantities as a floor: "several hundred", "hundreds of", "thousands of". */
const WORD_FLOOR = new RegExp(
  `\\b(several hundred|hundreds of|many hundreds of|several thousand|thousands of)\\s+${PEOPLE}`,
  'i',
);
const FLOORS: Record<string, number> = {
  'several hundred': 200,
  'hundreds of': 200,
  'many hundreds of': 200,
  'several thousand': 2000,
  'thousands of': 2000,
};
/** The number must be the size of the study: it enrolled, followed, sampled or tested them. */
const SIZE_CONTEXT =
  /\b(?:trial|study|studies|enrol\w*|recruit\w*|involv\w*|includ\w*|followed|tracked|sampl\w*|blood from|tested|randomi[sz]\w*|treated)\b/i;

/** People counted as something else just before the number: "a petition signed by more than 20,000 people". */
const NOT_PARTICIPANTS =
  /\b(?:signed|signatures?|petition|supporters?|members?|followers?|donors?|donated|viewed|shared|campaign\w*|survey\w*|responde\w*|living with|diagnosed)\b[^.;]*$/i;

/** Words just before a bound that make it the study's size. */
const SIZE_BEFORE =
  /\b(?:(?:trial|study|studies|analysis|cohort)\s+(?:of|in|with|involving|including)|enrol\w*|recruit\w*|involv\w*|includ\w*|followed|tracked|sampl\w*|blood from|samples from|data from|tested (?:in|on)|randomi[sz]\w*|treated|analy[sz]ed)\b[^.;]{0,25}$/i;

export function checkCountBounds(input: RuleInput): RuleOutcome {
  const { s, source, via } = input;
  const n = source.design.n;
  if (!n?.verified || via === 'standalone' || !SIZE_CONTEXT.test(s.text) || namedOnlyByDrug(input)) return null;
  const num = (x: string) => Number(x.replace(/,/g, ''));
  const text = s.digits(); // "more than four hundred patients"
  const atLeast = AT_LEAST.exec(text);
  const floorWords = WORD_FLOOR.exec(s.text);
  // The bound must be the study's size: what it enrolled, included or tested ("a trial of more than 400
  // patients"), not other people in the sentence ("thousands of people would have had no access").
  const sized = (m: RegExpExecArray | null, t: string) =>
    m !== null &&
    SIZE_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index)) &&
    !NOT_PARTICIPANTS.test(t.slice(Math.max(0, m.index - 25), m.index));
  const floor =
    atLeast && sized(atLeast, text)
      ? num(atLeast[1]!)
      : floorWords && sized(floorWords, s.text)
        ? FLOORS[floorWords[1]!.toLowerCase()]
        : undefined;
  if (floor !== undefined && n.value <= floor) {
    return { fired: `${source.name} included ${n.value} participants, not ${(atLeast ?? floorWords)![0].trim()}.` };
  }
  const atMost = AT_MOST.exec(text);
  if (atMost && sized(atMost, text) && n.value >= num(atMost[1]!)) {
    return { fired: `${source.name} included ${n.value} participants, not ${atMost[0].trim()}.` };
  }
  return null;
}

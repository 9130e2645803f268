// A study of people told as a study of animals: "Also the study was done in mice, so who knows" for a study of blood
// from 40 people with ALS. Part of the wrong-fact rule; only for a study with no result in animals on record, and only
// where the sentence is about the study itself (named, or its subject followed). hasAnimalResult is shared with the
// linking (sources.ts), which sends sentences about mice to the studies that have such a result.
import { isNegatedAt } from '../cues/negation';
import { aboutTheStudyItself } from './study-names';
import type { SourceFile } from '../../claims/schema';
import type { RuleInput, RuleOutcome } from './types';

/** The study reported a verified result in animals. */
export function hasAnimalResult(src: SourceFile): boolean {
  return src.results.some((r) => r.population === 'animal' && r.verified);
}

/** The study itself told as run in animals: "was done in mice", "tested on rats", "a mouse study". */
const RUN_IN_ANIMALS =
  /\b(?:(?:done|carried out|conducted|performed|run|tested|studied|made)\s+(?:only\s+|entirely\s+|all\s+)?(?:in|on)\s+(?:mice|rats|rodents|animals|a mouse model|mouse models)|(?:was|is)\s+(?:only\s+|just\s+)?(?:a|an)\s+(?:mouse|rat|animal|rodent)\s+(?:study|experiment|trial))\b/i;

/** Animals alongside people, or before them: "also tested in mice", "first in mice, then in people", "in mice too". */
const ALSO_BEFORE = /\b(?:also|earlier|first|previously)\s+(?:\w+\s+)?$/i;
const ALSO_AFTER =
  /^\s*(?:too|as well|first|before|earlier|,?\s*(?:then|before|followed by|and (?:then )?(?:in )?(?:people|patients|humans)))\b/i;

export function checkSpecies(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  if (source.design.type === 'animal' || hasAnimalResult(source)) return null;
  const m = RUN_IN_ANIMALS.exec(s.text);
  if (!m || isNegatedAt(s.text, m.index)) return null;
  if (ALSO_BEFORE.test(s.text.slice(0, m.index)) || ALSO_AFTER.test(s.text.slice(m.index + m[0].length))) return null;
  if (!aboutTheStudyItself(input)) return null;
  const who = source.design.population.replace(/\.$/, '').replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
  return { fired: `${source.name} studied people, not animals: ${who}.` };
}

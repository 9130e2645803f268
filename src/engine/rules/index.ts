// The rule registry: one rule per reason code. A new rule is one new file plus one line here.
import type { ReasonCode } from '../verdicts';
import { animalToHuman } from './animal-to-human';
import { certaintyInflated } from './certainty-inflated';
import { correlationAsCausation } from './correlation-as-causation';
import { earlyPhaseAsEfficacy } from './early-phase-as-efficacy';
import { populationOvergeneralised } from './population-overgeneralised';
import { sensational } from './sensational';
import { shareMisread } from './share-misread';
import { subgroupAsWhole } from './subgroup-as-whole';
import { superseded } from './superseded';
import type { Rule } from './types';
import { unsupportedComparison } from './unsupported-comparison';
import { wrongFact } from './wrong-fact';

export const RULES: Record<ReasonCode, Rule> = {
  'subgroup-as-whole': subgroupAsWhole,
  'share-misread': shareMisread,
  'correlation-as-causation': correlationAsCausation,
  'certainty-inflated': certaintyInflated,
  'early-phase-as-efficacy': earlyPhaseAsEfficacy,
  'animal-to-human': animalToHuman,
  sensational,
  'unsupported-comparison': unsupportedComparison,
  'population-overgeneralised': populationOvergeneralised,
  'wrong-fact': wrongFact,
  superseded,
};

// Part (c): exaggeration detection on InSciOut pairs (Wright & Augenstein 2021) by comparing the
// claim strength of the press release with that of the abstract.
import { existsSync, readFileSync } from 'node:fs';
import { classifyStrength, compareStrength } from '../../engine/strength';
import type { StrengthLabel } from '../../engine/strength';
import { formatScores, score } from './metrics';
import { INSCIOUT_TEST, sharedPath } from './paths';

/** Strength codes of the InSciOut files: 0 none, 1 correlational, 2 conditional, 3 direct causal. */
export const INSCIOUT_STRENGTH: readonly StrengthLabel[] = ['none', 'correlational', 'conditional', 'causal'];
export const EXAGGERATION_LABELS = ['downplays', 'same', 'exaggerates'] as const;
export type Exaggeration = (typeof EXAGGERATION_LABELS)[number];

export interface Pair {
  press: string;
  abstract: string;
  pressStrength: StrengthLabel;
  abstractStrength: StrengthLabel;
  label: Exaggeration;
}

function strength(code: unknown): StrengthLabel {
  const s = INSCIOUT_STRENGTH[Number(code)];
  if (!s) throw new Error(`unexpected strength ${String(code)}`);
  return s;
}

export function loadPairs(path: string): Pair[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l) as Record<string, unknown>;
      const label = o.exaggeration_label as Exaggeration;
      if (!EXAGGERATION_LABELS.includes(label)) throw new Error(`unexpected label ${String(label)}`);
      return {
        press: String(o.press_release_conclusion ?? ''),
        abstract: String(o.abstract_conclusion ?? ''),
        pressStrength: strength(o.press_release_strength),
        abstractStrength: strength(o.abstract_strength),
        label,
      };
    });
}

const DIRECTION: Record<-1 | 0 | 1, Exaggeration> = { [-1]: 'downplays', 0: 'same', 1: 'exaggerates' };

/** Runs part (c) and returns the report text. */
export function evalExaggeration(): string {
  const path = sharedPath(...INSCIOUT_TEST);
  if (!existsSync(path)) return `(c) exaggeration: benchmark not found at ${path}; skipped.`;
  const pairs = loadPairs(path);
  const press = pairs.map((p) => classifyStrength(p.press).label);
  const abstract = pairs.map((p) => classifyStrength(p.abstract).label);
  const predicted = pairs.map((_, i) => DIRECTION[compareStrength(press[i] as StrengthLabel, abstract[i] as StrengthLabel)]);
  const labels = ['none', 'correlational', 'conditional', 'causal'];
  return [
    `(c) exaggeration on ${path} (${pairs.length} pairs)`,
    formatScores(
      '  exaggerates/same/downplays',
      score(
        pairs.map((p) => p.label),
        predicted,
        [...EXAGGERATION_LABELS],
      ),
    ),
    formatScores(
      '  strength, press-release side',
      score(
        pairs.map((p) => p.pressStrength),
        press,
        labels,
      ),
    ),
    formatScores(
      '  strength, abstract side',
      score(
        pairs.map((p) => p.abstractStrength),
        abstract,
        labels,
      ),
    ),
  ].join('\n');
}

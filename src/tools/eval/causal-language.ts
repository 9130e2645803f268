// Part (b): claim strength on the PubMed causal-language benchmark (Yu, Li & Wang 2019).
import { existsSync, readFileSync } from 'node:fs';
import { classifyStrength } from '../../engine/strength';
import type { StrengthLabel } from '../../engine/strength';
import { parseCsvRecords } from './csv';
import { formatScores, score } from './metrics';
import { CAUSAL_CSV, sharedPath } from './paths';
import { splitHalves } from './split';

/** Label codes of THIS file: 0 none, 1 direct causal, 2 conditional causal, 3 correlational. */
export const CAUSAL_CSV_LABELS: Record<string, StrengthLabel> = {
  '0': 'none',
  '1': 'causal',
  '2': 'conditional',
  '3': 'correlational',
};
export const LABELS: StrengthLabel[] = ['none', 'correlational', 'conditional', 'causal'];

export interface LabelledSentence {
  sentence: string;
  gold: StrengthLabel;
}

export function loadCausalLanguage(path: string): LabelledSentence[] {
  return parseCsvRecords(readFileSync(path, 'utf8')).map((r) => {
    const gold = CAUSAL_CSV_LABELS[(r.label ?? '').trim()];
    if (!gold) throw new Error(`unexpected label ${JSON.stringify(r.label)}`);
    return { sentence: r.sentence ?? '', gold };
  });
}

export interface CausalEvalOptions {
  /** Print the misclassified sentences of the development half (never of the held-out half). */
  showDevErrors?: boolean;
}

/** Runs part (b) and returns the report text. */
export function evalCausalLanguage(opts: CausalEvalOptions = {}): string {
  const path = sharedPath(...CAUSAL_CSV);
  if (!existsSync(path)) return `(b) claim strength: benchmark not found at ${path}; skipped.`;
  const data = loadCausalLanguage(path);
  const { dev, held } = splitHalves(data);
  const run = (items: LabelledSentence[]) => {
    const predicted = items.map((x) => classifyStrength(x.sentence).label);
    return {
      predicted,
      scores: score(
        items.map((x) => x.gold),
        predicted,
        LABELS,
      ),
    };
  };
  const t0 = performance.now();
  const d = run(dev);
  const h = run(held);
  const all = score(
    [...dev, ...held].map((x) => x.gold),
    [...d.predicted, ...h.predicted],
    LABELS,
  );
  const ms = performance.now() - t0;
  const out = [
    `(b) claim strength on ${path}`,
    `    ${data.length} sentences; seeded split: development half ${dev.length}, held-out half ${held.length}; ${(ms / data.length).toFixed(2)} ms/sentence`,
    formatScores('  held-out half', h.scores),
    formatScores('  whole file', all),
    formatScores('  development half', d.scores),
  ];
  if (opts.showDevErrors) {
    out.push('  development-half errors (gold -> predicted | cues):');
    dev.forEach((x, i) => {
      const p = d.predicted[i];
      if (p !== x.gold) {
        const r = classifyStrength(x.sentence);
        out.push(`  ${x.gold} -> ${p} | ${r.cues.join(', ')} | ${x.sentence}`);
      }
    });
  }
  return out.join('\n');
}

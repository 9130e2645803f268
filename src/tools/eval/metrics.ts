// Classification metrics: confusion matrix, per-class precision/recall/F1, macro-F1, accuracy.

export interface ClassScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Scores {
  labels: string[];
  /** confusion[gold][predicted] */
  confusion: number[][];
  perClass: ClassScore[];
  macroF1: number;
  accuracy: number;
  n: number;
}

/** Scores predictions against gold labels over a fixed label set. */
export function score(gold: readonly string[], predicted: readonly string[], labels: readonly string[]): Scores {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const at = new Map(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  let correct = 0;
  gold.forEach((g, k) => {
    const p = predicted[k] as string;
    const gi = at.get(g);
    const pi = at.get(p);
    if (gi === undefined || pi === undefined) throw new Error(`unknown label ${g} / ${p}`);
    (confusion[gi] as number[])[pi] = ((confusion[gi] as number[])[pi] ?? 0) + 1;
    if (g === p) correct++;
  });
  const cell = (g: number, p: number) => confusion[g]?.[p] ?? 0;
  const perClass = labels.map((label, i) => {
    const tp = cell(i, i);
    const support = labels.reduce((s, _, p) => s + cell(i, p), 0);
    const predictedN = labels.reduce((s, _, g) => s + cell(g, i), 0);
    const precision = predictedN ? tp / predictedN : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
  const macroF1 = perClass.reduce((s, c) => s + c.f1, 0) / (perClass.length || 1);
  return { labels: [...labels], confusion, perClass, macroF1, accuracy: gold.length ? correct / gold.length : 0, n: gold.length };
}

const f3 = (x: number) => x.toFixed(3);

/** A printable report: accuracy, macro-F1, per-class table, confusion matrix. */
export function formatScores(title: string, s: Scores): string {
  const w = Math.max(8, ...s.labels.map((l) => l.length));
  const pad = (x: string) => x.padStart(w);
  const lines = [
    `${title}: n=${s.n}  accuracy=${f3(s.accuracy)}  macro-F1=${f3(s.macroF1)}`,
    `  ${'class'.padEnd(w)}  precision  recall  F1     support`,
    ...s.perClass.map(
      (c) =>
        `  ${c.label.padEnd(w)}  ${f3(c.precision).padStart(9)}  ${f3(c.recall).padStart(6)}  ${f3(c.f1)}  ${String(c.support).padStart(7)}`,
    ),
    `  confusion (rows gold, columns predicted):`,
    `  ${''.padEnd(w)} ${s.labels.map(pad).join(' ')}`,
    ...s.labels.map((l, i) => `  ${l.padEnd(w)} ${(s.confusion[i] ?? []).map((n) => pad(String(n))).join(' ')}`),
  ];
  return lines.join('\n');
}

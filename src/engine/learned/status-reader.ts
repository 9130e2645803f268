// A learned reader of status: which kind of status a sentence tells as current, where the phrase-based status frame
// (status-frame.ts) reads none. Softmax regression over hashed word features (status-features.ts), trained by
// src/tools/train-status.ts on the team's own labelled development sets only. It only reads: whether what it reads
// still held at the document's date is judged by the same rules, against the same verified dated events, as a
// reading by the frame, so a learned reading can never by itself make a verdict.
import model from './status-model.json';
import { LOOKS_BACK, NEGATED, statusAssertions } from '../status-frame';
import { statusFeatures } from './status-features';

export const LEARNED_KINDS = ['decision-pending', 'results-pending', 'publication-pending', 'available'] as const;
export type LearnedKind = (typeof LEARNED_KINDS)[number];

const isLearnedKind = (k: string | undefined): k is LearnedKind => (LEARNED_KINDS as readonly (string | undefined)[]).includes(k);

/** How sure the reader must be. High on purpose: a wrong flag is worse than none. */
export const LEARNED_THRESHOLD = 0.8;

export interface StatusModel {
  classes: string[];
  buckets: number;
  scale: number;
  rows: number[][];
}

let table: { classes: string[]; weights: Map<number, number[]>; scale: number } | undefined;

function loaded() {
  if (!table) {
    useStatusModel(model as StatusModel);
  }
  return table!;
}

/** Reads with another model than the shipped one: the trainer's cross-validation, which must judge each fold with a
 * model that never saw it. */
export function useStatusModel(m: StatusModel): void {
  table = { classes: m.classes, scale: m.scale, weights: new Map(m.rows.map((r) => [r[0]!, r.slice(1)])) };
}

/** A state still to come, told as expected or planned ("a decision is expected later this year", "will be written up"):
 * whether a forecast that came true was wrong is a matter the labels do not agree on, so the reader leaves forecasts to
 * the frame, which reads them with their own guards. */
const FORECAST =
  /\b(?:will|would|shall|expect\w*|anticipat\w*|due|plan\w*|scheduled|set to|next (?:year|month|week|spring|summer|autumn|fall|winter)|later this year|soon|by the end of)\b|['’]ll\b/i;

/** Where the reader is not asked for a status: a negated sentence (what is denied may be a status or its opposite: "no
 * application is pending", "has no authorisation"), one told as history, or a forecast. The frame's own readings carry
 * guards of their own; a reading by the reader, resting on words alone, carries these. */
export function outsideLearnedReading(text: string): boolean {
  return NEGATED.test(text) || LOOKS_BACK.test(text) || FORECAST.test(text);
}

/** Whether the reader is asked for a status at all: only where the phrase-based frame reads none (a count of drugs or
 * a place not yet approved is the frame's reading of the sentence, and a guess must not stand beside it), and not
 * outside its reading. */
export function askable(text: string): boolean {
  return statusAssertions(text).length === 0 && !outsideLearnedReading(text);
}

/** The reader's probability for each of its classes, in the model's order. */
function probabilities(text: string): number[] {
  const { classes, weights, scale } = loaded();
  const z = classes.map(() => 0);
  for (const f of statusFeatures(text)) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]! / scale;
  }
  return softmax(z);
}

/** Scores to probabilities (shifted by the largest, so no exponent overflows). The trainer's fit uses this one too. */
export function softmax(z: readonly number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The kind of status the sentence tells, with the reader's probability, or nothing: not asked, or below the threshold. */
export function learnedStatus(text: string): { kind: LearnedKind; p: number } | undefined {
  if (!askable(text)) return undefined;
  const p = probabilities(text);
  const best = p.indexOf(Math.max(...p));
  const kind = loaded().classes[best];
  if (!isLearnedKind(kind) || p[best]! < LEARNED_THRESHOLD) return undefined;
  return { kind, p: p[best]! };
}

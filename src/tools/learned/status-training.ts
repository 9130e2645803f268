// Training the learned status reader (src/engine/learned/status-reader.ts): the examples, drawn from the team's own
// labelled development sets, and the fit. Used by the trainer's command line (src/tools/train-status.ts) and by the test
// that the shipped model is what this makes of the committed sets.
//
// Only the team's development sets: never the held-out sets (a HELD_OUT file), never the sets kept to measure
// transfer on text the reader never saw (a NOT_FOR_TRAINING file), never ../shared/benchmarks.
//
// Softmax regression over hashed word features, by plain stochastic gradient descent: ml-logistic-regression (the
// registry's logistic regression) works on dense ml-matrix rows, and a dense row of 2^18 hashed features per sentence
// is not workable. The fit is deterministic (fixed order, fixed seed), so the same data gives the same model.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { claimsDb } from '../../claims/db';
import { FEATURE_BUCKETS, statusFeatures } from '../../engine/learned/status-features';
import { LEARNED_KINDS, type LearnedKind, softmax, type StatusModel } from '../../engine/learned/status-reader';
import { statusAssertions } from '../../engine/status-frame';
import { useDatabaseVocabulary } from '../../engine/vocabulary';
import { generalisationSets, loadCorpus } from '../eval/generalisation';

/** A set kept out of training carries a NOT_FOR_TRAINING file (as a held-out set carries HELD_OUT): the sets kept to
 * measure how the engine does on text the reader never saw. */
export const keptOutOfTraining = (dir: string) => existsSync(join(dir, 'HELD_OUT')) || existsSync(join(dir, 'NOT_FOR_TRAINING'));

/** 'other': a status of a kind the reader does not give (it absorbs those sentences, which gives no reading). */
export const CLASSES = ['none', ...LEARNED_KINDS, 'other'] as const;
export type Label = (typeof CLASSES)[number];

/** The kind of status a superseded sentence the frame reads nothing in tells, from the event that ended it (the label's
 * own words) and the sentence. An approval event ends several kinds of sentence: a review told as pending, but also a
 * drug called investigational, a group told as having no treatment, a form told as the only one, a drug told as the only
 * one: the judges of those read them in their own way, so those are 'other' (a status, of no kind the reader gives). */
function kindOfLabel(event: string, text: string): Label | undefined {
  const e = event.toLowerCase();
  if (/\bwithdr|\bremov|discontinu|off the market|no longer (?:sold|available)/.test(e)) return 'available';
  if (/\bpublish|\bjournal|\bpaper\b|\blancet\b|\bnejm\b/.test(e)) return 'publication-pending';
  if (/approv|authori[sz]|licen[cs]|\bclear/.test(e)) {
    if (
      /\b(?:no|only|sole|investigational|experimental|infusion|drip|by mouth|oral|form|version|first|second|third|new|newest|latest)\b/i.test(
        text,
      )
    )
      return 'other';
    return 'decision-pending';
  }
  if (/result|topline|top-line|primary|endpoint|\bmet\b|failed|missed|read ?out|announc|reported|completed/.test(e))
    return 'results-pending';
  return 'other';
}

export interface Example {
  set: number;
  /** Kept out of training (NOT_FOR_TRAINING): judged, never learned from. */
  kept: boolean;
  x: number[];
  y: Label;
  /** A superseded must-flag label. */
  superseded: boolean;
  text: string;
}

export function examples(): Example[] {
  useDatabaseVocabulary(claimsDb);
  const out: Example[] = [];
  for (const dir of generalisationSets()) {
    if (existsSync(join(dir, 'HELD_OUT'))) continue;
    const set = Number(basename(dir).replace(/^set-/, ''));
    const kept = keptOutOfTraining(dir);
    for (const doc of loadCorpus(dir) ?? []) {
      for (const e of doc.expect) {
        if (e.kind === 'either-way') continue;
        const text = e.sentence.replace(/\s+/g, ' ').trim();
        const framedKinds = statusAssertions(text).map((a) => a.kind);
        const framed = framedKinds.find((k): k is LearnedKind => (LEARNED_KINDS as readonly string[]).includes(k));
        const superseded = e.kind === 'must-flag' && e.reasons.includes('superseded');
        // What the labellers flagged as superseded, of the kind the frame reads or (where it reads none) the kind of
        // the event that ended it; every other sentence, status or not, is 'none': a forecast that came true, a state
        // told as history, a hope, all of which the labels leave unflagged.
        let y: Label | undefined = 'none';
        if (superseded) y = framed ?? (framedKinds.length > 0 ? 'other' : kindOfLabel(e.event ?? e.why ?? '', text));
        if (!y) continue;
        out.push({ set, kept, x: statusFeatures(text), y, superseded, text });
      }
    }
  }
  return out;
}

/** A seeded generator, so the order of updates (and the model) is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export type Weights = Float32Array[]; // per class

export function train(data: Example[], epochs = 12, rate = 0.2, l2 = 1e-5): Weights {
  const W = CLASSES.map(() => new Float32Array(FEATURE_BUCKETS));
  const order = data.map((_, i) => i);
  const rnd = lcg(20261206);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = rate / (1 + ep);
    for (const i of order) {
      const ex = data[i]!;
      const p = predict(W, ex.x);
      const yi = CLASSES.indexOf(ex.y);
      for (let k = 0; k < CLASSES.length; k++) {
        const g = p[k]! - (k === yi ? 1 : 0);
        const w = W[k]!;
        for (const f of ex.x) w[f] = w[f]! - lr * (g + l2 * w[f]!);
      }
    }
  }
  return W;
}

export function predict(W: Weights, x: number[]): number[] {
  return softmax(W.map((w) => x.reduce((a, f) => a + w[f]!, 0)));
}

/** What ships: weights in hundredths, buckets whose weights are all small dropped (they barely move a reading, and
 * keeping them would make the file megabytes). Evaluation reads this compacted model, not the full fit. */
export const SCALE = 100;
export const KEEP = 0.25;
export function compact(W: Weights): { rows: number[][]; W: Weights } {
  const rows: number[][] = [];
  const kept = CLASSES.map(() => new Float32Array(FEATURE_BUCKETS));
  for (let f = 0; f < FEATURE_BUCKETS; f++) {
    const row = W.map((w) => Math.round(w[f]! * SCALE));
    if (!row.some((v) => Math.abs(v) >= KEEP * SCALE)) continue;
    rows.push([f, ...row]);
    row.forEach((v, k) => {
      kept[k]![f] = v / SCALE;
    });
  }
  return { rows, W: kept };
}

/** The model file's content for compacted rows. */
export function modelOf(rows: number[][]): StatusModel {
  return { classes: [...CLASSES], buckets: FEATURE_BUCKETS, scale: SCALE, rows };
}

/** The examples the shipped model is trained on: every development set's, except the sets kept unstudied. */
export function trainingExamples(): Example[] {
  return examples().filter((e) => !e.kept);
}

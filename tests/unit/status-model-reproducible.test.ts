// The shipped status model is what the trainer makes of the committed development sets: a set added or relabelled
// without retraining (npm run train:status), or a model edited by hand, fails here. A new blind set that must stay out
// of training gets a NOT_FOR_TRAINING file instead of a retraining.
import { describe, expect, it } from 'vitest';
import model from '../../src/engine/learned/status-model.json';
import type { StatusModel } from '../../src/engine/learned/status-reader';
import { CLASSES, compact, KEEP, modelOf, SCALE, train, trainingExamples } from '../../src/tools/learned/status-training';

describe('the shipped status model', () => {
  it('is what the trainer makes of the committed sets, weight for weight', { timeout: 120_000 }, () => {
    const fresh = modelOf(compact(train(trainingExamples())).rows);
    const shipped = model as StatusModel;
    expect(shipped.classes).toEqual([...CLASSES]);
    expect(shipped.scale).toBe(fresh.scale);
    expect(shipped.buckets).toBe(fresh.buckets);
    const rows = (m: StatusModel) => new Map(m.rows.map(([f, ...w]) => [f!, w]));
    const a = rows(fresh);
    const b = rows(shipped);
    // (A weight on the edge of a hundredth may round the other way on another machine: one hundredth, no more, and a
    // row on the edge of being kept may come or go.)
    let differ = 0;
    const edge = KEEP * SCALE + 1;
    for (const f of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(f);
      const y = b.get(f);
      if (x && y) {
        if (x.some((v, k) => Math.abs(v - y[k]!) > 1)) differ++;
      } else if ((x ?? y)!.some((v) => Math.abs(v) > edge)) differ++;
    }
    expect(differ).toBe(0);
  });
});

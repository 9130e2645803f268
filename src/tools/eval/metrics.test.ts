import { describe, expect, it } from 'vitest';
import { formatScores, score } from './metrics';

describe('score', () => {
  it('computes confusion, per-class P/R/F1, macro-F1 and accuracy', () => {
    const s = score(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b'], ['a', 'b']);
    expect(s.confusion).toEqual([
      [1, 1],
      [0, 2],
    ]);
    expect(s.accuracy).toBe(0.75);
    expect(s.perClass[0]).toMatchObject({ precision: 1, recall: 0.5 });
    expect(s.perClass[1]?.precision).toBeCloseTo(2 / 3);
    expect(s.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
  });
  it('gives 0 for a class never predicted', () => {
    expect(score(['a'], ['b'], ['a', 'b']).perClass.map((c) => c.f1)).toEqual([0, 0]);
  });
  it('rejects unknown labels', () => {
    expect(() => score(['x'], ['a'], ['a'])).toThrow();
  });
  it('formats a table', () => {
    expect(formatScores('t', score(['a'], ['a'], ['a']))).toContain('macro-F1=1.000');
  });
});

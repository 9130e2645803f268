import { describe, expect, it } from 'vitest';
import { pieces } from './AnnotatedText';

describe('pieces', () => {
  it('splits text into plain and marked pieces that join back to the text', () => {
    const text = 'One. Two is flagged. Three. Four flagged.';
    const f = [
      { start: 5, end: 20 },
      { start: 28, end: 41 },
    ];
    const p = pieces(text, f, () => true);
    expect(p.map((x) => x.text).join('')).toBe(text);
    expect(p.filter((x) => x.finding >= 0).map((x) => x.text)).toEqual(['Two is flagged.', 'Four flagged.']);
  });

  it('skips hidden and overlapping findings', () => {
    const text = 'abcdefghij';
    const p = pieces(
      text,
      [
        { start: 0, end: 5 },
        { start: 3, end: 8 },
        { start: 8, end: 10 },
      ],
      (i) => i !== 2,
    );
    expect(p).toEqual([
      { text: 'abcde', finding: 0 },
      { text: 'fghij', finding: -1 },
    ]);
  });
});

describe('alternateMarks', () => {
  it('paints the second of two adjacent marks of one verdict differently, not separated ones', async () => {
    const { alternateMarks } = await import('./AnnotatedText');
    const text = 'A is wrong. B is wrong. Then prose. C is wrong.';
    const f = [
      { start: 0, end: 11, verdict: 'overstated' },
      { start: 12, end: 23, verdict: 'overstated' },
      { start: 36, end: 47, verdict: 'overstated' },
    ];
    const ps = pieces(text, f, () => true);
    const alt = alternateMarks(ps, f);
    expect([...alt].map((k) => ps[k]!.text)).toEqual(['B is wrong.']);
  });
});

import { describe, expect, it } from 'vitest';
import { splitHalves } from './split';

describe('splitHalves', () => {
  const items = Array.from({ length: 101 }, (_, i) => i);
  it('is a deterministic partition', () => {
    const a = splitHalves(items, 7);
    const b = splitHalves(items, 7);
    expect(a).toEqual(b);
    expect(a.dev.length).toBe(51);
    expect([...a.dev, ...a.held].sort((x, y) => x - y)).toEqual(items);
  });
  it('depends on the seed', () => {
    expect(splitHalves(items, 1).dev).not.toEqual(splitHalves(items, 2).dev);
  });
});

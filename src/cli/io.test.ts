import { describe, expect, it } from 'vitest';
import { wantsColor } from './io';

describe('wantsColor', () => {
  it('colours a terminal unless NO_COLOR is set; FORCE_COLOR forces it', () => {
    expect(wantsColor({ isTTY: true, env: {} })).toBe(true);
    expect(wantsColor({ isTTY: false, env: {} })).toBe(false);
    expect(wantsColor({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(wantsColor({ isTTY: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(wantsColor({ isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(wantsColor({ isTTY: true, env: { FORCE_COLOR: '0' } })).toBe(true);
    expect(wantsColor({ isTTY: false, env: { FORCE_COLOR: '0' } })).toBe(false);
  });
});

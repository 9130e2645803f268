import { describe, expect, it } from 'vitest';
import { badgeText, badgeTitle } from './badge';

describe('badge', () => {
  it('shows the number of highlighted flags, nothing for none', () => {
    expect(badgeText(null)).toBe('');
    expect(badgeText({ url: 'u', findings: [], painted: 0 })).toBe('');
    expect(badgeText({ url: 'u', findings: [], painted: 3 })).toBe('3');
    expect(badgeText({ url: 'u', findings: [], painted: 120 })).toBe('99+');
    expect(badgeTitle({ url: 'u', findings: [], painted: 1 })).toMatch(/1 claim flagged/);
  });
});

import { describe, expect, it } from 'vitest';
import { MARGIN, overlaps, placeCard, union, type Box } from './place';

const box = (p: { left: number; top: number; right: number; bottom: number }): Box => p;
function cardBox(p: ReturnType<typeof placeCard>): Box {
  return { left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + p.maxHeight };
}
function inside(b: Box, vw: number, vh: number) {
  return b.left >= MARGIN - 0.5 && b.top >= MARGIN - 0.5 && b.right <= vw - MARGIN + 0.5 && b.bottom <= vh - MARGIN + 0.5;
}

describe('placeCard', () => {
  it('puts the card below a sentence near the top of the viewport, aligned with it', () => {
    const t = box({ left: 100, top: 50, right: 700, bottom: 100 });
    const p = placeCard(t, 300, 1280, 800);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThan(100);
    expect(p.left).toBe(100);
    expect(p.maxHeight).toBe(300);
  });

  it('flips above a sentence near the bottom edge', () => {
    const t = box({ left: 100, top: 600, right: 700, bottom: 650 });
    const p = placeCard(t, 400, 1280, 800);
    expect(p.side).toBe('above');
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(600);
  });

  it('goes beside a tall sentence when there is room to its side', () => {
    const t = box({ left: 200, top: 100, right: 700, bottom: 700 });
    const p = placeCard(t, 500, 1280, 800);
    expect(p.side).toBe('right');
    expect(p.left).toBeGreaterThanOrEqual(700);
  });

  it('bounds the height to the larger gap when nothing holds the whole card', () => {
    const t = box({ left: 20, top: 250, right: 780, bottom: 330 });
    const p = placeCard(t, 900, 800, 600);
    expect(['below', 'above']).toContain(p.side);
    expect(p.maxHeight).toBeLessThan(900);
  });

  it('keeps the card inside the viewport at the right edge', () => {
    const t = box({ left: 1200, top: 100, right: 1270, bottom: 120 });
    const p = placeCard(t, 300, 1280, 800);
    expect(p.left + p.width).toBeLessThanOrEqual(1280 - MARGIN);
  });

  it('never overlaps the sentence and never leaves the viewport (sweep)', () => {
    for (const [vw, vh] of [
      [1280, 800],
      [800, 600],
      [420, 640],
    ] as const) {
      for (let top = 0; top < vh - 20; top += 37) {
        for (const height of [20, 60, 140, 300]) {
          for (const [l, r] of [
            [16, vw - 16],
            [16, vw / 2],
            [vw / 2, vw - 16],
          ] as const) {
            const t = box({ left: l, top, right: r, bottom: Math.min(vh, top + height) });
            for (const want of [150, 400, 900]) {
              const p = placeCard(t, want, vw, vh);
              if (p.side === 'corner') continue; // no room anywhere: asserted below
              const c = cardBox(p);
              expect(overlaps(c, t), JSON.stringify({ vw, vh, t, want, p })).toBe(false);
              expect(inside(c, vw, vh), JSON.stringify({ vw, vh, t, want, p })).toBe(true);
            }
          }
        }
      }
    }
  });

  it('union covers every line box', () => {
    expect(union([box({ left: 10, top: 5, right: 50, bottom: 20 }), box({ left: 0, top: 20, right: 30, bottom: 40 })])).toEqual({
      left: 0,
      top: 5,
      right: 50,
      bottom: 40,
    });
    expect(union([])).toBeNull();
  });
});

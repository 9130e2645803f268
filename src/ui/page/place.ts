// Where a card goes: beside or below/above the sentence it explains, never over it, never past the
// viewport's edges. Pure geometry (no DOM), so it is unit-tested on its own.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  /** The card's height limit; its content scrolls inside it. */
  maxHeight: number;
  side: 'below' | 'above' | 'right' | 'left' | 'corner';
}

export const MARGIN = 12;
const GAP = 8;
/** Below this height a card is not worth showing in a gap; it goes elsewhere. */
const MIN_HEIGHT = 140;

export function union(rects: Box[]): Box | null {
  if (!rects.length) return null;
  return rects.reduce((a, r) => ({
    left: Math.min(a.left, r.left),
    top: Math.min(a.top, r.top),
    right: Math.max(a.right, r.right),
    bottom: Math.max(a.bottom, r.bottom),
  }));
}

/**
 * Places a card of natural height `want` (and preferred width `width`) next to `target` (the union of
 * the sentence's line boxes) in a viewport of `vw`×`vh`. Prefers below, then above, then the wider
 * side; when none fits the whole card, takes the largest space and bounds the height there.
 */
export function placeCard(target: Box, want: number, vw: number, vh: number, width = 420): Placement {
  const w = Math.max(120, Math.min(width, vw - 2 * MARGIN));
  const clampLeft = (x: number) => Math.max(MARGIN, Math.min(x, vw - MARGIN - w));
  const below = vh - MARGIN - (target.bottom + GAP);
  const above = target.top - GAP - MARGIN;
  const right = vw - MARGIN - (target.right + GAP);
  const left = target.left - GAP - MARGIN;
  const full = Math.min(want, vh - 2 * MARGIN);
  const vertical = (side: 'below' | 'above', space: number): Placement => {
    const h = Math.min(full, space);
    const top = side === 'below' ? target.bottom + GAP : target.top - GAP - h;
    return { left: clampLeft(target.left), top, width: w, maxHeight: h, side };
  };
  const beside = (side: 'right' | 'left'): Placement => {
    const h = full;
    const top = Math.max(MARGIN, Math.min(target.top, vh - MARGIN - h));
    return { left: side === 'right' ? target.right + GAP : target.left - GAP - w, top, width: w, maxHeight: h, side };
  };
  if (below >= full) return vertical('below', below);
  if (above >= full) return vertical('above', above);
  if (right >= w) return beside('right');
  if (left >= w) return beside('left');
  // Nothing holds the whole card: the larger vertical gap, scrolling inside.
  const best = Math.max(below, above);
  if (best >= MIN_HEIGHT || best >= full) return vertical(below >= above ? 'below' : 'above', best);
  // The sentence fills the viewport: a narrower card beside it if there is room at all.
  const side = Math.max(right, left);
  if (side >= 200) {
    const nw = Math.min(w, side);
    const h = full;
    const top = Math.max(MARGIN, Math.min(target.top, vh - MARGIN - h));
    return right >= left
      ? { left: target.right + GAP, top, width: nw, maxHeight: h, side: 'right' }
      : { left: target.left - GAP - nw, top, width: nw, maxHeight: h, side: 'left' };
  }
  // The sentence fills the whole viewport: any place covers some of it; the bottom-right corner.
  const h = Math.min(full, Math.round(vh * 0.4));
  return { left: vw - MARGIN - w, top: vh - MARGIN - h, width: w, maxHeight: h, side: 'corner' };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

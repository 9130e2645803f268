// Paints finding ranges with the CSS Custom Highlight API: one named highlight per verdict
// (styled by ::highlight(trialtrace-<verdict>) in the content script's manifest CSS) and one for
// the pulse when a finding is focused. The page's DOM is not touched.
import type { Verdict } from '../../engine/verdicts';

const NAMES: Verdict[] = ['supported', 'overstated', 'misreported', 'outdated'];
export const PULSE = 'trialtrace-pulse';

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** True when only white space lies between the end of `a` and the start of `b`. */
function adjacent(a: Range, b: Range): boolean {
  try {
    const gap = a.cloneRange();
    gap.setStart(a.endContainer, a.endOffset);
    gap.setEnd(b.startContainer, b.startOffset);
    return gap.toString().trim() === '';
  } catch {
    return false;
  }
}

/**
 * Splits flags into the verdict's main highlight and its `-alt` highlight: the second of two adjacent
 * flags of one verdict is painted differently, so two claims never read as one block.
 */
export function alternate<T extends { verdict: Verdict; range: Range }>(ranges: T[]): (T & { alt: boolean })[] {
  const sorted = [...ranges].sort((a, b) => {
    try {
      return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
    } catch {
      return 0;
    }
  });
  const out: (T & { alt: boolean })[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    const alt = !!prev && prev.verdict === r.verdict && !prev.alt && adjacent(prev.range, r.range);
    out.push({ ...r, alt });
  }
  return out;
}

/** Replaces every TrialTrace highlight with these ranges. */
export function paint(ranges: { verdict: Verdict; range: Range }[]): void {
  if (!highlightSupported()) return;
  const all = alternate(ranges);
  for (const v of NAMES) {
    for (const alt of [false, true]) {
      const mine = all.filter((r) => r.verdict === v && r.alt === alt).map((r) => r.range);
      const name = `trialtrace-${v}${alt ? '-alt' : ''}`;
      if (mine.length) CSS.highlights.set(name, new Highlight(...mine));
      else CSS.highlights.delete(name);
    }
  }
}

export function clearAll(): void {
  if (!highlightSupported()) return;
  for (const v of NAMES) {
    CSS.highlights.delete(`trialtrace-${v}`);
    CSS.highlights.delete(`trialtrace-${v}-alt`);
  }
  CSS.highlights.delete(PULSE);
}

let pulseTimer: ReturnType<typeof setTimeout> | undefined;

/** Pulses one range for a moment (a second highlight layered over the verdict colour). */
export function pulse(range: Range, ms = 1600): void {
  if (!highlightSupported()) return;
  const h = new Highlight(range);
  h.priority = 1;
  CSS.highlights.set(PULSE, h);
  clearTimeout(pulseTimer);
  pulseTimer = setTimeout(() => CSS.highlights.delete(PULSE), ms);
}

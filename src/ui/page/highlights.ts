// Paints finding ranges with the CSS Custom Highlight API: one named highlight per verdict
// (styled by ::highlight(trialtrace-<verdict>) in the content script's manifest CSS) and one for
// the pulse when a finding is focused. The page's DOM is not touched.
import type { Verdict } from '../../engine/verdicts';

const NAMES: Verdict[] = ['supported', 'overstated', 'misreported', 'outdated'];
export const PULSE = 'trialtrace-pulse';

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces every TrialTrace highlight with these ranges. */
export function paint(ranges: { verdict: Verdict; range: Range }[]): void {
  if (!highlightSupported()) return;
  for (const v of NAMES) {
    const mine = ranges.filter((r) => r.verdict === v).map((r) => r.range);
    const name = `trialtrace-${v}`;
    if (mine.length) CSS.highlights.set(name, new Highlight(...mine));
    else CSS.highlights.delete(name);
  }
}

export function clearAll(): void {
  if (!highlightSupported()) return;
  for (const v of NAMES) CSS.highlights.delete(`trialtrace-${v}`);
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

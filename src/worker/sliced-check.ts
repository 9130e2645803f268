// The background's engine work for one page, in bounded slices: each slice is at most SLICE_CHARS of
// passages (a longer passage is cut at a line or sentence end), the worker yields between slices so
// other tabs and the popup are answered, and a page's work has a size and time budget beyond which
// the rest is dropped and counted (the popup says "checked the first N passages").
// No browser API here: the clock, the pause and the engine are passed in, so Node tests drive it.
import type { Finding, Passage } from '../engine/types';

export interface PageBudget {
  /** Characters of passages checked per page, at most. */
  maxChars: number;
  /** Milliseconds of engine time per page, at most. */
  maxMs: number;
  /** Characters per slice: the engine runs ~2 ms per KB, so a slice is a few tens of ms. */
  sliceChars: number;
  /** Passages of earlier text given to the engine as context for the next slice. */
  contextPassages: number;
  /** Findings per page, at most: past this a page is not news copy to check but a flood (and the
   * tab's state must fit the 10 MB of storage.session). */
  maxFindings: number;
}

export const PAGE_BUDGET: PageBudget = {
  maxChars: 3_000_000,
  maxMs: 8_000,
  sliceChars: 16_000,
  contextPassages: 30,
  maxFindings: 500,
};

/** What a page has cost so far, kept across its batches. */
export interface PageSpend {
  chars: number;
  ms: number;
  findings: number;
  /** Passages checked, and passages dropped because the budget ran out. */
  checked: number;
  skipped: number;
}

export const newSpend = (): PageSpend => ({ chars: 0, ms: 0, findings: 0, checked: 0, skipped: 0 });

export interface SliceDeps {
  check(passages: readonly Passage[]): Finding[];
  now(): number;
  /** Gives the event loop a turn (setTimeout 0 in the worker). */
  pause(): Promise<void>;
  budget?: PageBudget;
}

/** Cuts a passage longer than `max` into pieces at a line end, else a sentence end, else a space. */
export function cutPassage(p: Passage, max: number): Passage[] {
  if (p.text.length <= max) return [p];
  const out: Passage[] = [];
  let from = 0;
  while (p.text.length - from > max) {
    const window = p.text.slice(from, from + max);
    let cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? ')) + 1;
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = max;
    out.push({ start: p.start + from, text: window.slice(0, cut) });
    from += cut;
  }
  out.push({ start: p.start + from, text: p.text.slice(from) });
  return out;
}

/** Groups passages into slices of at most `max` characters (after cutting longer passages). */
export function slices(passages: readonly Passage[], max: number): Passage[][] {
  const out: Passage[][] = [];
  let current: Passage[] = [];
  let size = 0;
  for (const p of passages.flatMap((q) => cutPassage(q, max))) {
    if (size + p.text.length > max && current.length) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += p.text.length;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Checks `passages` (new text of a page, after `context`, its earlier passages) slice by slice within
 * the page's budget, updating `spend`. Returns the findings in the new passages only.
 */
export async function checkInSlices(
  context: readonly Passage[],
  passages: readonly Passage[],
  spend: PageSpend,
  deps: SliceDeps,
): Promise<Finding[]> {
  const budget = deps.budget ?? PAGE_BUDGET;
  const findings: Finding[] = [];
  let recent = context.slice(-budget.contextPassages);
  const parts = slices(passages, budget.sliceChars);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const size = part.reduce((n, p) => n + p.text.length, 0);
    if (spend.chars + size > budget.maxChars || spend.ms >= budget.maxMs || spend.findings >= budget.maxFindings) {
      // Out of budget: the rest of the page is not checked (counted in passages as sent, roughly).
      spend.skipped += parts.slice(i).reduce((n, s) => n + s.length, 0);
      break;
    }
    if (i > 0) await deps.pause();
    const t0 = deps.now();
    const from = part[0]!.start;
    for (const f of deps.check([...recent, ...part])) {
      if (f.start < from || spend.findings >= budget.maxFindings) continue;
      findings.push(f);
      spend.findings++;
    }
    spend.ms += deps.now() - t0;
    spend.chars += size;
    spend.checked += part.length;
    recent = [...recent, ...part].slice(-budget.contextPassages);
  }
  return findings;
}

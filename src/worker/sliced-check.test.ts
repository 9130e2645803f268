import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidatePassages, checkPassages, checkText } from '../engine/index';
import type { Passage } from '../engine/types';
import { SerialQueue } from './serial-queue';
import { checkInSlices, cutPassage, newSpend, PAGE_BUDGET, slices, type SliceDeps } from './sliced-check';

const article = readFileSync(new URL('../../tests/fixtures/cli-mirocals.txt', import.meta.url), 'utf8');
const tick = () => new Promise<void>((r) => setTimeout(r, 0));
const deps = (over: Partial<SliceDeps> = {}): SliceDeps => ({
  check: checkPassages,
  now: () => performance.now(),
  pause: tick,
  ...over,
});

describe('cutPassage and slices', () => {
  it('cut a long passage at line or sentence ends, keeping offsets into the page', () => {
    const text = 'The trial enrolled 220 people. '.repeat(200) + '\n' + 'word '.repeat(3000);
    const p: Passage = { start: 1000, text };
    const pieces = cutPassage(p, 2000);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((q) => q.text).join('')).toBe(text);
    for (const q of pieces) {
      expect(q.text.length).toBeLessThanOrEqual(2000);
      expect(text.slice(q.start - 1000, q.start - 1000 + q.text.length)).toBe(q.text);
    }
    expect(pieces[0]!.text.endsWith('people. ') || pieces[0]!.text.endsWith('.')).toBe(true);
  });
  it('group passages into slices of bounded size', () => {
    const ps = Array.from({ length: 50 }, (_, i) => ({ start: i * 100, text: 'x'.repeat(90) }));
    const parts = slices(ps, 1000);
    expect(parts.flat()).toEqual(ps);
    for (const part of parts) expect(part.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(1000);
  });
});

describe('checkInSlices', () => {
  const page = Array.from({ length: 400 }, () => article).join('\n\n');
  const passages = candidatePassages(page);

  it('finds what checking the page at once finds, slice by slice, pausing between slices', async () => {
    let pauses = 0;
    const spend = newSpend();
    const got = await checkInSlices([], passages, spend, deps({ pause: async () => void pauses++ }));
    expect(got.length).toBeGreaterThanOrEqual(400);
    expect(got).toEqual(checkText(page));
    expect(pauses).toBe(slices(passages, PAGE_BUDGET.sliceChars).length - 1);
    expect(pauses).toBeGreaterThan(0);
    expect(spend.skipped).toBe(0);
    expect(spend.checked).toBeGreaterThanOrEqual(passages.length);
  });

  it('drops the rest of a page beyond its size budget and counts it', async () => {
    const budget = { ...PAGE_BUDGET, maxChars: 20_000, sliceChars: 4_000 };
    const spend = newSpend();
    const got = await checkInSlices([], passages, spend, deps({ budget }));
    expect(spend.chars).toBeLessThanOrEqual(20_000);
    expect(spend.skipped).toBeGreaterThan(0);
    expect(spend.checked + spend.skipped).toBeGreaterThanOrEqual(passages.length);
    const lastChecked = slices(passages, 4_000).flat()[spend.checked - 1]!;
    for (const f of got) expect(f.start).toBeLessThan(lastChecked.start + lastChecked.text.length);
  });

  it("stops at the page's finding cap", async () => {
    const spend = newSpend();
    const got = await checkInSlices(
      [],
      passages,
      spend,
      deps({ budget: { ...PAGE_BUDGET, maxFindings: 50, sliceChars: 4_000 } }),
    );
    expect(got).toHaveLength(50);
    expect(got).toEqual(checkText(page).slice(0, 50));
    expect(spend.skipped).toBeGreaterThan(0);
  });

  it('drops the rest beyond its time budget', async () => {
    let clock = 0;
    const spend = newSpend();
    const budget = { ...PAGE_BUDGET, maxMs: 100, sliceChars: 4_000 };
    // each slice "takes" 40 ms: after three slices the budget is spent
    await checkInSlices([], passages, spend, deps({ budget, now: () => (clock += 20) }));
    expect(spend.ms).toBeGreaterThanOrEqual(100);
    expect(spend.ms).toBeLessThan(140);
    expect(spend.skipped).toBeGreaterThan(0);
  });

  it('lets another page run between slices: one tab cannot starve another', async () => {
    const order: string[] = [];
    const tracked = (name: string) =>
      deps({ check: (p) => (order.push(name), checkPassages(p)), budget: { ...PAGE_BUDGET, sliceChars: 4_000 } });
    const queue = new SerialQueue<number>();
    await Promise.all([
      queue.run(1, () => checkInSlices([], passages, newSpend(), tracked('a'))),
      queue.run(2, () => checkInSlices([], passages.slice(0, 3), newSpend(), tracked('b'))),
    ]);
    // tab 2's short page finished long before tab 1's long one
    expect(order.indexOf('b')).toBeLessThan(order.lastIndexOf('a'));
    expect(order.indexOf('b')).toBeGreaterThan(0);
  });

  it("runs one tab's batches in order, even if one fails", async () => {
    const queue = new SerialQueue<number>();
    const seen: number[] = [];
    const slow = queue.run(1, async () => {
      await tick();
      await tick();
      seen.push(1);
    });
    const failing = queue.run(1, async () => {
      seen.push(2);
      throw new Error('boom');
    });
    const after = queue.run(1, async () => void seen.push(3));
    await slow;
    await expect(failing).rejects.toThrow('boom');
    await after;
    expect(seen).toEqual([1, 2, 3]);
  });
});

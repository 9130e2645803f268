import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mentionsTopic } from '../engine/prefilter';
import { createTextScan } from './text-scan';

function body(html: string) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document.body as unknown as HTMLElement;
}

/** Runs a scan to its end, stopped after every `every` looks at the clock. */
function run(root: Node, every: number, opts: Parameters<typeof createTextScan>[2] = {}) {
  const seen: string[] = [];
  const scan = createTextScan(root, (w) => (seen.push(w), mentionsTopic(w)), opts);
  let calls = 0;
  let steps = 0;
  while (!scan.step(() => ++calls % every === 0)) steps++;
  return { scan, seen, steps };
}

const filler = (n: number) => Array.from({ length: n }, (_, i) => `<span>Filler text number ${i}. </span>`).join('');

describe('createTextScan', () => {
  it('finds a topic word split across two Text nodes and across a window boundary, however often stopped', () => {
    // "amyotrophic lateral sclerosis" in two elements, placed where a 1,000-character window ends.
    const before = filler(40);
    const root = body(`${before}<b>amyotrophic lat</b><i>eral sclerosis</i>${filler(40)}`);
    const upTo = root.textContent!.indexOf('amyotrophic');
    for (const every of [1, 3, 1000]) {
      const { scan, seen } = run(root, every, { windowChars: upTo + 15 });
      expect(scan.found).toBe(true);
      expect(seen.length).toBeGreaterThan(1); // the first window held only half of the words
    }
  });

  it('agrees with one regex over textContent, and reads no further than it must', () => {
    const off = body(filler(200));
    const { scan, seen, steps } = run(off, 2, { windowChars: 500 });
    expect(scan.found).toBe(mentionsTopic(off.textContent!));
    expect(scan.found).toBe(false);
    expect(steps).toBeGreaterThan(2);
    expect(seen.join('').length).toBeGreaterThanOrEqual(off.textContent!.length);
    const on = body(`<p>The ALS trial.</p>${filler(200)}`);
    const found = run(on, 1000, { windowChars: 500 });
    expect(found.scan.found).toBe(true);
    expect(found.seen.length).toBe(1);
  });

  it('keeps the head of the text', () => {
    const root = body(`<p>  </p><p>Registry record</p>${filler(50)}`);
    const { scan } = run(root, 5, { headChars: 12 });
    expect(scan.head()).toBe(root.textContent!.slice(0, 12));
  });

  it('cuts a single huge Text node into windows', () => {
    const root = body(`<pre>${'word '.repeat(5000)}ALS</pre>`);
    const { scan, seen } = run(root, 1000, { windowChars: 1000 });
    expect(scan.found).toBe(true);
    expect(seen.length).toBeGreaterThan(20);
    expect(Math.max(...seen.map((w) => w.length))).toBeLessThanOrEqual(1256);
  });

  it('stops unfound after maxNodes Text nodes', () => {
    const root = body(`${filler(100)}<p>ALS</p>`);
    expect(run(root, 1000, { maxNodes: 50 }).scan.found).toBe(false);
    expect(run(root, 1000, { maxNodes: 500 }).scan.found).toBe(true);
  });

  it('tests a text already read a window at a time, with its head', () => {
    const text = `${'filler words '.repeat(2000)}motor neurone disease`;
    const seen: string[] = [];
    const scan = createTextScan(text, (w) => (seen.push(w), mentionsTopic(w)), { windowChars: 1000, headChars: 20 });
    let steps = 0;
    while (!scan.step(() => true)) steps++;
    expect(scan.found).toBe(true);
    expect(steps).toBeGreaterThan(20);
    expect(scan.head()).toBe(text.slice(0, 20));
    expect(createTextScan('nothing here', mentionsTopic).step()).toBe(true);
  });

  it('tests a text already read of up to 2 MB in one piece, and a longer one in windows', () => {
    const seenOf = (text: string) => {
      const seen: string[] = [];
      const scan = createTextScan(text, (w) => (seen.push(w), mentionsTopic(w)));
      while (!scan.step(() => false));
      return seen;
    };
    const mb = 'filler words '.repeat(80_000); // 1.04 MB, no topic
    expect(seenOf(mb)).toEqual([mb]);
    const big = mb.repeat(2); // over 2 MB: 65,536-character windows
    const seen = seenOf(big);
    expect(seen.length).toBeGreaterThan(30);
    expect(Math.max(...seen.map((w) => w.length))).toBeLessThanOrEqual(65_536 + 256);
  });
});

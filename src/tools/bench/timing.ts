// Timing helpers: repeat a function, take the median.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs f `reps` times (after `warmup` untimed runs) and returns the median in milliseconds. */
export function timeMedian(f: () => unknown, reps: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) f();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(0)} µs`;
}

export function formatRatio(a: number, b: number): string {
  if (!(b > 0)) return 'n/a';
  const r = a / b;
  return r >= 0.01 ? `${r.toFixed(2)}×` : `${r.toExponential(1)}×`;
}

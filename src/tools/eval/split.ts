// A fixed, seeded split of a data set into a development half and a held-out half.

/** mulberry32: a tiny deterministic PRNG, enough for shuffling. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SPLIT_SEED = 20261121;

/** Splits items into { dev, held } halves by a seeded shuffle of their indices. */
export function splitHalves<T>(items: readonly T[], seed = SPLIT_SEED): { dev: T[]; held: T[] } {
  const rand = mulberry32(seed);
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = idx[i] as number;
    idx[i] = idx[j] as number;
    idx[j] = t;
  }
  const half = Math.ceil(idx.length / 2);
  const pick = (is: number[]) => is.map((i) => items[i] as T);
  return { dev: pick(idx.slice(0, half)), held: pick(idx.slice(half)) };
}

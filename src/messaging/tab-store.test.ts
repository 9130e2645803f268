import { describe, expect, it } from 'vitest';
import { TabStore, CONTEXT_PASSAGES } from './tab-store';

function memorySession() {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(k: string) {
      return k in data ? { [k]: data[k] } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data, items);
    },
    async remove(k: string) {
      delete data[k];
    },
  };
}

describe('TabStore', () => {
  it('gives earlier passages of the same page as context, and forgets them on reset', () => {
    const store = new TabStore();
    const a = [{ start: 0, text: 'A' }];
    const b = [{ start: 10, text: 'B' }];
    expect(store.batch(1, 'u', a, true)).toEqual(a);
    expect(store.batch(1, 'u', b, false)).toEqual([...a, ...b]);
    expect(store.batch(1, 'u', b, true)).toEqual(b);
    expect(store.batch(1, 'other', a, false)).toEqual(a);
  });

  it('limits context to the most recent passages', () => {
    const store = new TabStore();
    const many = Array.from({ length: CONTEXT_PASSAGES + 5 }, (_, i) => ({ start: i * 3, text: 'x' }));
    store.batch(1, 'u', many, true);
    const next = store.batch(1, 'u', [{ start: 999, text: 'y' }], false);
    expect(next).toHaveLength(CONTEXT_PASSAGES + 1);
  });

  it('keeps painted state per tab and survives a restart through the session area', async () => {
    const session = memorySession();
    const store = new TabStore(session);
    const finding = {
      start: 0,
      end: 4,
      text: 'Test',
      claim: 'c',
      source: 's',
      verdict: 'overstated' as const,
      sources: ['NCT03039673'],
      reasons: [],
      evidence: 'e',
      explain: { plain: 'p', precise: 'q' },
    };
    await store.setPainted(7, 'u', [
      { finding, painted: true, anchored: true },
      { finding, painted: false, anchored: false },
    ]);
    const restarted = new TabStore(session);
    const state = await restarted.get(7);
    expect(state?.painted).toBe(1);
    expect(state?.findings.map((f) => f.index)).toEqual([0, 1]);
    await restarted.clear(7);
    expect(await new TabStore(session).get(7)).toBeNull();
  });
  it('keeps "checked the first N passages" with the painted findings, and forgets it for a new page', async () => {
    const store = new TabStore();
    store.batch(3, 'u', [{ start: 0, text: 'A' }], true);
    const spend = store.spend(3);
    spend.checked = 12;
    spend.skipped = 5;
    await store.setPartial(3, 'u', spend);
    await store.setPainted(3, 'u', []);
    expect((await store.get(3))?.partial).toEqual({ checked: 12, skipped: 5 });
    store.batch(3, 'u', [{ start: 0, text: 'A' }], true);
    expect(store.spend(3)).toEqual({ chars: 0, ms: 0, findings: 0, checked: 0, skipped: 0 });
    await store.setPainted(3, 'other', []);
    expect((await store.get(3))?.partial).toBeUndefined();
  });
  it('keeps "not English" with the painted findings, and forgets it for another page', async () => {
    const store = new TabStore();
    store.batch(4, 'fr', [{ start: 0, text: 'Le tofersen' }], true);
    await store.setNotEnglish(4, 'fr');
    await store.setPainted(4, 'fr', []);
    expect((await store.get(4))?.notEnglish).toBe(true);
    await store.setPainted(4, 'en', []);
    expect((await store.get(4))?.notEnglish).toBeUndefined();
  });
});

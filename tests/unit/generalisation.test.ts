// Regression guard on the development generalisation sets (tests/generalisation/set-1, set-2, set-3): no
// must-not-flag sentence may be flagged, and set-1 / set-2 recall must not fall back. set-4 and set-5 are
// held out: they are only measured (npm run eval, part d), never asserted on, so nobody tunes to them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERALISATION_DIR, missStages, runGeneralisation } from '../../src/tools/eval/generalisation';

const run = (set: string) => {
  const out = runGeneralisation(join(GENERALISATION_DIR(), set));
  if (!out) throw new Error(`tests/generalisation/${set}/EXPECTATIONS.yaml missing`);
  return out.results;
};

describe('generalisation development sets', () => {
  it.each(['set-1', 'set-2', 'set-3'])('%s: every labelled sentence is found and no must-not-flag sentence is flagged', (set) => {
    const results = run(set);
    expect(results.filter((r) => r.outcome === 'not-found').map((r) => r.e.sentence)).toEqual([]);
    expect(results.filter((r) => r.outcome === 'false-flag').map((r) => r.e.sentence)).toEqual([]);
  });

  it('set-1: at least 80% of must-flag sentences get the expected verdict, reason and source', () => {
    const must = run('set-1').filter((r) => r.e.kind === 'must-flag');
    const strict = must.filter((r) => r.outcome === 'pass').length;
    expect(strict / must.length).toBeGreaterThanOrEqual(0.8);
  });

  it('set-2: at least 55% of must-flag sentences get the expected verdict, reason and source', () => {
    const must = run('set-2').filter((r) => r.e.kind === 'must-flag');
    const strict = must.filter((r) => r.outcome === 'pass').length;
    expect(strict / must.length).toBeGreaterThanOrEqual(0.55);
  });
});

describe('where misses were lost (eval --stages)', () => {
  it('counts each must-flag miss of a set once, by stage and by wanted reason, and shows no sentence', () => {
    const out = missStages({ only: 'set-2' });
    const missed = run('set-2').filter((r) => r.e.kind === 'must-flag' && (r.outcome === 'miss' || r.outcome === 'loose'));
    const header = new RegExp(`set-2: ${missed.length} missed`);
    expect(out).toMatch(header);
    const byStage = /by stage: (.*)/.exec(out)![1]!;
    const total = [...byStage.matchAll(/ (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(total).toBe(missed.length);
    for (const r of missed) expect(out).not.toContain(r.e.sentence.slice(0, 30));
  });
});

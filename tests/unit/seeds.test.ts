// Acceptance: the CLI's findings on the seed documents meet ../shared/seeds/EXPECTATIONS.md, line by line.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateSeeds, type LineResult, SEEDS_DIR } from '../seeds/expectations';

const available = existsSync(join(SEEDS_DIR, 'EXPECTATIONS.md'));

describe.runIf(available)('seed expectations (CLI on ../shared/seeds)', () => {
  let lines: LineResult[] = [];
  beforeAll(async () => {
    lines = (await evaluateSeeds()).lines;
  }, 60_000);

  it('parses every kind of expectation from EXPECTATIONS.md', () => {
    const kinds = new Set(lines.map((l) => l.kind));
    expect([...kinds].sort()).toEqual(['either-way', 'must-flag', 'must-not-flag', 'nothing-flagged']);
    expect(lines.filter((l) => l.kind === 'must-flag').length).toBe(13);
  });

  it('flags every must-flag line with its verdict, source and reasons', () => {
    const failed = lines.filter((l) => l.kind === 'must-flag' && !l.pass);
    expect(failed.map((l) => `${l.seed}: ${l.text} -> ${l.detail}`)).toEqual([]);
  });

  it('flags no must-not-flag line, and nothing on the registry record', () => {
    const failed = lines.filter((l) => (l.kind === 'must-not-flag' || l.kind === 'nothing-flagged') && !l.pass);
    expect(failed.map((l) => `${l.seed}: ${l.text} -> ${l.detail}`)).toEqual([]);
  });

  it('gives the right verdict and source to either-way lines it flags', () => {
    const failed = lines.filter((l) => l.kind === 'either-way' && !l.pass);
    expect(failed.map((l) => `${l.seed}: ${l.text} -> ${l.detail}`)).toEqual([]);
  });
});

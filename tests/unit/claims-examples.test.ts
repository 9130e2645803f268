// The claims database's own examples are tests (as LanguageTool's rule tests are): every wrong reading in
// claims/*.yaml carries whole sentences that must fire its reason on its source, and every claim carries
// accurate sentences that must get no flag. Sentences the engine cannot yet handle are kept in
// `pendingExamples` / `pendingCorrect`: printed here, not failed, so the engine's gaps stay visible.
import { afterAll, describe, expect, it } from 'vitest';
import { claimsDb } from '../../src/claims/db';
import type { Claim, SourceFile, WrongReading } from '../../src/claims/schema';
import { checkText, type Finding } from '../../src/engine/index';

const flags = (text: string): Finding[] => checkText(text).filter((f) => f.verdict !== 'supported');
const firesOn = (text: string, source: string, reason: string): boolean =>
  flags(text).some((f) => f.source === source && f.reasons.some((r) => r.code === reason));
const describeFlags = (text: string): string =>
  flags(text)
    .map((f) => `${f.source}/${f.claim} ${f.verdict} [${f.reasons.map((r) => r.code).join(', ')}]`)
    .join('; ') || 'no flag';

const readings: { source: SourceFile; claim: Claim; reading: WrongReading; label: string }[] = [];
for (const source of claimsDb.sources)
  for (const claim of source.claims)
    for (const [i, reading] of claim.wrongReadings.entries()) {
      readings.push({ source, claim, reading, label: `${source.id}/${claim.id} #${i + 1} ${reading.reason}` });
    }
const claims = claimsDb.sources.flatMap((source) =>
  source.claims.map((claim) => ({ source, claim, label: `${source.id}/${claim.id}` })),
);

describe('every entry of the claims database carries examples', () => {
  it('every wrong reading has at least one example sentence (firing or pending)', () => {
    const missing = readings
      .filter(({ reading }) => reading.examples.length + reading.pendingExamples.length === 0)
      .map((r) => r.label);
    expect(missing).toEqual([]);
  });

  it('every claim has at least one correct sentence', () => {
    const missing = claims.filter(({ claim }) => claim.correct.length + claim.pendingCorrect.length === 0).map((c) => c.label);
    expect(missing).toEqual([]);
  });

  it('every wrong reading suggests an accurate wording', () => {
    expect(readings.filter(({ reading }) => !reading.suggestion?.trim()).map((r) => r.label)).toEqual([]);
  });
});

describe('wrong-reading examples fire their reason on their source', () => {
  const cases = readings.flatMap(({ source, reading, label }) =>
    reading.examples.map((text) => [label, text, source.id, reading.reason] as const),
  );
  it.each(cases)('%s: %s', (_label, text, source, reason) => {
    expect(firesOn(text, source, reason), `got: ${describeFlags(text)}`).toBe(true);
  });
});

describe('suggested wordings get no flag (the product must not flag what it suggests)', () => {
  const cases = readings.map(({ reading, label }) => [label, reading.suggestion ?? ''] as const);
  it.each(cases)('%s: %s', (_label, text) => {
    expect(describeFlags(text)).toBe('no flag');
  });
});

describe('correct sentences get no flag', () => {
  const cases = claims.flatMap(({ claim, label }) => claim.correct.map((text) => [label, text] as const));
  it.each(cases)('%s: %s', (_label, text) => {
    expect(describeFlags(text)).toBe('no flag');
  });
});

// Pending sentences: printed with what the engine does now, never failed (the engine's owner fixes them).
afterAll(() => {
  const lines: string[] = [];
  for (const { source, reading, label } of readings)
    for (const text of reading.pendingExamples)
      lines.push(
        `${firesOn(text, source.id, reading.reason) ? 'NOW FIRES (move to examples)' : 'pending'} must fire ${label}: "${text}" -> ${describeFlags(text)}`,
      );
  for (const { claim, label } of claims)
    for (const text of claim.pendingCorrect)
      lines.push(
        `${flags(text).length === 0 ? 'NOW SILENT (move to correct)' : 'pending'} must stay silent ${label}: "${text}" -> ${describeFlags(text)}`,
      );
  if (lines.length > 0) console.log(`claims examples: ${lines.length} pending\n${lines.join('\n')}`);
});

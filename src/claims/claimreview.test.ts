import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REASON_VERDICT } from '../engine/verdicts';
import { toClaimReviews, type ClaimReviewJsonLd } from './claimreview';
import { loadClaimsDir } from './load';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const db = loadClaimsDir(join(ROOT, 'claims'));
const doc = toClaimReviews(db);
const graph = doc['@graph'];

describe('toClaimReviews', () => {
  it('is a schema.org JSON-LD document with one ClaimReview per known wrong reading', () => {
    expect(doc['@context']).toBe('https://schema.org');
    const wrongReadings = db.sources.flatMap((s) => s.claims.flatMap((c) => c.wrongReadings));
    expect(graph).toHaveLength(wrongReadings.length);
    expect(new Set(graph.map((r) => r.identifier)).size).toBe(graph.length);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc); // plain JSON, no undefined fields
  });

  it('rates each with its verdict, by TrialTrace, dated by the source review, based on the identifiers', () => {
    for (const r of graph) {
      expect(r['@type']).toBe('ClaimReview');
      expect(r.claimReviewed.trim()).not.toBe('');
      expect(r.reviewRating['@type']).toBe('Rating');
      expect(REASON_VERDICT[r.reviewRating.reviewAspect as keyof typeof REASON_VERDICT]).toBe(r.reviewRating.alternateName);
      expect(r.reviewRating.ratingExplanation.trim()).not.toBe('');
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.author).toEqual({ '@type': 'Organization', name: 'TrialTrace' });
      expect(r.datePublished).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(r.isBasedOn.length).toBeGreaterThan(0);
      for (const u of r.isBasedOn) expect(() => new URL(u)).not.toThrow();
      expect(r.url).toBe(r.isBasedOn[0]);
    }
  });

  it('exports the MIROCALS share-misread reading with its example and where it appeared', () => {
    const mirocals = db.sources.find((s) => s.id === 'mirocals')!;
    const claim = mirocals.claims.find((c) => c.wrongReadings.some((w) => w.reason === 'share-misread'))!;
    const w = claim.wrongReadings.find((x) => x.reason === 'share-misread')!;
    const r = graph.find((x) => x.identifier === `${claim.id}/share-misread`) as ClaimReviewJsonLd;
    expect(r.claimReviewed).toBe(w.example ?? w.description);
    expect(r.reviewRating.alternateName).toBe('misreported');
    expect(r.reviewRating.ratingExplanation).toContain(claim.finding);
    expect(r.datePublished).toBe(mirocals.reviewed);
    expect(r.citation).toBe(mirocals.citation);
    expect(r.isBasedOn).toEqual(
      expect.arrayContaining([
        'https://clinicaltrials.gov/study/NCT03039673',
        'https://doi.org/10.1016/s0140-6736%2825%2900262-4',
        'https://pubmed.ncbi.nlm.nih.gov/40354799/',
      ]),
    );
    if (w.exampleSource) expect(r.itemReviewed.appearance).toEqual({ '@type': 'CreativeWork', name: w.exampleSource });
  });

  it('gives an appearance only where the example source is known, and uses the description without an example', () => {
    for (const s of db.sources)
      for (const c of s.claims)
        c.wrongReadings.forEach((w) => {
          const r = graph.find(
            (x) => x.identifier.startsWith(`${c.id}/${w.reason}`) && x.claimReviewed === (w.example?.trim() || w.description),
          );
          expect(r, `${c.id}/${w.reason}`).toBeDefined();
          expect(r!.itemReviewed.appearance !== undefined).toBe(Boolean(w.exampleSource?.trim()));
        });
  });

  it('numbers repeated reasons within a claim', () => {
    const mirocals = db.sources.find((s) => s.id === 'mirocals')!;
    const claim = mirocals.claims[0]!;
    const twice = toClaimReviews({
      sources: [{ ...mirocals, claims: [{ ...claim, wrongReadings: [claim.wrongReadings[0]!, claim.wrongReadings[0]!] }] }],
    });
    expect(twice['@graph'].map((r) => r.identifier)).toEqual([
      `${claim.id}/${claim.wrongReadings[0]!.reason}`,
      `${claim.id}/${claim.wrongReadings[0]!.reason}-2`,
    ]);
  });
});

describe('npm run claimreview', { timeout: 60_000 }, () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/export-claimreview.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints the JSON-LD on stdout', () => {
    const r = run([]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(doc);
  });

  it('writes it to --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'trialtrace-cr-')), 'claimreview.jsonld');
    const r = run(['--out', out]);
    expect([r.status, r.stdout]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(doc);
  });

  it('exits 2 on a bad flag', () => {
    const r = run(['--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

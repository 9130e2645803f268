// A new study is one file: a claims file for a study (and a drug) the product has never heard of is
// validated, its names reach the prefilter, and sentences about it are found, linked and judged — with no
// change to the engine's code. The study below is invented for this test.
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { claimsDb } from '../../src/claims/db';
import { loadClaimsDir } from '../../src/claims/load';
import { prefilterTerms } from '../../src/claims/prefilter-terms';
import { createChecker } from '../../src/engine/check';
import { useDatabaseVocabulary } from '../../src/engine/vocabulary';
import { candidatePassages } from '../../src/engine/prefilter';

const NEW_SOURCE = `
id: zephyr
kind: trial
name: ZEPHYR
title: Velotrazine in amyotrophic lateral sclerosis, a phase 2 randomised trial (invented for a test)
citation: Invented A, et al. Test Journal 2026;1:1-10.
identifiers: { registry: [NCT09999991] }
names: [ZEPHYR]
concepts:
  - { id: velotrazine, kind: intervention, scope: true, patterns: ['\\bvelotrazine\\b', '\\bVeltra\\b'] }
topics: [velotrazine]
design:
  type: randomised-controlled-trial
  phase: "2"
  randomised: true
  blinded: double
  control: placebo
  n: { value: 140, verified: true, source: registry record (invented) }
  population: Adults with ALS.
primaryEndpoint: { description: Survival at 12 months in everyone randomised., met: false, source: paper (invented) }
results:
  - { id: subgroup, population: subgroup, summary: Fewer deaths in a slow-progressing subgroup only., verified: true, source: paper (invented) }
status: { state: published, dates: { published: 2026-03 }, source: paper (invented) }
conclusion: The drug did not improve survival overall; a subgroup signal needs confirming.
reviewed: 2026-12-01
claims:
  - id: zephyr-efficacy
    about: { all: [], any: [survival, progression, benefit], none: [other-disease] }
    finding: ZEPHYR missed its primary endpoint; fewer deaths were seen only in a slow-progressing subgroup.
    wrongReadings:
      - { reason: subgroup-as-whole, verdict: overstated, description: Tells the subgroup result as the trial's result. }
      - { reason: sensational, verdict: overstated, description: Calls it a breakthrough or cure. }
    explain: { plain: The drug did not help overall., precise: "Primary endpoint (12-month survival, ITT) not met." }
`;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trialtrace-new-source-'));
for (const f of readdirSync(join(ROOT, 'claims'))) if (f.endsWith('.yaml')) cpSync(join(ROOT, 'claims', f), join(dir, f));
writeFileSync(join(dir, 'zephyr.yaml'), NEW_SOURCE);
const db = loadClaimsDir(dir);
const check = createChecker(db);

afterAll(() => useDatabaseVocabulary(claimsDb)); // other test files in this worker use the bundled database

describe('a new study is one file', () => {
  it('validates and compiles with the rest of the database', () => expect(db.sources.map((s) => s.id)).toContain('zephyr'));

  it('its drug puts a page in scope (prefilter words come from the file)', () => {
    const terms = prefilterTerms(db);
    expect(new RegExp(terms.topicNoCase, 'i').test('Velotrazine: what patients should know')).toBe(true);
    expect(new RegExp(terms.topicCase).test('The ZEPHYR results')).toBe(true);
    expect(new RegExp(prefilterTerms(claimsDb).topicNoCase, 'i').test('Velotrazine: what patients should know')).toBe(false);
  });

  it('a sentence naming it is linked and judged against its own finding', () => {
    const text = 'The ZEPHYR trial found that velotrazine helps people with ALS live longer.';
    const [f] = check(candidatePassages(text).length ? [{ start: 0, text }] : []);
    expect(f?.source).toBe('zephyr');
    expect(f?.verdict).toBe('overstated');
    expect(f?.reasons.map((r) => r.code)).toContain('subgroup-as-whole');
    expect(f?.sources).toContain('NCT09999991');
  });

  it('a later sentence that names only the drug is linked to it through the document', () => {
    const text = [
      'A new ALS drug trial reports its results.',
      'ZEPHYR enrolled 140 adults with ALS in a placebo-controlled design.',
      'The data show velotrazine extends survival in people with ALS.',
    ].join(' ');
    const f = check([{ start: 0, text }]).find((x) => x.text.includes('extends survival'));
    expect(f?.claim).toBe('zephyr-efficacy');
    expect(f?.reasons.map((r) => r.code)).toContain('subgroup-as-whole');
  });

  it('the same checker stays silent on a hope about it', () => {
    const text = 'Families hope velotrazine will prove a breakthrough for ALS.';
    expect(check([{ start: 0, text }]).filter((f) => f.verdict !== 'supported')).toEqual([]);
  });

  it('the bundled database does not know it', () => {
    useDatabaseVocabulary(claimsDb);
    expect(
      createChecker(claimsDb)([{ start: 0, text: 'The ZEPHYR trial found that velotrazine helps people with ALS live longer.' }]),
    ).toEqual([]);
  });
});

// What the real CLI finds in the fixtures and the seeds. These hold once the engine flags sentences
// (until then checkText returns [] and the "expects a finding" tests fail, by design).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimById } from '../claims/db';
import { extractFromHtml } from '../extract/from-html';
import { reportSchema, type InputReport } from '../report/schema';
import { ROOT, runCli } from './spawn.test-data';

const SHARE = 'about 80% of people with ALS treated with IL-2 survived';

/** The text the offsets refer to: the file as read, or the extracted text for HTML. */
function checkedText(path: string): string {
  const raw = readFileSync(join(ROOT, path), 'utf8');
  return /\.html?$/.test(path) ? extractFromHtml(raw).text : raw;
}

function runJson(files: string[]): InputReport[] {
  const r = runCli(['--format', 'json', ...files]);
  expect([r.status, r.stderr]).toEqual([0, '']);
  return reportSchema.parse(JSON.parse(r.stdout)).reports;
}

function expectOffsetsIntoText(report: InputReport) {
  const text = checkedText(report.input);
  for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
}

describe('check CLI findings', { timeout: 60_000 }, () => {
  const flagged = ['cli-mirocals.txt', 'cli-unicode-crlf.txt', 'cli-mirocals.md', 'cli-mirocals.html'].map(
    (f) => `tests/fixtures/${f}`,
  );

  it.each(flagged)('%s: the share-as-survivors sentence is misreported, from MIROCALS', (file) => {
    const [report] = runJson([file]);
    expect(report).toBeDefined();
    expectOffsetsIntoText(report!);
    const f = report!.findings.find((x) => x.text.includes(SHARE));
    expect(f, `no finding on "${SHARE}"`).toBeDefined();
    expect(claimById(f!.claim)?.source.id).toBe('mirocals');
    expect(f!.verdict).toBe('misreported');
    expect(f!.sources).toEqual(expect.arrayContaining(['NCT03039673', 'doi:10.1016/s0140-6736(25)00262-4', 'pmid:40354799']));
    expect(f!.reasons.map((r) => r.code)).toContain('share-misread');
    expect(f!.evidence.trim()).not.toBe('');
  });

  it('CRLF is kept: offsets after a CRLF line break still slice the file as read', () => {
    const file = 'tests/fixtures/cli-unicode-crlf.txt';
    expect(readFileSync(join(ROOT, file), 'utf8')).toMatch(/🧪[^\n]*\r\n/);
    const [report] = runJson([file]);
    const f = report!.findings.find((x) => x.text.includes(SHARE));
    expect(f).toBeDefined();
    expect(readFileSync(join(ROOT, file), 'utf8').slice(f!.start, f!.end)).toBe(f!.text);
  });

  it('stays silent on a text about IL-2 in other diseases', () => {
    const [report] = runJson(['tests/fixtures/cli-silent.txt']);
    expect(report!.findings).toEqual([]);
  });

  it('seed files: valid report, offsets into the text as read, and something flagged', () => {
    const seedDir = join(ROOT, '../shared/seeds');
    const seeds = readdirSync(seedDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(seeds.length).toBeGreaterThan(0);
    const reports = runJson(seeds.map((f) => join('..', 'shared', 'seeds', f)));
    for (const r of reports) expectOffsetsIntoText(r);
    expect(reports.flatMap((r) => r.findings).length).toBeGreaterThan(0);
  });
});

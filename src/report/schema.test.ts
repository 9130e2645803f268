import { describe, expect, it } from 'vitest';
import { reportSchema } from './schema';
import { toReport } from './to-report';
import { SAMPLE_FINDINGS, SAMPLE_TEXT } from './sample.test-data';

describe('toReport / reportSchema', () => {
  const report = toReport([
    { input: 'a.txt', findings: SAMPLE_FINDINGS },
    { input: '-', findings: [] },
  ]);

  it('produces exactly the issue 2 §4 shape', () => {
    expect(reportSchema.parse(report)).toEqual(report);
    expect(Object.keys(report)).toEqual(['version', 'reports']);
    const f = report.reports[0]?.findings[0];
    expect(Object.keys(f ?? {}).sort()).toEqual(['claim', 'end', 'evidence', 'reasons', 'sources', 'start', 'text', 'verdict']);
  });

  it('drops the engine-only fields source and explain', () => {
    expect(JSON.stringify(report)).not.toContain('explain');
    expect(JSON.stringify(report)).not.toContain('"source"');
  });

  it('orders findings by position and keeps offsets into the text', () => {
    const findings = report.reports[0]?.findings ?? [];
    expect(findings.map((f) => f.start)).toEqual([0, SAMPLE_TEXT.indexOf('The MIROCALS')]);
    for (const f of findings) expect(SAMPLE_TEXT.slice(f.start, f.end)).toBe(f.text);
  });

  it('rejects extra fields, unknown verdicts and reason codes, bad identifiers and offsets', () => {
    const base = report.reports[0]!.findings[0]!;
    const bad = (finding: object) =>
      reportSchema.safeParse({ version: 1, reports: [{ input: 'a', findings: [finding] }] }).success;
    expect(bad(base)).toBe(true);
    expect(bad({ ...base, source: 'mirocals' })).toBe(false);
    expect(bad({ ...base, verdict: 'wrong' })).toBe(false);
    expect(bad({ ...base, reasons: [{ code: 'made-up', message: 'x' }] })).toBe(false);
    expect(bad({ ...base, sources: ['doi:10.1016/S0140-6736(25)00262-4'] })).toBe(false);
    expect(bad({ ...base, sources: ['PMID 40354799'] })).toBe(false);
    expect(bad({ ...base, end: base.start })).toBe(false);
    expect(bad({ ...base, start: -1 })).toBe(false);
    expect(bad({ ...base, start: 1.5 })).toBe(false);
    expect(reportSchema.safeParse({ ...report, version: 2 }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report, extra: true }).success).toBe(false);
  });
});

describe('report metadata', () => {
  it('an export carries its check date and database version, and they validate', async () => {
    const { databaseVersion } = await import('./db-version');
    const r = toReport([{ input: 'a', findings: SAMPLE_FINDINGS }], {
      checked: new Date('2026-12-05T05:00:00Z').toISOString(),
      database: databaseVersion(),
    });
    expect(reportSchema.parse(r)).toEqual(r);
    expect(r.database).toMatch(/^\d{4}-\d{2}-\d{2}\+[0-9a-f]{8}$/);
    expect(reportSchema.safeParse({ ...r, checked: 'yesterday' }).success).toBe(false);
  });

  it('the database version changes when the database does', async () => {
    const { databaseVersion } = await import('./db-version');
    const a = databaseVersion({ sources: [{ reviewed: '2026-01-01' }] });
    const b = databaseVersion({ sources: [{ reviewed: '2026-01-01', x: 1 } as { reviewed: string }] });
    expect(a).not.toBe(b);
    expect(a.startsWith('2026-01-01+')).toBe(true);
  });
});

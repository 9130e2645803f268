// Engine findings → the report shape. Copies exactly the report's fields (drops Finding.source / explain).
import type { Finding } from '../engine/types';
import type { Report, ReportFinding } from './schema';

export interface CheckedInput {
  /** The path as given, or "-" for standard input. */
  input: string;
  findings: Finding[];
}

export function toReportFinding(f: Finding): ReportFinding {
  return {
    start: f.start,
    end: f.end,
    text: f.text,
    claim: f.claim,
    verdict: f.verdict,
    sources: [...f.sources],
    reasons: f.reasons.map((r) => ({ code: r.code, message: r.message })),
    evidence: f.evidence,
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
  };
}

/** What an export records about the check itself: when, and against which database. */
export interface ReportMeta {
  checked: string;
  database: string;
}

export function toReport(inputs: CheckedInput[], meta?: ReportMeta): Report {
  return {
    version: 1,
    ...(meta ? { checked: meta.checked, database: meta.database } : {}),
    reports: inputs.map(({ input, findings }) => ({
      input,
      findings: [...findings].sort((a, b) => a.start - b.start || a.end - b.end).map(toReportFinding),
    })),
  };
}

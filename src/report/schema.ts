// The JSON report of `npm run check -- --format json` (issue 2 §4), as a zod schema.
// Strict objects: the report holds exactly these fields and nothing else (no Finding.source / explain).
import { z } from 'zod';
import { REASON_CODES, VERDICTS } from '../engine/verdicts';

/** Identifiers as the product prints them: NCT… as written, doi: + lower case, pmid: + digits. */
export const sourceIdentifierSchema = z
  .string()
  .regex(/^(NCT\d{8}|doi:10\.\d{4,9}\/[^\sA-Z]+|pmid:\d+)$/, 'must be NCT…, doi:<lower-case DOI> or pmid:<digits>');

export const reportReasonSchema = z.strictObject({
  code: z.enum(REASON_CODES),
  message: z.string().min(1),
});

export const reportFindingSchema = z
  .strictObject({
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    text: z.string().min(1),
    claim: z.string().regex(/^[a-z0-9-]+$/, 'must be a claims-database claim id'),
    verdict: z.enum(VERDICTS),
    sources: z.array(sourceIdentifierSchema),
    reasons: z.array(reportReasonSchema),
    evidence: z.string(),
    /** An accurate wording from the claims database, when it has one. */
    suggestion: z.string().min(1).optional(),
  })
  .refine((f) => f.end > f.start, { message: 'end must be after start', path: ['end'] })
  .refine((f) => f.text.length === f.end - f.start, { message: 'text length must equal end - start', path: ['text'] });

export const inputReportSchema = z.strictObject({
  /** The path as given on the command line, or "-" for standard input. */
  input: z.string().min(1),
  findings: z.array(reportFindingSchema),
});

export const reportSchema = z.strictObject({
  version: z.literal(1),
  /** When the check ran (ISO 8601), for exports. */
  checked: z.iso.datetime().optional(),
  /** The claims database the check used (databaseVersion()), for exports. */
  database: z.string().min(1).optional(),
  reports: z.array(inputReportSchema),
});

export type Report = z.infer<typeof reportSchema>;
export type InputReport = z.infer<typeof inputReportSchema>;
export type ReportFinding = z.infer<typeof reportFindingSchema>;

// The report layer shared by the CLI and the extension's checker page. No Node APIs here.
export { reportSchema, inputReportSchema, reportFindingSchema, reportReasonSchema, sourceIdentifierSchema } from './schema';
export type { Report, InputReport, ReportFinding } from './schema';
export { toReport, toReportFinding, type CheckedInput } from './to-report';
export { formatMarkdown, sourceLinks } from './markdown';
export { formatText, lineCol, type TextOptions } from './text';
export { formatJson } from './json';
export { identifierUrl } from './links';
export { summarise, countByVerdict } from './summary';
export { escapeMarkdown, oneLine } from './escape';

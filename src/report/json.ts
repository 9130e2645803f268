// The JSON report: exactly the shape of reportSchema, pretty-printed, with a final newline.
import type { Report } from './schema';

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

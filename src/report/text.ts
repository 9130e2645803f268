// The terminal report. Colour only when the caller asks for it (the CLI decides from isTTY / NO_COLOR).
import type { Verdict } from '../engine/verdicts';
import { oneLine, stripControl } from './escape';
import type { Report, ReportFinding } from './schema';
import { summarise } from './summary';

export interface TextOptions {
  color?: boolean;
  /** The checked text of each input, to print line:column positions instead of offsets. */
  texts?: ReadonlyMap<string, string>;
}

const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', magenta: '35' } as const;
const VERDICT_COLOUR: Record<Verdict, keyof typeof SGR> = {
  misreported: 'red',
  outdated: 'magenta',
  overstated: 'yellow',
  supported: 'green',
};

/** 1-based line and column (UTF-16 code units) of an offset; \r\n, \n and \r each end a line. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

const clean = (s: string) => oneLine(stripControl(s));

export function formatText(report: Report, opts: TextOptions = {}): string {
  const paint = (style: keyof typeof SGR, s: string) => (opts.color ? `\u001b[${SGR[style]}m${s}\u001b[0m` : s);
  const out: string[] = [];
  for (const r of report.reports) {
    const name = r.input === '-' ? '(stdin)' : clean(r.input);
    out.push(`${paint('bold', name)}: ${summarise(r.findings)}`);
    const text = opts.texts?.get(r.input);
    r.findings.forEach((f: ReportFinding) => {
      let at = `${f.start}-${f.end}`;
      if (text !== undefined) {
        const { line, col } = lineCol(text, f.start);
        at = `${line}:${col}`;
      }
      out.push('');
      out.push(`  ${paint('dim', at)}  ${paint(VERDICT_COLOUR[f.verdict], f.verdict.toUpperCase())}  ${paint('dim', f.claim)}`);
      out.push(`    "${clean(f.text)}"`);
      for (const reason of f.reasons) out.push(`    - ${paint('bold', reason.code)}: ${clean(reason.message)}`);
      if (f.evidence.trim()) out.push(`    Source found: ${clean(f.evidence)}`);
      if (f.sources.length > 0) out.push(`    Sources: ${f.sources.join(', ')}`);
    });
    out.push('');
  }
  if (report.reports.length > 1) {
    out.push(`${report.reports.length} inputs, ${summarise(report.reports.flatMap((r) => r.findings))}`);
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

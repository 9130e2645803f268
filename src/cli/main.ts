// `npm run check`: reads every input, checks it with the engine and prints one report.
// Returns the exit status: 0 ran, 1 internal error, 2 bad usage or unreadable input (one line on stderr).
import { checkText } from '../engine/index';
import type { Finding } from '../engine/types';
import { formatJson, formatMarkdown, formatText, toReport, type Report } from '../report/index';
import { parseCliArgs, type Format } from './args';
import { HELP } from './help';
import { wantsColor, type CliIo } from './io';
import { readInput } from './read-input';

export interface MainOptions {
  /** The engine (tests may inject one). */
  check?: (text: string) => Finding[];
}

const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');
const shown = (path: string) => (path === '-' ? 'standard input' : path);

function render(format: Format, report: Report, io: CliIo, texts: Map<string, string>): string {
  if (format === 'json') return formatJson(report);
  if (format === 'markdown') return formatMarkdown(report);
  return formatText(report, { color: wantsColor(io), texts });
}

export async function main(argv: readonly string[], io: CliIo, opts: MainOptions = {}): Promise<number> {
  const fail = (message: string, status = 2) => {
    io.stderr(`trialtrace: ${oneLine(message)}\n`);
    return status;
  };
  const args = parseCliArgs(argv);
  if (args.kind === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (args.kind === 'error') return fail(args.message);

  let stdin: Promise<Uint8Array> | undefined;
  const readStdinOnce = () => (stdin ??= io.readStdin());
  const inputs: { input: string; text: string; kind: 'text' | 'html' }[] = [];
  for (const file of args.files) {
    const read = await readInput(file, io, readStdinOnce);
    if (!read.ok) return fail(`${shown(file)}: ${read.message}`);
    inputs.push({ input: file, text: read.text, kind: read.kind });
  }

  const check = opts.check ?? checkText;
  let report: Report;
  try {
    report = toReport(inputs.map(({ input, text }) => ({ input, findings: check(text) })));
  } catch (e) {
    return fail(`internal error: ${e instanceof Error ? e.message : String(e)}`, 1);
  }
  // Line:column only makes sense for inputs whose text is the file itself.
  const texts = new Map(inputs.filter((i) => i.kind === 'text').map((i) => [i.input, i.text]));
  io.stdout(render(args.format, report, io, texts));
  return 0;
}

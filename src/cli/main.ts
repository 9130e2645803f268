// `npm run check`: reads every input, checks it with the engine and prints one report.
// Returns the exit status: 0 ran, 1 internal error, 2 bad usage or unreadable input (one line on stderr).
import { candidatePassages, checkPassages, type CheckContext } from '../engine/index';
import type { Finding } from '../engine/types';
import { formatJson, formatMarkdown, formatText, toReport, type Report } from '../report/index';
import { parseCliArgs, type Format } from './args';
import { HELP } from './help';
import { wantsColor, type CliIo } from './io';
import { readInput } from './read-input';
import { newSpend, checkInSlices } from '../worker/sliced-check';
import { progressFor, type Progress } from './progress';

export interface MainOptions {
  /** The engine on a whole text (tests may inject one); by default the passage-by-passage path below. */
  check?: (text: string) => Finding[];
  /** A progress display for one input (tests may inject one); by default cli-progress on a terminal. */
  progress?: (label: string, total: number) => Progress;
}

/** The CLI's engine path: the text's candidate passages, checked slice by slice (the background's
 * slicing, without its budget), so memory holds one slice's analysis, not the whole document's.
 * The same findings as checkText whenever what links a sentence to its study lies within the 30
 * passages before it (always, on ordinary articles; the tests compare both paths). */
export async function checkStreaming(text: string, progress: Progress, context: CheckContext = {}): Promise<Finding[]> {
  const passages = candidatePassages(text);
  const unlimited = { maxChars: Infinity, maxMs: Infinity, maxFindings: Infinity, sliceChars: 64_000, contextPassages: 30 };
  let done = 0;
  return checkInSlices([], passages, newSpend(), {
    budget: unlimited,
    now: () => 0,
    check: (ps) => {
      // The top of the document (its dateline) and its date go with every slice.
      const found = checkPassages(ps, { head: text.slice(0, 3000), ...context });
      const last = ps[ps.length - 1];
      if (last) progress.update((done = Math.max(done, last.start + last.text.length)));
      return found;
    },
    // A turn of the event loop between slices lets the progress bar redraw.
    pause: () => new Promise((resolve) => setImmediate(resolve)),
  });
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
  // A bad input gets its line on stderr; the readable ones are still checked and reported (exit 2).
  let status = 0;
  const inputs: { input: string; text: string; kind: 'text' | 'html'; published?: string }[] = [];
  for (const file of args.files) {
    const read = await readInput(file, io, readStdinOnce);
    if (!read.ok) status = fail(`${shown(file)}: ${read.message}`);
    else inputs.push({ input: file, text: read.text, kind: read.kind, published: read.published });
  }
  if (inputs.length === 0) return status;

  const showProgress = !args.quiet && io.stderrIsTTY === true;
  const progress = opts.progress ?? ((label: string, total: number) => progressFor(label, total, showProgress));
  let report: Report;
  try {
    const checked: { input: string; findings: Finding[] }[] = [];
    for (const { input, text, published } of inputs) {
      if (opts.check) {
        checked.push({ input, findings: opts.check(text) });
        continue;
      }
      const bar = progress(shown(input), text.length);
      try {
        // --date wins; else an HTML page's own metadata date; else the engine looks for a dateline.
        const date = args.date ?? published;
        checked.push({ input, findings: await checkStreaming(text, bar, date ? { published: date } : {}) });
      } finally {
        bar.stop();
      }
    }
    report = toReport(checked);
  } catch (e) {
    return fail(`internal error: ${e instanceof Error ? e.message : String(e)}`, 1);
  }
  // Line:column only makes sense for inputs whose text is the file itself.
  const texts = new Map(inputs.filter((i) => i.kind === 'text').map((i) => [i.input, i.text]));
  io.stdout(render(args.format, report, io, texts));
  return status;
}

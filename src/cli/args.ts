// Command-line arguments of `npm run check`, parsed with node:util parseArgs (strict).
import { parseArgs } from 'node:util';

export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'run'; format: Format; files: string[]; quiet: boolean; date?: string }
  | { kind: 'error'; message: string };

function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

/** First line of a parseArgs error, without Node's advice about "--" (we give our own). */
function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return (msg.split('\n')[0] ?? msg).replace(/\s*To specify a positional argument.*$/, '').trim();
}

function parseStrict(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      format: { type: 'string', short: 'f' },
      help: { type: 'boolean', short: 'h' },
      quiet: { type: 'boolean', short: 'q' },
      date: { type: 'string', short: 'd' },
    },
    allowPositionals: true,
    strict: true,
  });
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseStrict>;
  try {
    parsed = parseStrict(argv);
  } catch (e) {
    return { kind: 'error', message: `${firstLine(e).replace(/\.$/, '')} (see --help)` };
  }
  if (parsed.values.help) return { kind: 'help' };
  const format = parsed.values.format ?? 'text';
  if (!isFormat(format)) {
    return { kind: 'error', message: `--format must be one of ${FORMATS.join(', ')}, not "${format}"` };
  }
  if (parsed.positionals.length === 0)
    return { kind: 'error', message: 'no input files (give a path, or - for standard input; see --help)' };
  const date = parsed.values.date;
  if (date !== undefined && !/^(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(date)) {
    return { kind: 'error', message: `--date must be a date as YYYY-MM-DD (or YYYY-MM, YYYY), not "${date}"` };
  }
  return { kind: 'run', format, files: parsed.positionals, quiet: parsed.values.quiet === true, ...(date ? { date } : {}) };
}

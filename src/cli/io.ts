// What the CLI needs from the outside world, so tests can inject it. nodeIo() is the real one.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Whether stdout is a terminal (text output is coloured there unless NO_COLOR is set). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress for long inputs is shown there unless --quiet). */
  stderrIsTTY?: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function nodeIo(): CliIo {
  return {
    // `npm run` starts in the package root; INIT_CWD is where the user typed the command, so
    // `npm run check -- mine.txt` from a sub-folder reads that folder's mine.txt.
    readFile: (path) => readFile(resolve(process.env.INIT_CWD ?? process.cwd(), path)),
    readStdin: () => readAll(process.stdin),
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  };
}

/** Colour for text output: on a terminal unless NO_COLOR is set (no-color.org); FORCE_COLOR forces it. */
export function wantsColor(io: Pick<CliIo, 'isTTY' | 'env'>): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY;
}

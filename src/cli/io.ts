// What the CLI needs from the outside world, so tests can inject it. nodeIo() is the real one.
import { readFile } from 'node:fs/promises';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Whether stdout is a terminal (text output is coloured there unless NO_COLOR is set). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function nodeIo(): CliIo {
  return {
    readFile: (path) => readFile(path),
    readStdin: () => readAll(process.stdin),
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: process.stdout.isTTY === true,
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

// An in-memory CliIo for tests of main(): files by path, errors by errno code, captured output.
import type { CliIo } from './io';

export interface FakeIo extends CliIo {
  out: string;
  err: string;
}

export function fakeIo(
  files: Record<string, string | Uint8Array | { errno: string }>,
  opts: { stdin?: string | Uint8Array; isTTY?: boolean; env?: Record<string, string> } = {},
): FakeIo {
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const io: FakeIo = {
    out: '',
    err: '',
    readFile: async (path) => {
      const v = files[path];
      if (v === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      if (typeof v === 'object' && 'errno' in v) throw Object.assign(new Error(`${v.errno}: ${path}`), { code: v.errno });
      return bytes(v);
    },
    readStdin: async () => bytes(opts.stdin ?? ''),
    stdout: (s) => {
      io.out += s;
    },
    stderr: (s) => {
      io.err += s;
    },
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? {},
  };
  return io;
}

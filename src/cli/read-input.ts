// Reads one input (a path or "-") into the text the engine checks, or a one-line reason it cannot.
import { extractFromHtml } from '../extract/from-html';
import { decodeText, inputKind } from './decode';
import type { CliIo } from './io';

/** `published`: the date an HTML page declares (its metadata), for judging status at the page's date. */
export type ReadResult = { ok: true; text: string; kind: 'text' | 'html'; published?: string } | { ok: false; message: string };

function errnoMessage(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a directory)';
    default:
      return `cannot be read (${typeof code === 'string' ? code : e instanceof Error ? e.message : String(e)})`;
  }
}

export async function readInput(path: string, io: CliIo, stdin: () => Promise<Uint8Array>): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await stdin() : await io.readFile(path);
  } catch (e) {
    return { ok: false, message: errnoMessage(e) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const kind = inputKind(path);
  if (kind === 'text') return { ok: true, text: decoded.text, kind };
  const { text, published } = extractFromHtml(decoded.text);
  if (text.trim() === '') return { ok: false, message: 'has no visible text (empty HTML page)' };
  return { ok: true, text, kind, ...(published ? { published } : {}) };
}

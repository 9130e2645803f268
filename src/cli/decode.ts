// File bytes → the text the checker reads, or why it cannot be read as text.

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 exactly as read: nothing is removed or normalised (a byte-order mark stays as U+FEFF,
 * CRLF stays CRLF), so offsets into the result are offsets into the file's text.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false, message: 'is a binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, message: 'is not UTF-8 text (binary file?)' };
  }
  if (text.trim() === '') return { ok: false, message: text === '' ? 'is empty' : 'is empty (whitespace only)' };
  return { ok: true, text };
}

export type InputKind = 'text' | 'html';

/** .html / .htm are HTML (visible text extracted); everything else, stdin included, is plain text. */
export function inputKind(path: string): InputKind {
  return path !== '-' && /\.html?$/i.test(path) ? 'html' : 'text';
}

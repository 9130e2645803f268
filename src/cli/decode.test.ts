import { describe, expect, it } from 'vitest';
import { decodeText, inputKind } from './decode';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('keeps the text exactly as read: CRLF, non-ASCII, astral characters and a BOM', () => {
    const s = '\ufeffÄ 🧪 line\r\nnext\r\n';
    expect(decodeText(enc(s))).toEqual({ ok: true, text: s });
  });

  it('rejects NUL bytes, invalid UTF-8, empty and whitespace-only input', () => {
    expect(decodeText(new Uint8Array([65, 0, 66]))).toMatchObject({ ok: false, message: expect.stringMatching(/binary/) });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not UTF-8/),
    });
    expect(decodeText(new Uint8Array([0x41, 0xc3]))).toMatchObject({ ok: false, message: expect.stringMatching(/not UTF-8/) });
    expect(decodeText(enc(''))).toEqual({ ok: false, message: 'is empty' });
    expect(decodeText(enc(' \r\n\t\n'))).toEqual({ ok: false, message: 'is empty (whitespace only)' });
  });
});

describe('inputKind', () => {
  it('reads .html and .htm as HTML, everything else as text', () => {
    expect(inputKind('a/b.html')).toBe('html');
    expect(inputKind('B.HTM')).toBe('html');
    expect(inputKind('a.md')).toBe('text');
    expect(inputKind('a.txt')).toBe('text');
    expect(inputKind('-')).toBe('text');
  });
});

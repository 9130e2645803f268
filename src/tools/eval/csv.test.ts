import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from './csv';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, commas and newlines in fields', () => {
    expect(parseCsv('a,b\n"x, y",1\n"say ""hi""",2\n"two\nlines",3\n')).toEqual([
      ['a', 'b'],
      ['x, y', '1'],
      ['say "hi"', '2'],
      ['two\nlines', '3'],
    ]);
  });
  it('maps records by header and skips blank lines', () => {
    expect(parseCsvRecords('sentence,label\r\nIt works.,0\r\n\r\n')).toEqual([{ sentence: 'It works.', label: '0' }]);
  });
});

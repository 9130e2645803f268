import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './args';

describe('parseCliArgs', () => {
  it('defaults to text and keeps the inputs in order, "-" included', () => {
    expect(parseCliArgs(['a.txt', '-', 'b.html'])).toEqual({
      kind: 'run',
      format: 'text',
      files: ['a.txt', '-', 'b.html'],
      quiet: false,
    });
  });

  it('accepts every format, long, short and with =', () => {
    expect(parseCliArgs(['--format', 'json', 'a'])).toMatchObject({ kind: 'run', format: 'json' });
    expect(parseCliArgs(['--format=markdown', 'a'])).toMatchObject({ kind: 'run', format: 'markdown' });
    expect(parseCliArgs(['-f', 'text', 'a'])).toMatchObject({ kind: 'run', format: 'text' });
    expect(parseCliArgs(['--quiet', 'a'])).toMatchObject({ kind: 'run', quiet: true });
    expect(parseCliArgs(['-q', 'a'])).toMatchObject({ kind: 'run', quiet: true });
  });

  it('treats everything after -- as a file', () => {
    expect(parseCliArgs(['--', '--format'])).toEqual({ kind: 'run', format: 'text', files: ['--format'], quiet: false });
  });

  it('recognises --help and -h even with other arguments', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h', 'a.txt'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--bogus', 'a'], /Unknown option '--bogus'/],
    [['-x', 'a'], /Unknown option '-x'/],
    [['--format'], /argument missing/],
    [['--format', 'xml', 'a'], /--format must be one of text, json, markdown, not "xml"/],
    [['--format='], /--format must be one of/],
    [['--help=yes'], /does not take an argument/],
    [[], /no input files/],
    [['--format', 'json'], /no input files/],
    [['--date', '2024-13-01', 'a'], /--date must be a date as YYYY-MM-DD/],
    [['--date', 'last week', 'a'], /--date must be a date/],
  ])('rejects %j with one line', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('error');
    if (parsed.kind !== 'error') return;
    expect(parsed.message).toMatch(message);
    expect(parsed.message).not.toContain('\n');
  });
});

describe('--date', () => {
  it.each(['2022-09-29', '2022-09', '2022'])('takes %s', (date) =>
    expect(parseCliArgs(['--date', date, 'a.txt'])).toMatchObject({ kind: 'run', date }),
  );
  it('is optional', () => expect(parseCliArgs(['a.txt'])).not.toHaveProperty('date'));
});

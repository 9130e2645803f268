// The real CLI in a child process: the contract of issue 2 §4 (exit codes, one-line errors, formats).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../report/schema';
import { cleanEnv, ROOT, runCli, type Run } from './spawn.test-data';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'trialtrace-cli-'));
  chmodSync(dir, 0o755); // readable by the unprivileged user of the permission test
  writeFileSync(join(dir, 'nul.txt'), Buffer.from('ALS trial\u0000results', 'latin1'));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x41, 0x4c, 0x53, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'png.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.md'), '  \r\n\n\t\n');
  writeFileSync(join(dir, 'nothing.html'), '<html><head><title>t</title></head><body> </body></html>');
  writeFileSync(join(dir, 'secret.txt'), 'The MIROCALS trial in ALS.\n');
  chmodSync(join(dir, 'secret.txt'), 0o000);
  mkdirSync(join(dir, 'folder.txt'));
});
afterAll(() => {
  chmodSync(join(dir, 'secret.txt'), 0o644);
});

function expectUsageError(r: Run, message: RegExp) {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(message);
}

describe('check CLI: exit 2 with one line on stderr', { timeout: 60_000 }, () => {
  it.each([
    ['a missing file', () => [join(dir, 'nope.txt')], /nope\.txt: no such file$/m],
    ['a directory', () => [join(dir, 'folder.txt')], /folder\.txt: is a directory, not a file$/m],
    ['NUL bytes', () => [join(dir, 'nul.txt')], /nul\.txt: is a binary file/],
    ['invalid UTF-8', () => [join(dir, 'latin1.txt')], /latin1\.txt: is not UTF-8 text/],
    ['a PNG header', () => [join(dir, 'png.txt')], /png\.txt: is a binary file/],
    ['an empty file', () => [join(dir, 'empty.txt')], /empty\.txt: is empty$/m],
    ['a whitespace-only file', () => [join(dir, 'blank.md')], /blank\.md: is empty \(whitespace only\)$/m],
    ['an HTML page with no visible text', () => [join(dir, 'nothing.html')], /nothing\.html: has no visible text/],
    [
      'an unknown flag',
      () => ['--verbose', 'tests/fixtures/cli-mirocals.txt'],
      /^trialtrace: Unknown option '--verbose' \(see --help\)$/m,
    ],
    [
      'a bad --format value',
      () => ['--format', 'html', 'tests/fixtures/cli-mirocals.txt'],
      /--format must be one of text, json, markdown, not "html"/,
    ],
    ['--format without a value', () => ['tests/fixtures/cli-mirocals.txt', '--format'], /argument missing/],
    ['no inputs', () => [], /^trialtrace: no input files/],
    ['no inputs but a format', () => ['--format', 'json'], /^trialtrace: no input files/],
  ])('%s', (_name, args, message) => {
    expectUsageError(runCli(args()), message);
  });

  it('a bad input among good ones: the good ones are still reported, one line per bad one, exit 2', () => {
    const good = 'tests/fixtures/cli-mirocals.txt';
    const r = runCli(['--format', 'json', good, join(dir, 'nope.txt'), 'tests/fixtures/cli-silent.txt', join(dir, 'nul.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^trialtrace: .*nope\.txt: no such file$/),
      expect.stringMatching(/^trialtrace: .*nul\.txt: is a binary file/),
    ]);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.reports.map((x) => x.input)).toEqual([good, 'tests/fixtures/cli-silent.txt']);
    expect(report.reports[0]!.findings.length).toBeGreaterThan(0);
  });

  it('empty standard input', () => {
    expectUsageError(runCli(['-'], { input: ' \n\n' }), /^trialtrace: standard input: is empty \(whitespace only\)$/);
  });

  it('a file without read permission', () => {
    // root reads anything: run the CLI as an unprivileged user then.
    const asRoot = process.getuid?.() === 0;
    const r = runCli([join(dir, 'secret.txt')], asRoot ? { uid: 65534, gid: 65534, env: { HOME: tmpdir() } } : {});
    expectUsageError(r, /secret\.txt: cannot be read \(permission denied\)$/m);
  });
});

describe('check CLI: runs, exit 0', { timeout: 60_000 }, () => {
  it('--help', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Usage: npm run --silent check -- [--format text|json|markdown] [--date YYYY-MM-DD] [--quiet] <file...>',
    );
    expect(r.stderr).toBe('');
  });

  it('json: every input type validates against reportSchema', () => {
    const files = ['cli-mirocals.txt', 'cli-unicode-crlf.txt', 'cli-mirocals.md', 'cli-mirocals.html', 'cli-silent.txt'].map(
      (f) => `tests/fixtures/${f}`,
    );
    const r = runCli(['--format', 'json', ...files, '-'], { input: 'The MIROCALS trial in ALS.\n' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.reports.map((x) => x.input)).toEqual([...files, '-']);
  });

  it('text: plain when not a terminal, coloured with FORCE_COLOR, plain with NO_COLOR', () => {
    const plain = runCli(['tests/fixtures/cli-silent.txt']);
    expect([plain.status, plain.stderr]).toEqual([0, '']);
    expect(plain.stdout).toBe('tests/fixtures/cli-silent.txt: no findings\n');
    const forced = runCli(['tests/fixtures/cli-silent.txt'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[1mtests/fixtures/cli-silent.txt\u001b[0m');
    const none = runCli(['--format', 'text', 'tests/fixtures/cli-silent.txt'], { env: { NO_COLOR: '1' } });
    expect(none.stdout).not.toContain('\u001b[');
  });

  it('reads relative paths from where the command was typed (INIT_CWD), also through npm run from a sub-folder', () => {
    const fixtures = join(ROOT, 'tests', 'fixtures');
    const direct = runCli(['cli-silent.txt'], { env: { INIT_CWD: fixtures } });
    expect([direct.status, direct.stderr, direct.stdout]).toEqual([0, '', 'cli-silent.txt: no findings\n']);
    const npm = spawnSync('npm', ['run', '--silent', 'check', '--', 'cli-silent.txt'], {
      cwd: fixtures,
      encoding: 'utf8',
      env: cleanEnv(),
      timeout: 60_000,
    });
    expect([npm.status, npm.stderr, npm.stdout]).toEqual([0, '', 'cli-silent.txt: no findings\n']);
  });

  it('prints no progress when stderr is not a terminal, even for a long input', () => {
    const long = readFileSync(join(ROOT, 'tests/fixtures/cli-mirocals.txt'), 'utf8').repeat(1500);
    expect(long.length).toBeGreaterThan(200_000);
    const r = runCli(['--format', 'json', '-'], { input: long });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(reportSchema.parse(JSON.parse(r.stdout)).reports[0]!.findings.length).toBeGreaterThanOrEqual(1500);
  });

  it('markdown', () => {
    const r = runCli(['--format', 'markdown', 'tests/fixtures/cli-silent.txt', '-'], { input: 'ALS news.' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^# TrialTrace report\n/);
    expect(r.stdout).toContain('## tests/fixtures/cli-silent.txt');
    expect(r.stdout).toContain('## standard input');
  });
});

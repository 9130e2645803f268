// main() with injected io and, where the content of findings matters to the CLI only, a stand-in engine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types';
import { extractFromHtml } from '../extract/from-html';
import { reportSchema } from '../report/schema';
import { fakeIo } from './fake-io.test-data';
import { main } from './main';

const SENTENCE = 'The MIROCALS trial showed that about 80% of people with ALS treated with IL-2 survived.';

/** Stand-in engine: flags every occurrence of SENTENCE, so the CLI's offset handling can be tested alone. */
function fakeCheck(text: string): Finding[] {
  const out: Finding[] = [];
  for (let i = text.indexOf(SENTENCE); i >= 0; i = text.indexOf(SENTENCE, i + 1)) {
    out.push({
      start: i,
      end: i + SENTENCE.length,
      text: SENTENCE,
      claim: 'mirocals-survival-effect',
      source: 'mirocals',
      verdict: 'misreported',
      sources: ['NCT03039673', 'doi:10.1016/s0140-6736(25)00262-4', 'pmid:40354799'],
      reasons: [{ code: 'share-misread', message: 'About 80% were in the low-pNFH group; they did not all survive.' }],
      evidence: 'The primary endpoint was not met.',
      explain: { plain: 'p', precise: 'q' },
    });
  }
  return out;
}

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), 'utf8');

async function run(argv: string[], io = fakeIo({})) {
  const status = await main(argv, io, { check: fakeCheck });
  return { status, out: io.out, err: io.err };
}

describe('main: errors exit 2 with one line on stderr; the readable inputs are still reported', () => {
  const bad = {
    'missing.txt': undefined,
    'secret.txt': { errno: 'EACCES' },
    'locked.txt': { errno: 'EPERM' },
    'folder.txt': { errno: 'EISDIR' },
    'odd.txt': { errno: 'EIO' },
    'nul.txt': new Uint8Array([84, 104, 101, 0, 65]),
    'latin1.txt': new Uint8Array([0x41, 0x4c, 0x53, 0x20, 0xe9, 0x74, 0xe9]),
    'empty.txt': '',
    'blank.md': ' \r\n\n\t ',
    'blank.html': '<html><body><script>var x = "ALS";</script>\n  </body></html>',
  };
  const io = () =>
    fakeIo({ ...Object.fromEntries(Object.entries(bad).filter(([, v]) => v !== undefined)), 'ok.txt': SENTENCE } as never);

  it.each([
    ['missing.txt', /^trialtrace: missing\.txt: no such file$/],
    ['secret.txt', /^trialtrace: secret\.txt: cannot be read \(permission denied\)$/],
    ['locked.txt', /permission denied/],
    ['folder.txt', /^trialtrace: folder\.txt: is a directory, not a file$/],
    ['odd.txt', /^trialtrace: odd\.txt: cannot be read \(EIO\)$/],
    ['nul.txt', /^trialtrace: nul\.txt: is a binary file/],
    ['latin1.txt', /^trialtrace: latin1\.txt: is not UTF-8 text/],
    ['empty.txt', /^trialtrace: empty\.txt: is empty$/],
    ['blank.md', /^trialtrace: blank\.md: is empty \(whitespace only\)$/],
    ['blank.html', /^trialtrace: blank\.html: has no visible text/],
  ])('%s', async (file, message) => {
    for (const format of ['text', 'json', 'markdown']) {
      const r = await run(['--format', format, 'ok.txt', file], io());
      expect(r.status).toBe(2);
      expect(r.out).toContain('ok.txt');
      expect(r.out).not.toContain(file);
      const alone = await run(['--format', format, 'ok.txt'], io());
      expect(r.out).toBe(alone.out);
      const only = await run(['--format', format, file], io());
      expect([only.status, only.out, only.err]).toEqual([2, '', r.err]);
      expect(r.err.endsWith('\n')).toBe(true);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err.trimEnd()).toMatch(message);
    }
  });

  it('empty standard input', async () => {
    const r = await run(['-'], fakeIo({}, { stdin: '\n \n' }));
    expect([r.status, r.out, r.err]).toEqual([2, '', 'trialtrace: standard input: is empty (whitespace only)\n']);
  });

  it.each([
    [['--bogus', 'ok.txt'], "trialtrace: Unknown option '--bogus' (see --help)\n"],
    [['--format', 'pdf', 'ok.txt'], 'trialtrace: --format must be one of text, json, markdown, not "pdf"\n'],
    [['ok.txt', '--format'], "trialtrace: Option '-f, --format <value>' argument missing (see --help)\n"],
    [[], 'trialtrace: no input files (give a path, or - for standard input; see --help)\n'],
  ])('bad usage %j', async (argv, err) => {
    const r = await run(argv, io());
    expect([r.status, r.out, r.err]).toEqual([2, '', err]);
  });
});

describe('main: runs', () => {
  it('prints help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(
      /^Usage: npm run --silent check -- \[--format text\|json\|markdown\] \[--date YYYY-MM-DD\] \[--quiet\] <file\.\.\.>/,
    );
    expect(r.err).toBe('');
  });

  it('exits 0 with no findings', async () => {
    const r = await run(['--format', 'json', 'calm.txt'], fakeIo({ 'calm.txt': 'Nothing about ALS here.' }));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ version: 1, reports: [{ input: 'calm.txt', findings: [] }] });
  });

  it('gives offsets into the text as read: CRLF, non-ASCII, astral characters and a BOM are kept', async () => {
    const text = `\ufeff${fixture('cli-unicode-crlf.txt')}`;
    expect(text).toContain('\r\n');
    const r = await run(['--format', 'json', 'u.txt'], fakeIo({ 'u.txt': text }));
    const report = reportSchema.parse(JSON.parse(r.out));
    const f = report.reports[0]?.findings[0];
    expect(f?.text).toBe(SENTENCE);
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
    expect(f!.start).toBe(text.indexOf(SENTENCE)); // UTF-16 units: 🧪 counts 2, the BOM counts 1
  });

  it('gives offsets into the extracted text for HTML', async () => {
    const html = fixture('cli-mirocals.html');
    const r = await run(['--format', 'json', 'page.html'], fakeIo({ 'page.html': html }));
    const f = reportSchema.parse(JSON.parse(r.out)).reports[0]?.findings[0];
    const extracted = extractFromHtml(html).text;
    expect(f && extracted.slice(f.start, f.end)).toBe(SENTENCE);
    expect(html.indexOf(SENTENCE)).toBe(-1); // in the HTML source the sentence is broken up by <b>
  });

  it('reads standard input once, for "-", as plain text', async () => {
    let reads = 0;
    const io = fakeIo({}, { stdin: `<p>${SENTENCE}</p>` });
    const readStdin = io.readStdin;
    io.readStdin = () => {
      reads++;
      return readStdin();
    };
    const r = await run(['--format', 'json', '-', '-'], io);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(reads).toBe(1);
    expect(report.reports.map((x) => [x.input, x.findings[0]?.start])).toEqual([
      ['-', 3],
      ['-', 3],
    ]);
  });

  it('reports every input, in order, in one JSON document', async () => {
    const io = fakeIo({ 'a.md': fixture('cli-mirocals.md'), 'b.txt': fixture('cli-silent.txt') });
    const r = await run(['--format=json', 'a.md', 'b.txt'], io);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.reports.map((x) => [x.input, x.findings.length])).toEqual([
      ['a.md', 1],
      ['b.txt', 0],
    ]);
  });

  it('colours text only on a terminal without NO_COLOR, and never colours JSON or Markdown', async () => {
    const files = { 'a.txt': SENTENCE };
    const text = (opts: Parameters<typeof fakeIo>[1], format = 'text') => run(['-f', format, 'a.txt'], fakeIo(files, opts));
    expect((await text({ isTTY: true })).out).toContain('\u001b[31mMISREPORTED');
    expect((await text({ isTTY: false })).out).not.toContain('\u001b[');
    expect((await text({ isTTY: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
    expect((await text({ isTTY: true }, 'json')).out).not.toContain('\u001b[');
    expect((await text({ isTTY: true }, 'markdown')).out).not.toContain('\u001b[');
  });

  it('text shows line:column for text files', async () => {
    const r = await run(['a.txt'], fakeIo({ 'a.txt': fixture('cli-unicode-crlf.txt') }));
    expect(r.out).toContain('a.txt: 1 finding: 1 misreported');
    expect(r.out).toContain('  3:1  MISREPORTED  mirocals-survival-effect');
  });

  it('markdown quotes the sentence and links its sources', async () => {
    const r = await run(['--format', 'markdown', 'a.txt'], fakeIo({ 'a.txt': SENTENCE }));
    expect(r.out).toContain(`> ${SENTENCE}`);
    expect(r.out).toContain('[NCT03039673](https://clinicaltrials.gov/study/NCT03039673)');
  });

  it('exits 1 with one line when the engine throws', async () => {
    const io = fakeIo({ 'a.txt': SENTENCE });
    const status = await main(['a.txt'], io, {
      check: () => {
        throw new Error('boom\nsecond line');
      },
    });
    expect([status, io.out, io.err]).toEqual([1, '', 'trialtrace: internal error: boom second line\n']);
  });
});

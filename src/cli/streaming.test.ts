// The CLI's passage-by-passage path: the same findings as checking the text at once, progress
// reported as it goes (and only where asked), inputs of any size.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkText } from '../engine/index';
import { reportSchema } from '../report/schema';
import { fakeIo } from './fake-io.test-data';
import { checkStreaming, main } from './main';
import { PROGRESS_MIN_CHARS, progressFor } from './progress';

const fixture = (f: string) => readFileSync(new URL(`../../tests/fixtures/${f}`, import.meta.url), 'utf8');
const noProgress = { update() {}, stop() {} };

describe('checkStreaming', () => {
  it('finds what checkText finds on a long multi-article text, across many slices', { timeout: 120_000 }, async () => {
    const articles = [
      fixture('cli-mirocals.txt'),
      fixture('cli-mirocals.md'),
      fixture('cli-silent.txt'),
      fixture('cli-unicode-crlf.txt'),
    ];
    const text = Array.from({ length: 1200 }, (_, i) => articles[i % articles.length]).join('\n\n');
    expect(text.length).toBeGreaterThan(3 * 64_000);
    const whole = checkText(text);
    expect(whole.length).toBeGreaterThan(300);
    expect(await checkStreaming(text, noProgress)).toEqual(whole);
  });

  // (About 400 KB checked: seconds, more under a loaded machine, so more than the default 5 s, as below.)
  it('reports progress up to the end of the text', { timeout: 60_000 }, async () => {
    const text = fixture('cli-mirocals.txt').repeat(2000);
    const seen: number[] = [];
    await checkStreaming(text, { update: (n) => seen.push(n), stop() {} });
    expect(seen.length).toBeGreaterThan(3);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen[seen.length - 1]).toBeGreaterThanOrEqual(text.trimEnd().length);
    expect(seen[seen.length - 1]).toBeLessThanOrEqual(text.length);
  });
});

describe('main: progress', () => {
  const long = fixture('cli-mirocals.txt').repeat(Math.ceil((PROGRESS_MIN_CHARS * 1.5) / 194));

  it('asks for a progress display per input and stops it; the report is unchanged', async () => {
    const calls: string[] = [];
    const io = fakeIo({ 'long.txt': long, 'short.txt': fixture('cli-mirocals.txt') });
    const status = await main(['--format', 'json', 'long.txt', 'short.txt'], io, {
      progress: (label, total) => (
        calls.push(`start ${label} ${total}`), { update() {}, stop: () => void calls.push(`stop ${label}`) }
      ),
    });
    expect(status).toBe(0);
    expect(calls).toEqual([
      `start long.txt ${long.length}`,
      'stop long.txt',
      `start short.txt ${fixture('cli-mirocals.txt').length}`,
      'stop short.txt',
    ]);
    expect(reportSchema.parse(JSON.parse(io.out)).reports[0]!.findings).toHaveLength(checkText(long).length);
    expect(io.err).toBe('');
    // A long text checked twice (streamed and whole): seconds under a loaded machine, so more than the default 5 s.
  }, 30_000);

  it('shows no bar when not asked, for short inputs, or with --quiet', () => {
    const writes: string[] = [];
    const stream = Object.assign(
      new Writable({ write: (c: Buffer, _e: string, cb: () => void) => (writes.push(String(c)), cb()) }),
      { isTTY: true },
    );
    progressFor('x', 10, true, stream).update(5);
    progressFor('x', PROGRESS_MIN_CHARS * 2, false, stream).update(5);
    expect(writes).toEqual([]);
  });
});

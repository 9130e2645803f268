import { describe, expect, it } from 'vitest';
import { formatText, lineCol } from './text';
import { toReport } from './to-report';
import { MIROCALS_CLAIM, SAMPLE_FINDINGS, SAMPLE_TEXT } from './sample.test-data';

const report = toReport([{ input: 'story.txt', findings: SAMPLE_FINDINGS }]);

describe('formatText', () => {
  it('prints no escape codes unless asked', () => {
    const out = formatText(report);
    expect(out).not.toContain('\u001b[');
    expect(out).toContain('story.txt: 2 findings: 1 misreported, 1 overstated');
    expect(out).toContain(`MISREPORTED  ${MIROCALS_CLAIM}`);
    expect(out).toContain('"The MIROCALS trial showed that about 80% of people with ALS treated with IL-2 survived."');
    expect(out).toContain('- share-misread: About 80%');
    expect(out).toContain('Sources: NCT03039673, doi:10.1016/s0140-6736(25)00262-4, pmid:40354799');
  });

  it('colours verdicts when asked', () => {
    const out = formatText(report, { color: true });
    expect(out).toContain('\u001b[31mMISREPORTED\u001b[0m');
    expect(out).toContain('\u001b[33mOVERSTATED\u001b[0m');
  });

  it('prints line:column when given the text, offsets otherwise', () => {
    expect(formatText(report, { texts: new Map([['story.txt', SAMPLE_TEXT]]) })).toContain('  2:1  MISREPORTED');
    expect(formatText(report)).toContain(`  ${SAMPLE_FINDINGS[0]!.start}-${SAMPLE_FINDINGS[0]!.end}  MISREPORTED`);
  });

  it('keeps control characters from the page off the terminal', () => {
    const f = { ...SAMPLE_FINDINGS[1]!, text: 'evil \u001b[2J text', end: 16 };
    const out = formatText(toReport([{ input: 'x', findings: [f] }]));
    expect(out).not.toContain('\u001b');
  });

  it('says so when nothing was found', () => {
    expect(formatText(toReport([{ input: '-', findings: [] }]))).toBe('(stdin): no findings\n');
  });
});

describe('lineCol', () => {
  it('counts CRLF, LF and CR as one line break each', () => {
    expect(lineCol('a\r\nb\nc\rd', 3)).toEqual({ line: 2, col: 1 });
    expect(lineCol('a\r\nb\nc\rd', 5)).toEqual({ line: 3, col: 1 });
    expect(lineCol('a\r\nb\nc\rd', 7)).toEqual({ line: 4, col: 1 });
    expect(lineCol('abc', 2)).toEqual({ line: 1, col: 3 });
  });
});

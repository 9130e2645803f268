import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape';
import { formatMarkdown } from './markdown';
import { toReport } from './to-report';
import { SAMPLE_FINDINGS } from './sample.test-data';

describe('escapeMarkdown', () => {
  it('makes inline markup literal', () => {
    expect(escapeMarkdown('a *b* _c_ `d` [e](f) <b>g</b> h|i ~~j~~ &amp;')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<b\\>g\\</b\\> h\\|i \\~\\~j\\~\\~ \\&amp;',
    );
  });
  it('keeps a quoted line from starting a block and joins line breaks', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('> q')).toBe('\\> q');
    expect(escapeMarkdown('one\r\ntwo\n\nthree')).toBe('one two three');
  });
});

describe('formatMarkdown', () => {
  const md = formatMarkdown(
    toReport([
      { input: 'drafts/my_story.md', findings: SAMPLE_FINDINGS },
      { input: '-', findings: [] },
    ]),
  );

  it('quotes each sentence, escaped, with its verdict and reasons', () => {
    expect(md).toContain('> The MIROCALS trial showed that about 80% of people with ALS treated with IL-2 survived.');
    expect(md).toContain('> Über 80% überlebten — a \\*breakthrough\\*\\!');
    expect(md).toContain('**Verdict:** misreported');
    expect(md).toContain('- **share-misread**: About 80% is the share');
    expect(md).toContain('- **sensational**: A \\*phase 2b\\* result is not a \\[breakthrough\\](x).');
    expect(md).toContain('**What the source found:** The primary endpoint was not met');
  });

  it('links every source identifier', () => {
    expect(md).toContain('[NCT03039673](https://clinicaltrials.gov/study/NCT03039673)');
    expect(md).toContain('[doi:10.1016/s0140-6736(25)00262-4](https://doi.org/10.1016/s0140-6736%2825%2900262-4)');
    expect(md).toContain('[pmid:40354799](https://pubmed.ncbi.nlm.nih.gov/40354799/)');
  });

  it('names each input and summarises the counts', () => {
    expect(md).toContain('## drafts/my\\_story.md');
    expect(md).toContain('2 findings: 1 misreported, 1 overstated.');
    expect(md).toContain('## standard input');
    expect(md).toContain('no findings.');
    expect(md).toContain('2 inputs, 2 findings: 1 misreported, 1 overstated.');
  });

  it('names the study from the claims database', () => {
    expect(md).toContain('Misreported — MIROCALS');
  });
});

describe('formatMarkdown: metadata, empty reports, suggestions', () => {
  it('says when and against which database the check ran', () => {
    const md = formatMarkdown(
      toReport([{ input: 'a.txt', findings: [] }], { checked: '2026-12-05T05:00:00.000Z', database: '2026-11-30+1a2b3c4d' }),
    );
    expect(md).toContain('Checked 2026-12-05 05:00:00 UTC against claims database 2026-11-30+1a2b3c4d.');
  });

  it('does not point at sources "listed above" when nothing was flagged', () => {
    const md = formatMarkdown(toReport([{ input: 'a.txt', findings: [] }]));
    expect(md).not.toContain('listed above');
    expect(md).toContain('nothing was flagged');
    expect(formatMarkdown(toReport([{ input: 'a.txt', findings: SAMPLE_FINDINGS }]))).toContain('listed above');
  });

  it('carries an accurate wording when the finding has one', () => {
    const f = {
      ...SAMPLE_FINDINGS[0]!,
      suggestion: 'The trial missed its primary endpoint; a subgroup analysis suggested longer survival.',
    };
    const md = formatMarkdown(toReport([{ input: 'a.txt', findings: [f] }]));
    expect(md).toContain(
      '**Accurate wording:** The trial missed its primary endpoint; a subgroup analysis suggested longer survival.',
    );
  });
});

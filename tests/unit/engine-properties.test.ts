// Property-based tests of the engine (fast-check): on any text it never throws, every finding's
// offsets are in bounds and `text === input.slice(start, end)`, and findings do not depend on where
// the text arrives (shifted behind unrelated text, or handed over as its candidate passages).
// npm test runs a bounded, seeded run; `npm run test:properties` a long one (FC_RUNS, FC_SEED).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePassages, checkPassages, checkText, type Finding } from '../../src/engine/index';

const RUNS = Number(process.env.FC_RUNS ?? 150);
const SEED = Number(process.env.FC_SEED ?? 20261205);
const params = { numRuns: RUNS, seed: SEED };
const TIMEOUT = Math.max(60_000, RUNS * 200);

/** Words that drive the engine down its paths: topic, studies, rule cues, titles, numbers. */
const WORDS = [
  'ALS',
  'MND',
  'amyotrophic lateral sclerosis',
  'MIROCALS',
  'IMODALS',
  'low-dose IL-2',
  'interleukin-2',
  'Tregs',
  'riluzole',
  'edaravone',
  'Relyvrio',
  'AMX0035',
  'tofersen',
  'NCT03039673',
  'the trial',
  'the drug',
  'patients',
  'survival',
  'extends survival',
  'slows progression',
  'cures',
  'breakthrough',
  'proven',
  'confirmed',
  'in mice',
  'may',
  'could',
  'is available',
  'was withdrawn',
  'will be tested',
  'phase 2',
  '220 people',
  'seventy percent',
  '80%',
  'Dr.',
  'Prof.',
  'e.g.',
  'No.',
  'U.S.',
  'cancer',
  'lupus',
  'better than riluzole',
  'caused',
  'linked to',
  'HOST:',
  '[00:05:40]',
  '2/',
  '@user',
  '-',
  '•',
  '“',
  '”',
  '(',
  ')',
  'é',
  '😀',
  '\u00a0',
  '\t',
];
const SEPARATORS = [' ', ' ', ' ', '. ', '.', '! ', '? ', ', ', '; ', '\n', '\n\n', '\r\n', '\n \n'];

const SUBJECTS = [
  'The MIROCALS trial',
  'Low-dose IL-2',
  'Riluzole',
  'Relyvrio',
  'Tofersen',
  'Treg therapy',
  'The drug',
  'It',
  'Researchers',
  'The study of 220 people',
];
const CLAIMS = [
  'extends survival in ALS',
  'cures ALS',
  'is a breakthrough for MND patients',
  'proved it slows progression',
  'is available to patients',
  'will be tested in a trial',
  'caused fewer deaths in mice',
  'is better than riluzole',
  'helped 80% of patients survive',
  'may reduce inflammation',
];

/** A claim-like sentence: what the rules look at. */
const sentence = fc
  .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...CLAIMS), fc.constantFrom('.', '!', '?', ''))
  .map(([a, b, c]) => `${a} ${b}${c}`);
const token = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
/** Texts built from the engine's vocabulary, claim-like sentences and noise, up to several thousand characters. */
const text = fc.array(token, { maxLength: 300, size: 'large' }).map((ts) => ts.join(''));

function assertWellFormed(input: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(input.length);
    expect(f.text).toBe(input.slice(f.start, f.end));
  }
  for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.start);
}

const shift = (fs: readonly Finding[], by: number) => fs.map((f) => ({ ...f, start: f.start + by, end: f.end + by }));

describe(`engine properties (${RUNS} runs, seed ${SEED})`, () => {
  it('never throws; offsets in bounds; text === input.slice(start, end)', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(text, (input) => {
        assertWellFormed(input, checkText(input));
      }),
      params,
    );
  });

  it('gives the same findings for the text whole or as its candidate passages', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(checkPassages(candidatePassages(input))).toEqual(checkText(input));
      }),
      params,
    );
  });

  it('gives the same findings, shifted, behind a paragraph that is not about the topic', { timeout: TIMEOUT }, () => {
    const prefix = 'Weather today: sunny spells, a light breeze and warm evenings.\n\n';
    fc.assert(
      fc.property(text, (input) => {
        const whole = prefix + '\n\n' + input;
        // Only when the passage split is the same both ways: the prefix adds no passage and moves no boundary.
        fc.pre(candidatePassages(input).length > 0);
        const got = checkText(whole);
        assertWellFormed(whole, got);
        expect(got).toEqual(shift(checkText(input), prefix.length + 2));
      }),
      params,
    );
  });

  it('survives inputs that used to be quadratic, and finds the same sentences around them', () => {
    const around = 'The MIROCALS trial of low-dose IL-2 in ALS proved it cures the disease.';
    const alone = checkText(around);
    expect(alone.length).toBeGreaterThan(0);
    for (const junk of ['Dr. '.repeat(20_000), 'and the drug improved survival in patients '.repeat(2_000)]) {
      const input = `${around}\n\n${junk}\n\n${around}`;
      const got = checkText(input);
      assertWellFormed(input, got);
      expect(got.map((f) => f.text)).toEqual([...alone, ...alone].map((f) => f.text));
    }
  });
});

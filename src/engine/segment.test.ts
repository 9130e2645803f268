import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, segments, splitSentences } from './segment';

describe('splitSentences', () => {
  it('splits sentences and keeps offsets into the original text', () => {
    const text = 'Dr. Smith led the trial. It enrolled 220 people in the U.S. and France.\n\nA new paragraph.';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual([
      'Dr. Smith led the trial.',
      'It enrolled 220 people in the U.S. and France.',
      'A new paragraph.',
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('an initialism ends a sentence only when what follows starts one', () => {
    expect(
      splitSentences('Canada approved it; the U.S. is still reviewing the drug. It was approved in the U.S. The EU said no.').map(
        (s) => s.text,
      ),
    ).toEqual(['Canada approved it; the U.S. is still reviewing the drug.', 'It was approved in the U.S.', 'The EU said no.']);
    expect(splitSentences('The U.S. Food and Drug Administration approved it.')).toHaveLength(1);
    expect(splitSentences('A decision is due on Sept. 29, the company said. Shares rose.')).toHaveLength(2);
  });
  it('handles hard-wrapped copy and trims list markers', () => {
    const text = 'Key facts:\n- Most\npatients survive 2 to 5 years.\n- About\n10% live longer than 10 years.';
    const out = splitSentences(text);
    expect(out.map((s) => s.text.replace(/\n/g, ' '))).toEqual([
      'Key facts:',
      'Most patients survive 2 to 5 years.',
      'About 10% live longer than 10 years.',
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('keeps a quoted sentence with its attribution', () => {
    const out = splitSentences('He added: “These results are remarkable. They could change care.”');
    expect(out).toHaveLength(2);
  });
  it('splits transcripts, threads and show notes at speaker labels, post headers and timestamps', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text.replace(/\n/g, ' '));
    expect(texts('GUEST (DR. ANNA LEE): The trial was small\nHOST: How small?\nDR. LEE: No. Only seven people.')).toEqual([
      // The speaker labels are trimmed off like list markers: who speaks is not part of the claim.
      'The trial was small',
      'How small?',
      'No.',
      'Only seven people.',
    ]);
    expect(
      texts('@someone · 3h\n2/ The infusions were safe in three patients\nReplying to @someone\nthat is not efficacy though'),
    ).toEqual([
      '@someone · 3h',
      'The infusions were safe in three patients',
      'Replying to @someone',
      'that is not efficacy though',
    ]);
    expect(texts('[00:04:10] Why riluzole still matters\n[00:09:55] What the pNFH subgroup means')).toEqual([
      'Why riluzole still matters',
      'What the pNFH subgroup means',
    ]);
    // a fraction at the start of a sentence is not a thread number
    expect(texts('1/3 of patients had side effects.')).toEqual(['1/3 of patients had side effects.']);
  });
  it('keeps "No. 5" together', () => {
    expect(splitSentences('See table No. 5 for the doses.')).toHaveLength(1);
  });
  it('skips a sentence longer than MAX_SENTENCE_CHARS and keeps the sentences around it', () => {
    const runOn = 'ALS ' + 'and the drug improved survival '.repeat(100);
    const text = `The trial enrolled 220 people. ${runOn}. Researchers said more work is needed.`;
    const out = splitSentences(text).map((s) => s.text);
    expect(runOn.length).toBeGreaterThan(MAX_SENTENCE_CHARS);
    expect(out).toEqual(['The trial enrolled 220 people.', 'Researchers said more work is needed.']);
  });
  it('merges a long run of titles into one (skipped) sentence without rescanning it', () => {
    const text = `Dr. ${'Dr. '.repeat(5000)}Smith led it. The trial was small.`;
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['The trial was small.']);
  });
  it('finds the same segments window by window as the segmenter does on the whole text', () => {
    const words = ['The', 'trial', 'of', 'IL-2', 'in', 'ALS', 'Dr.', 'Lee', 'said', 'e.g.', '220', 'people', 'U.S.', 'and'];
    let text = '';
    for (let i = 0; text.length < 20_000; i++) {
      text += words[(i * 7) % words.length] + (i % 11 === 10 ? '. ' : i % 37 === 36 ? '!\n' : ' ');
    }
    const whole = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s) => s.index);
    expect([...segments(text)].map((s) => s.index)).toEqual(whole);
  });
});

describe('splitSentences: who speaks is not part of what is said', () => {
  it.each([
    [
      'CALLER (Gareth, Swansea): My brother has MND, and these injections cut deaths.',
      'My brother has MND, and these injections cut deaths.',
    ],
    ['[03/11/2022, 19:02] Auntie Carol: Houston doctors have found a treatment.', 'Houston doctors have found a treatment.'],
    ['DR EVANS: Nobody in the trial was cured.', 'Nobody in the trial was cured.'],
    ['u/neuro_fan: They tested blood from 40 patients.', 'They tested blood from 40 patients.'],
  ])('%s', (text, sentence) => expect(splitSentences(text).map((s) => s.text)).toEqual([sentence]));
  it.each([
    'MIROCALS: UK/France, phase 3.',
    'VALOR (NEJM 2022): primary endpoint met in the fast progressors.',
    'Note: this is fine.',
  ])('keeps a study or note label: %s', (text) => expect(splitSentences(text).map((s) => s.text)).toEqual([text]));
});

describe('splitSentences: footnote markers after a full stop (encyclopedia text)', () => {
  it('keeps each marker with the sentence it follows, wherever the segmenter broke', () => {
    const text =
      'Tregs were less able in assays.[14] A 2018 study found more.[3][4] Next one.[a] And more.[citation needed] End.';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual([
      'Tregs were less able in assays.[14]',
      'A 2018 study found more.[3][4]',
      'Next one.[a]',
      'And more.[citation needed]',
      'End.',
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('leaves a bracket inside a sentence alone', () =>
    expect(splitSentences('Dr. Smith [12] said so. Then [see 3] more.').map((s) => s.text)).toEqual([
      'Dr. Smith [12] said so.',
      'Then [see 3] more.',
    ]));
});

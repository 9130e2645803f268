import { describe, expect, it } from 'vitest';
import { splitSentences } from './segment';

describe('splitSentences', () => {
  it('splits sentences and keeps offsets into the original text', () => {
    const text = 'Dr. Smith led the trial. It enrolled 220 people in the U.S. and France.\n\nA new paragraph.';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['Dr. Smith led the trial.', 'It enrolled 220 people in the U.S. and France.', 'A new paragraph.']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('handles hard-wrapped copy and trims list markers', () => {
    const text = 'Key facts:\n- Most\npatients survive 2 to 5 years.\n- About\n10% live longer than 10 years.';
    const out = splitSentences(text);
    expect(out.map((s) => s.text.replace(/\n/g, ' '))).toEqual(['Key facts:', 'Most patients survive 2 to 5 years.', 'About 10% live longer than 10 years.']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('keeps a quoted sentence with its attribution', () => {
    const out = splitSentences('He added: “These results are remarkable. They could change care.”');
    expect(out).toHaveLength(2);
  });
});

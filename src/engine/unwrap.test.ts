import { describe, expect, it } from 'vitest';
import { isHardBreak, unwrap } from './unwrap';

describe('unwrap', () => {
  it('keeps length and offsets', () => {
    const text = 'Amyotrophic lateral sclerosis, also known as Lou\nGehrig’s disease, is rare.\nNext line.';
    expect(unwrap(text)).toHaveLength(text.length);
  });
  it('joins a sentence wrapped mid-clause, even before a capital', () => {
    expect(unwrap('Also known as Lou\nGehrig’s disease.')).toBe('Also known as Lou Gehrig’s disease.');
  });
  it('joins a list item broken after its first word', () => {
    expect(unwrap('- Most\npatients survive 2 to 5 years.')).toBe('- Most patients survive 2 to 5 years.');
    expect(unwrap('- Regulate\nT-cells – preventing damage.')).toBe('- Regulate T-cells – preventing damage.');
  });
  it('keeps breaks after sentence ends, before list items and after headings', () => {
    expect(isHardBreak('It worked.', 'Then it stopped.', undefined)).toBe(true);
    expect(isHardBreak('Key facts:', 'Most patients', undefined)).toBe(true);
    expect(isHardBreak('some text', '- an item', undefined)).toBe(true);
    expect(isHardBreak('Current ALS Treatments', 'While there is no cure, patients rely on drugs.', undefined)).toBe(true);
  });
  it('joins a heading wrapped onto a short tail', () => {
    expect(unwrap('Big News Shows Disease Is Driven by Immune\nAttack\nAmyotrophic lateral sclerosis is rare.')).toBe(
      'Big News Shows Disease Is Driven by Immune Attack\nAmyotrophic lateral sclerosis is rare.',
    );
  });
});

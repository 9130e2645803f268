import { describe, expect, it } from 'vitest';
import { isHardBreak, unwrap } from './unwrap';

describe('unwrap', () => {
  it('keeps a dateline under a headline as a line of its own', () => {
    expect(unwrap('Immune cell infusions slow ALS in first human test\nMay 22, 2018\n\nBody.')).toBe(
      'Immune cell infusions slow ALS in first human test\nMay 22, 2018\n\nBody.',
    );
    expect(unwrap('Cell therapy slowed ALS in a small trial\nUpdated 21 October 2022\nThe study…')).toContain('trial\nUpdated');
  });
  it('keeps a labelled date line ("Last update posted: January 6, 2023") as a line of its own (session 14)', () => {
    const text =
      'Phase 3 trial of AMX0035 for the treatment of amyotrophic lateral sclerosis (PHOENIX), record NCT05021536\nLast update posted: January 6, 2023\nThe recruitment status of the study is active.';
    expect(unwrap(text)).toBe(text);
    // a wrapped sentence with a colon is still joined
    expect(unwrap('The trial had one aim in mind, and it was\nsimple: survival.')).toBe(
      'The trial had one aim in mind, and it was simple: survival.',
    );
  });
  it('keeps a line wholly in brackets, or a dotted date, as a line of its own', () => {
    expect(
      unwrap('Help Dad Get the Immune Treatment That Can Beat ALS\n(no date shown)\nOur dad was diagnosed last spring.'),
    ).toBe('Help Dad Get the Immune Treatment That Can Beat ALS\n(no date shown)\nOur dad was diagnosed last spring.');
    expect(unwrap('Scientists discover immune attack in ALS\n08.10.2025\nThe study…')).toContain('ALS\n08.10.2025\n');
  });
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
  it('keeps a sentence-case headline above its standfirst, but still joins wrapped paragraph lines', () => {
    const digest =
      'Digest\n\nDrug X extends survival in ALS, journal trial finds\nThe phase 2 study reported a benefit only after adjusting for a marker; its primary analysis was not significant.';
    expect(unwrap(digest)).toBe(digest);
    const wrapped =
      'The trial of the drug enrolled two hundred and twenty people with ALS at\nHospitals in two countries, and followed them for eighteen months or more.';
    expect(unwrap(wrapped)).toBe(wrapped.replace('\n', ' '));
    // A first line that stops on a small word is a wrap, however short.
    expect(unwrap('Results came from the\nMIROCALS trial, which enrolled 220 people across the UK and France in total.')).toBe(
      'Results came from the MIROCALS trial, which enrolled 220 people across the UK and France in total.',
    );
    // Only a line opening a block can be a headline.
    expect(isHardBreak('patients improved', 'The end came later in the year than expected by everyone.', undefined, 'Some')).toBe(
      false,
    );
  });
  it('keeps a headline above a short standfirst that opens with a common word', () => {
    const item = '\nDrug helps most ALS patients survive longer, new study shows\nResearchers say the result needs confirming.';
    expect(unwrap(item)).toBe(item);
  });
});

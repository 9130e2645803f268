import { describe, expect, it } from 'vitest';
import { numberWordsToDigits, parseNumberWords } from './number-words';

describe('number words', () => {
  it.each([
    ['two hundred and twenty', 220],
    ['thirty-six', 36],
    ['seventy', 70],
    ['a hundred', 100],
    ['one thousand three hundred', 1300],
    ['six hundred sixty-four', 664],
    ['a dozen', 12],
    ['two dozen', 24],
  ])('reads %s as %d', (words, n) => expect(parseNumberWords(words)).toBe(n));

  it('rewrites counts and shares inside a sentence and leaves other words alone', () => {
    expect(numberWordsToDigits('The trial enrolled two hundred and twenty people at seventeen clinics.')).toBe(
      'The trial enrolled 220 people at 17 clinics.',
    );
    expect(numberWordsToDigits('About seventy per cent had lower levels.')).toBe('About 70 per cent had lower levels.');
    expect(numberWordsToDigits('It was a trial of thirty-six patients.')).toBe('It was a trial of 36 patients.');
    expect(numberWordsToDigits('Someone said nothing new.')).toBe('Someone said nothing new.');
  });
});

// What makes a sentence claim-like: a question asks, but a claim followed by a question about it still claims.
import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './analyze';

const claimLike = (t: string) => analyzeSentence(t, 0).isClaimLike();

describe('isClaimLike', () => {
  it.each([
    "My brother has MND, and these injections cut deaths by 73 per cent, so why isn't every neurologist prescribing them?",
    'The drug was approved in 2017; why did Europe wait?',
    'The FDA gave it full approval in 2023.',
  ])('claims: %s', (t) => expect(claimLike(t)).toBe(true));
  it.each(['Could low-dose IL-2 be the answer?', 'Why is nobody prescribing it?', 'Big news today!'])('does not: %s', (t) =>
    expect(claimLike(t)).toBe(false),
  );
});

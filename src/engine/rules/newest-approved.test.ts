import { describe, expect, it } from 'vitest';
import { checkText } from '../index';

const flagOn = (text: string, sentence: string, published?: string) =>
  checkText(text, { published, today: '2026-12-05' })
    .filter((f) => f.verdict !== 'supported')
    .find((f) => sentence.includes(f.text) || f.text.includes(sentence));

describe('a drug told as the newest, as now', () => {
  const page = (line: string) => `ALS treatment update\n\n${line}\n`;
  it('dates "the newest drug approved for ALS in the United States" from the next approval there', () => {
    const line = 'Radicava is the newest drug approved for ALS in the United States.';
    const f = flagOn(page(line), line, '2019-06-12');
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toMatch(/^2022-09/);
  });
  it('says nothing while it is still the newest there', () => {
    const line = 'Qalsody is the newest drug approved for ALS in the United States.';
    expect(flagOn(page(line), line, '2024-06-12')).toBeUndefined();
  });
  it('says nothing of a superlative told as history', () => {
    const line = 'In 2017, Radicava became the newest drug approved for ALS in the United States.';
    expect(flagOn(page(line), line, '2019-06-12')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { checkText } from '../index';

const flagOn = (text: string, sentence: string, published?: string) =>
  checkText(text, { published, today: '2026-12-05' })
    .filter((f) => f.verdict !== 'supported')
    .find((f) => sentence.includes(f.text) || f.text.includes(sentence));

describe('approved only in one place, told as now', () => {
  const page = (line: string) => `Drug update\n\n${line}\n`;
  it('dates "authorised only in the United States" from the first approval elsewhere', () => {
    const line = 'Tofersen is authorised only in the United States.';
    const f = flagOn(page(line), line, '2024-01-10');
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toMatch(/^2024-05/);
  });
  it('calls it wrong when another place had approved it before the page', () => {
    const line = 'Relyvrio is approved only in the US.';
    expect(flagOn(page(line), line, '2023-01-10')?.verdict).toBe('misreported');
  });
  it('reads every place the clause names, past a comma', () => {
    // Both places named: the approvals elsewhere are none, so this check says nothing (the withdrawal is another's).
    const line = 'AMX0035 is authorised only in the USA, conditionally, and in Canada.';
    expect(flagOn(page(line), line, '2023-01-10')?.event?.what ?? '').not.toMatch(/Canada approved/);
  });
  it('says nothing of approval told as history', () => {
    const line = 'In 2023, tofersen was approved only in the United States.';
    expect(flagOn(page(line), line, '2025-01-10')).toBeUndefined();
  });
});

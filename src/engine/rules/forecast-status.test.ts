import { describe, expect, it } from 'vitest';
import { checkText } from '../index';

const flags = (text: string, published?: string) =>
  checkText(`Relyvrio\n\n${text}`, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');

describe('a trial forecast to succeed, before it reported that it missed its primary endpoint', () => {
  it.each([
    ['CEO: We expect PHOENIX to confirm CENTAUR, and that should lift the whole category.', '2023-11-15'],
    ["Carol tells us that a large study of Relyvrio in the US and Europe will confirm the medicine's benefit.", '2023-05-02'],
    ['In our view, a positive PHOENIX readout is all but guaranteed.', '2023-11-15'],
  ])('outdated: %s (%s)', (text, published) => {
    const [f] = flags(text, published);
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2024-03-08');
  });
  it.each([
    ['CEO: We expect PHOENIX to confirm CENTAUR.', undefined], // undated: perhaps written after
    ['PHOENIX will show whether Relyvrio can confirm CENTAUR.', '2024-09-01'], // written after the result
    ['Analysts do not expect PHOENIX to confirm CENTAUR.', '2023-11-15'], // the forecast denied
  ])('not a success forecast overtaken: %s', (text, published) =>
    expect(flags(text, published).filter((f) => /expected to succeed/.test(f.reasons[0]?.message ?? ''))).toEqual([]),
  );
});

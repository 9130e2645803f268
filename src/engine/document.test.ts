import { describe, expect, it } from 'vitest';
import { datelineDate, dateIn, normaliseDate } from './document';

describe('document date: a dateline near the top', () => {
  it.each([
    ['Relyvrio approved\nPublished 29 September 2022\n\nText.', '2022-09-29'],
    ['Headline\nBy A. Writer | May 9, 2025\n\nText.', '2025-05-09'],
    ['Headline\n\n2023-04-25\n\nThe agency said…', '2023-04-25'],
    ['Patient information | Last reviewed: 3 February 2025\n\nText.', '2025-02-03'],
    ['News — March 2021\n\nText.', '2021-03'],
  ])('%j → %s', (text, want) => expect(datelineDate(text, '2026-12-05')).toBe(want));

  it.each([
    // a date inside prose is an event, not the page's date
    'The FDA approved the drug on 29 September 2022, after a second panel meeting that many patients attended in person.\n',
    // a registry's trial dates are not the page's
    'Study start: 2017-06\nTrial completion: 2021-07\n',
    // a date in the future is not a publication date
    'Published 1 January 2031\n',
  ])('no dateline: %j', (text) => expect(datelineDate(text, '2026-12-05')).toBeUndefined());

  it('reads ISO, day-first, month-first and month-year dates', () => {
    expect(dateIn('2024-03-08')).toBe('2024-03-08');
    expect(dateIn('8th March 2024')).toBe('2024-03-08');
    expect(dateIn('Sept. 29, 2022')).toBe('2022-09-29');
    expect(dateIn('April 2024')).toBe('2024-04');
  });

  it('normalises metadata dates and date-times', () => {
    expect(normaliseDate('2022-09-29T14:03:00Z')).toBe('2022-09-29');
    expect(normaliseDate('2019')).toBe('2019');
    expect(normaliseDate(undefined)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { compareDates, describeTiming, humanDate, timingOf } from './timeline';

const approval = { date: '2023-04-25', what: 'the drug was given accelerated approval in the US' };

describe('status judged at the document’s date', () => {
  it('a document older than the event: outdated since', () => {
    const t = timingOf(approval, '2022-10-01');
    expect(t.kind).toBe('since');
    expect(describeTiming(t, approval.what)).toBe(
      'Since this was published (October 2022): the drug was given accelerated approval in the US (25 April 2023).',
    );
  });
  it('a document newer than the event: already wrong when written', () =>
    expect(timingOf(approval, '2024-01-15').kind).toBe('already'));
  it('no date: say what changed and when', () =>
    expect(describeTiming(timingOf(approval, undefined), approval.what)).toBe(
      'This has changed: the drug was given accelerated approval in the US (25 April 2023).',
    ));
  it('the same month cannot be ordered', () => expect(timingOf(approval, '2023-04').kind).toBe('undated'));
  it('a page dated weeks after the event is dated by it, not called wrong (articles lag their issue date)', () =>
    expect(timingOf(approval, '2023-05-30').kind).toBe('undated'));
  it('a page dated two months after the event was already wrong when written', () =>
    expect(timingOf(approval, '2023-06-30').kind).toBe('already'));
  it('compares dates of different precision', () => {
    expect(compareDates('2023', '2023-04-25')).toBe(0);
    expect(compareDates('2022-12', '2023-01-01')).toBeLessThan(0);
    expect(humanDate('2024-03')).toBe('March 2024');
  });
});

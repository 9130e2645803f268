import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDismissal, clearDismissals, dismissalCount, dismissedOn, dismissalsItem, MAX_PAGES } from './dismissals';

describe('dismissals', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers a dismissed flag per page, ignoring the fragment', async () => {
    await addDismissal('https://news.example/a#top', 'mirocals-efficacy|IL-2 works.');
    expect(await dismissedOn('https://news.example/a')).toEqual(['mirocals-efficacy|IL-2 works.']);
    expect(await dismissedOn('https://news.example/b')).toEqual([]);
    await addDismissal('https://news.example/a', 'mirocals-efficacy|IL-2 works.');
    expect(await dismissalCount()).toBe(1);
    await clearDismissals();
    expect(await dismissalCount()).toBe(0);
  });

  it('forgets the oldest pages beyond the limit', async () => {
    const many = Object.fromEntries(Array.from({ length: MAX_PAGES }, (_, i) => [`https://x.example/${i}`, ['k']]));
    await dismissalsItem.setValue(many);
    await addDismissal('https://x.example/new', 'k');
    const all = await dismissalsItem.getValue();
    expect(Object.keys(all)).toHaveLength(MAX_PAGES);
    expect(all['https://x.example/0']).toBeUndefined();
    expect(all['https://x.example/new']).toEqual(['k']);
  });
});

import { describe, expect, it } from 'vitest';
import { candidatePassages, mentionsTopic, passagesIn, passageWindows } from './prefilter';

describe('prefilter', () => {
  it('returns nothing for a page that never mentions the topic', () => {
    expect(mentionsTopic('A recipe for lemon cake.\n\nBake for 40 minutes.')).toBe(false);
    expect(candidatePassages('A recipe for lemon cake.\n\nBake for 40 minutes.')).toEqual([]);
  });
  it('keeps passages that continue a study story without naming it, and drops small talk', () => {
    const text = [
      'Low-dose IL-2 was tested in ALS.',
      'The injections were given for 18 months.',
      'Results are expected next spring.',
      'rapa-501 is in phase 3 already',
      'We had a lovely weekend at the beach.',
    ].join('\n\n');
    const kept = candidatePassages(text).map((p) => p.text);
    expect(kept).toEqual(text.split('\n\n').slice(0, 4));
  });
  it('keeps offsets into the original text', () => {
    const text = 'ALS news.\n\nNothing here.\n\nThe drug was approved in 2017.';
    for (const p of candidatePassages(text)) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });
  it('gives the same passages window by window as on the whole text', () => {
    const paras = ['ALS trial news.', 'Nothing here at all', 'The drug was approved in 2017.', '  \n', 'Tregs \u00a0', 'x'];
    let text = '';
    for (let i = 0; text.length < 50_000; i++) text += paras[i % paras.length]! + ['\n\n', '\n \n', '\n', '\n\n\n\t'][i % 4]!;
    const windows = passageWindows(text, 1000);
    expect(windows.length).toBeGreaterThan(20);
    expect(windows.flatMap((w) => passagesIn(text.slice(w.start, w.end), w.start))).toEqual(candidatePassages(text));
  });
});

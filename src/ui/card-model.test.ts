import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FINDINGS } from '../report/sample.test-data';
import { cardModel, groupDuplicates, oneLine, reasonDetail } from './card-model';
import { FindingCard } from './FindingCard';
import { FindingsList } from './FindingsList';
import { useEnglishMessages } from './i18n.test-helper';

useEnglishMessages();

const f = SAMPLE_FINDINGS[0]!;

describe('card view model', () => {
  it('folds the page’s hard line breaks and shows reasons as plain labels, not codes', () => {
    const m = cardModel({ ...f, text: 'The MIROCALS trial\nshowed   that it works.' });
    expect(m.sentence).toBe('The MIROCALS trial showed that it works.');
    for (const r of m.reasons) {
      expect(r.label).not.toBe(r.code);
      expect(r.label).toMatch(/^[A-Z]/);
    }
  });

  it('a superseded reason does not repeat what the source found word for word', () => {
    const evidence = 'Relyvrio was withdrawn from the market in April 2024 after the PHOENIX trial failed.';
    const message = `Presented as a current treatment, but it was withdrawn on 2024-04-04. ${evidence}`;
    expect(reasonDetail(message, evidence)).toBe('Presented as a current treatment, but it was withdrawn on 2024-04-04.');
    const told = `Told as still to come, but it had already happened by 2025-05-09: ${evidence.replace(/\.$/, '')}.`;
    expect(reasonDetail(told, evidence)).toBe('Told as still to come, but it had already happened by 2025-05-09.');
    // A message that does not quote the evidence is left alone.
    expect(reasonDetail('Says proven.', evidence)).toBe('Says proven.');
  });

  it('lists a repeated sentence once, with its count', () => {
    const g = groupDuplicates([
      { text: 'Headline  here', claim: 'c', verdict: 'overstated' },
      { text: 'Other', claim: 'c', verdict: 'overstated' },
      { text: 'Headline\nhere', claim: 'c', verdict: 'overstated' },
    ]);
    expect(g.map((x) => [oneLine(x.first.text), x.all.length])).toEqual([
      ['Headline here', 2],
      ['Other', 1],
    ]);
  });

  it('the checker card, the list and the model carry the accurate wording when the finding has one', () => {
    const suggestion = 'The trial missed its primary endpoint; a subgroup analysis suggested a benefit.';
    const withIt = { ...f, suggestion, event: { date: '2025-05-09', what: 'The full results were published.' } };
    expect(cardModel(withIt).suggestion).toBe(suggestion);
    const card = renderToStaticMarkup(createElement(FindingCard, { finding: withIt, level: 'precise' }));
    expect(card).toContain('Accurate wording: </strong>' + suggestion);
    expect(card).toContain('Since then: </strong>2025-05-09: The full results were published.');
    expect(card).toContain(f.explain.precise.slice(0, 30));
    const list = renderToStaticMarkup(createElement(FindingsList, { findings: [withIt], level: 'plain' }));
    expect(list).toContain(suggestion);
    expect(renderToStaticMarkup(createElement(FindingCard, { finding: f, level: 'plain' }))).not.toContain('Accurate wording');
  });

  it('renders page text as text, never as HTML', () => {
    const html = renderToStaticMarkup(
      createElement(FindingsList, { findings: [{ ...f, text: '<img src=x onerror=alert(1)>' }], level: 'plain' }),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

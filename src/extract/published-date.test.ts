import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isoDatePart, publishedDate } from './published-date';

const doc = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('the page’s publication date', () => {
  it.each([
    ['<meta property="article:published_time" content="2022-09-29T14:03:00Z">', '', '2022-09-29'],
    ['<meta name="citation_publication_date" content="2020/09/03">', '', '2020-09-03'],
    ['<meta name="DC.date.issued" content="2019-05">', '', '2019-05'],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-04-25T10:00:00-04:00"}</script>',
      '',
      '2023-04-25',
    ],
    ['', '<span itemprop="datePublished" content="2021-07-01">1 July 2021</span>', '2021-07-01'],
    ['', '<article><header><time datetime="2024-03-08">8 March</time></header><p>Text</p></article>', '2024-03-08'],
  ])('%s%s → %s', (head, body, want) => expect(publishedDate(doc(head, body))).toBe(want));

  it('metadata wins over a later <time>', () =>
    expect(
      publishedDate(doc('<meta property="article:published_time" content="2022-01-02">', '<time datetime="2025-01-01">x</time>')),
    ).toBe('2022-01-02'));

  it('no date: undefined, not a guess', () => {
    expect(publishedDate(doc('<meta name="description" content="2022 was a year">', '<p>Published in 2022</p>'))).toBeUndefined();
    expect(isoDatePart('yesterday')).toBeUndefined();
  });
});

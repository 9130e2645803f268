// The page's own publication date, from the places publishers put it: Open Graph / article metadata,
// other <meta> dates, schema.org datePublished (microdata or JSON-LD), and a <time datetime> in the
// article header. Only reads attributes and script text: no JSON.parse (a page may replace it), no globals.
// The engine judges status sentences at this date (outdated since, or already wrong when written).

const META_NAMES = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'citation_publication_date',
  'citation_date',
  'sailthru.date',
  'parsely-pub-date',
];

const ISO_START = /^\s*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?/;
const SLASHED = /^\s*((?:19|20)\d\d)\/(\d\d)(?:\/(\d\d))?/;

/** The date part of an ISO date or date-time ("2025-05-09T08:00:00Z" → "2025-05-09"), or undefined. */
export function isoDatePart(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = SLASHED.exec(value) ?? ISO_START.exec(value);
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

/** The publication date a document declares, as ISO (YYYY-MM-DD or YYYY-MM), or undefined. */
export function publishedDate(doc: Document): string | undefined {
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    if (META_NAMES.some((n) => n.toLowerCase() === key)) {
      const d = isoDatePart(meta.getAttribute('content'));
      if (d) return d;
    }
  }
  const micro = doc.querySelector('[itemprop="datePublished"]');
  const microDate = isoDatePart(micro?.getAttribute('content') ?? micro?.getAttribute('datetime') ?? micro?.textContent);
  if (microDate) return microDate;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(script.textContent ?? '');
    const d = isoDatePart(m?.[1]);
    if (d) return d;
  }
  const time = doc.querySelector('article time[datetime], header time[datetime], time[pubdate], time[datetime]');
  return isoDatePart(time?.getAttribute('datetime'));
}

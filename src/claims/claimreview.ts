// The claims database as schema.org ClaimReview JSON-LD: one ClaimReview per known wrong reading,
// rated with the verdict (reviewRating.alternateName) and based on the study's identifiers.
import { identifierUrl } from '../report/links';
import type { Claim, ClaimsDb, SourceFile, WrongReading } from './schema';

export const AUTHOR = { '@type': 'Organization', name: 'TrialTrace' } as const;

export interface ClaimReviewJsonLd {
  '@type': 'ClaimReview';
  identifier: string;
  url?: string;
  claimReviewed: string;
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingExplanation: string; reviewAspect: string };
  itemReviewed: { '@type': 'Claim'; appearance?: { '@type': 'CreativeWork'; name: string; url?: string } };
  author: typeof AUTHOR;
  datePublished: string;
  citation: string;
  isBasedOn: string[];
  inLanguage: 'en';
}

export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': ClaimReviewJsonLd[];
}

/** Identifier URLs of a study (registry, DOI, PubMed), then its other links. */
export function sourceUrls(s: SourceFile): string[] {
  const ids = [...s.identifiers.registry];
  if (s.identifiers.doi) ids.push(`doi:${s.identifiers.doi.toLowerCase()}`);
  if (s.identifiers.pmid) ids.push(`pmid:${s.identifiers.pmid}`);
  const urls = ids.map(identifierUrl).filter((u): u is string => u !== undefined);
  for (const l of s.links) if (!urls.includes(l.url)) urls.push(l.url);
  return urls;
}

function appearance(w: WrongReading): ClaimReviewJsonLd['itemReviewed']['appearance'] {
  if (!w.exampleSource?.trim()) return undefined;
  const name = w.exampleSource.trim();
  return /^https?:\/\/\S+$/.test(name) ? { '@type': 'CreativeWork', name, url: name } : { '@type': 'CreativeWork', name };
}

export function claimReview(source: SourceFile, claim: Claim, w: WrongReading, identifier: string): ClaimReviewJsonLd {
  const example = w.example?.trim();
  const urls = sourceUrls(source);
  const app = appearance(w);
  return {
    '@type': 'ClaimReview',
    identifier,
    ...(urls[0] ? { url: urls[0] } : {}),
    claimReviewed: example || w.description,
    reviewRating: {
      '@type': 'Rating',
      alternateName: w.verdict,
      ratingExplanation: example ? `${w.description} ${claim.finding}` : claim.finding,
      reviewAspect: w.reason,
    },
    itemReviewed: app ? { '@type': 'Claim', appearance: app } : { '@type': 'Claim' },
    author: AUTHOR,
    datePublished: source.reviewed,
    citation: source.citation,
    isBasedOn: urls,
    inLanguage: 'en',
  };
}

export function toClaimReviews(db: Pick<ClaimsDb, 'sources'>): ClaimReviewDocument {
  const graph: ClaimReviewJsonLd[] = [];
  const used = new Set<string>();
  for (const source of db.sources) {
    for (const claim of source.claims) {
      for (const w of claim.wrongReadings) {
        let id = `${claim.id}/${w.reason}`;
        for (let n = 2; used.has(id); n++) id = `${claim.id}/${w.reason}-${n}`;
        used.add(id);
        graph.push(claimReview(source, claim, w, id));
      }
    }
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

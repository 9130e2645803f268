// The compiled claims database (src/generated/claims.json, written by `npm run claims`) and lookups.
// Plain data: safe to import from the engine, the background worker and extension pages.
import compiled from '../generated/claims.json';
import { useDatabaseVocabulary } from '../engine/vocabulary';
import type { Claim, ClaimsDb, SourceFile } from './schema';

export const claimsDb = compiled as unknown as ClaimsDb;
// Sentences are analysed with the database's own concepts (drug names, genes): register them once.
useDatabaseVocabulary(claimsDb);

const byId = new Map(claimsDb.sources.map((s) => [s.id, s]));
const claimIndex = new Map<string, { source: SourceFile; claim: Claim }>();
for (const s of claimsDb.sources) for (const c of s.claims) claimIndex.set(c.id, { source: s, claim: c });

export function sourceById(id: string): SourceFile | undefined {
  return byId.get(id);
}

export function claimById(id: string): { source: SourceFile; claim: Claim } | undefined {
  return claimIndex.get(id);
}

/** Identifiers of a source as the product prints them: NCT… as written, doi: lower case, pmid: digits. */
export function sourceIdentifiers(s: SourceFile): string[] {
  const ids: string[] = [...s.identifiers.registry];
  if (s.identifiers.doi) ids.push(`doi:${s.identifiers.doi.toLowerCase()}`);
  if (s.identifiers.pmid) ids.push(`pmid:${s.identifiers.pmid}`);
  // A source with no confirmed registry ID, DOI or PMID (a CDC report, say) is cited by the pages its figures
  // were read from.
  const unconfirmed = new Set(s.identifiers.unverified);
  const confirmed =
    s.identifiers.registry.length > 0 && !unconfirmed.has('registry')
      ? true
      : (s.identifiers.doi && !unconfirmed.has('doi')) || (s.identifiers.pmid && !unconfirmed.has('pmid'));
  if (!confirmed) ids.push(...s.links.map((l) => l.url));
  return ids;
}

/** The source a registry ID, PMID or DOI belongs to (for trial cards on registry / PubMed pages). */
export function sourceByIdentifier(id: string): SourceFile | undefined {
  const norm = id
    .trim()
    .toLowerCase()
    .replace(/^(doi:|pmid:)/, '');
  return claimsDb.sources.find(
    (s) =>
      s.identifiers.registry.some((r) => r.toLowerCase() === norm) ||
      s.identifiers.pmid === norm ||
      s.identifiers.doi?.toLowerCase() === norm,
  );
}

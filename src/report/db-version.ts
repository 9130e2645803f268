// The claims database's version as exports and "This flag is wrong" reports print it: the latest
// review date of its sources and a short hash of its content ("2026-11-30+1a2b3c4d"), so two
// builds with different claims never share a version.
import { claimsDb } from '../claims/db';

/** FNV-1a, 32 bit: a stable fingerprint, not a security hash. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

let cached: string | undefined;

export function databaseVersion(db: { sources: { reviewed: string }[] } = claimsDb): string {
  if (db === claimsDb && cached) return cached;
  const latest =
    db.sources
      .map((s) => s.reviewed)
      .sort()
      .at(-1) ?? 'unreviewed';
  const v = `${latest}+${fnv1a(JSON.stringify(db.sources))}`;
  if (db === claimsDb) cached = v;
  return v;
}

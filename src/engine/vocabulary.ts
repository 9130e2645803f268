// The claims database's own vocabulary: the study- and drug-specific concepts its files define, and the
// words that put a page in scope (study names, drug names). The engine's code names no study or drug;
// everything specific comes from claims/*.yaml through here.
import type { ClaimsDb } from '../claims/schema';
import { useVocabulary, type VocabularyEntry } from './concepts';
import { useStudyNames } from './learned/status-features';

const cache = new WeakMap<ClaimsDb, VocabularyEntry[]>();
const namesCache = new WeakMap<ClaimsDb, string[]>();

/** Every study's names and registry IDs: what the learned status reader writes as <study>. */
function studyNamesOf(db: ClaimsDb): string[] {
  let v = namesCache.get(db);
  if (!v) {
    v = db.sources.flatMap((s) => [...s.names, ...s.identifiers.registry]);
    namesCache.set(db, v);
  }
  return v;
}

/** Every concept the database's files define or extend (one array per database, so re-using it is free). */
export function vocabularyOf(db: ClaimsDb): VocabularyEntry[] {
  let v = cache.get(db);
  if (!v) {
    v = db.sources.flatMap((s) => s.concepts ?? []);
    cache.set(db, v);
  }
  return v;
}

/** Makes the database's concepts the ones sentences are analysed with. */
export function useDatabaseVocabulary(db: ClaimsDb): void {
  useVocabulary(vocabularyOf(db));
  useStudyNames(studyNamesOf(db));
}

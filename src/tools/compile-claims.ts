// npm run claims: validates claims/*.yaml and writes the compiled bundle the engine imports.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimsError, loadClaimsDir } from '../claims/load';
import { prefilterTerms } from '../claims/prefilter-terms';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(root, 'src/generated/claims.json');
try {
  const db = loadClaimsDir(resolve(root, 'claims'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(db));
  // The content script's prefilter words, without the rest of the database.
  writeFileSync(resolve(root, 'src/generated/prefilter.json'), JSON.stringify(prefilterTerms(db)));
  const claims = db.sources.reduce((n, s) => n + s.claims.length, 0);
  console.error(`claims: ${db.sources.length} sources, ${claims} claims -> src/generated/claims.json`);
} catch (e) {
  if (e instanceof ClaimsError) {
    console.error(`claims: ${e.problems.length} problem(s) in claims/:\n${e.message}`);
    process.exit(1);
  }
  throw e;
}

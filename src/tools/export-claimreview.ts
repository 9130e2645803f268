// npm run claimreview [-- --out FILE]: the claims database as schema.org ClaimReview JSON-LD.
// Reads claims/*.yaml directly (validated), so it never exports a stale compiled bundle.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toClaimReviews } from '../claims/claimreview';
import { ClaimsError, loadClaimsDir } from '../claims/load';

const HELP = `Usage: npm run --silent claimreview -- [--out FILE] [--claims DIR]
Prints every known wrong reading in the claims database as schema.org ClaimReview JSON-LD
(or writes it to FILE). DIR defaults to the repository's claims/.
`;

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const parse = () =>
  parseArgs({
    options: { out: { type: 'string', short: 'o' }, claims: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
let args: ReturnType<typeof parse>;
try {
  args = parse();
} catch (e) {
  console.error(`claimreview: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]} (see --help)`);
  process.exit(2);
}
if (args.values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
try {
  const doc = toClaimReviews(loadClaimsDir(args.values.claims ?? resolve(root, 'claims')));
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (args.values.out) {
    writeFileSync(args.values.out, json);
    console.error(`claimreview: ${doc['@graph'].length} ClaimReviews -> ${args.values.out}`);
  } else process.stdout.write(json);
} catch (e) {
  if (e instanceof ClaimsError) {
    console.error(`claimreview: ${e.problems.length} problem(s) in the claims files:\n${e.message}`);
    process.exit(1);
  }
  console.error(`claimreview: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}

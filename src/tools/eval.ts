// npm run eval: prints (a) seed expectations, (b) claim-strength scores on the PubMed
// causal-language benchmark, (c) exaggeration detection on InSciOut. Writes nothing.
// Options: --errors  also print the misclassified sentences of the development half of (b).
import { evalCausalLanguage } from './eval/causal-language';
import { evalExaggeration } from './eval/exaggeration';
import { evalSeeds } from './eval/seeds';

async function main(): Promise<void> {
  const args = process.argv.slice(2);

  // ---- (a) seed expectations: tests/seeds/expectations.ts (evaluateSeeds), written by someone else.
  console.log(await evalSeeds());
  console.log();

  // ---- (b) claim strength on ../shared/benchmarks/causal-language
  console.log(evalCausalLanguage({ showDevErrors: args.includes('--errors') }));
  console.log();

  // ---- (c) exaggeration on ../shared/benchmarks/exaggeration-pairs
  console.log(evalExaggeration());
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

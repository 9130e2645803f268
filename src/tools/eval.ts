// npm run eval: prints (a) seed expectations, (b) claim-strength scores on the PubMed
// causal-language benchmark, (c) exaggeration detection on InSciOut, (d) the generalisation corpus in
// tests/generalisation. Writes nothing.
// Options: --errors  also print the misclassified sentences of the development half of (b) and the
//          misses and false flags of (d).
//          --stages only count, per set, where (d)'s must-flag misses were lost (no sentence shown).
import { evalCausalLanguage } from './eval/causal-language';
import { evalExaggeration } from './eval/exaggeration';
import { evalGeneralisation, missStages } from './eval/generalisation';
import { evalSeeds } from './eval/seeds';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--stages')) {
    // Only where part (d)'s must-flag misses were lost, counted per set (held-out sets included: no sentence is shown).
    console.log(missStages());
    return;
  }

  // ---- (a) seed expectations: tests/seeds/expectations.ts (evaluateSeeds), written by someone else.
  console.log(await evalSeeds());
  console.log();

  // ---- (b) claim strength on ../shared/benchmarks/causal-language
  console.log(evalCausalLanguage({ showDevErrors: args.includes('--errors') }));
  console.log();

  // ---- (c) exaggeration on ../shared/benchmarks/exaggeration-pairs
  console.log(evalExaggeration());
  console.log();

  // ---- (d) generalisation corpus in tests/generalisation (written without looking at the engine)
  console.log(evalGeneralisation({ verbose: args.includes('--errors') }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

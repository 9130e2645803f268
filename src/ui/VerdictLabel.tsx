import type { Verdict } from '../engine/verdicts';
import { VERDICT_MEANING, VERDICT_WORD } from './format';

export function VerdictLabel({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict verdict-${verdict}`} title={VERDICT_MEANING[verdict]}>
      {VERDICT_WORD[verdict]}
    </span>
  );
}

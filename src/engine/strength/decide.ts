// The decision: from a sentence's cues to one label. Pure function of the cue list.
import type { Cue, StrengthLabel } from './types';

export interface Decision {
  label: StrengthLabel;
  deciding: Cue[];
}

/** Max characters between a hedge and the causal cue it weakens ("may significantly reduce"). */
export const HEDGE_REACH = 60;

/**
 * Policy, in order:
 * 1. A recommendation/aim/question cue anywhere ("should", "is needed", "requires further study",
 *    "we aimed to") makes the sentence 'none': it advises or plans, it does not report a finding.
 * 2. The first relationship cue decides the kind: 'causal' cues (verbs, causal phrases) and
 *    'correlational' cues compete by position; 'causal-weak' cues (effective, beneficial) count
 *    only when neither is present, and 'change' cues (an increase in…, levels declined) only when
 *    nothing else is — they give 'correlational' (an observed change, no agent).
 * 3. A causal cue with a hedge before it within HEDGE_REACH characters, or inside it ("a potential
 *    role in"), is 'conditional'.
 * 4. No relationship cue: 'none'.
 * Negation does not change the label (see StrengthResult.negated): "did not improve survival" is
 * still a causal claim, about the absence of an effect, and "no significant difference between the
 * groups" is a comparison of groups, so 'correlational' like "was not associated with".
 */
export function decide(cues: readonly Cue[]): Decision {
  const rec = cues.find((c) => c.kind === 'recommendation');
  if (rec) return { label: 'none', deciding: [rec] };
  const of = (...kinds: Cue['kind'][]) => cues.filter((c) => kinds.includes(c.kind));
  const pools = [of('causal', 'correlational'), of('causal-weak'), of('change')];
  const first = pools.find((p) => p.length > 0)?.[0];
  if (!first) return { label: 'none', deciding: [] };
  if (first.kind === 'correlational' || first.kind === 'change') return { label: 'correlational', deciding: [first] };
  const hedge = [...cues].reverse().find(
    (c) =>
      c.kind === 'hedge' &&
      // before the cue, or inside a multi-word cue ("a potential role in")
      ((c.index < first.index && first.index - c.index <= HEDGE_REACH) ||
        (c.index > first.index && c.index < first.index + first.text.length)),
  );
  if (hedge) return { label: 'conditional', deciding: [hedge, first] };
  return { label: 'causal', deciding: [first] };
}

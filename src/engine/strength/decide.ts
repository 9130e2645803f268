// The decision: from a sentence's cues to one label. Pure function of the cue list.
import type { Cue, StrengthLabel } from './types';

export interface Decision {
  label: StrengthLabel;
  deciding: Cue[];
}

/** Max characters between a hedge and the causal cue it weakens ("may significantly reduce"). */
const HEDGE_REACH = 60;

/**
 * Policy, in order:
 * 1. A recommendation/aim cue ("should", "further studies", "we aimed to") before any relationship
 *    cue makes the sentence 'none'.
 * 2. The first relationship cue (causal or correlational) decides the kind; weak causal nouns
 *    ("a reduction in") only count when no other relationship cue exists.
 * 3. A causal cue with a hedge before it within HEDGE_REACH characters is 'conditional'.
 * 4. No relationship cue: 'none'.
 */
export function decide(cues: readonly Cue[]): Decision {
  const relation = cues.filter((c) => c.kind === 'causal' || c.kind === 'correlational');
  const weak = cues.filter((c) => c.kind === 'causal-weak');
  const pool = relation.length > 0 ? relation : weak;
  const first = pool[0];
  if (!first) return { label: 'none', deciding: [] };
  const rec = cues.find((c) => c.kind === 'recommendation');
  if (rec && rec.index < first.index) return { label: 'none', deciding: [rec] };
  if (first.kind === 'correlational') return { label: 'correlational', deciding: [first] };
  const hedge = [...cues]
    .reverse()
    .find((c) => c.kind === 'hedge' && c.index < first.index && first.index - c.index <= HEDGE_REACH);
  if (hedge) return { label: 'conditional', deciding: [hedge, first] };
  return { label: 'causal', deciding: [first] };
}

import { describe, expect, it } from 'vitest';
import { correlationAsCausation } from './correlation-as-causation';
import { fired, runRule } from './fixture';

describe('correlation-as-causation', () => {
  it.each([
    ['michaelis-autoimmune-als', 'Immune attack causes ALS, researchers say.'],
    ['michaelis-autoimmune-als', 'ALS is triggered by autoimmune T cells.'],
    ['treg1-clinical-effect', 'Higher Treg levels slowed the patients’ disease progression.'],
  ])('fires on causal wording (%s): %s', (claim, s) => {
    expect(fired(runRule(correlationAsCausation, claim, s))).toMatch(/States cause and effect/);
  });

  it.each([
    ['michaelis-autoimmune-als', 'T-cell reactivity was associated with ALS.'],
    ['michaelis-autoimmune-als', 'An autoimmune reaction may drive some cases of ALS.'],
    ['michaelis-autoimmune-als', 'Molecules that trigger immune attacks.'],
    ['treg1-clinical-effect', 'The more Tregs rose, the slower the decline.'],
    ['treg1-clinical-effect', 'In mice, boosting Tregs slowed disease progression.'],
  ])('stays silent (%s): %s', (claim, s) => {
    expect(fired(runRule(correlationAsCausation, claim, s))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { fired, runRule } from './fixture';
import { unsupportedComparison } from './unsupported-comparison';

const run = (s: string) => runRule(unsupportedComparison, 'mirocals-efficacy', s);

describe('unsupported-comparison', () => {
  it.each([
    'IL-2 works better than current ALS drugs.',
    'The new therapy is more effective than riluzole.',
    'Its effect seems greater than that of existing treatments.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/only with placebo/));

  it.each([
    'IL-2 was given on top of riluzole.',
    'It might one day prove better than existing treatments.',
    'It is not better than current drugs.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
});

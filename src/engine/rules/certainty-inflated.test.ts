import { describe, expect, it } from 'vitest';
import { certaintyInflated } from './certainty-inflated';
import { fired, runRule } from './fixture';

const run = (s: string) => runRule(certaintyInflated, 'michaelis-autoimmune-als', s);

describe('certainty-inflated', () => {
  it.each([
    'Researchers have now confirmed that ALS is an autoimmune disease.',
    'It is proven: the immune system attacks motor neurons in ALS.',
    'The autoimmune origin of ALS is now established.',
    'New evidence: ALS is an autoimmune disease.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/found an association/));

  it.each([
    'Whether ALS is autoimmune has not been confirmed.',
    'Larger studies are needed to confirm an autoimmune component in ALS.',
    'Patients with confirmed ALS gave blood samples.',
    'The study suggests an autoimmune component in ALS.',
    'ALS is partly an autoimmune disease, the authors argue.',
    'ALS is not an autoimmune disease in the classic sense.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
});

import { describe, expect, it } from 'vitest';
import { confirmed, fired, runCheck } from './fixture';
import { checkPredictedOutcome } from './predicted-outcome';

const run = (sentence: string) => runCheck(checkPredictedOutcome, 'michaelis-survival-link', sentence, { via: 'context' });

describe('predicted-outcome: survival only predicted, told as lived', () => {
  it.each([
    'Patients whose T cells made more IL-10 actually lived years longer than the others.',
    'Patients with more IL-10 survived an average of five years longer.',
    'Those with strong IL-10 responses lived, on average, five years longer.',
    'The IL-10 group had longer survival.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/predicted survival/));
  it.each([
    'Patients whose T cells made more IL-10 were predicted to live longer.',
    'Patients with more IL-10 were expected to live years longer.',
  ])('confirms a prediction told as one: %s', (s) => expect(confirmed(run(s))).toBeTruthy());
  it.each([
    'About 10% live for a decade or longer.',
    'The study showed that a strong IL-10 response makes patients live longer.', // causal: correlation-as-causation's
    'Patients with more IL-10 may live longer.',
    'Did patients with more IL-10 live longer?',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
  it('says nothing for a claim whose outcome was observed', () =>
    expect(
      fired(runCheck(checkPredictedOutcome, 'mirocals-efficacy', 'Patients on IL-2 lived years longer.', { via: 'context' })),
    ).toBeUndefined());
});

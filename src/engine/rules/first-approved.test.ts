import { describe, expect, it } from 'vitest';
import { checkFirstApproved } from './first-approved';
import { fired, runCheck } from './fixture';

const tofersen = (sentence: string) => runCheck(checkFirstApproved, 'tofersen-scope', sentence, { via: 'named' });

describe('first-approved: "the first ALS drug" where another was approved before it', () => {
  it.each([
    'Tofersen is the first medicine for treating ALS in Japan.',
    'Qalsody became the first drug approved for ALS in the US.',
  ])('fires: %s', (s) => expect(fired(tofersen(s))).toMatch(/Not the first ALS drug in/));
  it.each([
    'Tofersen is the first drug to target a genetic cause of ALS in the US.', // a first of a kind
    'Tofersen is the first new ALS drug in the US in years.', // within a span
    'Tofersen is the first medicine for treating ALS.', // no place named
    'Tofersen is the first antisense medicine approved in the EU.', // of a kind
  ])('stays silent: %s', (s) => expect(fired(tofersen(s))).toBeUndefined());
});

import { describe, expect, it } from 'vitest';
import { checkResultsExist } from './results-facts';
import { fired, runCheck } from './fixture';

const peking = (s: string) => runCheck(checkResultsExist, 'nct04952155-population', s, { via: 'named' });

describe('results told of a study that has reported none', () => {
  it('fires on a plain report of its results', () => {
    expect(fired(peking('The Peking trial NCT04952155 showed that low-dose IL-2 slows ALS.'))).toMatch(/reported no results/);
  });
  it('stays silent on a label ending in "found:" (a trial-matching listing), and on plans', () => {
    expect(fired(peking('Match found: low-dose IL-2 for immune-associated ALS syndrome (NCT04952155, Beijing)'))).toBeUndefined();
    expect(fired(peking('NCT04952155 is expected to report results next year.'))).toBeUndefined();
  });
});

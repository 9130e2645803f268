import { describe, expect, it } from 'vitest';
import { confirmed, fired, runRule } from './fixture';
import { superseded } from './superseded';

describe('superseded: withdrawn drug told as current', () => {
  const run = (s: string, doc: string[] = []) => runRule(superseded, 'phoenix-current-treatment', s, doc);
  it.each(['Relyvrio is an approved option for people with ALS.', 'Patients can rely on AMX0035, which slows decline.'])('fires: %s', (s) =>
    expect(fired(run(s))).toMatch(/withdrawn/),
  );
  it('confirms when the sentence tells of the withdrawal', () => {
    expect(confirmed(run('Relyvrio was withdrawn in 2024 after the PHOENIX trial failed.'))).toBeTruthy();
  });
  it('stays silent when the article tells of the withdrawal elsewhere', () => {
    expect(fired(run('Relyvrio slows decline, early data suggested.', ['Amylyx withdrew Relyvrio from the market.']))).toBeUndefined();
  });
});

describe('superseded: past event told as still to come', () => {
  const run = (s: string) => runRule(superseded, 'immune-therapies-already-in-trials', s);
  it.each(['Immune-based therapies could soon be tested in ALS patients.', 'Immunotherapy for ALS has not yet been tested in patients.'])(
    'fires: %s',
    (s) => expect(fired(run(s))).toMatch(/already happened/),
  );
  it.each(['Low-dose IL-2 may enter a phase 3 trial next year.', 'Several trials have tested immunotherapy in ALS.'])('stays silent: %s', (s) =>
    expect(fired(run(s))).toBeUndefined(),
  );
});

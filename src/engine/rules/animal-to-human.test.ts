import { describe, expect, it } from 'vitest';
import { animalToHuman } from './animal-to-human';
import { confirmed, fired, runRule } from './fixture';

const run = (s: string) => runRule(animalToHuman, 'sheean-mouse-survival', s);

describe('animal-to-human', () => {
  it('fires when a mouse result is told of patients', () => {
    expect(fired(run('Boosting Tregs extended survival in ALS patients.'))).toMatch(/mice/);
  });
  it('confirms when the sentence says mice', () => {
    expect(confirmed(run('Expanding Tregs extended survival in ALS mice.'))).toBeTruthy();
  });
  it.each(['Boosting Tregs might extend survival in patients.', 'Patients had fewer Tregs than controls.'])('stays silent: %s', (s) =>
    expect(fired(run(s))).toBeUndefined(),
  );
});

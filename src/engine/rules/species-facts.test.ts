import { describe, expect, it } from 'vitest';
import { fired, runCheck } from './fixture';
import { checkSpecies } from './species-facts';

const michaelis = (s: string) => runCheck(checkSpecies, 'michaelis-survival-link', s, { via: 'named' });
const sheean = (s: string) => runCheck(checkSpecies, 'sheean-mouse-survival', s, { via: 'named' });

describe('species: a study of people told as one of animals', () => {
  it.each([
    'The Michaelis study was done in mice, so who knows.',
    'Pretty sure the Michaelis study was carried out on rats.',
    'The Michaelis paper was only a mouse study.',
  ])('fires: %s', (s) => expect(fired(michaelis(s))).toMatch(/studied people, not animals: blood samples from 40 people/));
  it.each([
    'The Michaelis study was not done in mice.',
    'The Michaelis findings were also tested in mice.',
    'The idea was first tested in mice, then in people.',
  ])('stays silent: %s', (s) => expect(fired(michaelis(s))).toBeUndefined());
  it('stays silent for a study with a result in mice on record', () =>
    expect(fired(sheean('The Sheean study was done in mice.'))).toBeUndefined());
});

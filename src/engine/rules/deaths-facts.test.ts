import { describe, expect, it } from 'vitest';
import { checkDeaths, checkSurvivalShown } from './deaths-facts';
import { confirmed, fired, runCheck } from './fixture';

const imodals = (s: string) => runCheck(checkDeaths, 'imodals-clinical-effect', s, { via: 'named' });

describe('deaths: how many participants died in a study', () => {
  it.each([
    'Looking back: three patients died on aldesleukin in the small IMODALS trial.',
    'There were 2 deaths in IMODALS.',
    'In IMODALS, two patients on the higher dose died during follow-up.', // the group between the count and "died"
  ])('fires where no one died: %s', (s) => expect(fired(imodals(s))).toMatch(/No participant died in IMODALS/));
  it.each(['In IMODALS, no patients died.', 'All 36 IMODALS patients were alive at the end of follow-up.'])('confirms: %s', (s) =>
    expect(confirmed(imodals(s))).toBeTruthy(),
  );
  it.each([
    'Thousands of people die of ALS each year, and IMODALS will not change that.', // the disease, not the trial
    'Did anyone die in IMODALS?', // a question
    'Riluzole was given to everyone in IMODALS, and 3 patients died in the riluzole trials.', // another treatment named
  ])('stays silent: %s', (s) => expect(fired(imodals(s))).toBeUndefined());
});

describe('survival told as shown for a study that did not show it', () => {
  const edaravone = (s: string) => runCheck(checkSurvivalShown, 'edaravone-approval', s, { via: 'named' });
  it.each(['Edaravone has also been shown to extend survival by about two years.', 'Edaravone helps patients live longer.'])(
    'fires: %s',
    (s) => expect(fired(edaravone(s))).toMatch(/did not show longer survival/),
  );
  it.each([
    'Edaravone may extend survival, but no trial has tested it.',
    'Edaravone has not been shown to extend survival.',
    'Edaravone slowed the loss of function over 24 weeks.',
  ])('stays silent: %s', (s) => expect(fired(edaravone(s))).toBeUndefined());
});

import { describe, expect, it } from 'vitest';
import { checkText } from '../index';
import { checkDuration } from './duration-facts';
import { confirmed, fired, runCheck, runRule } from './fixture';

const mirocals = (s: string, via: 'named' | 'context' = 'named') => runCheck(checkDuration, 'mirocals-efficacy', s, { via });
const phoenix = (s: string) => runCheck(checkDuration, 'phoenix-trial-result', s, { via: 'named' });
const imodals = (s: string) =>
  runRule(
    { code: 'wrong-fact', check: checkDuration },
    'imodals-clinical-effect',
    s,
    ['IMODALS gave low-dose IL-2 to 36 people.'],
    {
      via: 'context',
    },
  );
const centaur = (s: string) => runCheck(checkDuration, 'centaur-function', s, { via: 'named' });

describe('duration: how long a study ran', () => {
  it.each([
    [mirocals, 'In MIROCALS, patients stayed on the treatment for five years.', /did not last 5 years: a 12–18-week run-in/],
    // the drug received: its treatment span, not the run-in's
    [mirocals, 'The MIROCALS patients received the drug for only three months.', /did not last 3 months:/],
    [phoenix, 'PHOENIX followed its 664 participants for two full years before it failed.', /did not last 2 full years/],
    [
      imodals,
      'The injections were given under the skin once a day for five days every four weeks, over a full year.',
      /did not last a full year/,
    ],
    [mirocals, 'MIROCALS was a two-week study.', /did not last/],
    [mirocals, 'The MIROCALS treatment lasted 6 years.', /did not last 6 years/],
    [
      mirocals,
      'In MIROCALS the dose was 2 million units under the skin, daily for five days every 28 days, for two years.',
      /did not last 2 years/,
    ],
    [imodals, 'The cycles of treatment were repeated every month during one full year.', /did not last 1 full year/],
  ])('fires: %s', (run, s, message) => expect(fired(run(s))).toMatch(message));
  it.each([
    [mirocals, 'In MIROCALS, patients were treated for 18 months.'],
    [mirocals, 'MIROCALS followed patients for about two years.'], // 21 months, rounded
    [phoenix, 'PHOENIX was a year-long trial.'], // 48 weeks
  ])('confirms a span the record gives: %s', (run, s) => expect(confirmed(run(s))).toBeTruthy());
  it.each([
    [mirocals, 'Patients in MIROCALS had lived with the disease for two years on average.'], // the disease's duration
    [mirocals, 'In MIROCALS, patients on the drug lived for years longer.'], // survival, not the study
    [mirocals, 'MIROCALS results came out five years after the study began.'], // a delay
    [mirocals, 'The MIROCALS drug was given daily for 5 days every 28 days.'], // a cycle
    [mirocals, 'MIROCALS may run for five years.'], // a plan
    [centaur, 'CENTAUR participants were followed for three years in the open-label extension.'], // an extension of unrecorded length
    [imodals, 'The study followed the patients for five years, said the hospital, and another trial will start.'], // another study
  ])('stays silent: %s', (run, s) => expect(fired(run(s))).toBeUndefined());
  it("stays silent where the drug's other trial is named as the subject (through the whole pipeline)", () => {
    const said = 'In the phase 2 CENTAUR trial, AMX0035 slowed functional decline compared with placebo over 24 weeks.';
    expect(checkText(said, { today: '2026-12-05' }).filter((f) => f.verdict !== 'supported')).toEqual([]);
    const wrong = checkText('PHOENIX ran for 24 weeks.', { today: '2026-12-05' });
    expect(wrong.map((f) => f.reasons.map((r) => r.message).join(' '))).toEqual([expect.stringMatching(/did not last 24 weeks/)]);
  });
  it('needs the study named or its subject followed', () =>
    expect(fired(mirocals('Patients with ALS often wait for five years for a diagnosis.', 'context'))).toBeUndefined());
});

describe('duration: the run-in is not the treatment', () => {
  it.each([
    'In MIROCALS, patients took riluzole alone for three months before starting IL-2.',
    'In MIROCALS, patients first received riluzole for three months.',
  ])('stays silent on a run-in span: %s', (s) => expect(fired(mirocals(s))).toBeUndefined());
});

describe('duration: the arms received, and each patient as the subject (session 11)', () => {
  const followed = (s: string) =>
    runRule({ code: 'wrong-fact', check: checkDuration }, 'mirocals-efficacy', s, ['MIROCALS tested low-dose IL-2 in ALS.'], {
      via: 'context',
    });
  it('"received the drug or placebo for 12 months" is the treatment span, not a placebo run-in', () =>
    expect(
      fired(followed('Each patient received aldesleukin or placebo for 12 months, followed by observational follow-up.')),
    ).toMatch(/did not last 12 months/));
  it('a placebo run-in is still not the treatment', () =>
    expect(fired(mirocals('In MIROCALS, patients took riluzole with a placebo run-in for three months first.'))).toBeUndefined());
  it('"each patient" only as the subject of what was received', () =>
    expect(fired(followed('Each patient said the trial lasted far too long, some 12 months.'))).toBeUndefined());
});

describe('duration: a year and a half (session 13)', () => {
  it('reads "for a year and a half" as 18 months, not a year', () =>
    expect(
      fired(mirocals('In MIROCALS the injections were given five days every month for a year and a half.')),
    ).toBeUndefined());
  it('still fires on "for a year"', () => expect(fired(mirocals('MIROCALS treated patients for a year.'))).toBeDefined());
});

describe('duration: the drug’s other trial lasted that long', () => {
  it('is not a wrong fact of this trial ("an American trial of AMX0035 … over 6 months" is CENTAUR’s 24 weeks)', () => {
    const flags = (t: string) =>
      checkText(t, { today: '2026-12-05', published: '2020-10-15' }).filter((f) => f.verdict !== 'supported');
    expect(
      flags(
        'ALS\n\nLast month an American trial of a two-drug combination, AMX0035, reported slower loss of function over 6 months.',
      ),
    ).toEqual([]);
    expect(
      flags('ALS\n\nPHOENIX, the phase 3 trial of AMX0035, lasted only 12 weeks.').map((f) => f.reasons[0]?.message),
    ).toEqual([expect.stringMatching(/did not last/)]);
  });
});

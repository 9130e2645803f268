import { checkText } from '../index';
import { describe, expect, it } from 'vitest';
import { checkDosing, checkRoute } from './dose-facts';
import { confirmed, fired, runCheck } from './fixture';

const run = (claimId: string, sentence: string, via: 'named' | 'context' | 'standalone' = 'context') =>
  runCheck(checkDosing, claimId, sentence, { via });

describe('dose-facts: how the treatment was given', () => {
  it.each([
    ['mirocals-efficacy', 'Patients injected the drug every day for 18 months.', /in cycles/],
    ['mirocals-efficacy', 'The trial gave patients high-dose IL-2.', /low dose/],
  ])('fires (%s): %s', (claim, s, message) => expect(fired(run(claim, s))).toMatch(message));
  // An amount may be another trial's: judged where the study is named (or is the subject followed, below).
  it.each([
    ['mirocals-efficacy', 'In MIROCALS, participants received 20 MIU of IL-2 a day.', /2 MIU per dose, not 20/],
    ['imodals-clinical-effect', 'In IMODALS, patients received 5 million units of aldesleukin.', /1 or 2 MIU per dose, not 5/],
  ])('fires on an amount where the study is named (%s): %s', (claim, s, message) =>
    expect(fired(run(claim, s, 'named'))).toMatch(message),
  );
  it('says nothing of an amount in a sentence only followed from context, with no study before it', () =>
    expect(fired(run('mirocals-efficacy', 'Participants received 20 MIU of IL-2 a day.'))).toBeUndefined());
  it('confirms the recorded dose', () =>
    expect(confirmed(run('mirocals-efficacy', 'Patients received 2 MIU a day.'))).toBeTruthy());
  it.each([
    'Patients received 2 MIU daily for five days every 28 days, for 18 months.',
    'Unlike the high-dose IL-2 used against cancer, the trial used a low dose.',
    'High doses of IL-2 are used in cancer, whereas this trial gave far less.',
    'The dose was higher than in MIROCALS, at 20 MIU a day.', // the study named only as the comparison
    'Would a higher dose, such as 10 MIU, work better?',
    // the high dose is the cancer use, set against this trial's "tiny dose"
    "IL-2 at high doses is an old cancer drug, but here it's used at a tiny dose to expand regulatory T cells.",
  ])('stays silent: %s', (s) => expect(fired(run('mirocals-efficacy', s))).toBeUndefined());
  it('stays silent on a sentence linked only by its concepts', () =>
    expect(fired(run('mirocals-efficacy', 'Patients injected the drug every day for 18 months.', 'standalone'))).toBeUndefined());
});

describe('dose-facts: the route the drug is given by', () => {
  const route = (claimId: string, sentence: string, via: 'named' | 'context' | 'standalone' = 'context') =>
    runCheck(checkRoute, claimId, sentence, { via });
  it.each([
    ['tofersen-scope', 'It was given as a daily pill.', /into the spinal fluid, not by mouth/],
    ['tofersen-scope', 'Tofersen is given intravenously every month.', /into the spinal fluid, not into a vein/],
    ['mirocals-efficacy', 'Patients received the IL-2 by IV drip in hospital.', /under the skin, not into a vein/],
    ['mirocals-efficacy', 'The low-dose IL-2 comes as tablets taken at home.', /under the skin, not by mouth/],
    [
      'treg1-clinical-effect',
      'The cells come as a pill so patients can take them at home.',
      /into a vein or under the skin, not by mouth/,
    ],
  ])('fires (%s): %s', (claim, s, message) => expect(fired(route(claim, s))).toMatch(message));
  it.each([
    ['tofersen-scope', 'Tofersen is injected into the spinal fluid by lumbar puncture.'],
    ['edaravone-approval', 'Edaravone is now also available as an oral suspension.'],
    ['edaravone-approval', 'Edaravone was first given intravenously, by drip in hospital.'],
  ])('stays silent on the recorded route (%s): %s', (claim, s) => expect(fired(route(claim, s))).toBeUndefined());
  it.each([
    ['tofersen-scope', 'Unlike riluzole, which is a pill, tofersen is injected into the spinal fluid.'],
    ['tofersen-scope', 'It is not a pill: it goes into the spinal fluid.'],
    ['tofersen-scope', 'Patients also take riluzole tablets alongside tofersen.'],
    ['tofersen-scope', 'A pill form of tofersen might one day be possible.'],
    ['tofersen-scope', 'Tofersen was given as a daily pill.', 'standalone'],
    // an eligibility criterion names another medicine's route; swallowing as a symptom is no route
    ['mirocals-efficacy', 'Use of gamma globulin intravenously within 2 months before enrollment.'],
    ['tofersen-scope', 'Over time, breathing and swallowing eventually fail.'],
  ])('stays silent (%s): %s', (claim, s, via = 'context') =>
    expect(fired(route(claim, s, via as 'context' | 'standalone'))).toBeUndefined(),
  );
});

describe('dose-facts: a high dose set against the trial’s low one with "while"', () =>
  it('stays silent', () =>
    expect(
      fired(
        run(
          'mirocals-efficacy',
          'At high doses, IL-2 has long been used against some cancers, while the MND trials use a much lower dose.',
        ),
      ),
    ).toBeUndefined()));

describe('dose-facts: a high dose for another disease (session 13)', () =>
  it('stays silent when the high dose is told of cancer, even without the contrast', () =>
    expect(
      fired(run('mirocals-efficacy', 'Fact: High-dose IL-2 has long been used against advanced kidney cancer and melanoma.')),
    ).toBeUndefined()));

describe('dose-facts: swallowing as a symptom, not a route', () => {
  const route = (s: string) => runCheck(checkRoute, 'tofersen-scope', s, { via: 'context' });
  it.each([
    "Over time a patient's muscles stop working properly, causing muscle weakness, paralysis and difficulty chewing, swallowing and speaking.",
    'Many people have trouble swallowing and speaking as the disease advances.',
    // session 17: the ability to swallow, in a list of what is lost
    'People with the disease gradually lose the use of their limbs and the ability to swallow, speak and breathe.',
  ])('%s', (s) => expect(fired(route(s))).toBeUndefined());
  it('a drug swallowed is still a route', () =>
    expect(fired(route('Tofersen is swallowed as a tablet.'))).toMatch(/not by mouth/));
});

describe('dose: the trial a letter never names, with a dose no trial of the drug gave (session 16)', () => {
  const flags = (text: string) => checkText(text, { today: '2026-12-05' }).filter((f) => f.verdict !== 'supported');
  // The whole letter: the document model needs its later sentences to settle on the IL-2 trial it is about.
  const letter = (dose: string) =>
    [
      'Motor Neurone Disease Clinic, Department of Neurology: letter to patient',
      '(no date shown)',
      'Dear Mrs Patel, thank you for coming to clinic with your daughter last week.',
      'You asked whether you could receive low-dose interleukin-2 after reading about the recent trial.',
      `In that trial, patients received ${dose} of aldesleukin under the skin every day for five days, repeated every four weeks.`,
      'The trial did not show a significant survival benefit across all patients, although there was a possible benefit in those with slower disease.',
      'Because your disease has been progressing slowly, IL-2 may work for you.',
    ].join('\n');
  it('20 million units: no IL-2 trial in ALS gave it', () =>
    expect(flags(letter('20 million units')).map((f) => f.verdict)).toContain('misreported'));
  it('1 million units: another IL-2 trial gave it, so the unnamed trial may be that one', () =>
    expect(flags(letter('1 million units')).filter((f) => /1 million/.test(f.text))).toEqual([]));
});

import { checkApprovalBasis, checkApprovalEvidence, checkApprovalScope } from './approval-scope';
import { checkText } from '../index';
import type { Rule } from './types';
import { describe, expect, it } from 'vitest';
import { confirmed, fired, runRule } from './fixture';
import { regionsIn } from './regions';
import { wrongFact } from './wrong-fact';

const edaravone = (s: string) => runRule(wrongFact, 'edaravone-approval', s);
const tofersen = (s: string) => runRule(wrongFact, 'tofersen-scope', s);

describe('wrong-fact: approval facts', () => {
  it.each([
    'Edaravone is approved in Europe for ALS.',
    'Radicava, licensed by the European Medicines Agency, is given by infusion.',
    'Edaravone, approved in the EU and the US, slows decline.',
    'Patients in Europe can now be prescribed edaravone, which regulators there approved.',
    // what the reader is told to know is asserted (session 14)
    'Customers travelling abroad should know that edaravone is authorised across the European Union.',
  ])('fires when a drug is said to be approved where its application was withdrawn: %s', (s) => {
    expect(fired(edaravone(s))).toMatch(/not approved in the EU; the application was withdrawn \(2019-05-24\)/);
  });

  it.each([
    // what a kind of approval means, and an approval still to come (session 14, from real coverage)
    'Conditional approval means a therapy can be marketed on the basis of preliminary trial evidence, and confirmatory data are needed before it can move to full approval.',
    'Tofersen will need more data before it can receive full approval.',
  ])('stays silent on a definition or a full approval still to come: %s', (s) => expect(fired(tofersen(s))).toBeUndefined());

  it.each(['Tofersen received full FDA approval in 2023.', 'Qalsody was granted traditional approval for SOD1-ALS.'])(
    'fires when an accelerated approval is told as a full one: %s',
    (s) => {
      expect(fired(tofersen(s))).toMatch(/accelerated, not full, approval in the US, based on reduction in plasma neurofilament/);
    },
  );

  it.each([
    'Edaravone is approved in the US but not in Europe.',
    'Edaravone has never been approved in the EU.',
    'The company withdrew its European application for edaravone in 2019.',
    'Unlike in the US, edaravone is not licensed in Europe.',
    'Edaravone could be approved in Europe if a new trial succeeds.',
    'Mitsubishi Tanabe applied for approval of edaravone in Europe.',
    'Is edaravone approved in Europe?',
    "European doctors say edaravone, approved in the US, isn't available to their patients.",
    'Edaravone slowed decline in a Japanese trial.',
  ])('stays silent on negated, hedged, planned or region-free statements: %s', (s) => {
    expect(fired(edaravone(s))).toBeUndefined();
  });

  it('does not decide on an unverified approval record (tofersen in the EU)', () => {
    expect(fired(tofersen('Tofersen is approved in Europe for SOD1-ALS.'))).toBeUndefined();
    expect(fired(tofersen('Tofersen is approved in the EU and has accelerated approval in the US.'))).toBeUndefined();
  });

  it('confirms an approval in a region where the record says so', () => {
    expect(confirmed(edaravone('Edaravone was approved by the FDA in 2017.'))).toMatch(/approved in the US/);
    expect(fired(tofersen('Tofersen received accelerated approval from the FDA in April 2023.'))).toBeUndefined();
  });
  it.each([
    'Low-dose IL-2 is now an approved treatment for ALS.',
    'European regulators have licensed low-dose IL-2 for people with MND.',
  ])('fires when an experimental drug is said to be approved: %s', (s) => {
    expect(fired(runRule(wrongFact, 'mirocals-regulatory-status', s))).toMatch(/MIROCALS.*not approved in/);
  });
  it.each([
    'Low-dose IL-2 is not approved for ALS anywhere.',
    'The IL-2 trial was approved by ethics committees in both countries.',
    'The study protocol for IL-2 was approved in 2017.',
    'If regulators approved low-dose IL-2, patients could get it within a year.',
  ])('stays silent on denials, study approvals and conditions: %s', (s) => {
    expect(fired(runRule(wrongFact, 'mirocals-regulatory-status', s))).toBeUndefined();
  });
});

describe('regions: a nationality describing who, not where', () => {
  it('does not take "the Japanese drugmaker" for an approval in Japan', () =>
    expect(
      fired(
        edaravone(
          'Developed by the Japanese drugmaker Mitsubishi Tanabe, Radicava was first approved in 2017 as an intravenous infusion for ALS.',
        ),
      ),
    ).toBeUndefined());
  it('reads the place, not the nationality of a company or of patients', () => {
    expect(regionsIn('It was approved in Japan and by the FDA.').map((r) => r.region)).toEqual(['Japan', 'US']);
    expect(regionsIn('The Japanese drugmaker tested it in 137 Japanese patients.')).toEqual([]);
    expect(regionsIn('Japanese regulators approved it.').map((r) => r.region)).toEqual(['Japan']);
    // patients told as getting the drug are where it would be sold
    expect(regionsIn('European patients are likely to get access to it soon.').map((r) => r.region)).toEqual(['EU']);
    expect(regionsIn('European patients took part in the trial.')).toEqual([]);
  });
});

describe('approval scope: a share of all patients is no "all patients"', () => {
  it('stays silent on "the drug is for about 2% of all ALS patients"', () =>
    expect(
      fired(
        tofersen('Biogen says the drug is approved for about 2% of all ALS patients, roughly 330 people in the United States.'),
      ),
    ).toBeUndefined());
});

describe('approval scope: "anyone diagnosed with ALS"', () => {
  it('fires when an approval for a genetic subgroup is said to be available to anyone diagnosed', () =>
    expect(fired(tofersen('Another option, the 2023 drug Qalsody, is now available to anyone diagnosed with ALS.'))).toMatch(
      /approval in the US is limited/,
    ));
  it('fires on "is for all ALS patients, not just those with a mutation"', () =>
    expect(fired(tofersen('Tofersen is for all ALS patients, not just those with a mutation.'))).toMatch(
      /approval in the US is limited/,
    ));
  it('fires on "the NHS gives tofersen to all ALS patients"', () =>
    expect(fired(tofersen('In the United Kingdom, the NHS gives tofersen to all ALS patients since 2025.'))).toMatch(
      /is limited/,
    ));
  it('stays silent on "is for people whose ALS is caused by SOD1 mutations"', () =>
    expect(fired(tofersen('Tofersen is for people whose ALS is caused by SOD1 mutations.'))).toBeUndefined());
});

describe('approval scope told as everyone with ALS', () => {
  const scope: Rule = { code: 'wrong-fact', check: checkApprovalScope };
  const run = (s: string) => runRule(scope, 'tofersen-scope', s);
  it.each([
    'Tofersen (Qalsody) is now approved for all forms of ALS.',
    'The drug will now be offered to the roughly 30,000 Americans living with ALS.',
    'Tofersen is approved for anyone with ALS.',
    'Once approved, tofersen will be offered to everyone with ALS, whether or not they carry a mutation.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/limited/));
  it.each([
    'Tofersen is approved only for adults with SOD1-ALS.',
    'About 30,000 Americans live with ALS.',
    'Tofersen is not offered to everyone with ALS.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
});

describe('approval basis: who the decision leaned on', () => {
  const basis = (s: string) => runRule({ code: 'wrong-fact', check: checkApprovalBasis }, 'tofersen-approval-basis', s);
  it('fires on "Reviewers leaned on neurofilament levels measured in patients\u2019 cerebrospinal fluid"', () =>
    expect(fired(basis("Reviewers leaned on neurofilament levels measured in patients' cerebrospinal fluid."))).toMatch(
      /plasma, not in cerebrospinal fluid/,
    ));
  it('confirms the plasma measure', () =>
    expect(confirmed(basis('The FDA relied on a fall in neurofilament light measured in blood plasma.'))).toBeTruthy());
  it('reads a database entry’s "Basis of … approval:" and the hyphenated "cerebrospinal-fluid"', () =>
    expect(fired(basis('Basis of tofersen approval: reduction in cerebrospinal-fluid neurofilament light.'))).toMatch(
      /plasma, not in cerebrospinal fluid/,
    ));
});

describe('approval evidence: the phase and number of trials an approval rested on', () => {
  const rule = { code: 'wrong-fact' as const, check: checkApprovalEvidence };
  const relyvrio = (s: string) => runRule(rule, 'relyvrio-approval', s, [], { via: 'named' });
  const edaravone = (s: string) => runRule(rule, 'edaravone-approval', s, [], { via: 'named' });
  it.each([
    'Relyvrio was cleared last September on the strength of phase 3 data.',
    'The FDA approved Relyvrio based on Phase III results.',
    'Relyvrio won approval in the US on the basis of late-stage data.',
  ])('fires on a phase the approval did not rest on: %s', (s) =>
    expect(fired(relyvrio(s))).toMatch(/rested on phase 2 evidence, not phase 3/),
  );
  it('fires on several positive trials where one showed a benefit, naming the regulator over the trial country', () =>
    expect(fired(edaravone('The FDA approved edaravone on the strength of two positive trials in Japan.'))).toMatch(
      /one trial that showed a benefit/,
    ));
  it('confirms the phase the approval rested on', () =>
    expect(confirmed(relyvrio('The FDA approved Relyvrio on the strength of a phase 2 trial.'))).toBeTruthy());
  it.each([
    'Relyvrio was approved without phase 3 data.', // denied
    'Relyvrio was approved on phase 2 data, pending the phase 3 PHOENIX trial.', // two phases: which is the basis?
    'Approval was based on a single mid-stage trial, called CENTAUR.', // the drug is not named
    'The FDA approved edaravone on the strength of two trials in Japan.', // not said to be positive
  ])('stays silent: %s', (s) => {
    expect(fired(relyvrio(s))).toBeUndefined();
    expect(fired(edaravone(s))).toBeUndefined();
  });
});

describe('approvals: a drug approved nowhere told as on prescription now', () => {
  const coya = (s: string) => runRule(wrongFact, 'coya302-status', s, [], { via: 'named' });
  it.each(['Patients in Canada can already get COYA 302 on prescription.', 'COYA 302 is available on prescription.'])(
    'fires: %s',
    (s) => expect(fired(coya(s))).toMatch(/not approved/),
  );
  it.each([
    'COYA 302 slowed decline more than any approved drug, the company claims.', // other drugs' approval
    'COYA 302 is not available on prescription.', // a denial
    'COYA 302 may one day be available on prescription.', // a hope
  ])('stays silent: %s', (s) => expect(fired(coya(s))).toBeUndefined());
});

describe('wrong-fact: an approval still to come is not told as done (session 11)', () => {
  const mirocals = (s: string) => runRule(wrongFact, 'mirocals-regulatory-status', s);
  it.each([
    'Scientists say it is only a matter of months before IL-2 is approved everywhere.',
    'Families will keep campaigning until low-dose IL-2 is approved.',
    "For these reasons low-dose IL-2 counts as 'unlicensed' for this use and has to be assessed and approved by the regulators.",
  ])('stays silent: %s', (s) => expect(fired(mirocals(s))).toBeUndefined());
  it('still fires on the approval told as done', () =>
    expect(fired(mirocals('Low-dose IL-2 has been approved for ALS in Europe.'))).toMatch(/not approved/));
});

describe('wrong-fact: a full approval told as accelerated (session 13)', () => {
  const relyvrio = (s: string) => runRule(wrongFact, 'relyvrio-approval', s, [], { via: 'named' });
  it.each([
    'Relyvrio received accelerated approval from the FDA in September 2022 on the basis of a biomarker.',
    "Relyvrio was waved through under the FDA's accelerated approval pathway.",
  ])('fires: %s', (s) => expect(fired(relyvrio(s))).toMatch(/full \(traditional\) approval.*not an accelerated approval/));
  it.each([
    'Relyvrio did not get accelerated approval; the FDA granted it a full approval.',
    'Relyvrio was approved by the FDA in September 2022.',
    // two pathways compared, no drug's approval told
    "The Canadian approval of Albrioza came through Health Canada's counterpart to the FDA's accelerated approval pathway.",
  ])('stays silent: %s', (s) => expect(fired(relyvrio(s))).toBeUndefined());
  it('leaves an accelerated approval alone (tofersen)', () =>
    expect(fired(tofersen('The FDA granted tofersen accelerated approval in April 2023.'))).toBeUndefined());
});

describe('approval: only the approval’s own clause decides (session 16)', () => {
  const flags = (text: string) => checkText(text, { today: '2026-12-05' }).filter((f) => f.verdict !== 'supported');
  it.each([
    'Edaravone was cleared by the European Medicines Agency in 2019, so a German pharmacy should be able to order it.',
    'Edaravone (Radicava) has been licensed by the European Medicines Agency and can be prescribed here if your neurologist agrees.',
  ])('fires: a condition or modal in a later clause is not the approval’s: %s', (text) =>
    expect(flags(text).map((f) => f.verdict)).toEqual(['misreported']),
  );
  it.each([
    'Edaravone has been approved in Japan, the US and Switzerland but never in the European Union.',
    'If edaravone is approved in Europe, patients could get it.',
    'MIROCALS tested low-dose IL-2 in ALS. IL-2 is already approved, so it could be repurposed quickly.', // its cancer licence
    'Coya is developing COYA 302 for ALS. The FDA cleared the company to start a phase 2 trial, which will enrol 120 people.',
  ])('silent: %s', (text) => expect(flags(text)).toEqual([]));
});

describe('approval facts: a relative clause between commas asserts its own approval', () => {
  it('judges "which the EMA approved in 2019" whatever the main clause supposes', () =>
    expect(
      fired(
        edaravone(
          'Edaravone, which the European Medicines Agency approved in 2019, was mentioned as a possible second option if his function declines.',
        ),
      ),
    ).toMatch(/not approved in the EU/));
  it('a plain sentence is judged whole, with the places its main clause names', () =>
    expect(fired(edaravone('Edaravone, which was approved in the US in 2017, is also approved in the EU.'))).toMatch(
      /not approved in the EU/,
    ));
  it('a relative clause that only expects an approval stays silent', () =>
    expect(fired(edaravone('Edaravone, which the EMA may approve one day, was mentioned as an option.'))).toBeUndefined());
});

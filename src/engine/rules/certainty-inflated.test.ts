import { describe, expect, it } from 'vitest';
import { checkText } from '../index';
import { certaintyInflated } from './certainty-inflated';
import { fired, runRule } from './fixture';

const run = (s: string) => runRule(certaintyInflated, 'michaelis-autoimmune-als', s);

describe('certainty-inflated', () => {
  it.each([
    'Researchers have now confirmed that ALS is an autoimmune disease.',
    'It is proven: the immune system attacks motor neurons in ALS.',
    'The results confirm that ALS is an autoimmune disease.',
    'Breakthrough Discovery: Scientists Identify ALS as Autoimmune Disease in Groundbreaking Research',
    'ALS is now considered an autoimmune disorder.',
    'The autoimmune origin of ALS is now established.',
    'New evidence: ALS is an autoimmune disease.',
    // "illness", without an article, as translated wire copy writes it (session 14)
    'American scientists discover ALS is autoimmune illness, study says',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/found an association/));

  it.each([
    'Whether ALS is autoimmune has not been confirmed.',
    'Larger studies are needed to confirm an autoimmune component in ALS.',
    'Only a larger trial could confirm that T cells drive ALS.',
    'Researchers will now try to confirm whether ALS is autoimmune.',
    'Patients with confirmed ALS gave blood samples.',
    'Whether participants were alive was established for 135 of the 137 originally randomised.',
    'The study suggests an autoimmune component in ALS.',
    'ALS is partly an autoimmune disease, the authors argue.',
    'ALS is not an autoimmune disease in the classic sense.',
    'The blood work offers proof of concept that T cells react to C9orf72 in ALS.',
    'Our research confirms an important relationship between T cells and the course of ALS, she said.',
    'The study confirms a link between immune reactions to C9orf72 and ALS.',
    'We met a supplier working through the NHS route, which confirmed it could make up the drug at a low dose.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());

  it('fires on "clearly works" for an unconfirmed finding', () =>
    expect(
      fired(
        runRule(
          certaintyInflated,
          'mirocals-efficacy',
          'Experts agreed that low-dose IL-2 now clearly works for slower-progressing patients.',
        ),
      ),
    ).toMatch(/clearly works/));
  it('fires when what is confirmed is a causal link', () =>
    expect(fired(run('The study confirms a causal link between T cells and ALS.'))).toMatch(/found an association/));

  it('paints only the clause that reclassifies the disease', () => {
    const s = 'One lab says ALS is an autoimmune disease, while others see a partial immune role.';
    const out = run(s);
    const painted = out && 'fired' in out && out.span ? s.slice(out.span.start, out.span.end) : '';
    expect(painted).toBe('One lab says ALS is an autoimmune disease');
  });

  describe('safety findings', () => {
    it.each([
      ['treg2a-safety', 'Cell therapy found safe, effective at slowing ALS in a small trial.'],
      ['imodals-safety', 'Low-dose IL-2 is safe and effective for people with ALS.'],
      ['treg1-safety', 'The infusions proved safe and effective in three patients.'],
    ])('fires on safety turned into efficacy (%s): %s', (claim, s) =>
      expect(fired(runRule(certaintyInflated, claim, s))).toBeTruthy(),
    );

    it.each([
      ['treg1-safety', 'The infusions proved safe and well tolerated in all three patients.'],
      ['treg2a-safety', 'The study confirmed that the treatment was safe for up to a year.'],
      ['imodals-safety', 'Safety was confirmed in all 36 participants.'],
      ['imodals-safety', 'Whether the drug is safe and effective will take a larger trial to show.'],
      ['imodals-safety', 'It is not yet known whether the drug is safe and effective.'],
    ])('stays silent on an accurate safety report (%s): %s', (claim, s) =>
      expect(fired(runRule(certaintyInflated, claim, s))).toBeUndefined(),
    );
  });
});

describe('certainty-inflated: access told as imminent for a treatment approved nowhere (session 11)', () => {
  const mirocals = (s: string) => runRule(certaintyInflated, 'mirocals-regulatory-status', s);
  const tofersen = (s: string) => runRule(certaintyInflated, 'tofersen-primary', s);
  it.each([
    'After this, patients in the UK will be able to get low-dose IL-2 on the NHS within months.',
    'Doctors expect the drug to be offered on the NHS within months.',
    'Scientists say it is only a matter of months before IL-2 is approved everywhere.',
  ])('fires: %s', (s) => expect(fired(mirocals(s))).toMatch(/not approved for ALS anywhere/));
  it.each([
    'If a phase 3 trial succeeds, patients could get low-dose IL-2 within months of a decision.',
    'Patients will not be able to get low-dose IL-2 on the NHS within months.',
    'Will patients get low-dose IL-2 within months?',
    'A phase 3 trial could start recruiting within months.',
  ])('stays silent: %s', (s) => expect(fired(mirocals(s))).toBeUndefined());
  it('a year named is imminent only from a page dated the year before', () => {
    const dated = (s: string, published: string) =>
      runRule(certaintyInflated, 'mirocals-regulatory-status', s, [], { published });
    expect(fired(dated('Patients can expect to receive the treatment on the NHS during 2023.', '2022-12-09'))).toMatch(
      /not approved for ALS anywhere/,
    );
    expect(fired(dated('Patients can expect to receive the treatment on the NHS during 2030.', '2022-12-09'))).toBeUndefined();
  });
  it('says nothing of a treatment that regulators have approved', () =>
    expect(fired(tofersen('Patients in the UK will be able to get tofersen on the NHS within months.'))).toBeUndefined());
});

describe('certainty-inflated: a phase 3 that missed its primary endpoint (session 13)', () => {
  const valor = (s: string) => runRule(certaintyInflated, 'tofersen-primary', s, [], { via: 'named' });
  it.each([
    'Results of the phase 3 VALOR study confirmed that tofersen tends to delay disease progression.',
    'The campaign group describes tofersen as a proven, effective and life-changing treatment.',
  ])('fires on a benefit told as proven: %s', (s) => expect(fired(valor(s))).toMatch(/VALOR.*missed its primary endpoint/));
  it.each([
    // "confirmed" of a diagnosis or a mutation, not of the evidence
    'VALOR randomised 108 adults with confirmed SOD1-ALS to tofersen or placebo.',
    'The ATLAS study enrols presymptomatic adults with a confirmed SOD1 mutation.',
    // certain of a biomarker result, which VALOR did show
    'According to the FDA, the trial in 108 patients confirmed that a substance in the blood indicating nerve damage fell.',
    // the word as a standard, not a claim
    '"Breakthrough" is a word that should be earned by confirmed results, and none of these studies has them for tofersen.',
  ])('stays silent: %s', (s) => expect(fired(valor(s))).toBeUndefined());
});

describe('certainty-inflated: proven treatments in general (session 13)', () => {
  it('stays silent on a kind of treatment sought, not this one', () =>
    expect(
      fired(
        runRule(
          certaintyInflated,
          'mirocals-efficacy',
          'Our focus is that people with MND get fair access to safe, effective and proven treatments.',
        ),
      ),
    ).toBeUndefined());
  it('still fires on this treatment told as proven', () =>
    expect(
      fired(runRule(certaintyInflated, 'mirocals-efficacy', 'The MIROCALS trial proved that IL-2 extends survival in ALS.')),
    ).toBeDefined());
});

describe('certainty-inflated: a confirmation on a condition (session 13)', () => {
  it('stays silent on "If the paper confirms …"', () =>
    expect(
      fired(
        runRule(
          certaintyInflated,
          'mirocals-efficacy',
          'If the paper confirms the top-line numbers, the case for a phase 3 trial will be much stronger.',
        ),
      ),
    ).toBeUndefined());
});

describe('certainty-inflated: confirmation still to come after "until" or "before"', () => {
  it('stays silent on "hypothesis-generating until they are confirmed"', () => {
    const text =
      'IL-2 in ALS\n\nMIROCALS missed its primary endpoint.\nThese subgroup findings should be treated as hypothesis-generating until they are confirmed in a larger trial.';
    expect(checkText(text).filter((f) => f.verdict !== 'supported' && /hypothesis/.test(f.text))).toEqual([]);
  });
});

describe('certainty told as "proving" or "it is known that" (session 18, set-89)', () => {
  const doc = (line: string) => `Tofersen reaches Turkey\nTofersen (Qalsody) is for SOD1-ALS.\n${line}\n`;
  const codes = (line: string) =>
    checkText(doc(line), { today: '2026-12-05' })
      .filter((f) => line.includes(f.text) || f.text.includes(line))
      .flatMap((f) => f.reasons.map((r) => r.code));
  it.each([
    'Studies proving that the drug works were presented recently at a meeting in Sweden.',
    'It is known that the drug, started early, slows the disease markedly.',
  ])('fires: %s', (line) => expect(codes(line)).toContain('certainty-inflated'));
  it('stays silent on a question whether it is known', () =>
    expect(codes('Is it known that the drug works in everyone?')).not.toContain('certainty-inflated'));
});

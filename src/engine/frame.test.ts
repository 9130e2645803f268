// The claim frame: what a sentence does with its words. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { assertedEnd, asserts, claimFrame } from './frame';
import { checkText } from './index';

const stance = (t: string) => claimFrame(t).stance;
const judged = (t: string) => asserts(claimFrame(t), t);

describe('claim frame: stance', () => {
  it.each([
    'The team hopes for a breakthrough within five years.',
    'Researchers are hoping the drug will halt the disease.',
    'The study aims to show that the injections prolong life.',
    'Doctors want to know whether the infusions can stop the illness.',
    'The charity is looking for a cure.',
  ])('a hope or aim asserts nothing: %s', (t) => {
    expect(stance(t)).toBe('hope');
    expect(judged(t)).toBe(false);
  });

  it.each([
    'Should the findings hold up, this could transform care.',
    'If confirmed in larger trials, the result would be a turning point.',
    'If the results are replicated, it may become standard treatment.',
    'The approach could work, if these findings are confirmed.',
  ])('a condition on the evidence asserts nothing: %s', (t) => {
    expect(stance(t)).toBe('condition');
    expect(judged(t)).toBe(false);
  });

  it.each([
    'Could this cheap drug be the answer?',
    'Is the disease autoimmune after all?',
    'Analysis: does the drug really work?',
    'ANCHOR: So does that mean ALS is an autoimmune disease, like lupus?',
    'Jess: OK but does that mean those T cells are what kill the motor neurons?',
    // a statement turned into a question by its tag (session 11)
    'USER: And tofersen works for everyone with ALS now, right?',
    'So the drug is approved in Europe too, isn’t it?',
    // a label of two or three words before it (session 14)
    'Fact check: does a new study prove ALS is an autoimmune disease that can be cured?',
    'Reader question — is the drug available on the NHS yet?',
  ])('a yes/no question asks: %s', (t) => expect(stance(t)).toBe('question'));
  it('a label before a statement leaves it asserted', () =>
    expect(stance('Fact check: the study proves ALS is an autoimmune disease.')).toBe('asserted'));
  it('a statement that only mentions "right" is still asserted', () =>
    expect(stance('Patients have the right to ask about trials.')).toBe('asserted'));

  it.each([
    'Why is this proven cure still kept from patients?',
    'If you have the disease, ask your neurologist about the drug that halted decline in the trial.',
    'A new trial shows the injections halve deaths, offering new hope to families.',
    'The trial, which aimed to test the drug in 220 people, found it halved deaths.',
    'The drug halted the disease in mice, and the team hopes to test it in people next year.',
    'It is not a cure, but it halts progression in most patients.',
    'Researchers find immune cells attack nerves in ALS, new hope for patients',
  ])('still a claim to judge: %s', (t) => expect(judged(t)).toBe(true));

  it('records a quotation', () =>
    expect(stance('"We have beaten this disease," said one campaigner who followed the trial.')).toBe('quoted'));
  it('records a denial', () => expect(stance('There is no evidence that the infusions extend life.')).toBe('denial'));
});

describe('claim frame: time', () => {
  it.each([
    ['Results are expected later this year.', 'future'],
    ['The agency approved the drug in 2023.', 'past'],
    ['The drug is available on prescription.', 'present'],
  ] as const)('%s → %s', (t, tense) => expect(claimFrame(t).tense).toBe(tense));
});

describe('claim frame: a claim set up to be knocked down', () => {
  it.each([
    'Myth: There is now a cure for SOD1-ALS.',
    'MYTH 3: Edaravone is approved across the European Union.',
    'False: IL-2 cures ALS.',
    "Myth one: 'IL-2 cured ALS in a big trial.'",
    'Myth No. 2: Relyvrio is the new standard drug.',
  ])('is refuted, not asserted: %s', (t) => {
    expect(stance(t)).toBe('refuted');
    expect(judged(t)).toBe(false);
  });
  it.each(['Fact: edaravone was never approved in the EU.', 'The myth that IL-2 cures ALS persists.'])('is not: %s', (t) =>
    expect(stance(t)).not.toBe('refuted'),
  );
});

describe('claim frame: only the asserted clause is judged', () => {
  const part = (t: string) => t.slice(0, assertedEnd(claimFrame(t), t));
  it('ends the asserted part at the clause boundary before a hope or a condition', () => {
    expect(part('The trial enrolled 220 patients, and the investigators hope the drug will extend survival.')).toBe(
      'The trial enrolled 220 patients',
    );
    expect(part('It recruited in two countries, and if the results hold up it could change care.')).toBe(
      'It recruited in two countries',
    );
  });
  it('keeps the whole of an assertion, and of a sentence that is only a hope', () => {
    const said = 'The drug extended survival in the trial, the team said.';
    expect(part(said)).toBe(said);
    const hope = 'The team hopes to extend survival.';
    expect(part(hope)).toBe(hope);
  });
  it('"a lower dose aimed at boosting Tregs" describes a dose; it is not a hope', () =>
    expect(claimFrame('IL-2 is used against cancers, while the trials use a lower dose aimed at boosting Tregs.').stance).toBe(
      'asserted',
    ));
  it('the hope after an asserted clause is not flagged, the clause before it still is judged', () => {
    const flags = (t: string) =>
      checkText(t, { today: '2026-12-05' })
        .filter((f) => f.verdict !== 'supported')
        .flatMap((f) => f.reasons.map((r) => r.code));
    expect(
      flags(
        'The MIROCALS trial enrolled 220 patients with ALS, and the investigators hope the drug will extend survival for everyone with ALS.',
      ),
    ).toEqual([]);
    expect(
      flags('The MIROCALS trial enrolled 500 patients with ALS, and the investigators hope the drug will extend survival.'),
    ).toContain('wrong-fact');
  });
});

describe('claim frame: claims reported to be corrected, kept at a distance, or asked about', () => {
  it.each([
    'Grade C: one wire story said 80 per cent of patients benefited, mixing up the share of people in the subgroup.',
    'The post wrongly claims that the drug cures ALS.',
    'Dad was diagnosed in March, and my aunt keeps forwarding articles claiming ALS has been proven to be autoimmune.',
    'Headlines suggesting a cure are unfair to patients.',
    "Marsh writes that a 2018 study proved boosting Tregs extended patients' lives, when that result actually came from mice.",
    // session 17: a figure that went round, a slogan, an edit of a quoted wording, a claim reported then doubted
    'The figure that went round social media was that 80% of patients survived on the drug, which is wrong.',
    '(35:50) Why the slogan that immune therapy works in ALS is still premature.',
    "I have changed 'IL-2 significantly improved survival' in the lead to 'did not significantly improve survival'.",
    'Editor C: Also, the article says MIROCALS ran in the UK, France and Germany, but I cannot find Germany in any source.',
    "[08:31] Ngozi: A cure, yes Chidi, and I'm the Queen of England 🙄", // sarcasm
    'Yeah right, IL-2 is a miracle cure.',
  ])('not asserted: %s', (t) => expect(claimFrame(t).stance).toBe('refuted'));
  it.each([
    'Someone asked whether IL-2 is already a cure, and the answer is definitely no.',
    'A caller wondered if the drug works for everyone with ALS.',
  ])('a question reported: %s', (t) => expect(claimFrame(t).stance).toBe('question'));
  it('"The hope, she said, is that …" is a hope', () =>
    expect(claimFrame('The hope, she said, is that patients will keep those abilities for longer.').stance).toBe('hope'));
  it('a sentence that only mentions asking still asserts', () =>
    expect(claimFrame('The trial asked patients to report side effects, and IL-2 cured them.').stance).not.toBe('question'));
  it.each(['ANALYST: How are you thinking about the PHOENIX readout next year?', 'What do you expect from the trial?'])(
    'a question about the listener’s view: %s',
    (t) => expect(claimFrame(t).stance).toBe('question'),
  );
  it.each([
    'The study’s author said the drug cures ALS.', // a named source: the page repeats it
    'Why is this proven drug not offered to everyone?', // a wh-question that presupposes its claim
    'Researchers said the drug cures ALS, confusing some patients.', // people confused, not a claim corrected
    'Researchers said the drug slows ALS, while the company actually plans a larger trial.', // "actually" of another act
  ])('still judged: %s', (t) => expect(['asserted', 'quoted']).toContain(claimFrame(t).stance));
});

describe('claim frame: claims another piece made, and claims the next sentence corrects', () => {
  it.each([
    'A report on 30 May described tofersen as approved in the United States for all people with MND.',
    'A feature on 1 June said the original riluzole trial appeared in The Lancet in 1994.',
    'A second claim, that "a new IL-2 drug lets 80% of ALS patients survive", also circulated.',
  ])('not asserted: %s', (t) => expect(claimFrame(t).stance).toBe('refuted'));
  it('a claim reported, then called incorrect by the next sentence, is rejected by the page', () => {
    const text =
      'Corrections\n\nAn article about a motor neurone disease trial said that low-dose interleukin-2 "helped 80 per cent of patients survive".\nThat was incorrect.';
    expect(checkText(text).filter((f) => f.verdict !== 'supported')).toEqual([]);
    const kept =
      'Corrections\n\nAn article about a motor neurone disease trial said that low-dose interleukin-2 "helped 80 per cent of patients survive".\nThe trial enrolled 220 people.';
    expect(checkText(kept).filter((f) => f.verdict !== 'supported').length).toBeGreaterThan(0);
  });
  it('a study’s own report is still judged', () =>
    expect(claimFrame('A report in The Lancet said the drug cut deaths by 19%.').stance).not.toBe('refuted'));
});

describe('claim frame: a headline that sets the record straight, and claims called enthusiastic or false', () => {
  it.each([
    'A cure for ALS: setting the record straight',
    'Low-dose IL-2 cures ALS — fact check',
    'Enthusiastic claims about a discovery that cures ALS are going round in the media and online.',
  ])('not asserted: %s', (t) => expect(claimFrame(t).stance).toBe('refuted'));
  it('a headline that states its claim is still judged', () =>
    expect(claimFrame('A cure for ALS: the drug that stops the disease').stance).not.toBe('refuted'));
});

describe('claim frame: a reading reported as other people’s (session 16)', () => {
  it.each([
    "People tend to read that as proof that boosting Tregs lengthens patients' lives.",
    'Some families took the study as evidence that IL-2 cures ALS.',
  ])('%s', (t) => expect(stance(t)).toBe('refuted'));
  it('a hope brought by a second verb leaves the clause before it asserted', () => {
    const t = 'MIROCALS is recruiting in the UK and France and aims to randomise about 220 people.';
    expect(t.slice(0, assertedEnd(claimFrame(t), t))).toBe('MIROCALS is recruiting in the UK and France');
  });
});

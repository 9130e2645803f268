import { describe, expect, it } from 'vitest';
import { checkText } from '../index';
import { fired, runRule } from './fixture';
import { sensational } from './sensational';

describe('sensational', () => {
  it.each([
    ['mirocals-efficacy', 'This game-changing trial shows IL-2 works.'],
    ['mirocals-efficacy', 'Doctors hail the results as a breakthrough for ALS.'],
    ['michaelis-autoimmune-als', 'Scientists have found a cure: ALS is an autoimmune disease.'],
    // paraphrased hype: a mystery solved, a cause unmasked, something finally found
    ['michaelis-autoimmune-als', 'The mystery of ALS is solved: it is an autoimmune disease, the study shows.'],
    ['michaelis-immune-cause-als', 'The Nature study has finally discovered what causes ALS: the immune system.'],
    ['michaelis-immune-cause-als', 'The Nature study unmasks the cause of ALS: immune cells attacking motor neurons.'],
    ['mirocals-efficacy', 'We have found a treatment that can actually beat this disease: low-dose IL-2.'],
  ])('fires on hype for an unconfirmed result (%s): %s', (claim, s) => {
    expect(fired(runRule(sensational, claim, s))).toMatch(/^Calls it/);
  });

  it.each([
    'There is still no cure for ALS.',
    'Here is what patients should know about the breakthrough:',
    'Researchers hope the work brings them closer to a cure.',
    'Is this a breakthrough?',
    'No, the Lancet paper did not show that low-dose IL-2 cures ALS.',
    'There is no evidence that the drug is a miracle for patients.',
    'Our verdict: none of these studies shows a cure, and there is still no cure for ALS.',
    'Patients who kept taking the drug had better lung function, with some reporting remarkable outcomes.',
    'An FDA "breakthrough therapy" designation speeds up review; it is not evidence that a drug works.',
    'Groundbreaking research from two institutes suggests the immune system plays a part in ALS.',
    // a label others gave it, reported in the passive
    'The director said low-dose IL-2 had been called a game changer by some patients, and that its trial was an important step.',
    'Low-dose IL-2 was hailed as a breakthrough in the tabloids.',
  ])('stays silent: %s', (s) => {
    expect(fired(runRule(sensational, 'mirocals-efficacy', s))).toBeUndefined();
  });

  it('reads "finally" as hype only when what was found is the cause or the answer', () => {
    expect(
      fired(
        runRule(sensational, 'michaelis-autoimmune-als', 'ALS: an autoimmune target finally identified, the C9orf72 protein'),
      ),
    ).toBeUndefined();
    expect(
      fired(
        runRule(
          sensational,
          'michaelis-autoimmune-als',
          'Scientists have finally identified the cause of ALS: the immune system.',
        ),
      ),
    ).toBeTruthy();
  });

  it.each([
    ['mirocals-efficacy', 'A big trial in a top journal showed it stops ALS in its tracks for most patients.'],
    ['tofersen-scope', 'Tofersen is the first drug that can stop inherited ALS in its tracks.'],
  ])('fires when an unconfirmed treatment is said to stop ALS (%s): %s', (claim, s) =>
    expect(fired(runRule(sensational, claim, s))).toMatch(/^Says it "stops? (?:inherited )?ALS"/),
  );
  it('fires on a halt told in the passive ("the disease is today being halted")', () =>
    expect(fired(runRule(sensational, 'tofersen-scope', 'Thanks to tofersen, the disease is today being halted.'))).toMatch(
      /^Says it "the disease is today being halted"/,
    ));
  it.each([
    'In mice, the treatment stopped the disease in its tracks.',
    'None of the trials has shown that it halts ALS.',
    'The team wants to find out whether it can halt the disease.',
    'Whether the disease can be halted is still unknown.',
  ])('stays silent on a halt in mice, denied or hoped for: %s', (s) =>
    expect(fired(runRule(sensational, 'mirocals-efficacy', s))).toBeUndefined(),
  );
  it('reads "it\'s a miracle drug" as calling it one', () =>
    expect(
      fired(runRule(sensational, 'mirocals-efficacy', "It's a miracle drug, and I can't see why she can't have it now.")),
    ).toMatch(/^Calls it "miracle"/));

  it.each(['Riluzole can stop ALS from getting worse.', 'Doctors say riluzole halts the disease.'])(
    'fires when a proven drug is said to stop ALS: %s',
    (s) => expect(fired(runRule(sensational, 'riluzole-does-not-halt', s))).toMatch(/does not stop, reverse or cure/),
  );
  it.each(['Riluzole does not stop ALS, but it buys a few months.', 'Riluzole was a remarkable first step.'])(
    'stays silent on a proven drug otherwise: %s',
    (s) => expect(fired(runRule(sensational, 'riluzole-does-not-halt', s))).toBeUndefined(),
  );
  it('stays silent for a confirmed phase 3 result', () => {
    expect(
      fired(runRule(sensational, 'edaravone-function', 'The edaravone trial was a remarkable result for ALS.')),
    ).toBeUndefined();
  });
});

describe('sensational: a word named, not used', () => {
  it.each([
    ['mirocals-efficacy', '"Breakthrough" is a word that should be earned by confirmed results.'],
    ['tofersen-scope', 'The league funds research through its research fund A cure for ALS, for tofersen and beyond.'],
    ['tofersen-scope', 'Donations to the Cure ALS campaign support the tofersen access programme.'],
  ])('stays silent (%s): %s', (claim, s) => expect(fired(runRule(sensational, claim, s))).toBeUndefined());
  it.each([
    ['tofersen-scope', 'Tofersen reversed the disease in most patients.'],
    ['tofersen-scope', 'Tofersen is a cure for SOD1 ALS.'],
    ['mirocals-efficacy', 'Low-dose IL-2 is a real breakthrough for people with ALS, the trial showed.'],
  ])('still fires (%s): %s', (claim, s) => expect(fired(runRule(sensational, claim, s))).toBeDefined());
});

describe('sensational: a cure denied by the clause or the sentence', () => {
  it.each([
    'Nobody in the trial was cured; people on the drug still got worse and some died.',
    'Some people in the trial still got worse and some died, which is why we won’t call it a cure.',
    "Some people in the trial still got worse, which is why we won't call it a cure.",
    // session 11: the cure denied several words before it
    'Everyone knows this drug is not a magic treatment that will cure the disease, but it may slow it.',
  ])('stays silent: %s', (s) => expect(fired(runRule(sensational, 'mirocals-efficacy', s))).toBeUndefined());
});

describe('sensational: the patients\u2019 decline stopped', () =>
  it('fires on "the drug stopped patients\u2019 decline altogether"', () =>
    expect(
      fired(
        runRule(sensational, 'centaur-function', "In that trial, the drug stopped patients' decline altogether over six months."),
      ),
    ).toMatch(/^Says it "stopped patients' decline"/)));

describe('sensational: words of novelty for a drug regulators approved (session 13)', () => {
  const tofersen = (s: string) => runRule(sensational, 'tofersen-scope', s, [], { via: 'named' });
  it('stays silent on a new kind of treatment', () =>
    expect(
      fired(tofersen('For a small group of people with MND, tofersen is a ground-breaking new treatment.')),
    ).toBeUndefined());
  it('still fires on a cure or a miracle', () => {
    expect(fired(tofersen('The FDA approved tofersen, and it is almost like a cure.'))).toBeDefined();
    expect(fired(tofersen('Tofersen is a miracle drug for people with ALS.'))).toBeDefined();
  });
  it('still fires on novelty words for a treatment approved nowhere', () =>
    expect(
      fired(runRule(sensational, 'mirocals-efficacy', 'Low-dose IL-2 is a ground-breaking new treatment for ALS.')),
    ).toBeDefined());
});

describe('sensational: the disease stopped, in what it does (session 13)', () => {
  it('fires on a drug that "stops muscle loss"', () =>
    expect(
      fired(
        runRule(
          sensational,
          'tofersen-scope',
          'Scientists create a new drug that stops muscle loss in people with a degenerative disease.',
          [],
          { via: 'context' },
        ),
      ),
    ).toMatch(/stops muscle loss/));
});

describe('sensational: a cure told as near (session 13)', () => {
  it('fires on "cure within reach" in a headline', () =>
    expect(fired(runRule(sensational, 'mirocals-efficacy', 'MND cure within reach after IL-2 trial'))).toMatch(/cure/));
  it('stays silent on a cure hoped for', () =>
    expect(
      fired(runRule(sensational, 'mirocals-efficacy', 'Researchers hope the work brings them closer to a cure.')),
    ).toBeUndefined());
});

describe('sensational: nobody cured (session 14)', () => {
  it.each([
    'No patient in the trial was cured, and even in the better-responding group people continued to decline.',
    'None of the participants was cured by the injections.',
  ])('stays silent: %s', (s) => expect(fired(runRule(sensational, 'mirocals-efficacy', s))).toBeUndefined());
  it('still fires on a cure claimed', () =>
    expect(
      fired(runRule(sensational, 'mirocals-efficacy', 'Patients in the trial were cured by the injections.')),
    ).toBeDefined());
});

describe('sensational: a halt hoped for, in a quote about an approved drug', () => {
  it('stays silent', () => {
    const text =
      'Tofersen reimbursed\n\nTofersen is now reimbursed for people with SOD1-ALS.\nProf. Rejdak stressed that it is the first registered drug that can change the course of the disease, and that while nobody is talking of a cure yet, there is real hope of longer life and of halting ALS progression.';
    expect(checkText(text).filter((f) => f.reasons.some((r) => r.code === 'sensational'))).toEqual([]);
  });
});

describe('sensational: a halt told is inflated certainty too', () => {
  it.each([
    'Qalsody\n\nFor SOD1 patients, Qalsody offers a treatment that halts the disease.',
    'Riluzole\n\nRiluzole stops the disease from progressing in most patients.',
  ])('reports both reasons: %s', (text) => {
    const [f] = checkText(text).filter((x) => x.verdict !== 'supported');
    expect(f?.reasons.map((r) => r.code)).toEqual(['sensational', 'certainty-inflated']);
    expect(f?.reasons[1]?.message).toMatch(/none has shown a halt/);
  });
  it('a hype word alone is not inflated certainty', () => {
    const [f] = checkText('Qalsody\n\nTofersen is a miracle drug for people with ALS.').filter((x) => x.verdict !== 'supported');
    expect(f?.reasons.map((r) => r.code)).toEqual(['sensational']);
  });
});

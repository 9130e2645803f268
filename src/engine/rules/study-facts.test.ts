// Fixtures for the wrong-fact checks on endpoints, design, phase, results, counts and survival gains.
import { describe, expect, it } from 'vitest';
import { claimById } from '../../claims/db';
import { analyzeSentence } from '../analyze';
import { documentView } from '../document-view';
import { confirmed, fired, runRule } from './fixture';
import { wrongFact } from './wrong-fact';
import { checkText } from '../index';

/** Run wrong-fact on a sentence that names the study (the design, endpoint and results checks need that). */
const named = (claimId: string, sentence: string) => {
  const found = claimById(claimId)!;
  const s = analyzeSentence(sentence, 0);
  return wrongFact.check({ s, source: found.source, claim: found.claim, doc: documentView([s]), via: 'named' });
};

describe('wrong-fact: primary endpoint told the wrong way round', () => {
  it.each([
    'VALOR achieved its primary endpoint at week 28.',
    "In VALOR the trial's main goal was met.",
    'VALOR: primary endpoint (ALSFRS-R) met.',
    // a clear functional gain, where function (the ALSFRS-R) was the primary endpoint
    "VALOR showed tofersen clearly improved patients' daily function.",
    'The VALOR approval was based on a big improvement in everyday function seen in the trial.',
    'In VALOR, the improvement on the ALSFRS-R functional scale was large and significant.',
  ])('fires: %s', (s) => expect(fired(named('tofersen-primary', s))).toMatch(/did not meet its primary endpoint/));
  it('fires when a trial that met its endpoint is said to have missed it', () =>
    expect(fired(named('edaravone-function', 'The Radicava trial MCI186-19 missed its primary endpoint.'))).toMatch(
      /met its primary endpoint/,
    ));
  it.each([
    'VALOR did not meet its primary endpoint.',
    'VALOR missed its primary endpoint but lowered neurofilament.',
    'Unlike VALOR, the earlier study met its primary endpoint.',
    'VALOR could have met its primary endpoint with more patients.',
    'VALOR showed no clear improvement in daily function at 28 weeks.',
    'In the VALOR extension, early starters clearly preserved more function.',
  ])('stays silent: %s', (s) => expect(fired(named('tofersen-primary', s))).toBeUndefined());
  it.each([
    ['mirocals-primary-endpoint', 'Investors cheered that MIROCALS hit its primary survival endpoint.'],
    ['phoenix-trial-result', 'The larger PHOENIX study replicated the benefit reported by CENTAUR.'],
    ['tofersen-primary', 'VALOR showed a significant slowing of decline on the ALSFRS-R scale.'],
    ['tofersen-primary', 'VALOR made tofersen the first drug effective in phase 3 for ALS.'],
  ])('fires on other ways of saying a missed endpoint was met (%s): %s', (claim, s) =>
    expect(fired(named(claim, s))).toMatch(/did not meet its primary endpoint/),
  );
  it.each([
    ['mirocals-primary-endpoint', 'MIROCALS missed its primary survival endpoint.'],
    ['mirocals-primary-endpoint', 'In MIROCALS the adjusted analysis confirmed the benefit in the low-pNFH subgroup.'],
    ['edaravone-function', 'MCI186-19 showed a significant difference in ALSFRS-R scores.'],
    // a null result: the negation turns "significant difference" round
    ['phoenix-trial-result', 'After 48 weeks PHOENIX found no significant difference in ALSFRS-R between the groups.'],
    ['tofersen-primary', 'VALOR did not show a significant slowing of decline on the ALSFRS-R scale.'],
  ])('stays silent (%s): %s', (claim, s) => expect(fired(named(claim, s))).toBeUndefined());
});

describe('wrong-fact: design and phase', () => {
  it.each(['NCT04952155 is a double-blind trial.', 'The Peking University study was randomised against placebo.'])(
    'fires: %s',
    (s) => expect(fired(named('nct04952155-design', s))).toMatch(/not .*single group/),
  );
  it.each(['RAPA-501 is now in phase 3.', 'RAPA-501 has reached phase III.'])('fires on a phase the study never had: %s', (s) =>
    expect(fired(named('rapa501-design', s))).toMatch(/not phase 3/),
  );
  it.each([
    'NCT04952155 is open-label and has no control group.',
    'NCT04952155 is not randomised.',
    'RAPA-501 was relabelled a phase 2/3 expansion cohort.',
    'RAPA-501 began as a phase 1/2 study.',
    'RAPA-501 might one day move to phase 3.',
    'A phase 3 of RAPA-501 is needed before anyone can say it works.',
    'ALSTARS is a randomised, placebo-controlled phase 2.',
  ])('stays silent: %s', (s) => {
    const claim = s.includes('ALSTARS') ? 'coya302-status' : s.includes('RAPA') ? 'rapa501-design' : 'nct04952155-design';
    expect(fired(named(claim, s))).toBeUndefined();
  });
  it('confirms a correct design', () =>
    expect(confirmed(named('nct04952155-design', 'NCT04952155 is a single-arm, open-label study.'))).toBeTruthy());
  it.each([
    'The CENTAUR trial (NCT03127514), the previous phase 3 study, led to the approval.',
    'CENTAUR, a phase 3 study, enrolled 137 people.',
  ])('fires on a later study’s phase that the record names only beside that study: %s', (s) =>
    expect(fired(named('centaur-function', s))).toMatch(/phase 2 study, not phase 3/),
  );
  it.each([
    'MIROCALS was a phase 3 trial.',
    'IL-2 trial MIROCALS: UK/France, phase 3, recruited 2017-2019.',
    'MIROCALS was a large phase 3 trial.',
    'In this trial of phase 3, MIROCALS gave 2 MIU under the skin.',
  ])('fires on a phase the record names only as still to come ("no phase 3 was registered"): %s', (s) =>
    expect(fired(named('mirocals-efficacy', s))).toMatch(/phase 2b study, not phase 3/),
  );
  it.each(['At present the drug is being tested in MIROCALS, a phase 2 trial.', 'MIROCALS is a phase 2 study.'])(
    'takes "phase 2" for a phase 2b study as the same phase: %s',
    (s) => expect(fired(named('mirocals-recruitment-countries', s))).toBeUndefined(),
  );
  it('stays silent on a list of studies after the name', () =>
    expect(
      fired(
        named('tofersen-primary', 'The filing includes the phase 3 VALOR study, its open-label extension, and a phase 1 study.'),
      ),
    ).toBeUndefined());
});

describe('wrong-fact: results told of a study that has none', () => {
  it.each(['ALSTARS announced encouraging results in the spring.', 'The RAPA-501 trial showed the cells slow ALS.'])(
    'fires: %s',
    (s) => expect(fired(named(s.includes('ALSTARS') ? 'coya302-status' : 'rapa501-design', s))).toMatch(/no results/),
  );
  it.each([
    'ALSTARS results are expected in 2027.',
    'ALSTARS has not reported any results yet.',
    'Will ALSTARS show a benefit?',
    'COYA 302 showed slow decline in four patients in its phase 1.',
  ])('stays silent: %s', (s) => expect(fired(named('coya302-status', s))).toBeUndefined());
});

describe('wrong-fact: "a trial of interleukin-2 with 2200 patients" (session 17)', () => {
  it('reads the size after the treatment', () =>
    expect(
      fired(named('mirocals-efficacy', 'In Europe there was a MIROCALS trial of interleukin-2 with 2200 patients.')),
    ).toMatch(/220 participants, not 2200/));
});

describe('wrong-fact: a size after a citation, as in lecture notes (session 17)', () => {
  it('"Bensimon et al., NEJM 1994, 959 patients" is the 1996 trial’s size told of the 1994 one', () =>
    expect(
      fired(named('riluzole1994-survival', 'Key trial: Bensimon et al., NEJM 1994, 959 patients, one-year survival 74% vs 58%.')),
    ).toMatch(/155 participants, not 959/));
  it('the right size is confirmed', () =>
    expect(
      confirmed(
        named('riluzole1994-survival', 'Key trial: Bensimon et al., NEJM 1994, 155 patients, one-year survival 74% vs 58%.'),
      ),
    ).toBeTruthy());
});

describe('wrong-fact: participant counts in other wordings', () => {
  it('fires on "a trial of N patients" with the wrong N', () =>
    expect(fired(named('phoenix-trial-result', 'PHOENIX, a phase 3 trial of 900 patients, tested AMX0035.'))).toMatch(
      /664 participants, not 900/,
    ));
  it('confirms "an N-person trial" with the right N', () =>
    expect(confirmed(named('phoenix-trial-result', 'The 664-person PHOENIX trial did not confirm the benefit.'))).toMatch(/664/));
});

describe('wrong-fact: approval basis and scope', () => {
  it.each([
    'Regulators based the approval of tofersen on spinal fluid neurofilament levels.',
    'The FDA decision rested on CSF NfL.',
  ])('fires: %s', (s) => expect(fired(runRule(wrongFact, 'tofersen-approval-basis', s))).toMatch(/plasma/));
  it.each([
    'The approval was based on a fall in plasma neurofilament light.',
    'Tofersen lowered neurofilament in blood and SOD1 protein in spinal fluid.',
    'The approval was based on blood, not spinal fluid, neurofilament.',
  ])('stays silent: %s', (s) => expect(fired(runRule(wrongFact, 'tofersen-approval-basis', s))).toBeUndefined());
  it.each([
    'Qalsody is approved for every patient with ALS.',
    'The tofersen label covers all people with ALS, not just SOD1 carriers.',
  ])('fires when a restricted approval is said to cover everyone: %s', (s) =>
    expect(fired(runRule(wrongFact, 'tofersen-scope', s))).toMatch(/SOD1-ALS only/),
  );
  it.each(['Tofersen is not approved for all people with ALS.', 'Tofersen is approved only for adults with SOD1-ALS.'])(
    'stays silent: %s',
    (s) => expect(fired(runRule(wrongFact, 'tofersen-scope', s))).toBeUndefined(),
  );
});

describe('wrong-fact: survival gain far beyond the evidence', () => {
  const run = (s: string) => runRule(wrongFact, 'riluzole-survival-gain', s);
  it.each(['Riluzole prolongs survival by about 18 months.', 'Riluzole gives patients three extra years of life.'])(
    'fires: %s',
    (s) => expect(fired(run(s))).toMatch(/about 2–3 months/),
  );
  it('confirms a figure in range', () => expect(confirmed(run('Riluzole extends survival by about three months.'))).toBeTruthy());
  it.each([
    'Riluzole does not extend life by years.',
    'Registry studies suggest riluzole adds 19 months of survival.',
    'Some claim riluzole adds a year of life.',
    'Riluzole extends survival by several months.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
});

describe('wrong-fact: a study size told in a forum post or as an approximation', () => {
  it('reads "PHOENIX only had around 300 people in it" as its size', () =>
    expect(
      fired(
        named('phoenix-trial-result', 'From what I read PHOENIX only had around 300 people in it, so maybe it was too small.'),
      ),
    ).toMatch(/664 participants, not 300/));
  it.each(['PHOENIX enrolled about 650 patients.', 'PHOENIX had around 700 people in it.'])(
    'takes an approximation within a tenth as right: %s',
    (s) => expect(fired(named('phoenix-trial-result', s))).toBeUndefined(),
  );
  it('still fires on a plain number that is not the size', () =>
    expect(fired(named('phoenix-trial-result', 'PHOENIX enrolled 650 patients.'))).toMatch(/664 participants, not 650/));
});

describe('wrong-fact: places and doses told loosely', () => {
  it('fires on a trial "run at hospitals in loads of countries across Europe" that recruited in two', () =>
    expect(
      fired(named('mirocals-recruitment-countries', 'MIROCALS was run at hospitals in loads of countries across Europe.')),
    ).toMatch(/recruited only in United Kingdom and France, not loads of countries/));
  it('fires on a number of countries larger than where it recruited (session 13)', () =>
    expect(fired(named('mirocals-recruitment-countries', 'MIROCALS ran in hospitals across twelve European countries.'))).toMatch(
      /not twelve European countries/,
    ));
  it.each([
    'MIROCALS brought together research groups from several European countries.',
    'MIROCALS brought together partners in five countries.',
    'Neurologists from centres across Europe discussed MIROCALS.',
  ])('stays silent on partners or people from many countries: %s', (t) =>
    expect(fired(named('mirocals-recruitment-countries', t))).toBeUndefined(),
  );
  it('reads "daily injections for two years" as continuous dosing for a trial given in cycles', () =>
    expect(fired(named('mirocals-efficacy', 'In MIROCALS patients got daily injections for two years.'))).toMatch(/in cycles/));
  it('reads "the CENTAUR trial had 600 participants" as a size', () =>
    expect(fired(named('centaur-function', 'The CENTAUR trial had 600 participants.'))).toMatch(/137 participants, not 600/));
  it('reads a transcript answer that is only a size', () =>
    expect(fired(named('mirocals-efficacy', 'GUEST: About 300 patients across Europe.'))).toMatch(/220 participants, not 300/));
});

describe('wrong-fact: a size told as whom the drug was tested in', () => {
  it('fires on "tested tofersen in 300 patients"', () =>
    expect(fired(named('tofersen-primary', 'The VALOR study tested tofersen in 300 patients with SOD1 mutations.'))).toMatch(
      /108 participants, not 300/,
    ));
  it('confirms "tested tofersen in 108 people"', () =>
    expect(confirmed(named('tofersen-primary', 'VALOR tested tofersen in 108 people with SOD1 mutations.'))).toBeTruthy());
});

describe('wrong-fact: a study that tested no treatment told as a trial of one', () => {
  it.each([
    'The La Jolla Institute study was a clinical trial testing an immune drug.',
    'The La Jolla Institute study tested a new drug on 40 patients with ALS.',
  ])('fires: %s', (s) => expect(fired(named('michaelis-autoimmune-als', s))).toMatch(/tested no treatment/));
  it.each([
    'The La Jolla Institute study looked at blood from 40 people with ALS.',
    'The La Jolla Institute study was not a clinical trial.',
  ])('stays silent: %s', (s) => expect(fired(named('michaelis-autoimmune-als', s))).toBeUndefined());
});

describe('wrong-fact: a country named at the end of the sentence', () => {
  it.each(['The edaravone trial enrolled 137 patients in the United States.', 'The edaravone trial was run in the UK.'])(
    'fires: %s',
    (s) => expect(fired(named('edaravone-function', s))).toMatch(/recruited only in Japan/),
  );
  it('confirms the right one', () =>
    expect(confirmed(named('edaravone-function', 'The edaravone trial enrolled 137 patients in Japan.'))).toBeTruthy());
});

describe('wrong-fact: a size or journal dated by another study’s year', () => {
  const TWO =
    'The evidence comes mainly from two trials: a 155-patient study published in the New England Journal of Medicine in 1994, and a dose-ranging study of 959 patients published in The Lancet in 1996.';
  it('is not the 1996 study’s', () => expect(fired(named('riluzole1996-survival', TWO))).toBeUndefined());
  it('the 1996 study’s own size with another size still fires', () =>
    expect(fired(named('riluzole1996-survival', 'The 1996 dose-ranging study enrolled 155 patients.'))).toMatch(
      /959 participants, not 155/,
    ));
});

describe('wrong-fact: a single-group study told as compared with placebo', () => {
  it.each(['NCT04952155 compares IL-2 with a placebo injection in about 130 people.', 'NCT04952155 tests IL-2 against placebo.'])(
    'fires: %s',
    (s) => expect(fired(named('nct04952155-design', s))).toMatch(/single group|not randomi|placebo/),
  );
});

describe('wrong-fact: the places named as the only ones', () => {
  it('fires on "all in France" for a trial that recruited in the UK and France', () =>
    expect(fired(named('mirocals-efficacy', 'MIROCALS was run at 17 clinics, all in France.'))).toMatch(/not only in France/));
  it('confirms both places', () =>
    expect(confirmed(named('mirocals-efficacy', 'MIROCALS was run at 17 clinics in the UK and France.'))).toBeTruthy());
});

describe('wrong-fact: what the primary endpoint measured', () => {
  it.each([
    [
      'imodals-clinical-effect',
      "IMODALS's primary endpoint was survival, and it was met.",
      /measured a biological marker, not survival/,
    ],
    [
      'mirocals-efficacy',
      'The primary endpoint of MIROCALS was the ALSFRS-R functional score.',
      /measured survival, not function/,
    ],
    [
      'treg2a-efficacy',
      'The main goal of the phase 2a Treg trial was to slow decline on the ALSFRS-R.',
      /measured safety and tolerability, not function/,
    ],
  ])('fires (%s): %s', (claim, s, message) => expect(fired(named(claim, s))).toMatch(message));
  it.each([
    ['mirocals-efficacy', 'The primary endpoint of MIROCALS was survival at 21 months.'],
    ['riluzole1994-survival', 'The primary endpoints of the 1994 riluzole trial were survival and function.'], // co-primary
  ])('confirms or stays silent on the right measure (%s): %s', (claim, s) => expect(fired(named(claim, s))).toBeUndefined());
  it('does not read a denial as the measure', () =>
    expect(
      fired(named('imodals-clinical-effect', "IMODALS's primary endpoint was not survival but the rise in Tregs.")),
    ).toBeUndefined());
});

describe('wrong-fact: the primary functional scale told as won', () => {
  it.each([
    'In the pivotal VALOR study, tofersen clearly beat placebo on the ALSFRS-R functional rating scale.',
    'In the VALOR trial, Qalsody significantly slowed decline on the ALSFRS-R compared with placebo.',
  ])('fires: %s', (s) => expect(fired(named('tofersen-primary', s))).toMatch(/did not meet its primary endpoint/));
  it('stays silent on a comparison with another study', () =>
    expect(
      fired(named('tofersen-primary', 'Compared with CENTAUR, VALOR significantly slowed decline on the ALSFRS-R.')),
    ).toBeUndefined());
});

describe('wrong-fact: negations by "none", and a size set before another study\'s name', () => {
  it('stays silent on "none has shown efficacy in a controlled trial"', () =>
    expect(
      fired(
        named(
          'rapa501-design',
          'Cell therapies such as RAPA-501 and combinations such as COYA 302 are in trials, but none has shown efficacy in a controlled trial.',
        ),
      ),
    ).toBeUndefined());
  it('reads "the 36-patient IMODALS trial" as that trial\'s size, not the study named after it', () =>
    expect(
      fired(
        named(
          'mirocals-efficacy',
          'European groups tried low-dose IL-2, first in the 36-patient IMODALS trial and then in MIROCALS.',
        ),
      ),
    ).toBeUndefined());
});

describe('wrong-fact: secondary outcomes told as significant', () => {
  it.each([
    'CENTAUR showed a statistically significant benefit on every outcome it measured, including survival.',
    "CENTAUR's secondary outcomes were also all statistically significant.",
    'CENTAUR also showed significant improvements on all of its secondary outcomes.',
  ])('fires: %s', (s) => expect(fired(named('centaur-function', s))).toMatch(/secondary outcomes did not differ significantly/));
  it.each([
    'In CENTAUR, the secondary outcomes were not significantly different.',
    'CENTAUR slowed decline on the ALSFRS-R; no secondary outcome was significant.',
    'CENTAUR slowed decline on the ALSFRS-R, and none of the secondary endpoints was significant.',
  ])('stays silent: %s', (s) => expect(fired(named('centaur-function', s))).toBeUndefined());
});

describe('wrong-fact: a laboratory study told with the wrong number of donors (session 14)', () => {
  const viaContext = (sentence: string) => {
    const found = claimById('michaelis-survival-link')!;
    const s = analyzeSentence(sentence, 0);
    return wrongFact.check({ s, source: found.source, claim: found.claim, doc: documentView([s]), via: 'context' });
  };
  it.each([
    ['They tested blood from something like 4,000 patients, so it is massive.', /40 participants, not 4000/],
    ['The team analysed blood samples from 400 people with ALS.', /40 participants, not 400/],
  ])('fires where the study team is the subject: %s', (sentence, reason) => expect(fired(viaContext(sentence))).toMatch(reason));
  it('fires where the sentence names the study', () =>
    expect(
      fired(named('michaelis-survival-link', 'The 2025 Nature study of blood samples from 400 people with ALS found T cells.')),
    ).toMatch(/40 participants, not 400/));
  it.each([
    // the right number, and one within a tenth of it told as an approximation
    'The team analysed blood samples from 40 people with ALS.',
    'The team analysed blood samples from roughly 42 people with ALS.',
    // another finding in the article, reached only through context, may be another study's
    'Another key finding, from flow-cytometry analyses of samples from 89 patients, is that T cells were raised.',
  ])('stays silent: %s', (sentence) => expect(fired(viaContext(sentence))).toBeUndefined());
});

describe('wrong-fact: a planned size, and a place the drug is imported to (session 15, real coverage)', () => {
  it('does not judge a planned size as the enrolled one', () => {
    expect(
      fired(
        named(
          'treg1-clinical-effect',
          'The Houston Methodist phase 1 study was designed as a trial in 12 participants, followed by an open-label trial.',
        ),
      ),
    ).toBeUndefined();
    expect(fired(named('treg1-clinical-effect', 'The Houston Methodist phase 1 study treated 12 participants.'))).toMatch(
      /3 participants, not 12/,
    );
  });
  it('does not read a country the drug is imported into as where the trial recruited', () => {
    expect(
      fired(named('edaravone-function', 'In São Paulo, the clinic is on the list to import edaravone into Brazil.')),
    ).toBeUndefined();
    expect(fired(named('edaravone-function', 'The edaravone trial MCI186-19 recruited patients in Brazil.'))).toMatch(
      /recruited only in Japan/,
    );
  });
});

describe('wrong-fact: the whole trial’s result told as significant when the primary endpoint was missed', () => {
  it('fires', () =>
    expect(
      fired(
        named(
          'mirocals-efficacy',
          'In MIROCALS, across all 220 participants, the lower risk of death, about 19 per cent, was statistically significant.',
        ),
      ),
    ).toMatch(/did not meet its primary endpoint/));
  it('stays silent on "was not significant"', () =>
    expect(
      fired(
        named(
          'mirocals-efficacy',
          'In MIROCALS, across all 220 participants, the lower risk of death was not statistically significant.',
        ),
      ),
    ).toBeUndefined());
});

describe('wrong-fact: the patients as the first object of "gave"', () => {
  it('judges "gave 72 patients three monthly cycles"', () =>
    expect(
      fired(
        named(
          'imodals-clinical-effect',
          'A 2020 phase 2a study, IMODALS, gave 72 patients three monthly cycles of aldesleukin or placebo.',
        ),
      ),
    ).toMatch(/36 participants, not 72/));
});

describe('wrong-fact: a functional benefit told of a trial whose functional primary endpoint was missed (session 17)', () => {
  it.each([
    ['phoenix-trial-result', 'In PHOENIX, Relyvrio slowed functional decline compared with placebo.'],
    ['phoenix-trial-result', 'PHOENIX, the phase 3 trial, found that the drug slowed the loss of function in patients.'],
    ['tofersen-primary', 'In VALOR, tofersen slowed functional decline compared with placebo.'],
  ])('fires (%s): %s', (claim, s) => expect(fired(named(claim, s))).toMatch(/did not meet its primary endpoint.*not shown/));
  it.each([
    ['phoenix-trial-result', 'PHOENIX did not show that Relyvrio slowed functional decline.'],
    ['phoenix-trial-result', 'The PHOENIX trial was meant to confirm that Relyvrio slows the progression of ALS.'],
    ['phoenix-trial-result', 'PHOENIX showed a numerical trend towards slower decline.'],
    ['tofersen-primary', 'Tofersen slowed functional decline in the open-label extension.'], // the trial not named
    ['tofersen-primary', 'In VALOR, tofersen slowed decline in the faster-progressing group.'], // a subgroup
  ])('stays silent (%s): %s', (claim, s) => expect(fired(named(claim, s))).toBeUndefined());
  it.each([
    'Relyvrio has also been shown to slow ALS in phase 3 testing.',
    'His doctors told the family that Relyvrio helped people live longer in its phase 3 trial.',
    "Relyvrio's approval followed a large phase 3 trial showing that it slows the disease.",
  ])('the drug’s one phase 3 trial told by its phase: %s', (t) =>
    expect(checkText(t, { today: '2026-12-06' }).some((f) => f.source === 'phoenix' && f.verdict === 'misreported')).toBe(true),
  );
  it.each([
    'Relyvrio slowed decline in its phase 2 trial, and a phase 3 trial is under way.', // the benefit is the phase 2's
    'PHOENIX was a phase 3 study that tested how well the drug AMX0035 works.', // what it measured
  ])('stays silent: %s', (t) =>
    expect(checkText(t, { today: '2026-12-06' }).some((f) => f.source === 'phoenix' && f.verdict === 'misreported')).toBe(false),
  );
  it('another trial of the drug named beside it may be the one that showed the benefit', () =>
    expect(
      checkText('CENTAUR found Relyvrio slowed functional decline, but PHOENIX did not.', { today: '2026-12-06' }).filter(
        (f) => f.source === 'phoenix' && f.verdict !== 'supported',
      ),
    ).toEqual([]));
});

import { checkText } from '../index';
import { describe, expect, it } from 'vitest';
import { claimById } from '../../claims/db';
import { analyzeSentence } from '../analyze';
import { documentView } from '../document-view';
import { confirmed, fired, runRule } from './fixture';
import { superseded } from './superseded';

describe('superseded: withdrawn drug told as current', () => {
  const run = (s: string, doc: string[] = []) => runRule(superseded, 'phoenix-current-treatment', s, doc);
  it.each([
    'Relyvrio is an approved option for people with ALS.',
    'Patients can rely on AMX0035, which slows decline.',
    'Relyvrio remains the treatment neurologists reach for first.',
    'Ask your doctor about Relyvrio, the newest pill for ALS.',
    'RELYVRIO stands as a leading drug innovation in managing the condition.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/withdrawn/));
  it('confirms when the sentence tells of the withdrawal', () => {
    expect(confirmed(run('Relyvrio was withdrawn in 2024 after the PHOENIX trial failed.'))).toBeTruthy();
  });
  it('reads "a medicine used to treat ALS" as now, and a revenue report as no claim of status', () => {
    expect(fired(run('Relyvrio is a prescription medicine used to treat amyotrophic lateral sclerosis.'))).toMatch(/withdrawn/);
    expect(
      fired(run('Amylyx reported Relyvrio revenue of $100 million for the quarter, the third of its US launch.')),
    ).toBeUndefined();
  });
  it('stays silent on a sentence about someone else that follows the drug ("it will work with regulators")', () => {
    expect(
      fired(run('The charity says it will work with doctors and regulators to see what this means for patients.')),
    ).toBeUndefined();
    expect(fired(run('This approval provides another important treatment option for people with ALS.'))).toMatch(/withdrawn/);
  });
  it.each([
    'Amylyx said it remains confident in the trial data and in the potential benefits of AMX0035 for people living with ALS.',
    'Canada approved AMX0035 on condition that the company supply stronger evidence that it works.',
  ])('stays silent on benefits named as a noun or evidence still sought: %s', (s) => expect(fired(run(s))).toBeUndefined());
  it.each(['It is not known exactly how Relyvrio works in ALS.', 'Relyvrio launched at a list price of about $158,000 a year.'])(
    'stays silent on how the drug works or a past launch price: %s',
    (s) => expect(fired(run(s))).toBeUndefined(),
  );
  it('reads an offer told of "the drug" without its name, after the drug was followed', () =>
    expect(fired(run('Attention will now turn to the commercial launch and how quickly the drug is taken up.'))).toMatch(
      /withdrawn/,
    ));
  it('still reads "has launched" as on the market', () =>
    expect(fired(run('Amylyx has launched Relyvrio for people with ALS.'))).toMatch(/withdrawn/));
  it('still reads "it benefits patients" as the drug offered now', () =>
    expect(fired(run('Relyvrio benefits patients with ALS.'))).toMatch(/withdrawn/));
  it('stays silent when the article tells of the withdrawal elsewhere', () => {
    expect(
      fired(run('Relyvrio slows decline, early data suggested.', ['Amylyx withdrew Relyvrio from the market.'])),
    ).toBeUndefined();
  });
});

describe('superseded: past event told as still to come', () => {
  const run = (s: string) => runRule(superseded, 'immune-therapies-already-in-trials', s);
  it.each([
    'Immune-based therapies could soon be tested in ALS patients.',
    'Immunotherapy for ALS has not yet been tested in patients.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/already happened/));
  it.each(['Low-dose IL-2 may enter a phase 3 trial next year.', 'Several trials have tested immunotherapy in ALS.'])(
    'stays silent: %s',
    (s) => expect(fired(run(s))).toBeUndefined(),
  );
});

describe('superseded: withdrawn drug offered as an option', () => {
  const run = (s: string, doc: string[] = []) => runRule(superseded, 'phoenix-current-treatment', s, doc);
  it.each([
    'My doctor says AMX0035 is a sensible choice for people recently diagnosed.',
    'Relyvrio can be started at the same time as riluzole.',
    'These days I take Relyvrio every morning.',
    'Jenny confirmed that Relyvrio is still being dispensed normally, and new patients can start it.',
    'Relyvrio should be available in Canada within six weeks.',
    'The VA is among the first payers to cover the drug Relyvrio.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/withdrawn on 2024-04-04/));
  it('a trial mentioned elsewhere in the document does not count as telling of the withdrawal', () => {
    expect(fired(run('Relyvrio is available on prescription.', ['Its phase 3 study, PHOENIX, is running at 65 sites.']))).toMatch(
      /withdrawn/,
    );
  });
  it.each([
    ['Relyvrio is available on prescription.', ['In 2024 Amylyx pulled the drug Relyvrio from US markets.']],
    ['Relyvrio can be started with riluzole.', ['PHOENIX failed to confirm any benefit.']],
    ['The CENTAUR trial showed that AMX0035 slows functional decline.', []],
    // what ought to be, with a hope: a plea, not a forecast
    ['AMX0035 should be available to people living with ALS in the US, and the foundation hopes it soon will be.', []],
    // the year's events told as history
    ['It then turned to the fight for access, pressing health insurers to cover the treatment.', []],
    ['While the FDA weighed the treatment this year, the Association urged approval of Relyvrio.', []],
    // scarcity of options in general offers nothing ("options are" is not "options are: …")
    ['Relyvrio would be a big step, because ALS progresses quickly and treatment options are scarce.', []],
  ] as [string, string[]][])('stays silent: %s', (s, doc) => expect(fired(run(s, doc))).toBeUndefined());
  it('a list of options still offers the drug', () =>
    expect(fired(run('For ALS, the treatment options are riluzole, edaravone and Relyvrio.'))).toMatch(/withdrawn/));
});

describe('superseded: regulatory decision told as pending', () => {
  const tofersen = (s: string) => runRule(superseded, 'tofersen-scope', s);
  const edaravone = (s: string) => runRule(superseded, 'edaravone-approval', s);
  it.each([
    'Qalsody is waiting for a decision by the FDA.',
    'Tofersen is currently under review at the Food and Drug Administration.',
  ])('fires after a US approval: %s', (s) =>
    expect(fired(tofersen(s))).toMatch(/in the US it received accelerated approval on 2023-04-25/),
  );
  it('fires after the EU authorisation (May 2024): Tofersen is awaiting a decision in Europe.', () =>
    expect(fired(tofersen('Tofersen is awaiting a decision in Europe.'))).toMatch(/in the EU it was approved on 2024-05/));
  it.each([
    'Edaravone is still under assessment by the EMA.',
    'A European Medicines Agency opinion on Radicava is expected next spring.',
  ])('fires after a withdrawn application: %s', (s) =>
    expect(fired(edaravone(s))).toMatch(/application was withdrawn on 2019-05-24/),
  );
  it.each([
    'Tofersen was under review at the FDA until April 2023.',
    'Tofersen is no longer awaiting an FDA decision.',
    'Tofersen, approved by the FDA, is awaiting a decision from the EMA.',
    'Edaravone was under evaluation by the EMA before the company withdrew its application.',
  ])('stays silent: %s', (s) => expect(fired(s.startsWith('Edaravone') ? edaravone(s) : tofersen(s))).toBeUndefined());
});

describe('superseded: reported trial told as running', () => {
  const run = (s: string) => {
    const found = claimById('phoenix-trial-result')!;
    const a = analyzeSentence(s, 0);
    return superseded.check({ s: a, source: found.source, claim: found.claim, doc: documentView([a]), via: 'named' });
  };
  it.each([
    'The PHOENIX study is still recruiting across Europe.',
    'Results from PHOENIX are expected later this year.',
    'PHOENIX is a trial that has finished and whose results we are all still waiting for.',
  ])('fires: %s', (s) =>
    expect(fired(run(s))).toMatch(/PHOENIX has already reported \(2024-03-08\): its primary endpoint was not met/),
  );
  it.each([
    'PHOENIX was under way when the drug was approved.',
    'PHOENIX is not ongoing any more.',
    'PHOENIX enrolled 664 people.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
  it('names a trial linked by its description (no drug named) by its own name', () =>
    expect(fired(run('A larger trial of this treatment is still running, with results expected next year.'))).toMatch(
      /^Told as still running, but PHOENIX.* has already reported \(2024-03-08\)/,
    ));
  it('does not take a drug’s product code for this trial: the sentence may be about another study of the drug', () =>
    expect(fired(run('A survival analysis of AMX0035 will compare time to death.'))).toBeUndefined());
});

describe('superseded: a trial told as ongoing in passing, and a decision waited for (session 17)', () => {
  const phoenix = (s: string, published = '2022-06-14') =>
    runRule(superseded, 'phoenix-trial-result', s, [], { published, via: 'named' });
  it('"data from the ongoing phase 3 PHOENIX trial" tells the trial as running', () =>
    expect(
      fired(phoenix('The approval carries conditions, among them submitting data from the ongoing phase 3 PHOENIX trial.')),
    ).toMatch(/Since this was published \(June 2022\)/));
  it('said inside a condition, it is not told', () =>
    expect(
      fired(phoenix('Amylyx pledged to withdraw the drug if it failed to show efficacy in the ongoing PHOENIX trial.')),
    ).toBeUndefined());
  it('a phase that is not the study’s is another trial', () =>
    expect(
      fired(
        runRule(superseded, 'centaur-function', 'CENTAUR data will be joined by data from the ongoing phase 3 trial.', [], {
          published: '2022-06-14',
          via: 'named',
        }),
      ),
    ).toBeUndefined());
  it('"must wait longer than expected for the FDA to finish reviewing" is a decision still to come', () =>
    expect(
      fired(
        runRule(
          superseded,
          'relyvrio-approval',
          'Amylyx must wait longer than it expected for the FDA to finish reviewing Albrioza.',
          [],
          { published: '2022-06-14', via: 'named' },
        ),
      ),
    ).toMatch(/Since this was published \(June 2022\)/));
});

describe('superseded: a study followed by its own concepts, its paper told as still to come (session 17)', () => {
  it('"T cells react to a protein called C9orf72, and their findings have not yet been published" (April 2025)', () => {
    const f = checkText(
      'The MIROCALS trial tested low-dose IL-2 in 220 people with ALS. Researchers in California are studying whether T cells react to a protein called C9orf72, and their findings have not yet been published.',
      { published: '2025-04-22', today: '2026-12-06' },
    ).find((x) => x.source === 'michaelis-2025');
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2025-10-01');
  });
});

describe('superseded: a drug awaited in a member state waits on the EU', () => {
  it('"expected in Italian hospitals" (March 2019) is dated by the EU application withdrawn in May 2019', () => {
    const o = runRule(
      superseded,
      'edaravone-approval',
      'The medicine is expected in Italian hospitals before the end of this year.',
      ['In the United States the drug has been sold since May 2017.'],
      { published: '2019-03-12', via: 'context' },
    );
    expect(o && 'event' in o ? o.event?.date : undefined).toBe('2019-05-24');
  });
});

describe('superseded: pending status with a negation elsewhere in the sentence, and regulators examining', () => {
  it('a trial told as running, beside a denial of approval, is still told as running', () => {
    const centaur = (s: string) =>
      runRule(superseded, 'centaur-function', s, [], { published: '2017-08-14', via: 'named', recordOnly: true });
    const out = centaur("Amylyx's AMX0035 is being tested in a phase 2 trial called CENTAUR and is not yet approved.");
    expect(fired(out)).toMatch(/Since this was published \(August 2017\)/);
    expect(fired(centaur('CENTAUR is not being tested any more.'))).toBeUndefined();
  });
  it('reads a regulator examining an application as a pending decision', () => {
    const edaravone = (s: string) => runRule(superseded, 'edaravone-approval', s, [], { published: '2019-04-02', via: 'named' });
    expect(
      fired(edaravone('The European Medicines Agency examines currently the application of Mitsubishi Tanabe for edaravone.')),
    ).toMatch(/Since this was published \(April 2019\)/);
    expect(fired(edaravone('The European Medicines Agency examined the application for edaravone in 2019.'))).toBeUndefined();
  });
});

describe('superseded: published results told as still unpublished', () => {
  const run = (s: string) => runRule(superseded, 'mirocals-publication', s);
  it.each([
    'The full data from the IL-2 trial have yet to appear in a journal.',
    'The trial results remain unpublished.',
    'Doctors are still awaiting publication of the trial.',
    'Results were announced in 2022, but the full data have yet to appear in a journal.',
    "The full paper hasn't been published yet, so treat the subgroup numbers as preliminary.",
    'Top-line results were presented in December 2022, but the full peer-reviewed paper is still awaited.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/published on 2025-05-09/));
  it.each([
    'The results were unpublished until May 2025.',
    'The top-line results had not yet been published when the symposium met.',
    'The trial was published in the Lancet.',
    'As of 2024 the full paper had yet to appear.',
  ])('stays silent on a past frame or a plain report: %s', (s) => expect(fired(run(s))).toBeUndefined());
});

describe('superseded: the only approved drug, told as still the only one', () => {
  const run = (s: string) => runRule(superseded, 'riluzole-not-the-only-drug', s);
  it.each(['Riluzole is still the only approved drug for ALS.', 'No other medicine has been approved for MND since riluzole.'])(
    'fires: %s',
    // Session 14: a count with no place is judged in every jurisdiction recorded, each change named.
    (s) => expect(fired(run(s))).toMatch(/No place is named.*in the US, .*edaravone \(Radicava\).*\(5 May 2017\)/),
  );
  it.each([
    'Riluzole has been approved since the 1990s.',
    'For two decades riluzole was the only approved drug.',
    'Until 2017, riluzole remained the only option.',
  ])('stays silent on history: %s', (s) => expect(fired(run(s))).toBeUndefined());
  it('"is only for" is not "the only"', () =>
    expect(fired(run('Riluzole is only for people with ALS, so my neurologist is checking whether I qualify.'))).toBeUndefined());
  it('one form of the drug is not the only drug', () =>
    expect(fired(run('This liquid is the only riluzole formulation approved for use through a feeding tube.'))).toBeUndefined());
});

describe('superseded: human testing told as still to come', () => {
  const run = (s: string) => runRule(superseded, 'immune-therapies-already-in-trials', s);
  it.each([
    'Immune approaches for ALS have only been tried in mice so far.',
    'For Treg therapy, human trials are the next step.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/already happened/));
  it('stays silent when the sentence does not speak of immune treatments itself (only the article does)', () =>
    expect(
      fired(
        run(
          'Several projects are already running, among them a drug-screening project, which will begin to reach patients in 2024.',
        ),
      ),
    ).toBeUndefined());
});

describe('superseded: a benefit told as shown before a larger trial failed', () => {
  const run = (s: string) => runRule(superseded, 'centaur-function', s, [], { published: '2020-10-05' });
  it('fires on the benefit told as fact in 2020', () =>
    expect(fired(run('AMX0035 slows functional decline in ALS.'))).toMatch(/Since this was published \(October 2020\)/));
  it('stays silent on what the trial reported, which stays true', () =>
    expect(
      fired(run('A phase 2 trial of AMX0035 reported a modest slowing of functional decline in 137 patients.')),
    ).toBeUndefined());
  it('fires on "the data show that it delivered a benefit": the evidence told in the present', () =>
    expect(
      fired(
        run('The data published today show that AMX0035 delivered a clinically meaningful benefit for people living with ALS.'),
      ),
    ).toMatch(/Since this was published \(October 2020\)/));
  it.each([
    'In short, the drug produces a significant slowing of ALSFRS-R decline.',
    'Canada approved AMX0035 on condition that the company supply stronger evidence that it works.',
  ])('stays silent on a statistical result or evidence still sought: %s', (s) => expect(fired(run(s))).toBeUndefined());
  it.each(['AMX0035 may slow the loss of function in ALS.', "The new medicine may give ten months' longer life."])(
    'fires on a hedged benefit: the evidence that made it likely was overturned (%s)',
    (s) => expect(fired(run(s))).toMatch(/Since this was published \(October 2020\)/),
  );
  it('stays silent on what the drug is designed to do', () =>
    expect(fired(run('AMX0035 is designed to reduce the death of motor neurons.'))).toBeUndefined());
});

describe('superseded: a withdrawal told as still to come', () => {
  const run = (s: string, published?: string) => runRule(superseded, 'phoenix-withdrawal', s, [], { published, via: 'named' });
  it.each([
    'It now looks inevitable that Relyvrio will be discontinued.',
    'Pulling Relyvrio from the market remains possible, the company said.',
    'Relyvrio may be withdrawn within weeks.',
  ])('outdated when written before the withdrawal: %s', (s) =>
    expect(fired(run(s, '2024-03-12'))).toMatch(/Since this was published \(March 2024\).*withdrawn/),
  );
  it.each([
    ['Amylyx has pledged to withdraw Relyvrio if the PHOENIX trial fails.', '2022-10-01'], // a pledge on a condition
    ['Relyvrio was withdrawn in April 2024.', '2024-03-12'], // told as done
    ['It now looks inevitable that Relyvrio will be discontinued.', undefined], // undated: may be history
    ['It now looks inevitable that Relyvrio will be discontinued.', '2024-05-01'], // written after it
  ])('stays silent: %s (%s)', (s, published) => expect(fired(run(s, published))).toBeUndefined());
});

describe('superseded: no treatment told as now for a group that has one since', () => {
  const run = (s: string, published?: string) => runRule(superseded, 'sod1-treatment-exists', s, [], { published });
  it.each([
    'There is no treatment that targets the cause of SOD1-ALS.',
    'Tofersen (antisense to SOD1) is in phase 3; no SOD1-targeted drug is approved yet.',
  ])('outdated when written before the approval: %s', (s) =>
    expect(fired(run(s, '2020-09-01'))).toMatch(/Since this was published/),
  );
  it.each([
    'There is still no cure for SOD1-ALS.', // still true
    'Until 2023 there was no treatment for SOD1-ALS.', // history
    'No other drug for SOD1-ALS has been approved in Japan.', // "no other", not "no SOD1-targeted drug"
    'SOD1 is the only known cause in 2% of patients.', // not a count of treatments
  ])('stays silent: %s', (s) => expect(fired(run(s, '2020-09-01'))).toBeUndefined());
});

describe('superseded: a trial told as still to start after it started', () => {
  const run = (s: string, published?: string) => runRule(superseded, 'coya302-status', s, [], { published });
  it('fires when the trial named has a start date in the record after the document', () =>
    expect(fired(run('The phase 2 ALSTARS trial is expected to start enrolling later this year.', '2025-03'))).toMatch(
      /Since this was published \(March 2025\)/,
    ));
  it('reads a company getting ready to start the trial as a start still to come', () =>
    expect(fired(run('Coya is getting ready to start the ALSTARS phase 2 trial.', '2025-08-25'))).toMatch(
      /Since this was published \(August 2025\)/,
    ));
  it('stays silent on a start told as past', () =>
    expect(fired(run('ALSTARS started enrolling in October 2025.', '2025-03'))).toBeUndefined());
  it('patients who "will start the drug" are no trial starting (session 17)', () =>
    expect(
      fired(
        runRule(
          superseded,
          'phoenix-withdrawal',
          'The company is voluntarily discontinuing Relyvrio, and no new patients will start the drug after the filing date.',
          [],
          { published: '2024-04-04', via: 'named' },
        ),
      ),
    ).toBeUndefined());
  // Session 14: a trial not named, in a sentence that follows the study (the record holds one trial's start), is that
  // trial ("The company said it is getting ready to start a phase 2 trial"); linked on its concepts alone, it is not.
  it('a trial not named, following the study, is the trial whose start the record holds', () =>
    expect(fired(run('The company said it is getting ready to start a phase 2 trial.', '2025-08-25'))).toMatch(
      /Since this was published \(August 2025\)/,
    ));
  it('a trial not named, linked on concepts alone, says nothing', () =>
    expect(
      fired(
        runRule(superseded, 'coya302-status', 'The trial is expected to start next year.', [], {
          published: '2025-03',
          via: 'standalone',
        }),
      ),
    ).toBeUndefined());
});

describe('superseded: a withdrawn drug said plainly to be on offer now, after the withdrawal', () => {
  const run = (s: string, doc: string[], published: string) =>
    runRule(superseded, 'phoenix-current-treatment', s, doc, { published });
  const FAILED = ['PHOENIX phase 3 (664 pts) failed primary and secondary endpoints, Mar 2024.'];
  it('is wrong on its date even when the document tells of the failure elsewhere', () =>
    expect(
      fired(
        run('Relyvrio currently licensed in US and Canada (Albrioza), so learn it as the 3rd US drug.', FAILED, '2026-01-12'),
      ),
    ).toBeDefined());
  it('a description in a document that tells of the failure still says nothing', () =>
    expect(
      fired(run('Relyvrio is a powder mixed with water and slows decline in the trial.', FAILED, '2026-01-12')),
    ).toBeUndefined());
  it('written before the withdrawal, a present-tense offer is outdated even where the document tells of the failure', () =>
    expect(fired(run('Relyvrio is currently available in the US.', ['Amylyx said PHOENIX failed.'], '2024-03-20'))).toMatch(
      /Since this was published \(March 2024\)/,
    ));
  it('an update banner above text written before the withdrawal does not make the old text current', () => {
    const banner = ['UPDATE, April 2024: Amylyx withdrew Relyvrio from the market.'];
    expect(fired(run('Relyvrio is available to members through the specialty pharmacy network.', banner, '2023-06-01'))).toMatch(
      /Since this was published \(June 2023\)/,
    );
    expect(fired(run('In the US, Relyvrio has given patients another option.', [], '2022-12-01'))).toMatch(
      /Since this was published/,
    );
  });
});

describe('superseded: answers and results not yet out', () => {
  it('reads "Not yet:" as an answer, not a negation of the pending review', () => {
    const edaravone = (s: string) => runRule(superseded, 'edaravone-approval', s, [], { published: '2016-10-01', via: 'named' });
    expect(fired(edaravone('Not yet: edaravone is under review by the FDA after a positive phase 3 trial in Japan.'))).toMatch(
      /Since this was published \(October 2016\)/,
    );
    expect(fired(edaravone('No, edaravone is not under review by the FDA.'))).toBeUndefined();
  });
  const mirocals = (s: string) => runRule(superseded, 'mirocals-publication', s, [], { published: '2020-03-01' });
  it.each(['Its results are not yet known.', 'The study has 220 participants, and the results are still outstanding.'])(
    'results told as not out yet: %s',
    (s) => expect(fired(mirocals(s))).toMatch(/Since this was published \(March 2020\)/),
  );
  it('stays silent on results that were not known at the time, told as history', () =>
    expect(fired(mirocals('At the time, its results were not yet known.'))).toBeUndefined());
});

describe('superseded: more status wordings (not yet approved, planning a trial, not appeared, given only as)', () => {
  const run = (claim: string, s: string, published: string) => runRule(superseded, claim, s, [], { published, via: 'named' });
  it.each([
    [
      'phoenix-current-treatment',
      'AMX0035 has not been approved by the FDA.',
      '2020-10-06',
      /approved in the US \(29 September 2022\)/,
    ],
    ['tofersen-scope', 'Tofersen has yet to win FDA approval.', '2021-08-24', /accelerated approval \(25 April 2023\)/],
    ['coya302-status', 'Coya is now planning a larger randomised phase 2 trial of COYA 302.', '2024-10-14', /ALSTARS started/],
    [
      'mirocals-publication',
      'MIROCALS finished in 2021 and its full results still have not appeared in a journal.',
      '2024-04-15',
      /published \(9 May 2025\)/,
    ],
    [
      'edaravone-oral-form',
      'Radicava is given only as an intravenous infusion, so patients need visits from a nurse.',
      '2017-05-08',
      /oral suspension/,
    ],
  ])('fires (%s): %s', (claim, s, published, message) => expect(fired(run(claim, s, published))).toMatch(message));
  it.each([
    ['phoenix-current-treatment', 'AMX0035 was not approved by the FDA until 2022.', '2020-10-06'],
    ['tofersen-scope', 'Tofersen has yet to win FDA approval.', '2023-06-01'],
  ])('stays silent on history or a status still true (%s): %s', (claim, s, published) =>
    expect(fired(run(claim, s, published)) ?? '').not.toMatch(/Since this was published/),
  );
});

describe('superseded: a withdrawn drug offered in a document written after the withdrawal', () => {
  const run = (s: string, doc: string[], published: string) =>
    runRule(superseded, 'phoenix-current-treatment', s, doc, { published, via: 'named' });
  const TOLD = ['Relyvrio was withdrawn from the market in April 2024.'];
  it.each([
    'I read that Relyvrio is the other main option to ask for.',
    'Relyvrio remains on our formulary and can be newly prescribed for members with ALS.',
    'For newly diagnosed listeners, Relyvrio is still a reasonable thing to ask your neurologist to prescribe.',
  ])('is wrong on its date even where the document tells of the withdrawal: %s', (s) =>
    expect(fired(run(s, TOLD, '2026-01-18'))).toBeDefined(),
  );
  it('stays silent on the supply kept for patients already on it', () =>
    expect(
      fired(
        run('No new prescriptions will be accepted, and people already taking the drug can get it free.', TOLD, '2024-04-05'),
      ),
    ).toBeUndefined());
});

describe('superseded: waiting for the paper or the results', () => {
  const imodals = (s: string) =>
    runRule(superseded, 'imodals-clinical-effect', s, [], { published: '2019-05-01', via: 'named', recordOnly: true });
  it('fires on "still waiting for the paper" before it appeared', () =>
    expect(
      fired(imodals('A trial called IMODALS tested low-dose IL-2 in 36 patients, and we are still waiting for the paper.')),
    ).toMatch(/Since this was published \(May 2019\)/));
  it('stays silent on a choice not to wait', () =>
    expect(fired(imodals('The agency approved it rather than wait for the results of IMODALS.'))).toBeUndefined());
});

describe('superseded: the withdrawn drug offered in other words (session 11)', () => {
  const run = (s: string, doc: string[] = []) => runRule(superseded, 'phoenix-current-treatment', s, doc);
  it.each([
    'Meanwhile he can also ask about Relyvrio, which the FDA approved in September.',
    'Relyvrio is covered by Medicare Part D plans.',
    'Relyvrio was approved by the FDA in September 2022 and is covered under our specialty pharmacy benefit.',
    'Insurers will pay for Relyvrio once the paperwork is in.',
    'In the United States AMX0035 will be marketed as Relyvrio.',
    // another drug's form named as a product is not a description of how this one is taken
    'From Friday, eligible patients can consider Albrioza and the tablet form of Radicava.',
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/withdrawn on 2024-04-04/));
  it('a description of how the drug is taken still says nothing', () =>
    expect(fired(run('For the first three weeks the recommended dose of Relyvrio is one packet a day.'))).toBeUndefined());
  it.each([
    ['Patients asked about Relyvrio long after it had gone.', []],
    ['He can also ask about Relyvrio.', ['In 2024 Amylyx pulled the drug Relyvrio from US markets.']],
  ] as [string, string[]][])('stays silent: %s', (s, doc) => expect(fired(run(s, doc))).toBeUndefined());
});

describe('superseded: results still waited for, after the paper (session 11)', () => {
  const run = (s: string, published?: string) => runRule(superseded, 'mirocals-publication', s, [], { published });
  it('"is still waiting for the results" on a page dated before the paper: outdated since', () =>
    expect(
      fired(
        run(
          'Sixteen months after the provisional findings were released, the MND community is still waiting for the results of the MIROCALS trial.',
          '2024-04-01',
        ),
      ),
    ).toMatch(/^Since this was published \(April 2024\): MIROCALS was published/));
  it('told as past, it says nothing', () =>
    expect(
      fired(run('The MND community was still waiting for the results of MIROCALS until 2025.', '2025-06-01')),
    ).toBeUndefined());
});

describe('superseded: real-coverage guards and timing (session 11, development set-34)', () => {
  const relyvrio = (s: string, published?: string) => runRule(superseded, 'phoenix-current-treatment', s, [], { published });
  it.each([
    ['PHOENIX was a phase 3 study that tested how well the drug AMX0035 works.', '2024-03-10'],
    ['Amylyx priced Relyvrio at $158,000 a year, about $10,000 less than the list price of another ALS drug.', '2022-09-30'],
    ['The doctor said that Relyvrio will hopefully slow its progression.', '2022-09-30'],
  ])('a purpose, a launch price or a hope is no offer now: %s', (s, published) =>
    expect(fired(relyvrio(s, published))).toBeUndefined(),
  );
  it('results awaited between the top-line and the paper: the paper is what came since', () => {
    const out = runRule(
      superseded,
      'mirocals-publication',
      'ILTOO is currently waiting for the data to be released.',
      ['MIROCALS announced its top-line results in December 2022.'],
      { published: '2023-07-26' },
    );
    expect(fired(out)).toMatch(/^Since this was published \(July 2023\): MIROCALS's full results were published/);
  });
});

describe('superseded: a trial told as reporting later, in a document written before it reported', () => {
  const run = (s: string) => runRule(superseded, 'phoenix-trial-result', s, [], { published: '2023-10-03', via: 'named' });
  it('fires on "when it reports next year"', () =>
    expect(
      fired(run('The bigger PHOENIX trial, with more than 600 people, should confirm the benefit when it reports next year.')),
    ).toMatch(/Since this was published \(October 2023\)/));
  it('stays silent on a report told as past', () =>
    expect(fired(run('The bigger PHOENIX trial reported its results in March 2024.'))).toBeUndefined());
});

describe('superseded: what a drug is for is not a use told as now', () => {
  const run = (s: string) => runRule(superseded, 'phoenix-current-treatment', s, [], { published: '2023-10-13', via: 'named' });
  it('stays silent on an application "to treat" the disease', () =>
    expect(
      fired(run('Amylyx receives negative CHMP opinion on its application for AMX0035 to treat amyotrophic lateral sclerosis')),
    ).toBeUndefined());
  it.each([
    'Relyvrio (AMX0035) may be prescribed to slow functional decline; check the patient’s insurance first.',
    'Relyvrio has been shown to help people with ALS live longer.',
    'The drug is now commercially available in Canada.',
  ])('still reads a use told as now: %s', (s) => expect(fired(run(s))).toMatch(/Since this was published \(October 2023\)/));
});

describe('superseded: a paper told as still to come ("until the analysis is published")', () => {
  const run = (s: string) => runRule(superseded, 'mirocals-publication', s, [], { published: '2023-07-27', via: 'context' });
  it('fires on a plan held back until the paper is out', () =>
    expect(
      fired(run('The foundation cannot move forward on getting IL-2 to patients until the detailed analysis is published.')),
    ).toMatch(/Since this was published \(July 2023\)/));
  it('stays silent on an unpublished state told as past', () =>
    expect(fired(run('The analysis was unpublished until 2025.'))).toBeUndefined());
});

describe('superseded: session 13 readings of status in plain words', () => {
  it('reads "the FDA hasn\'t approved it" as no decision yet', () =>
    expect(
      fired(
        runRule(
          superseded,
          'edaravone-approval',
          'There is another drug, edaravone, that is used in Japan, but the American FDA hasn’t approved it.',
          [],
          {
            published: '2016-09-12',
            via: 'named',
          },
        ),
      ),
    ).toMatch(/Since this was published \(September 2016\)/));
  it('reads "its results aren\'t out yet" as results still to come', () =>
    expect(
      fired(
        runRule(
          superseded,
          'imodals-clinical-effect',
          'A small trial called IMODALS finished this spring, but its results aren’t out yet.',
          [],
          {
            published: '2016-09-12',
            via: 'named',
            recordOnly: true,
          },
        ),
      ),
    ).toMatch(/Since this was published \(September 2016\)/));
  it("a paper still to come in a sentence linked on its concepts alone is not this study's when another treatment is named", () => {
    const run = (s: string) => runRule(superseded, 'mirocals-publication', s, [], { published: '2024-03-01', via: 'standalone' });
    expect(fired(run('We also discussed RAPA-501, which is open-label and has not published efficacy results.'))).toBeUndefined();
    expect(
      fired(
        run('Results from a European trial of low-dose IL-2 were announced in 2022, but the full paper has not been published.'),
      ),
    ).toMatch(/Since this was published/);
  });
});

describe('superseded: session 13, decisions and offers in other words', () => {
  it('reads a recommendation for approval as the decision still to come, in the region whose stretch is pending', () =>
    expect(
      fired(
        runRule(
          superseded,
          'tofersen-scope',
          'Tofersen is already approved for use in the US and has been recommended for approval in Europe.',
          [],
          {
            published: '2024-03-21',
            via: 'named',
          },
        ),
      ),
    ).toMatch(/Since this was published \(March 2024\): in the EU it was approved/));
  it('reads advice to start a withdrawn drug as an offer', () =>
    expect(
      fired(
        runRule(
          superseded,
          'phoenix-current-treatment',
          'For a newly diagnosed adult, it advises starting riluzole together with Relyvrio straight away.',
          [],
          {
            published: '2026-02-21',
            via: 'named',
          },
        ),
      ),
    ).toMatch(/withdrawn/));
});

describe("superseded: waiting on a named study's paper (session 13)", () => {
  it('fires on "still waiting on the MIROCALS paper" before it was published', () =>
    expect(
      fired(
        runRule(
          superseded,
          'mirocals-publication',
          "We're also still waiting on the MIROCALS paper, fifteen months after they presented it.",
          [],
          {
            published: '2024-03-10',
            via: 'named',
          },
        ),
      ),
    ).toMatch(/Since this was published \(March 2024\)/));
});

describe('superseded: session 13, set-39 wordings', () => {
  it('reads "is not FDA-approved" as no decision yet', () =>
    expect(
      fired(
        runRule(
          superseded,
          'tofersen-scope',
          'Tofersen is not FDA-approved and is therefore excluded from coverage at this time.',
          [],
          {
            published: '2023-03-15',
            via: 'named',
          },
        ),
      ),
    ).toMatch(/Since this was published \(March 2023\)/));
  it('reads "remains my first add-on choice" as a drug on offer', () =>
    expect(
      fired(
        runRule(superseded, 'phoenix-current-treatment', 'Relyvrio remains my first add-on choice for most new patients.', [], {
          published: '2023-06-01',
          via: 'named',
        }),
      ),
    ).toMatch(/Since this was published \(June 2023\)/));
});

describe('superseded: set-38 wordings (session 13)', () => {
  it('reads "pending completion of a phase 3 study (PHOENIX)" as the trial still running', () =>
    expect(
      fired(
        runRule(
          superseded,
          'phoenix-trial-result',
          'For now, pending completion of a phase 3 study (PHOENIX) in Europe, an exceptional prescription is allowed.',
          [],
          {
            published: '2023-10-05',
            via: 'named',
          },
        ),
      ),
    ).toMatch(/Since this was published \(October 2023\)/));
  it('a study that has reported, with no endpoint verdict on record, told as awaiting results', () =>
    expect(
      fired(
        runRule(
          superseded,
          'treg2a-efficacy',
          'A phase 2a trial (NCT04055623) has been completed, and the company said results are expected by the end of the summer.',
          [],
          {
            published: '2021-06-01',
            via: 'named',
            recordOnly: true,
          },
        ),
      ),
    ).toMatch(/Since this was published \(June 2021\): .*reported its results \(November 2022\)/));
});

describe('superseded: a new add-on option (session 13)', () => {
  it('reads "US patients now have a new add-on option" as the drug on offer', () =>
    expect(
      fired(
        runRule(
          superseded,
          'phoenix-current-treatment',
          'Relyvrio was approved by the FDA in September, so US patients now have a new add-on option.',
          [],
          {
            published: '2022-12-08',
            via: 'named',
          },
        ),
      ),
    ).toMatch(/Since this was published \(December 2022\)/));
});

describe('superseded: descriptions and history that are not status (session 14, from real coverage)', () => {
  const relyvrio = (s: string) => runRule(superseded, 'phoenix-current-treatment', s, [], { published: '2022-06-17' });
  it.each([
    // what the drug is and how it is taken, not an offer
    'Relyvrio is an oral therapy dissolved in water that combines two drugs, sodium phenylbutyrate and taurursodiol.',
    'Patients take Relyvrio by mixing it into water and drinking it, at a cost of more than $150,000 a year.',
  ])('a withdrawn drug described: silent: %s', (s) => expect(fired(relyvrio(s))).toBeUndefined());
  it('a withdrawn drug offered as a treatment still fires', () =>
    expect(fired(relyvrio('Relyvrio is an oral therapy for ALS that doctors can prescribe.'))).toMatch(/withdrawn/));

  const sod1 = (s: string) => runRule(superseded, 'sod1-treatment-exists', s, [], { published: '2024-05-31' });
  it('what no treatment had done before the new one is history', () =>
    expect(
      fired(sod1('No treatment approved in the EU before Qalsody had targeted a genetic cause of SOD1-ALS.')),
    ).toBeUndefined());
  it('no treatment for the group, told as now, still fires', () =>
    expect(fired(sod1('There is no approved treatment for SOD1-ALS.'))).toBeDefined());
});

describe("superseded: a trial told as still recruiting in its patients' words (session 14)", () => {
  const outdated = (text: string) =>
    checkText(text, { today: '2026-12-05' })
      .filter((f) => f.verdict === 'outdated')
      .map((f) => f.event?.date);
  const LEAD = 'MIROCALS is a trial of low-dose IL-2 in ALS.';
  it.each([
    'Patients are being recruited in Glasgow, Scotland.',
    'The trial is now accepting new participants at 17 clinics.',
    'Recruitment is still open in France.',
  ])('undated, after the trial is named: outdated since the trial ended (July 2021, before its results): %s', (s) =>
    expect(outdated(`${LEAD} ${s}`)).toEqual(['2021-07-22']),
  );
  it.each(['Patients were recruited in Glasgow, Scotland.', 'Patients are not being recruited yet.'])(
    'silent when told as past or denied: %s',
    (s) => expect(outdated(`${LEAD} ${s}`)).toEqual([]),
  );
});

describe('superseded: a registry page telling its study as still active (session 14)', () => {
  const outdated = (text: string) =>
    checkText(text, { today: '2026-12-05', published: '2023-01-06' })
      .filter((f) => f.verdict === 'outdated')
      .map((f) => f.event?.date);
  const HEAD =
    'Phase 3 trial of AMX0035 for ALS (PHOENIX), ClinicalTrials.gov record NCT05021536\nLast update posted: January 6, 2023\n';
  it('"the recruitment status of the study is active": outdated since the results', () =>
    expect(outdated(`${HEAD}The recruitment status of the study is active, not recruiting.`)).toEqual(['2024-03-08']));
  it('a bare field ("Recruitment status: active") may be a study the database does not hold: silent', () =>
    expect(outdated(`${HEAD}Recruitment status: active, not recruiting.`)).toEqual([]));
});

describe('superseded: more pending and on-offer wordings (session 14, from set-46)', () => {
  const flagged = (text: string, published: string) =>
    checkText(text, { today: '2026-12-05', published })
      .filter((f) => f.verdict === 'outdated')
      .map((f) => f.event?.date);
  it('"still waiting for the full MIROCALS results": outdated since the paper', () =>
    expect(
      flagged('We are still waiting for the full MIROCALS results, a year after the top-line findings.', '2024-01-18'),
    ).toEqual(['2025-05-09']));
  it('"a peer-reviewed paper is expected" after the study: outdated since the paper', () =>
    expect(
      flagged(
        'MIROCALS top-line results were shown at the symposium. A peer-reviewed paper is expected in the first half of next year.',
        '2022-12-09',
      ),
    ).toContain('2025-05-09'));
  it('"is expected to confirm that benefit": a trial told as still to report', () =>
    expect(flagged('A larger confirmatory trial, PHOENIX, is expected to confirm that benefit next year.', '2023-03-02')).toEqual(
      ['2024-03-08'],
    ));
  it('"has been added to the formulary": a withdrawn drug told as on offer', () =>
    expect(
      flagged(
        'Relyvrio, approved on 29 September 2022, has been added to the formulary as a covered ALS medicine.',
        '2022-10-28',
      ),
    ).toEqual(['2024-04-04']));
});

describe('superseded: no approval yet, told in any wording, judged at the place its clause names', () => {
  const flags = (text: string, published: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it.each([
    'Tofersen is not approved by the FDA, and requests will be reviewed under our policy for investigational drugs.',
    'The FDA has not yet approved tofersen for SOD1-ALS.',
    'Doctors said tofersen looks promising, but the FDA has not decided on it yet.',
  ])('outdated since the US approval: %s', (s) => {
    const [f] = flags(`Tofersen for SOD1-ALS\n\n${s}`, '2022-11-01');
    expect(f?.verdict).toBe('outdated');
    expect(f?.reasons[0]?.message).toMatch(/Since this was published \(November 2022\).*25 April 2023/);
  });
  it('stays silent where the place is not one the records hold, or another clause names the place', () => {
    const text =
      'Edaravone in Europe\n\nThe FDA approved edaravone in 2017.\n\nEven though edaravone is not approved in Germany, the medicine can be imported from Japan.';
    expect(flags(text, '2018-01-10').filter((f) => /Germany/.test(f.text))).toEqual([]);
  });
  it('stays silent where the application was withdrawn and the drug is still not approved there', () => {
    expect(flags('Edaravone in Europe\n\nEdaravone is not approved in the EU.', '2020-05-01')).toEqual([]);
  });
});

describe('superseded: "not approved" at a place whose decisions are recorded as events only, or named by the decision', () => {
  const flags = (text: string, published: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it('dates "The UK regulator has not licensed tofersen" by the UK licence', () => {
    const [f] = flags('Tofersen news\n\nThe UK regulator has not licensed tofersen either.', '2024-09-01');
    expect(f?.verdict).toBe('outdated');
    expect(f?.reasons[0]?.message).toMatch(
      /Since this was published \(September 2024\).*(?:MHRA|in the UK it was approved).*22 July 2025/,
    );
  });
  it('takes the place the negated decision names over another in its clause ("sold in Japan … has no US approval")', () => {
    const [f] = flags(
      'Edaravone explained\n\nEdaravone, a drug sold in Japan under the name Radicut, has no US approval, so American patients import it.',
      '2016-06-01',
    );
    expect(f?.verdict).toBe('outdated');
    expect(f?.reasons[0]?.message).toMatch(/in the US/);
  });
  it('stays silent when the negated decision names two places', () => {
    expect(flags('Tofersen news\n\nTofersen does not have a licence in the UK or the US yet.', '2022-09-01')).toEqual([]);
  });
});

describe('superseded: a trial told as running in any present-progressive verb, or its results as not yet announced', () => {
  const flags = (text: string, published: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it.each([
    'In Europe, the MIROCALS trial is testing low-dose interleukin-2 alongside riluzole in people newly diagnosed with ALS.',
    'We are one of the UK centres currently recruiting to MIROCALS, a trial of low-dose interleukin-2.',
    'MIROCALS, a placebo-controlled trial of low-dose IL-2, has finished follow-up but has not yet announced its results.',
  ])('outdated since MIROCALS reported: %s', (s) => {
    const [f] = flags(`IL-2 in ALS\n\n${s}`, '2019-03-01');
    expect(f?.verdict).toBe('outdated');
    expect(f?.reasons[0]?.message).toMatch(/Since this was published \(March 2019\)/);
  });
  it('calls a trial "already treating patients" before it started a wrong fact, not an outdated one', () => {
    const [f] = flags(
      'IL-2 in ALS\n\nThat larger trial, MIROCALS, is already treating patients in Britain and France.',
      '2015-06-01',
    );
    expect(f?.verdict).toBe('misreported');
    expect(f?.reasons[0]?.message).toMatch(/started only on 2017-06-19/);
  });
  it.each([
    'The MIROCALS trial is promising, the investigators say.',
    'The MIROCALS trial is being published in full in The Lancet this week.',
  ])('stays silent on an adjective in -ing or a report of the paper: %s', (s) =>
    expect(flags(`IL-2 in ALS\n\n${s}`, '2025-05-09')).toEqual([]),
  );
});

describe('superseded: a claim dated by one place is not judged for a sentence about another', () => {
  const flags = (text: string, published: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it('dates "In Europe, riluzole remains the only licensed ALS drug" by the EU approval of tofersen, not a US approval', () => {
    const [f] = flags(
      'ALS drugs\n\nIn Europe the picture is bleaker: riluzole remains the only licensed ALS drug.',
      '2024-04-09',
    );
    expect(f?.verdict).toBe('outdated');
    expect(f?.reasons[0]?.message).toMatch(/May 2024/);
    expect(f?.reasons[0]?.message).not.toMatch(/2017/);
  });
  it('dates "no licensed treatment in the UK for the SOD1 form" by the UK licence, not the US approval', () => {
    const [f] = flags(
      'MND news\n\nThere is currently no licensed treatment in the UK for the inherited SOD1 form of MND.',
      '2022-12-10',
    );
    expect(f?.verdict).toBe('outdated');
    expect(f?.reasons[0]?.message).toMatch(/(?:MHRA|in the UK it was approved).*22 July 2025/);
  });
  it('still dates the sentence that names no place, or the place of the event', () => {
    const [f] = flags('ALS drugs\n\nRiluzole is still the only approved ALS drug in the US.', '2016-01-10');
    expect(f?.verdict).toBe('outdated');
  });
});

describe('superseded: more ways to tell a trial as running, a result as unsaid, a withdrawn drug as on offer', () => {
  const flags = (text: string, published: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it('a drug that "has now moved into a phase 3 trial" named, after the trial reported', () => {
    const [f] = flags("SOD1-ALS\n\nBiogen's tofersen has now moved into a phase 3 trial called VALOR.", '2019-05-01');
    expect(f?.verdict).toBe('outdated');
  });
  it('"have not yet said whether that endpoint was met": the past tense is the question\'s', () => {
    const text =
      'IL-2 in ALS\nThe most anticipated is MIROCALS, a phase 2b trial of low-dose interleukin-2, whose results are due.\nThe trial randomised 220 patients at clinics in the UK and France.\nIts primary endpoint is survival at 21 months.\nThe investigators have not yet said whether that endpoint was met.';
    expect(flags(text, '2022-06-01').some((f) => /said whether/.test(f.text) && f.verdict === 'outdated')).toBe(true);
  });
  it.each([
    'AMX0035, sold as Relyvrio in the USA and as Albrioza in Canada, can currently be prescribed in both countries.',
    'Amylyx already markets the medicine in Canada, where it won conditional approval as Albrioza in June.',
    'Relyvrio is considered medically necessary for adults with definite ALS.',
    'ALBRIOZA is the trade name of the drug, which is used for adults with ALS.',
  ])('a withdrawn drug told as on offer before its withdrawal: %s', (s) => {
    const found = flags(`Relyvrio\n\n${s}`, '2023-01-10');
    expect(found.map((f) => f.verdict)).toContain('outdated');
  });
});

describe('superseded: a review told as pending in two places at once, and products counted', () => {
  const flags = (text: string, published: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it('judges "under regulatory review in both the U.S. and Canada" in each place, dated by the first decision', () => {
    const [f] = flags(
      'AMX0035\n\nAMX0035 is currently under regulatory review for ALS in both the U.S. and Canada.',
      '2022-03-01',
    );
    expect(f?.verdict).toBe('outdated');
    expect(f?.reasons[0]?.message).toMatch(
      /Since this was published \(March 2022\): the drug was approved in Canada \(June 2022\)/,
    );
  });
  it('stays silent on two places told apart', () =>
    expect(
      flags(
        'AMX0035\n\nAMX0035 is approved in Canada, and the U.S. is yet to follow with a decision expected soon.',
        '2022-07-01',
      )
        .filter((f) => /approved in Canada/.test(f.text))
        .map((f) => f.reasons[0]?.message),
    ).not.toContainEqual(expect.stringMatching(/decisions still to come/)));
  it('counts "no new product has been approved in the European Union"', () => {
    const [f] = flags('ALS\n\nNo new product for ALS has been approved in the European Union in over 25 years.', '2023-05-30');
    expect(f?.verdict).toBe('outdated');
  });
});

describe('superseded: the writer’s own plan and experimental treatments of another kind', () => {
  const flags = (text: string, published: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it('a grant aim ("we will test whether …") is not the status of the trial followed', () => {
    const text =
      'Treg function in ALS\n\nA larger trial of low-dose IL-2, MIROCALS, has begun in the UK and France.\nAim 2: we will test whether baseline Treg function predicts the rate of ALSFRS-R decline over 18 months.';
    expect(flags(text, '2017-09-10').filter((f) => /Aim 2/.test(f.text))).toEqual([]);
  });
  it('"edaravone and investigational immune therapies": the investigational ones are others', () =>
    expect(flags('Position statement: edaravone and investigational immune therapies in ALS', '2023-01-10')).toEqual([]));
});

describe('superseded: the drug told as given only outside the market', () => {
  const flags = (text: string, published: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it.each([
    'In Germany, tofersen has so far been given within a hardship programme.',
    'Tofersen, an antisense drug for SOD1-ALS, cannot yet be dispensed outside clinical studies and expanded access.',
  ])('outdated since its first approval: %s', (s) => {
    const [f] = flags(
      `Tofersen before the FDA\n\nAn FDA advisory committee will discuss tofersen for SOD1-ALS this month.\n${s}`,
      '2022-10-01',
    ).filter((x) => x.text === s);
    expect(f?.verdict).toBe('outdated');
    expect(f?.reasons[0]?.message).toMatch(/25 April 2023/);
  });
});

describe('superseded: a decision reported as made, and the drug referred to as experimental', () => {
  const flags = (text: string, published: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it('"confirmed that they had approved" a since-withdrawn drug is history', () =>
    expect(
      flags(
        "Charcot disease: France approves, with conditions, a controversial treatment\n12 October 2023\nFrench health authorities confirmed on 10 October that they had approved, under certain conditions, a treatment for Charcot's disease, a step patient associations had asked for despite doubts about how well Amylyx's drug works.",
        '2023-10-12',
      ),
    ).toEqual([]));
  it('"access to the experimental drug has been possible since 2021" refers to it; "it is an experimental drug" calls it so', () => {
    const text =
      'Tofersen\n\nTofersen is being tested in people with SOD1-ALS.\nAccess to the experimental drug has been possible since 2021.';
    expect(flags(text, '2022-09-24').filter((f) => /Access/.test(f.text))).toEqual([]);
    const called =
      'Tofersen\n\nTofersen is being tested in people with SOD1-ALS.\nIt is called tofersen and it is an experimental drug.';
    expect(
      flags(called, '2022-09-24')
        .filter((f) => /experimental drug/.test(f.text))
        .map((f) => f.verdict),
    ).toEqual(['outdated']);
  });
});

describe('superseded: a launch told with its date', () => {
  it('"The commercial launch of ALBRIOZA in Canada began on July 29, 2022" is history', () =>
    expect(
      checkText('Amylyx results\n\nThe commercial launch of ALBRIOZA in Canada began on July 29, 2022.', {
        today: '2026-12-05',
        published: '2022-08-10',
      }).filter((f) => f.verdict !== 'supported'),
    ).toEqual([]));
});

describe('superseded: what a real page reports rather than asserts (session 16)', () => {
  const flags = (text: string, published?: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it('an insurer that considers an approved drug investigational states its policy, not the drug’s status', () =>
    expect(
      flags(
        'Medical policy\n\nThe insurer considers tofersen investigational for all indications, including ALS with SOD1 mutations, because conclusive evidence of clinical benefit is lacking.',
      ),
    ).toEqual([]));
  it('an application filed is news of an event; whether the decision is still open is told apart', () => {
    const text =
      'Edaravone filing\n\nMitsubishi Tanabe Pharma has announced that it has submitted a New Drug Application to the US FDA for edaravone as a treatment for ALS.\nIt is still unclear whether the FDA will approve the drug.';
    const found = flags(text);
    expect(found.map((f) => f.text)).toEqual(['It is still unclear whether the FDA will approve the drug.']);
  });
  it('an oral form developed by another company is not the maker’s approved oral suspension', () => {
    const text =
      'Edaravone\n\nEdaravone was approved for ALS in Japan in 2015.\nAn oral formulation of edaravone is being developed by the Dutch biotechnology company Treeway.';
    expect(flags(text)).toEqual([]);
    const maker =
      'Edaravone\n\nEdaravone was approved for ALS in Japan in 2015.\nAn oral formulation of edaravone is being developed by Mitsubishi Tanabe.';
    expect(flags(maker).map((f) => f.verdict)).toEqual(['outdated']);
  });
});

describe('superseded: a withdrawn drug told as approved or on offer in other words (session 16)', () => {
  const flags = (text: string, published?: string) =>
    checkText(`Relyvrio\n\n${text}`, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it.each([
    ['Sodium phenylbutyrate/taurursodiol (Relyvrio) has FDA approval for adults with ALS.', undefined],
    ['Relyvrio is FDA-approved for ALS.', undefined],
    ['Alongside riluzole, people in the US now also have access to Relyvrio, approved by the FDA in September.', '2022-12-09'],
    ['For adults with ALS, Relyvrio and edaravone should be added to riluzole as disease-modifying therapies.', undefined],
    ['Management expects Relyvrio to remain a market leader for years.', '2023-11-15'],
  ])('%s', (text, published) => expect(flags(text, published).map((f) => f.verdict)).toEqual(['outdated']));
  it.each([
    'Relyvrio had FDA approval from 2022 until 2024.',
    'Patients who were on Relyvrio should be offered other options.', // the patients, not the drug, are offered
    'People who took Relyvrio should be considered for other trials.',
  ])('not: %s', (text) => expect(flags(text)).toEqual([]));
});

describe('superseded: a trial described as only it can be, told as running (session 16)', () => {
  const flags = (text: string, published?: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it('"a larger trial of low-dose IL-2 … recruiting in Britain and France" is MIROCALS, even with its drug named', () =>
    expect(
      flags(
        'Community news\n\nA larger trial of low-dose interleukin-2 for MND is now recruiting patients in Britain and France.',
        '2018-06-14',
      ).map((f) => `${f.source}:${f.verdict}`),
    ).toEqual(['mirocals:outdated']));
});

describe('superseded: statuses of their day in more words (session 16, set 67)', () => {
  const flags = (text: string, published: string) =>
    checkText(text, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it.each([
    [
      'MIROCALS, which adds low-dose aldesleukin to riluzole, is recruiting in the UK and France and aims to randomise about 220 people.',
      '2018-12-10',
    ],
    [
      'IMODALS found IL-2 safe in ALS. Its authors said it supports a bigger trial, which is already under way in Britain and France.',
      '2020-10-14',
    ],
    ['Biogen has filed anyway, and the FDA is supposed to decide on tofersen for SOD1-ALS by late January.', '2022-09-30'],
    [
      'Tofersen, an investigational therapy for people with SOD1 mutations, remains under FDA review and is not covered at this time.',
      '2023-01-09',
    ],
    ['Effective February 1, 2023, Relyvrio is added to the specialty tier of our formulary for members with ALS.', '2023-01-09'],
    [
      'The Food and Drug Administration currently recognises three medicines for ALS: riluzole, edaravone and Relyvrio.',
      '2023-01-09',
    ],
  ])('%s', (text, published) => expect(flags(`ALS news\n\n${text}`, published).map((f) => f.verdict)).toContain('outdated'));
  it.each([
    [
      'MIROCALS tested low-dose IL-2 in ALS. Several projects are already running, among them a drug-screening project.',
      '2024-05-01',
    ],
    ['IMODALS tested low-dose IL-2 in ALS. The full IMODALS results are being prepared for publication.', '2019-01-01'],
  ])('not (as running or planned): %s', (text, published) =>
    expect(
      flags(`ALS news\n\n${text}`, published).filter(
        (f) => f.verdict === 'outdated' && /running|start/.test(f.reasons[0]?.message ?? ''),
      ),
    ).toEqual([]),
  );
});

describe('superseded: set-63 wordings (session 16)', () => {
  const flags = (text: string, published: string) =>
    checkText(`ALS news\n\n${text}`, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it.each([
    [
      "Edaravone's application in Europe is currently with the regulator, and we hope to hear more later this year.",
      '2019-03-14',
    ],
    [
      'Tofersen, an antisense drug for people with SOD1 mutations, is still experimental, and no regulator has approved it.',
      '2021-04-07',
    ],
    [
      'Edaravone is given in hospital. This medicine exists only as infusion in the vein, so the patients must come every month.',
      '2021-04-07',
    ],
  ])('outdated: %s', (text, published) => expect(flags(text, published).map((f) => f.verdict)).toContain('outdated'));
  it.each([
    ["Full results from a late-stage trial of Biogen's experimental ALS drug tofersen were published today.", '2022-09-21'],
    [
      'Relyvrio news. Our pharmacists are often asked which medicines are available for ALS, so here is a quick overview.',
      '2022-06-03',
    ],
  ])('silent: %s', (text, published) => expect(flags(text, published)).toEqual([]));
});

describe('superseded: a withdrawn drug offered through its support programme, or beside a description (session 16)', () => {
  const flags = (text: string, published?: string) =>
    checkText(`Relyvrio\n\n${text}`, { today: '2026-12-05', published }).filter((f) => f.verdict !== 'supported');
  it.each([
    'Commercially insured patients may be eligible for a $0 co-pay programme for RELYVRIO.',
    'Prescribers can download the RELYVRIO enrolment form to start their patients on treatment.',
    'Relyvrio, a powder mixed with water, was approved last September and can be ordered through specialty pharmacies.',
  ])('%s', (text) => expect(flags(text, '2023-01-10').map((f) => f.verdict)).toEqual(['outdated']));
  it('"there is now a newly approved medicine" in a page about the drug', () =>
    expect(
      flags(
        'The FDA approved Relyvrio for ALS last week.\nThere is no cure, but there is now a newly approved medicine that may slow the disease.',
        '2022-10-04',
      ).map((f) => f.verdict),
    ).toContain('outdated'));
  it.each([
    'Patients take Relyvrio by mixing it into water and drinking it, at a cost of more than $150,000 a year.',
    'For the first three weeks the recommended dose of Relyvrio is one packet a day, which can be taken by mouth.',
  ])('a description of use is not an offer: %s', (text) => expect(flags(text, '2024-03-09')).toEqual([]));
});

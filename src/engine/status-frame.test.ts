import { describe, expect, it } from 'vitest';
import { statusAssertions } from './status-frame';

const kinds = (t: string) => statusAssertions(t).map((a) => (a.kind === 'drug-count' ? `count:${a.count}` : a.kind));

describe('status frame: a decision still to come', () => {
  it.each([
    'Regulators in Europe are still assessing the application.',
    'Biogen is now under priority review in the United States, with a target date in April.',
    'An oral form is being reviewed by the FDA, and a decision could come next spring.',
    'Patients are waiting to hear whether the FDA will approve the drug next month.',
    'The company has filed for approval with the European Medicines Agency, and a decision is expected next year.',
    'The European Commission is expected to make the final decision within two months.',
    // access forecast for a stated time: a decision (and approval) still to come
    'European patients are likely to get access to edaravone within the next two years.',
    'Campaigners say NHS patients could be receiving low-dose IL-2 by the end of next year.',
    // the drug awaited where it would be given, "before the end of this year" (no history)
    'The medicine is expected in Italian hospitals before the end of this year.',
    // the decision by its verb
    "We're still waiting to hear whether Europe will approve edaravone.",
  ])('%s', (t) => expect(kinds(t)).toContain('decision-pending'));
  it.each([
    'The drug was under review until 2019.', // history
    'The FDA is not reviewing the application.', // negation
    'The company reviewed its plans; approval came later.', // the two parts in different clauses, and past
    'Approval rested on a drop in a blood marker.',
    // an access forecast with no time, or a trial arm
    'Patients hope they will get access to the drug one day.',
    'Half of the patients will be receiving a placebo within the next two months.',
    'The medicine was expected in Italian hospitals before 2019.', // history
    // a filing told as news is an event, not the decision told as pending (session 16, real coverage)
    'The company has filed for approval with the European Medicines Agency.',
    'Mitsubishi Tanabe has announced that it has submitted a New Drug Application to the US FDA for edaravone.',
    // data awaited, not a decision
    'A Spanish medicines agency report endorses tofersen as an option while mature clinical efficacy data are awaited.',
    'The agency is awaiting further data from the company.',
  ])('not: %s', (t) => expect(kinds(t)).not.toContain('decision-pending'));
});

describe('status frame: a drug on offer now', () => {
  it.each([
    'For now, patients can get the drug through specialty pharmacies.',
    'The drug remains on the market while the trial is analysed.',
    'Doctors in the US can now prescribe it.',
    'It costs about $158,000 a year.',
    'The company will decide within two months and, until then, will keep selling it.',
    'Attention now turns to the commercial launch.',
    'Doctors have started prescribing it, and about 3,800 patients are now taking it.',
    'The company expects to launch Relyvrio within weeks.',
    'Insurers have begun covering Relyvrio, and Medicare covers it under Part D.',
    'The decision gives ALS patients a third treatment option.',
    'Patients can start taking Relyvrio within a few weeks, the company says.',
    'Neurologists are already prescribing Relyvrio.',
    'Medicare now covers Relyvrio for eligible patients.',
    '- Relyvrio currently licensed in US and Canada (Albrioza).',
    'Relyvrio joins riluzole and edaravone as approved treatments for ALS.',
    'Relyvrio is indicated for the treatment of amyotrophic lateral sclerosis in adults.',
    'Provincial pharmacare now pays for Albrioza.',
    'From Friday, eligible patients can consider Albrioza.',
    'People paying out of pocket would be able to get the therapy in about six weeks.',
    'In the United States AMX0035 is marketed as Relyvrio.',
    'For most other patients, Relyvrio remains one of the main options alongside riluzole.',
    'Relyvrio, approved in September, is now part of standard care.',
  ])('%s', (t) => expect(kinds(t)).toContain('available'));
  it.each([
    'Whether he starts it will depend on his insurance, he said.',
    'It was available until 2024.',
    'Medicare did not cover it.',
    'Neurologists were prescribing it until the withdrawal.',
    'It was indicated for ALS until 2024.',
    'Patients would be able to get it if the trial succeeds.',
    'It would be cost-effective only at a price of $9,100 a year.',
    'The treatment, AMX0035 (sold as Albrioza), combines two drugs.',
    'Relyvrio was marketed in the US from 2022 to 2024.',
  ])('not: %s', (t) => expect(kinds(t)).not.toContain('available'));
});

describe('status frame: not on offer yet', () => {
  it.each([
    'An oral version is being studied, but it is not yet available.',
    'It is not yet approved in Europe.',
    'Second, at present it can only be given as intravenous infusions in suitable hospitals.',
  ])('%s', (t) => expect(kinds(t)).toContain('unavailable'));
  it.each([
    'It is available by prescription.',
    'It was not available until 2022.',
    'Relyvrio launched at a list price of $158,000 a year.',
  ])('not: %s', (t) => expect(kinds(t)).not.toContain('unavailable'));
  it('"FDA clears X, to be sold as Y" names the drug in the approval news; "will be marketed as" is a launch to come', () => {
    expect(kinds('FDA Clears AMX0035, to Be Sold as Relyvrio, for ALS')).not.toContain('available');
    expect(kinds('In the United States AMX0035 will be marketed as RELYVRIO.')).toContain('available');
  });
  it('a past launch with its price is history, not the drug on offer now', () =>
    expect(kinds('Relyvrio launched at a list price of $158,000 a year.')).not.toContain('available'));
});

describe('status frame: a comparison with a forecast is no forecast', () => {
  it('"the results came later than expected" tells of results that came', () =>
    expect(kinds('Miller said the results came later than expected but that he is enthusiastic.')).not.toContain(
      'results-pending',
    ));
  it('"results are expected next year" is still to come', () =>
    expect(kinds('Results are expected next year.')).toContain('results-pending'));
});

describe('status frame: results still to come', () => {
  it.each([
    'The investigators plan to release the first results next year.',
    'The trial will report its results early next year.',
    'Topline data are expected in the second half of the year.',
    'The company now expects its top-line data in the second quarter.',
    'The drug is currently being tested in a phase 3 trial.',
    // a modal forecast, a result held back until a time, a trial still going
    'The results from the IL-2 study should come out in 2021.',
    "The IL-2 trial won't report until 2021 at the earliest.",
    'The big IL-2 trial in Britain and France is still going.',
    "The trial hasn't finished yet.",
  ])('%s', (t) => expect(kinds(t)).toContain('results-pending'));
  it.each([
    'The results were expected in 2022 but came late.',
    'The trial reported its results in March.',
    'The chair said he expects the trial to generate further data on safety.',
    'The trial is going to test a higher dose.',
    'The results could have been clearer.',
  ])('not: %s', (t) => expect(kinds(t)).not.toContain('results-pending'));
});

describe('status frame: how many drugs are approved', () => {
  it.each([
    ['At present, ALS has four approved treatments.', 'count:4'],
    ['The AP noted that the FDA has so far cleared just two treatments for the disease.', 'count:2'],
  ])('reads the count in "%s"', (t, k) => expect(kinds(t)).toContain(k));
  it('reads "just two treatments have approval" as a count', () =>
    expect(kinds('The cause is not fully understood, and just two treatments have approval.')).toContain('count:2'));
  it.each([
    ['Only two medicines, riluzole and edaravone, have been approved by the FDA for ALS.', 2],
    ['Three drugs are currently approved for ALS in the United States.', 3],
    ['It is only the second drug the FDA has ever approved to treat ALS.', 2],
    ['Riluzole remains the only drug licensed for ALS in the UK.', 1],
    ['There are just two approved treatments.', 2],
    ['In the US, riluzole and edaravone remain the only drugs approved for ALS.', 2],
    ['The only FDA-approved medicine for ALS, riluzole, can extend life by a few months.', 1],
    ['The approval makes Relyvrio the third drug approved for ALS in the United States.', 3],
    ['It is now the fourth medicine approved for ALS.', 4],
  ] as [string, number][])('%s → %i', (t, n) => expect(kinds(t)).toContain(`count:${n}`));
  it.each([
    'In September it became only the third drug approved in the U.S. for ALS.', // history
    'Until 2017, riluzole was the only approved drug.',
    'Two drugs were tested in the trial.',
    'The only drug, it seems, is hope.',
  ])('not: %s', (t) => expect(kinds(t).some((k) => k.startsWith('count'))).toBe(false));
});

describe('status frame: a paper still to come', () => {
  it.each([
    "The full paper hasn't been published yet.",
    'The data have not been peer-reviewed.',
    'The results are still unpublished.',
    "The results of that trial still haven't appeared in a journal, nearly two and a half years on.",
    'The peer-reviewed paper is still awaited.',
    // a relative clause tells its own status, whatever the tense of the clause before it
    'A similar approach was tested in Europe in the MIROCALS trial, whose results are still awaited.',
    // reported speech: "was still awaited" when he spoke, that is when the page was written
    'He added that the full paper was still awaited, so nothing could be recommended yet.',
    'Tom said the full MIROCALS paper is still nowhere to be seen, more than a year after the headline numbers.',
  ])('%s', (t) => expect(kinds(t)).toContain('publication-pending'));
  it.each([
    'The paper was still awaited in 2023.', // narration, not reported speech: history
    'The paper was published in May.',
    'The results were published in The Lancet.',
    'The results appeared in The Lancet in May.',
  ])('not: %s', (t) => expect(kinds(t)).not.toContain('publication-pending'));
});

describe('status frame: one drug by name as all there is, one way of giving it', () => {
  it.each(['Patients in Europe have only riluzole.', 'People with ALS in the UK have only one approved drug.'])('%s', (t) =>
    expect(statusAssertions(t)).toContainEqual(expect.objectContaining({ kind: 'drug-count', count: 1 })),
  );
  it.each(['Patients have only months to live.', 'Patients in Europe have only riluzole and edaravone.'])(
    'not a count: %s',
    (t) => expect(statusAssertions(t).some((a) => a.kind === 'drug-count' && a.count === 1)).toBe(false),
  );
  it('"must be given by infusion" is the one way it is given', () =>
    expect(kinds('Edaravone must be given by daily intravenous infusion in cycles.')).toContain('unavailable'));
});

describe('drug counts told as "the only N"', () => {
  it('reads "are now the only two FDA-approved ALS drugs" as a count of two', () =>
    expect(kinds('Riluzole and edaravone are now the only two FDA-approved ALS drugs.')).toContain('count:2'));
});

describe('status frame: the clause that dates the main one', () => {
  it('reads the main clause, not the past tense of a trailing "after …" or "since …" clause', () => {
    expect(
      kinds(
        'The results of that trial still have not appeared in a journal, nearly two and a half years after they were announced.',
      ),
    ).toContain('publication-pending');
    expect(kinds('Top-line data are expected next spring, a year after the last patient was enrolled.')).toContain(
      'results-pending',
    );
  });
  it('still reads a past main clause as history', () =>
    expect(kinds('The results were expected in 2019, after the trial had finished.')).toEqual([]));
});

describe('status frame: results already out, told by their verdict', () => {
  it.each([
    'Given the negative phase 3 result, the drug is expected to be taken off the market.',
    'After the disappointing data, the company is expected to decide within weeks.',
  ])('not results still to come: %s', (t) => expect(kinds(t)).not.toContain('results-pending'));
  it.each(['Top-line results are expected in the second quarter.', 'The final results are expected next year.'])(
    'results still to come: %s',
    (t) => expect(kinds(t)).toContain('results-pending'),
  );
});

describe('status frame: a drug on offer, with more than one adverb', () => {
  it.each(['The drug is now commercially available in Canada.', 'It is already widely prescribed.'])('%s', (t) =>
    expect(kinds(t)).toContain('available'),
  );
});

describe('status frame: the only drug, named after the count', () => {
  it.each([
    'In the UK the only licensed medicine for MND is riluzole, and it adds a few months at best.',
    'The only approved drug in Europe is riluzole.',
  ])('%s', (t) => expect(kinds(t)).toContain('count:1'));
  it('not a count of approved drugs', () => expect(kinds('The only drug shown to extend survival is riluzole.')).toEqual([]));
});

describe('status frame: a wait that qualifies something done then', () => {
  it('reads "Pending the opinion, the agency set up …" as history', () =>
    expect(
      kinds("Pending the EMA's opinion, the French medicines agency set up a temporary authorisation for use in France."),
    ).toEqual([]));
  it('still reads a wait with a present clause', () =>
    expect(kinds("Pending the EMA's opinion, patients can get it through an early access scheme.")).toContain(
      'decision-pending',
    ));
});

describe('status frame: session 13 counts and decisions', () => {
  it.each([
    'For people with ALS, even taking the only medicine indicated for treating it can become a daily problem.',
    'Riluzole is to date the only medicine that acts on motor neurones and holds a marketing authorisation for ALS.',
    'Riluzole, which adds only months to life, is at present the one treatment available in the UK.',
  ])('one drug: %s', (t) => expect(kinds(t)).toContain('count:1'));
  it('a recommendation for approval is a decision still to come', () =>
    expect(kinds('Tofersen has been recommended for approval in Europe.')).toContain('decision-pending'));
});

describe('status frame: set-38 wordings (session 13)', () => {
  it.each([
    "The drug's indication is ALS, which is also called Lou Gehrig's disease.",
    'Its indication is amyotrophic lateral sclerosis.',
  ])('on offer: %s', (t) => expect(kinds(t)).toContain('available'));
  it.each([
    'The CHMP is expected to adopt a formal opinion on the application at its next meeting.',
    'Now the wait is for the European Medicines Agency to speed up its own approval procedures as well.',
  ])('a decision still to come: %s', (t) => expect(kinds(t)).toContain('decision-pending'));
  it.each([
    'Riluzole is at present the only medicine that can influence the course of ALS.',
    'Among medicines, riluzole is the only drug on the market with a proven favourable effect on the course of ALS.',
  ])('one disease-modifying drug: %s', (t) => expect(kinds(t)).toContain('count:1'));
  it('not a count: the only drug shown to extend survival', () =>
    expect(kinds('Riluzole is the only drug shown to extend survival.')).toEqual([]));
});

describe('status frame: set-40 counts (session 13)', () => {
  it.each([
    'The only treatment approved today, riluzole, rests on this observation.',
    'On the pharmacological side, the neurologist currently has only one drug, riluzole.',
    'So far one drug has been approved for ALS, and it can slow the disease moderately.',
    'Indeed, no drug has been approved for treating ALS in Europe for more than 25 years.',
    'So the only option still available is riluzole, the glutamate antagonist approved in 1996.',
  ])('one drug: %s', (t) => expect(kinds(t)).toContain('count:1'));
  it.each(['Riluzole was for years the only treatment approved in Europe.', 'No drug has been approved that halts ALS.'])(
    'not a count told as now: %s',
    (t) => expect(kinds(t)).not.toContain('count:1'),
  );
});

describe('status frame: a count told after the approving verb (session 14)', () => {
  it.each([
    ['Regulators in the UK and the US have endorsed only a single neuroprotective drug for ALS, riluzole.', 'count:1'],
    ['The FDA has approved only two drugs for ALS.', 'count:2'],
    ['Health Canada has so far authorised just one medicine for ALS.', 'count:1'],
  ])('%s', (t, want) => expect(kinds(t)).toContain(want));
  it('a single trial is not a count of drugs', () =>
    expect(kinds('The FDA approved the drug on the strength of only a single trial.')).not.toContain('count:1'));
});

describe('status frame: "the only therapy approved so far in Italy to slow …" (session 14)', () => {
  it.each([
    'The first orodispersible formulation of riluzole, the only therapy approved so far in Italy to slow the progression of ALS, is now available.',
    'Riluzole, the only drug licensed to date in the UK for MND, extends life by a few months.',
  ])('%s', (t) => expect(kinds(t)).toContain('count:1'));
});

describe('status frame: more wordings from real coverage (session 14)', () => {
  it.each([
    ['The European Commission still has to decide on a marketing authorisation for Qalsody in the EU.', 'decision-pending'],
    ['The agency must still give its final decision.', 'decision-pending'],
    ['So far the FDA has approved two drugs to treat ALS: one extends life by a few months.', 'count:2'],
    ['The effect of riluzole (Rilutek), at present the only approved treatment, is also limited.', 'count:1'],
  ])('%s', (t, want) => expect(kinds(t)).toContain(want));
  it.each([
    'The Commission decided in May 2024 to grant the authorisation.',
    'So far the FDA has approved two drugs this year for rare diseases in children.',
  ])('not a decision to come or a count of ALS drugs: %s', (t) =>
    expect(kinds(t).filter((k) => k === 'decision-pending' || k.startsWith('count:'))).toEqual([]),
  );
});

describe('status frame: no approval yet, in any wording', () => {
  it.each([
    'Tofersen is not approved by the FDA, and requests will be reviewed case by case.',
    'The FDA has not yet approved tofersen.',
    'She said the FDA has not decided on it yet.',
    'No UK approval filing for Biogen’s tofersen this year',
    'Biogen has not submitted an application for tofersen in Europe.',
    'The drug still isn’t licensed in the UK.',
  ])('%s', (t) => expect(kinds(t)).toContain('not-approved'));
  it.each([
    'It is a life-threatening disease that has no approved therapies.', // a count of none, not this drug's decision
    'Tofersen is not approved for people without an SOD1 mutation.', // a narrower group than the disease
    'Without a second trial the drug would not be approved.', // a hypothesis
    'Members switching from one drug to the other do not need a new prior authorization.', // insurance
    'The drug is no longer approved in Canada.', // a withdrawal
    'NICE has not yet decided whether the NHS will fund it.', // funding, not a licence
    'The trial has not been approved by the ethics committee.', // a trial's own approval
  ])('not: %s', (t) => expect(kinds(t)).not.toContain('not-approved'));
  it('keeps only the words up to the place after the decision word', () => {
    const a = statusAssertions('Edaravone is not approved in Germany, but it can be imported from Japan.').find(
      (x) => x.kind === 'not-approved',
    );
    expect(a?.clause).toBe('Edaravone is not approved in Germany');
  });
});

describe('status frame: a negated decision after "because" or "yet", and decisions expected in the active voice', () => {
  it.each([
    'Tofersen is considered investigational and is not covered, because no FDA approval has been granted.',
    'Tofersen has been available to Americans since April 2023, yet no European authorisation has been granted.',
  ])('not approved: %s', (t) => expect(kinds(t)).toContain('not-approved'));
  it.each([
    'Its manufacturer applied to the European Medicines Agency this year, and we expect a decision during 2019.',
    'An oral form, approved in the US in May, is expected to win approval in Japan soon.',
  ])('a decision still to come: %s', (t) => expect(kinds(t)).toContain('decision-pending'));
});

describe('status frame: "awaited"', () => {
  it.each([
    'The EMA accepted the application in December 2022 and its answer is still awaited.',
    'Now the final approval by the EMA must be awaited.',
  ])('a decision still to come: %s', (t) => expect(kinds(t)).toContain('decision-pending'));
  it('not the drug awaited since its approval elsewhere', () =>
    expect(kinds('Edaravone has been awaited with great interest since its approval in the US in 2017.')).not.toContain(
      'decision-pending',
    ));
});

describe('status frame: counts with a word between', () => {
  it.each([
    'Across the European Union, riluzole is likewise the only licensed ALS treatment.',
    'In Europe the picture is bleaker: riluzole remains the only licensed ALS drug.',
    'Riluzole, sold as Rilutek, is the only registered medicine proven to work in treating ALS.',
  ])('one drug: %s', (t) => expect(kinds(t)).toContain('count:1'));
});

describe('status frame: "only one other treatment" counts the subject too', () => {
  it('is not read as one drug', () =>
    expect(kinds('Only one other treatment, riluzole, is authorised in Europe for this disease.')).not.toContain('count:1'));
  it('"only one treatment is authorised" still is', () =>
    expect(kinds('Only one treatment, riluzole, is authorised in Europe for this disease.')).toContain('count:1'));
});

describe('status frame: "has so far approved two drugs for ALS"', () => {
  it('counts two', () =>
    expect(kinds('The US Food and Drug Administration (FDA) has so far approved two drugs for ALS.')).toContain('count:2'));
});

describe('status frame: "was that" and "just one" (session 17)', () => {
  it('"our biggest surprise was that patients have just one medicine" counts one drug, told as now', () =>
    expect(
      kinds(
        'Our biggest surprise was that American patients have just one medicine the FDA has approved for the disease, riluzole.',
      ),
    ).toContain('count:1'));
  it('"the finding was that patients had …" stays history', () =>
    expect(kinds('The finding was that patients had only one approved medicine, riluzole.')).not.toContain('count:1'));
});

describe('status frame: a count told as the approval the drugs hold', () => {
  it('"three medicines hold FDA approval for ALS" counts three', () =>
    expect(kinds('At present, three medicines hold FDA approval for ALS: riluzole, edaravone and another.')).toContain(
      'count:3',
    ));
});

// Session 19: phrasings from the unstudied sets (84, 85, 87, 91, 92) and blind set-94, in our own words.
describe('status frame: more ways of telling a status (session 19)', () => {
  it.each([
    ['We are still waiting to hear whether it will be approved here.', 'decision-pending'],
    ['The agency is still deciding whether to approve the drug.', 'decision-pending'],
    [
      'Amylyx has asked regulators in Canada and the US to approve the drug and will apply in Europe before the year is out.',
      'decision-pending',
    ],
    ['In Japan the oral form is now under examination, and a decision is expected before end of the year.', 'decision-pending'],
    ['Relyvrio, approved last autumn, is now stocked at pharmacies across the state.', 'available'],
    ['The drug remains on pharmacy shelves while the larger trial runs.', 'available'],
    ['Families there can now choose Relyvrio alongside riluzole.', 'available'],
    ['Riluzole, edaravone, and Relyvrio, which many of my patients take.', 'available'],
    ["A year on, the full paper still hasn't come out.", 'publication-pending'],
    ['The big trial, with more than 600 patients, is still in course.', 'results-pending'],
    ['The only medicine is riluzole, which blocks the release of glutamate.', 'count:1'],
    ['For now, the only drug we can prescribe for ALS itself is riluzole.', 'count:1'],
    ['The blog says the only other drug on the market today is riluzole.', 'count:2'],
    ['The only treatment known to be valid for it today is riluzole.', 'count:1'],
    ['Although no medicine apart from riluzole affects the course of the disease, symptoms can be eased.', 'count:1'],
    ['At present there is no cure for ALS, only two drugs that slow its progress, riluzole and edaravone.', 'count:2'],
  ])('%s -> %s', (t, kind) => expect(kinds(t)).toContain(kind));
  it.each([
    // an aim, not a state
    ['The charity is working towards a future in which everyone with ALS can get effective treatments.', 'available'],
    // evidence, not a count of drugs on offer
    ['The only drug shown to extend survival is riluzole.', 'count:1'],
    // "has not come out of" is not a paper still to come
    ['The patient has not come out of hospital since the paper appeared.', 'publication-pending'],
  ])('%s is not %s', (t, kind) => expect(kinds(t)).not.toContain(kind));
});

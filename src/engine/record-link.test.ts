// A sentence about a study but about none of its claims' topics still has its record checked (size,
// design, dates, places), when the study is named itself and alone, or followed from before.
import { describe, expect, it } from 'vitest';
import { checkText } from './index';

/** The findings on a text, today fixed and the document dated when `published` is given. */
const findings = (text: string, published?: string) => checkText(text, { today: '2026-12-05', published });
/** "source:verdict" for each finding. */
const verdicts = (text: string, published?: string) => findings(text, published).map((f) => `${f.source}:${f.verdict}`);

describe('a distinctive term of the study carries it to the next sentence', () => {
  it('IL-10 after the C9orf72 study', () =>
    expect(
      verdicts(
        'T cells from people with ALS reacted to the C9orf72 protein. So IL-10 is the reason some patients live a long time with the disease.',
      ),
    ).toContain('michaelis-2025:overstated'));
  it('time gained in other words is survival ("only buys a couple of months", "gives people years")', () =>
    expect(
      verdicts(
        'MIROCALS tested low-dose IL-2 in ALS. Unlike riluzole, which only buys a couple of months, IL-2 gives people years.',
      ),
    ).toContain('mirocals:overstated'));
});

describe('a year alone does not name a study', () => {
  it('"approved in 2022" after a sentence about another drug given by infusion is not the 2022 Treg trial', () =>
    expect(
      verdicts(
        'Edaravone, given by infusion or by mouth, slowed decline in a Japanese trial. The oral version was approved in 2022 after a separate efficacy trial showed it works even better than the drip.',
      ),
    ).toEqual(['edaravone-mci186-19:misreported']));
});

describe("a study's record, checked without a matching claim", () => {
  it('a trial named by its descriptor, with the other trial’s size', () => {
    expect(verdicts('The 1994 riluzole trial enrolled 959 patients.')).toEqual(['riluzole-1994:misreported']);
  });
  it('a trial followed from the sentence before', () => {
    expect(
      verdicts('MIROCALS tested low-dose IL-2 in people with ALS. In total, 304 patients were randomised to IL-2 or placebo.'),
    ).toContain('mirocals:misreported');
  });
  it.each([
    'The 1996 riluzole trial, which included 959 patients, confirmed the 1994 findings in 155 patients.', // two studies
    'In the 1994 riluzole trial, 77 patients were randomised to riluzole and 78 to placebo.', // arm sizes
    'In 2023, a year after MIROCALS results were announced, the sponsor sought partners.', // another clause's year
    'MIROCALS tested low-dose IL-2 in ALS. The trial enrolled 304 patients, according to its registry record.', // the registry's total
    // another paper by one of the trial's authors, cited by author and year, after the trial was named
    'Lacomblez et al, 1996, gave 959 patients riluzole 50, 100 or 200 mg/day or placebo. Bensimon et al, 2002, enrolled 168 patients over 75 and found no benefit of riluzole.',
    // a new form of a known drug, by its own code, after the drug's trial was named
    'XYZ401 is a new oral form of edaravone. A company is running a phase 3 trial of the investigational medicine XYZ401 in ALS.',
  ])('stays silent: %s', (text) => expect(verdicts(text).filter((v) => !v.endsWith(':supported'))).toEqual([]));
});

describe('a status with no subject of its own follows the drug the document is about', () => {
  it('a new decision date, in a brief that names only the company and its drug', () =>
    expect(
      verdicts(
        'Amylyx said US regulators had extended their review of AMX0035. The new PDUFA date is September 29.',
        '2022-06-10',
      ),
    ).toContain('phoenix:outdated'));
  it('"The study is taking place at 55 sites", undated, after the trial is named', () =>
    expect(
      verdicts('PHOENIX is a phase 3 trial of AMX0035. The study is taking place at about 55 sites in Europe and the US.'),
    ).toContain('phoenix:outdated'));
  it('stays silent when the document names no drug or study', () =>
    expect(
      verdicts('The company said regulators had extended their review. The new PDUFA date is September 29.', '2022-06-10'),
    ).toEqual([]));
});

describe('a result with no subject of its own continues the study just spoken of', () => {
  const v = (text: string) => findings(text).map((f) => `${f.source}:${f.verdict}:${f.reasons.map((r) => r.code)}`);
  it('a list item under one about low-dose IL-2', () =>
    expect(v('ALS treatments, revision notes\n- low-dose IL-2 = cuts deaths by 48%\n- 80% of patients benefit\n')).toContain(
      'mirocals:misreported:share-misread',
    ));
  it('not after a sentence about no study, nor when it names another treatment', () => {
    expect(v('ALS has no cure.\n- 80% of patients benefit\n')).toEqual([]);
    expect(
      v('ALS treatments, revision notes\n- low-dose IL-2 = cuts deaths by 48%\n- with riluzole, 80% of patients benefit\n'),
    ).not.toContain('mirocals:misreported:share-misread');
  });
  it('a journal alone does not name a study: a tofersen paper in JAMA Neurology is not the Treg paper', () =>
    expect(
      v(
        'Tofersen can slow progression in a rare genetic form of ALS. The findings were published in JAMA Neurology. The lead author said halting progression was now a realistic goal.',
      ).filter((x) => x.startsWith('sheean')),
    ).toEqual([]));
});

describe('a paper "not yet published" follows the study that was published after the document', () => {
  it('in a thread that spoke of two studies, the one unpublished on its date', () =>
    expect(
      verdicts(
        "Low-dose IL-2 looked good in MIROCALS. Edaravone was approved in 2017 after the MCI186-19 trial. The full paper hasn't been published yet, so treat the numbers as preliminary.",
        '2023-02-14',
      ),
    ).toContain('mirocals:outdated'));
});

describe('a transcript: the drug named in speech, the result in the next turn', () => {
  it('"this interleukin drug" then "it cut the risk of dying"', () =>
    expect(
      verdicts(
        'ALS podcast\n\nHOST: So this interleukin drug, the low-dose one, what did the trial find?\nGUEST: Basically it cut the risk of dying by almost half.\n',
      ),
    ).toContain('mirocals:overstated'));
});

describe('spoken and threaded registers', () => {
  it('"DOCTOR: It is approved for everyone…" after the drug is named in the question', () =>
    expect(
      verdicts(
        'Radio transcript\nPRESENTER: And the new drug tofersen, does it help everyone with ALS?\nDOCTOR: It is approved for everyone with the disease, yes.\n',
      ),
    ).toContain('tofersen-valor:misreported'));
  it('"It\'s basically a cure" is a claim', () =>
    expect(
      verdicts("Low-dose IL-2 looked good in MIROCALS for ALS. It's basically a cure for the slow form of the disease."),
    ).toContain('mirocals:overstated'));
});

describe("the FDA's own procedures name it", () => {
  it('"under priority review, with a decision due in late June" is a US decision still to come', () =>
    expect(
      findings('AMX0035 is under priority review, with a decision due in late June.', '2022-01-15').map(
        (f) => `${f.source}:${f.verdict}:${f.event?.date}`,
      ),
    ).toContain('phoenix:outdated:2022-09-29'));
});

describe('a trial called by its treatment', () => {
  it('"the IL-2 trial" after a post about another IL-2 study is the study that stands for IL-2 in ALS', () =>
    expect(
      findings(
        'COYA 302 combines low-dose IL-2 with abatacept in ALS. My neuro told me the IL-2 trial showed it halves your risk of dying.',
      ).map((f) => f.source),
    ).toContain('mirocals'));
});

describe('a study dated by its year in the sentence ("the 2022 trial")', () => {
  const HOUSTON =
    'Thonhoff et al. 2018 gave expanded Treg infusions to three people with ALS in a first-in-human study. The infusions were safe.';
  it('"The 2022 trial randomised 40 patients" is the 2022 trial, not the 2018 one followed', () =>
    expect(verdicts(`${HOUSTON} The 2022 trial randomised 40 patients.`)).toContain('treg-phase2a-2022:misreported'));
  it('"A 2022 follow-up trial proved the therapy slows ALS" is judged against the 2022 trial', () =>
    expect(verdicts(`${HOUSTON} A 2022 follow-up trial proved the therapy slows ALS.`)).toContain(
      'treg-phase2a-2022:overstated',
    ));
  it('"The 2022 trial randomised 7 patients" is right', () =>
    expect(verdicts(`${HOUSTON} The 2022 trial randomised 7 patients.`)).not.toContain('treg-phase2a-2022:misreported'));
  it('a study dated by another year than the one followed is not checked against it', () =>
    expect(verdicts(`${HOUSTON} The 2015 study randomised 40 patients.`)).toEqual(
      expect.not.arrayContaining(['treg-phase1-2018:misreported', 'treg-phase2a-2022:misreported']),
    ));
});

describe("a study's record: its dated status told as still to come", () => {
  it('"The full IMODALS results are being prepared for publication" (2019) is outdated by the 2020 paper', () =>
    expect(verdicts('The full IMODALS results are being prepared for publication.', '2019-06-01')).toContain('imodals:outdated'));
  it('a study named only by a descriptor ("the present phase 1 study") is not judged on its status', () =>
    expect(
      verdicts('The present phase 1 study will test, in four people with ALS, whether the drug is safe.', '2024-06-01'),
    ).not.toContain('treg-phase1-2018:outdated'));
});

describe('a trial still to start, named through its study', () => {
  it.each([
    'Coya Therapeutics also plans a placebo-controlled phase 2 trial of COYA 302 in ALS.',
    'Management is guiding to a randomised phase 2, but as of this writing no COYA 302 phase 2 has started.',
  ])('is outdated once it started (October 2025): %s', (s) =>
    expect(findings(s, '2025-03-14').find((f) => f.source === 'coya-302')?.event?.date).toBe('2025-10'),
  );
});

describe('the study a sentence is about, when a word of another study appears in it (session 16)', () => {
  it('"The Lancet Neurology" is not The Lancet: the sentence stays with IMODALS, and its journal is wrong', () =>
    expect(
      verdicts(
        'Researchers have published the results of IMODALS, a trial of low-dose aldesleukin in ALS. The findings appear in The Lancet Neurology.',
      ),
    ).toEqual(['imodals:misreported']));
  it('a 36-patient phase 2a right after a sentence on MIROCALS is the 36-patient IL-2 trial, not MIROCALS', () => {
    const f = findings(
      'The CFO noted that the MIROCALS primary endpoint was not statistically significant. Management said a 36-patient phase 2a had already validated efficacy for the class.',
    );
    expect(f.map((x) => `${x.source}:${x.verdict}:${x.reasons.map((r) => r.code).join(',')}`)).toContain(
      'imodals:overstated:early-phase-as-efficacy',
    );
  });
});

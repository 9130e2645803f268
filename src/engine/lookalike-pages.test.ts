// Pages about another disease, and registry records, end to end on documents of our own wording (development set 82
// showed the first; the document kinds ask for the second).
import { describe, expect, it } from 'vitest';
import { checkText } from './index';

const flags = (text: string, published?: string) =>
  checkText(text, { published, today: '2026-12-05' }).filter((f) => f.verdict !== 'supported');
const flagOn = (text: string, sentence: string, published?: string) =>
  flags(text, published).find((f) => sentence.includes(f.text) || f.text.includes(sentence));

describe('a page about another disease', () => {
  it('keeps a cancer-drug page silent on dosing told without naming the disease again', () => {
    const lines = [
      'High-dose treatment is given as an intravenous infusion every eight hours in hospital, usually with intensive-care support.',
      'Serious side effects of high-dose treatment include capillary leak syndrome, low blood pressure and infections.',
    ];
    const text = [
      'Proleukin (aldesleukin) 18 million IU powder for solution - specialist pharmacy',
      'Proleukin is a recombinant form of interleukin-2 supplied as a powder to be reconstituted for injection.',
      'It is licensed for metastatic renal cell carcinoma and, in the United States, also for metastatic melanoma.',
      'The FDA approved it for kidney cancer in 1992 and for melanoma in 1998.',
      lines[0],
      'In clinical studies, complete responses were seen in about 7% of patients with metastatic kidney cancer.',
      lines[1],
      'Aldesleukin is not licensed for motor neurone disease (ALS), and we cannot supply it for that use.',
      'Low doses of aldesleukin were studied in people with motor neurone disease in the MIROCALS trial, published in The Lancet in 2025.',
      'The dose used in MIROCALS, 2 million IU a day for five days each month, is a small fraction of a cancer dose.',
    ].join('\n');
    for (const line of lines) expect(flagOn(text, line)).toBeUndefined();
  });

  it('keeps an Alzheimer page silent on its own drug’s approvals, and still judges the ALS drug beside it', () => {
    const lines = [
      'In the United States, lecanemab received accelerated approval in January 2023 and full approval in July 2023.',
      'The approval rests on the Clarity AD trial of 1,795 people, in which the drug slowed decline by 27% over 18 months.',
    ];
    const valor = 'Tofersen clearly slowed the loss of function in its phase 3 trial, VALOR.';
    const text = [
      "Europe approves Alzheimer's antibody lecanemab, and what ALS patients can learn",
      "The European Commission has authorised lecanemab for early Alzheimer's disease.",
      'It is the first medicine authorised in the EU that targets amyloid.',
      ...lines,
      'For patients with ALS the comparison is instructive.',
      'In 2023 the FDA also used accelerated approval for tofersen, an antisense drug for SOD1 ALS.',
      valor,
    ].join('\n');
    for (const line of lines) expect(flagOn(text, line, '2025-04-16')).toBeUndefined();
    expect(flagOn(text, valor, '2025-04-16')?.verdict).toBe('misreported');
  });

  it('keeps a sentence on spinal muscular atrophy silent beside tofersen', () => {
    const line = 'Nusinersen (Spinraza) was the first approved treatment for SMA when the FDA cleared it in December 2016.';
    const text = `Spinraza, an antisense drug\n${line}\nIt is injected into the spinal fluid, like the ALS drug tofersen.\n`;
    expect(flagOn(text, line)).toBeUndefined();
  });

  it('still judges an ALS page after it names the drug’s use in cancer', () => {
    const line = 'Unlike riluzole, which buys only a couple of months, IL-2 adds years of life.';
    const text = [
      'Cancer drug turns back the clock on ALS',
      'A low dose of interleukin-2 helped people with ALS live longer in the MIROCALS trial.',
      'Interleukin-2 has been used at much higher doses to treat some cancers.',
      line,
    ].join('\n');
    expect(flagOn(text, line, '2025-05-10')?.verdict).toBe('overstated');
  });
});

describe('a trial registry record', () => {
  const record = (id: string, status: string) =>
    [
      'Modifying Immune Response and Outcomes in ALS',
      `ClinicalTrials.gov ID: ${id}`,
      'Last Update Posted: 2019-03-14',
      `Recruitment Status: ${status}`,
      'Study Type: Interventional',
      'Phase: Phase 2',
      'Conditions: Amyotrophic Lateral Sclerosis',
      'Interventions: low-dose interleukin-2; placebo',
      'Locations: United Kingdom, France',
    ].join('\n');

  it("dates the registered trial's status on the record's date", () => {
    const f = flagOn(record('NCT03039673', 'Recruiting'), 'Recruitment Status: Recruiting');
    expect(f?.verdict).toBe('outdated');
    // (the trial was completed in July 2021, before it reported in December 2022)
    expect(f?.event?.date).toMatch(/^2021-07/);
  });

  it('says nothing of a record whose status is done', () => {
    expect(flags(record('NCT03039673', 'Completed'))).toEqual([]);
  });

  it('says nothing of a record of a trial the database does not hold', () => {
    expect(flags(record('NCT09999999', 'Recruiting'))).toEqual([]);
  });

  it('does not read a bare status line in an article as the article’s trial', () => {
    const text = 'Trials open to people with ALS\nMIROCALS tested low-dose IL-2 in the UK and France.\nStatus: recruiting.\n';
    expect(flagOn(text, 'Status: recruiting.')).toBeUndefined();
  });
});

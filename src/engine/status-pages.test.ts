// Dated status and reference pages (development set 83), end to end on documents of our own wording: what such pages
// say that is not a claim, and the status they tell in their own forms.
import { describe, expect, it } from 'vitest';
import { checkText } from './index';

const flags = (text: string, published?: string) =>
  checkText(text, { published, today: '2026-12-05' }).filter((f) => f.verdict !== 'supported');
const flagOn = (text: string, sentence: string, published?: string) =>
  flags(text, published).find((f) => sentence.includes(f.text) || f.text.includes(sentence));

describe('what a status page says that asserts nothing wrong', () => {
  it('reads a heading "what is being tested" as naming whatever is, not a trial still running', () => {
    const line = 'Treatments for MND: what is available and what is being tested';
    const text = [
      line,
      'Last reviewed: January 2024',
      'There is no cure for motor neurone disease, but some treatments can slow it a little or help with symptoms.',
      'Tofersen (Qalsody) has been approved in the United States for people with an SOD1 gene mutation.',
    ].join('\n');
    expect(flagOn(text, line, '2024-01-15')).toBeUndefined();
  });
  it('reads "is still being confirmed" as certainty still to come', () => {
    const line =
      'Tofersen lowered a marker of nerve damage in trials, but its effect on everyday function is still being confirmed.';
    expect(flagOn(`Tofersen\n${line}\n`, line, '2024-01-15')).toBeUndefined();
  });
  it('reads "the 70% of participants with lower levels of that marker" as the subgroup', () => {
    const line = 'The roughly 70% of participants with lower levels of that marker had an estimated 48% lower risk of death.';
    const text = `MIROCALS\nMIROCALS tested low-dose IL-2 in 220 people with ALS.\n${line}\n`;
    expect(flagOn(text, line)).toBeUndefined();
  });
  it('reads high doses beside a cancer licence as the cancer dose', () => {
    const line = 'Aldesleukin is already licensed as a cancer treatment, so its safety at high doses is well characterised.';
    const text = `ILT-101 fact sheet\nMIROCALS tested low-dose IL-2 in people with ALS.\n${line}\n`;
    expect(flagOn(text, line, '2024-02-01')).toBeUndefined();
  });
  it('reads "the patient can swallow" in eligibility as an ability, not a route', () => {
    const line = 'The patient can swallow without needing a nasogastric or PEG tube.';
    const text = `IMODALS (NCT02059759)\nIMODALS gave low-dose IL-2 under the skin.\n${line}\n`;
    expect(flagOn(text, line)).toBeUndefined();
  });
});

describe('status in the forms such pages use', () => {
  const listing = [
    'Trial finder listing: MIROCALS (NCT03039673), low-dose interleukin-2 added to riluzole',
    '2019-08-02',
    'Condition: amyotrophic lateral sclerosis (ALS).',
    'Status: active, not recruiting; all participants are now in treatment or follow-up.',
    'Design: phase 2b, randomised, double-blind, placebo-controlled.',
    'Treatment: aldesleukin 2 MIU under the skin for five days every 28 days.',
    'Locations: clinics in the United Kingdom and France.',
    'Primary outcome: survival.',
    'No results from this trial have been announced yet.',
  ].join('\n');
  it("dates a listing's status field", () => expect(flagOn(listing, 'Status: active, not recruiting')?.verdict).toBe('outdated'));
  it('dates "no results from this trial have been announced yet"', () =>
    expect(flagOn(listing, 'No results from this trial have been announced yet.')?.verdict).toBe('outdated'));
  it('dates "remains on the US market" for a withdrawn drug', () => {
    const line = 'Relyvrio remains on the US market alongside riluzole and edaravone.';
    expect(flagOn(`ALS medicines\n${line}\n`, line, '2023-06-01')?.verdict).toBe('outdated');
  });
  it('reads "saved the life of 80% of the patients" as a share misread', () => {
    const line = 'The IL-2 saved the life of 80% of the patients who received it.';
    const text = `Charity news\nThe MIROCALS trial tested low-dose IL-2 in people with ALS.\n${line}\n`;
    expect(flagOn(text, line, '2023-01-10')?.reasons.map((r) => r.code)).toContain('share-misread');
  });
});

describe('a trial told as running stopped being so when it ended, before it reported', () => {
  const page = (line: string) => `MND research update\nMIROCALS is testing low-dose IL-2 in the UK and France.\n${line}\n`;
  it('dates "the trial is still ongoing" from the trial’s completion', () => {
    const line = 'The MIROCALS clinical trial is still ongoing, and recruitment continues.';
    expect(flagOn(page(line), line, '2019-05-01')?.event?.date).toMatch(/^2021-07/);
  });
  it('dates "results are expected" from the results', () => {
    const line = 'Results from the MIROCALS trial are expected next year.';
    expect(flagOn(page(line), line, '2021-10-01')?.event?.date).toMatch(/^2022-12/);
  });
});

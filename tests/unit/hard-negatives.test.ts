// Look-alikes that must stay silent: IL-2, Tregs and immunotherapy outside ALS, general immunology,
// the 2025 Nobel prize, accurate and hedged reports about the studies in scope.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/index';

const flags = (text: string) => checkText(text).filter((f) => f.verdict !== 'supported');

describe('hard negatives stay silent', () => {
  it.each([
    [
      'IL-2 in cancer',
      'High-dose interleukin-2 (aldesleukin) is a breakthrough treatment that cured some patients with metastatic melanoma and renal cell carcinoma.',
    ],
    [
      'IL-2 in lupus',
      'A groundbreaking trial showed low-dose IL-2 significantly reduced disease activity in lupus, confirming that restoring Tregs works.',
    ],
    [
      'IL-2 in type 1 diabetes',
      'Low-dose IL-2 expanded regulatory T cells and preserved insulin production in children with type 1 diabetes.',
    ],
    [
      'Tregs in transplantation',
      'Infusions of regulatory T cells proved safe and effective at preventing rejection after kidney transplantation.',
    ],
    [
      'Treg immunology',
      'Regulatory T cells are the immune system’s brakes: they stop other T cells from attacking the body’s own tissues.',
    ],
    [
      'Nobel prize',
      'The 2025 Nobel Prize in Physiology or Medicine was awarded to Sakaguchi, Brunkow and Ramsdell for their breakthrough discovery of regulatory T cells.',
    ],
  ])('%s (no ALS context)', (_name, text) => {
    expect(flags(text)).toEqual([]);
  });

  it.each([
    [
      'Nobel prize in an ALS article',
      'Low-dose IL-2 has been tested in ALS in the MIROCALS trial. Separately, the 2025 Nobel Prize honoured the breakthrough discovery of regulatory T cells.',
    ],
    [
      'cancer aside in an ALS article',
      'Researchers tested IL-2 in ALS. In cancer, immunotherapy has been a breakthrough that cured some patients.',
    ],
  ])('%s', (_name, text) => {
    expect(flags(text).map((f) => f.text)).toEqual([]);
  });

  it.each([
    [
      'accurate MIROCALS report',
      'In the MIROCALS trial of 220 people with ALS, low-dose IL-2 did not significantly improve survival overall, although a benefit was seen in the subgroup with lower levels of a spinal-fluid marker.',
    ],
    [
      'hedged MIROCALS report',
      'The MIROCALS results suggest low-dose IL-2 may help some people with ALS, but a larger trial is needed to confirm this.',
    ],
    ['accurate Treg phase 1', 'A phase 1 study (NCT03241784) found that Treg infusions were safe in three people with ALS.'],
    ['accurate Relyvrio', 'Relyvrio was withdrawn from the US market in 2024 after the PHOENIX trial failed to show a benefit.'],
    [
      'accurate C9orf72 study',
      'A Nature study found that T cells from some people with ALS react to the C9orf72 protein, which suggests an autoimmune component.',
    ],
    ['riluzole', 'Riluzole, approved in the 1990s, extends survival by a few months on average.'],
    [
      'other treatments after a MIROCALS paragraph',
      'The MIROCALS trial tested low-dose IL-2 in 220 people with ALS. Riluzole, the oldest ALS drug, extends median survival by about three months. Edaravone slowed functional decline in a selected Japanese population. Non-invasive ventilation also prolongs survival in people with ALS.',
    ],
    [
      'subgroup kept in its own words',
      'About 70% of MIROCALS participants had lower levels of the biomarker, and in this group IL-2 lowered the risk of death by 48%. In people whose neurofilament was low, it cut the risk of death.',
    ],
  ])('%s', (_name, text) => {
    expect(flags(text).map((f) => `${f.verdict}: ${f.text}`)).toEqual([]);
  });
});

describe('kinds of overstatement beyond the seeds are flagged', () => {
  it.each([
    [
      'subgroup as whole',
      'Low-dose IL-2 extends the lives of people with ALS, the MIROCALS trial has shown.',
      'overstated',
      'subgroup-as-whole',
    ],
    ['share misread', 'In the MIROCALS trial, 70% of patients given IL-2 survived.', 'misreported', 'share-misread'],
    ['certainty', 'A new study has confirmed that ALS is an autoimmune disease.', 'overstated', 'certainty-inflated'],
    [
      'withdrawn drug',
      'For people with ALS, Relyvrio offers a modest survival benefit and is available by prescription.',
      'outdated',
      'superseded',
    ],
    [
      'future that already happened',
      'For ALS, immune-based therapies could soon be tested in patients.',
      'outdated',
      'superseded',
    ],
    [
      'early phase as efficacy',
      'In a phase 1 trial (NCT03241784), Treg infusions slowed ALS progression in three patients.',
      'overstated',
      'early-phase-as-efficacy',
    ],
    [
      'withdrawn drug with its approval year',
      'For ALS, Relyvrio, approved by the FDA in 2022, is the newest option.',
      'outdated',
      'superseded',
    ],
    [
      'causal claim about T cells',
      'The Michaelis et al. study in Nature looked at T cells in ALS. Rogue T cells cause ALS, the researchers concluded.',
      'overstated',
      'correlation-as-causation',
    ],
    [
      'halted progression',
      'In the phase 1 study NCT03241784, three patients given Treg infusions had their disease progression halted.',
      'overstated',
      'early-phase-as-efficacy',
    ],
    [
      'SOD1 only',
      'Tofersen slows the progression of ALS, the FDA said when it approved the drug.',
      'overstated',
      'population-overgeneralised',
    ],
  ])('%s', (_name, text, verdict, reason) => {
    const found = flags(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.verdict).toBe(verdict);
    expect(found[0]!.reasons.map((r) => r.code)).toContain(reason);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
  });
});

describe('hard negatives: a fact-check that quotes wrong claims to correct them', () => {
  it("stays silent on the quoted claims, and still flags a claim made in the writer's own voice", () => {
    const text = [
      'Fact check: what the MIROCALS trial of low-dose IL-2 in ALS did and did not show.',
      'One viral post claimed that "low-dose IL-2 is a breakthrough that proves ALS can be halted", which is false.',
      'Another post said the Nature study "proves ALS is an autoimmune disease"; the authors did not say that.',
      'Low-dose IL-2 is a breakthrough that extends survival in ALS.',
    ].join('\n\n');
    const found = flags(text);
    expect(found.map((f) => f.text)).toEqual(['Low-dose IL-2 is a breakthrough that extends survival in ALS.']);
  });
});

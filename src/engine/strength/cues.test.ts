import { describe, expect, it } from 'vitest';
import { findCues } from './cues';

const kinds = (s: string) => findCues(s).map((c) => `${c.kind}:${c.text.toLowerCase()}`);

describe('findCues', () => {
  it('reads a transitive verb as causal', () => {
    expect(kinds('IL-2 reduced relapses.')).toContain('causal:reduced');
  });
  it('reads an intransitive or agentless passive use as an observed change', () => {
    expect(kinds('Treg counts increased over time.')).toContain('change:increased');
    expect(kinds('Mortality was reduced in the second year.')).toContain('change:reduced');
  });
  it('keeps a passive with an agent causal', () => {
    expect(kinds('Progression was slowed by the treatment.')).toContain('causal:slowed');
    expect(kinds('Muscle loss was slowed by more intensive feeding.')).toContain('causal:slowed');
    expect(kinds('Mortality was reduced by more than half.')).toContain('change:reduced');
  });
  it('reads an adjectival participle before a risk noun as correlational', () => {
    expect(kinds('Patients with reduced Treg function had worse outcomes.')).not.toContain('causal:reduced');
    expect(kinds('Carriers had increased risk of ALS.').some((k) => k.startsWith('correlational:increased'))).toBe(true);
  });
  it('drops purpose infinitives but keeps raising verbs and modal-governed ones', () => {
    expect(kinds('We need strategies to improve recruitment.')).not.toContain('causal:improve');
    expect(kinds('The drug was shown to improve strength.')).toContain('causal:improve');
    expect(kinds('It could be used to improve strength.')).toContain('causal:improve');
  });
  it('ignores hyphenated compounds', () => {
    expect(kinds('All-cause mortality was recorded.')).not.toContain('causal:cause');
  });
  it('finds hedges explicitly, even after a number', () => {
    expect(kinds('IL-2 may reduce mortality.')).toEqual(['hedge:may', 'causal:reduce']);
  });
  it('finds group comparisons but not quantities', () => {
    expect(kinds('CRP was higher in patients than in controls.').some((k) => k.startsWith('correlational:higher'))).toBe(true);
    expect(kinds('More than 200 people took part.').some((k) => k.startsWith('correlational'))).toBe(false);
  });
  it('reads bare -en verbs as verbs, not participles', () => {
    expect(kinds('The mutation did not worsen the prognosis.')).toContain('causal:worsen');
    expect(kinds('Exercise may strengthen the diaphragm.')).toContain('causal:strengthen');
  });
  it('reads a perfect of a non-change verb as a verb; keeps "had increased levels" a state', () => {
    expect(kinds('The programme has promoted lasting changes.')).toContain('causal:promoted');
    expect(kinds('Carriers had increased levels compared with controls.')).not.toContain('causal:increased');
  });
  it('reads "is determined by" as causal but not "determine whether"', () => {
    expect(kinds('Onset age is determined by the repeat length.')).toContain('causal:determined');
    expect(kinds('We sought to determine whether onset age varies.').some((k) => k.startsWith('causal'))).toBe(false);
  });
  it('reads a participle coordinated with a predicate as a verb, with another participle as an adjective', () => {
    expect(kinds('The programme was safe and improved adherence.')).toContain('causal:improved');
    expect(kinds('Carriers showed reduced and delayed responses.')).not.toContain('causal:delayed');
  });
  it('reads object raising ("found X to reduce") as causal, purpose infinitives still not', () => {
    expect(kinds('We found the drug to reduce relapses.')).toContain('causal:reduce');
    expect(kinds('We recruited nurses to improve follow-up.')).not.toContain('causal:improve');
  });
  it('does not read an adjectival "assessed" or a relative clause as an inquiry', () => {
    expect(kinds('The assessed programme promoted weight loss.')).toContain('causal:promoted');
    expect(kinds('The score can identify a pattern that predicts relapse.')).toContain('correlational:predicts');
    expect(kinds('We assessed whether the drug reduced relapses.').some((k) => k.startsWith('causal'))).toBe(false);
  });
  it('reads a verb-noun followed by a determiner as a verb', () => {
    expect(kinds('This supports the view that smoking increases the risk of ALS.')).toContain('causal:increases');
    expect(kinds('There was an increase in CRP.')).toContain('change:increase');
  });
  it('does not read "as determined by" (a method) as causal', () => {
    expect(kinds('Fat mass, as determined by DXA, was higher in carriers.').some((k) => k.startsWith('causal'))).toBe(false);
  });
  it('reads an -ing form after "with", a determiner, or as an objectless progressive as no causal claim', () => {
    expect(kinds('Weakness worsened with increasing age.')).not.toContain('causal:increasing');
    expect(kinds('The increasing demand for care strains clinics.')).not.toContain('causal:increasing');
    expect(kinds('The incidence of ALS is increasing over time.')).toContain('change:increasing');
    expect(kinds('The programme is reducing admissions.')).toContain('causal:reducing');
  });
  it('reads an objectless effect verb as an effect noun, not an observed change', () => {
    expect(kinds('The therapy conveyed benefit to most patients.')).toContain('causal-weak:benefit');
    expect(kinds('Treg counts increased over time.')).toContain('change:increased');
  });
  it('reads an objectless change verb after "tended/appeared to" as a change, with an object as causal', () => {
    expect(kinds('Scores tended to increase with age.')).toContain('change:increase');
    expect(kinds('The drug appeared to increase Treg counts.')).toContain('causal:increase');
  });
  it('reads a bare form after a preposition as no verb', () => {
    expect(kinds('CRP was high in slow progressors.')).not.toContain('causal:slow');
    expect(kinds('The drug may slow progression.')).toContain('causal:slow');
  });
  it('does not read helping readers to know, or raising questions, as causal', () => {
    expect(kinds('The score may help clinicians identify fast progressors.').some((k) => k.startsWith('causal'))).toBe(false);
    expect(kinds('These data raise concerns about safety.').some((k) => k.startsWith('causal'))).toBe(false);
    expect(kinds('The drug may help patients walk further.')).toContain('causal:help');
  });
  it('finds no comparison inside an aim, nor against the literature', () => {
    expect(kinds('We aimed to identify subgroups at higher risk than others.').some((k) => k.startsWith('correlational'))).toBe(
      false,
    );
    expect(kinds('The rate was lower than reported in earlier series.').some((k) => k.startsWith('correlational'))).toBe(false);
    expect(kinds('The rate was lower in women than in men.').some((k) => k.startsWith('correlational:lower'))).toBe(true);
  });
  it('marks a direct question like an aim', () => {
    expect(kinds('Does IL-2 slow progression?')).toContain('recommendation:?');
    expect(kinds('IL-2 slows progression.')).not.toContain('recommendation:?');
  });
  it('finds no observed change in a change named as a goal', () => {
    expect(kinds('There is room for improvement in care.')).not.toContain('change:improvement');
    expect(kinds('There was an improvement in care.')).toContain('change:improvement');
  });
  it('reads a capitalised verb after a lower-case word as part of a name', () => {
    expect(kinds('The HELP trial enrolled adults.')).not.toContain('causal:help');
    expect(kinds('Exercise helps adults stay mobile.')).toContain('causal:helps');
  });
  it('reads "due to" right after a noun as naming a kind of case', () => {
    expect(kinds('Readmissions due to infection were common.')).not.toContain('causal:due to');
    expect(kinds('Readmissions were due to infection.')).toContain('causal:due to');
  });
  it('keeps the original words of a cue read across a masked connective', () => {
    expect(kinds('The benefit was, however, dependent on adherence.')).toContain('causal:was, however, dependent on');
  });
  it('reports offsets into the sentence', () => {
    const s = 'Smoking is linked to ALS.';
    const c = findCues(s).find((x) => x.kind === 'correlational');
    expect(c && s.slice(c.index, c.index + c.text.length)).toBe('linked');
  });
});

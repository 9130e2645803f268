import { describe, expect, it } from 'vitest';
import {
  dropQualifyingAdverbs,
  dropReducedRelatives,
  dropReportingSubject,
  dropSubjectComparatives,
  dropSubjectRelationNouns,
  maskParentheticals,
  setAsideByStructure,
} from './structure';
import type { Cue, CueKind } from './types';

/** A cue at the offset of `text` in `sentence`. */
const at = (sentence: string, kind: CueKind, text: string): Cue => ({
  kind,
  text,
  index: sentence.indexOf(text),
  negated: false,
});
const texts = (cues: Cue[]) => cues.map((c) => c.text);

describe('dropSubjectComparatives', () => {
  it('sets aside a sentence-opening comparative when a causal verb follows', () => {
    const s = 'Higher vitamin D levels may slow decline.';
    const cues = [at(s, 'correlational', 'Higher vitamin D levels'), at(s, 'hedge', 'may'), at(s, 'causal', 'slow')];
    expect(texts(dropSubjectComparatives(s, cues))).toEqual(['may', 'slow']);
  });
  it('keeps it without a causal verb, and keeps a comparative that does not open the sentence', () => {
    const s1 = 'Higher CRP levels were found in patients than in controls.';
    expect(
      texts(dropSubjectComparatives(s1, [at(s1, 'correlational', 'Higher CRP levels were found in patients than')])),
    ).toHaveLength(1);
    const s2 = 'Patients had higher CRP, which reduced survival.';
    const cues2 = [at(s2, 'correlational', 'had higher'), at(s2, 'causal', 'reduced')];
    expect(texts(dropSubjectComparatives(s2, cues2))).toEqual(['had higher', 'reduced']);
  });
});

describe('dropSubjectComparatives after a connective', () => {
  it('reads "Overall, higher X …" as a sentence-opening subject', () => {
    const s = 'Overall, higher vitamin D levels may slow decline.';
    const cues = [at(s, 'correlational', 'higher vitamin D levels'), at(s, 'hedge', 'may'), at(s, 'causal', 'slow')];
    expect(texts(dropSubjectComparatives(s, cues))).toEqual(['may', 'slow']);
  });
});

describe('dropQualifyingAdverbs', () => {
  it('sets aside an adverb cue right before another relationship cue', () => {
    const s = 'The drug did not independently reduce the risk.';
    const cues = [at(s, 'correlational', 'independently'), at(s, 'causal', 'reduce')];
    expect(texts(dropQualifyingAdverbs(s, cues))).toEqual(['reduce']);
  });
  it('keeps it when something else stands between, or when it is no adverb', () => {
    const s1 = 'Onset age predicted survival independently of sex.';
    const cues1 = [at(s1, 'correlational', 'predicted'), at(s1, 'correlational', 'independently')];
    expect(texts(dropQualifyingAdverbs(s1, cues1))).toEqual(['predicted', 'independently']);
    const s2 = 'The odds reduced sharply.';
    const cues2 = [at(s2, 'correlational', 'odds'), at(s2, 'change', 'reduced')];
    expect(texts(dropQualifyingAdverbs(s2, cues2))).toEqual(['odds', 'reduced']);
  });
});

describe('dropReportingSubject', () => {
  it('sets aside relationship words before "indicate that" when the clause has its own cue', () => {
    const s = 'The associations indicate that smoking increases the risk.';
    const cues = [at(s, 'correlational', 'associations'), at(s, 'causal', 'increases')];
    expect(texts(dropReportingSubject(s, cues))).toEqual(['increases']);
  });
  it('keeps the main clause of "X was associated with Y, suggesting that …"', () => {
    const s = 'Tregs were associated with survival, suggesting that they slow progression.';
    const cues = [at(s, 'correlational', 'associated'), at(s, 'causal', 'slow')];
    expect(texts(dropReportingSubject(s, cues))).toEqual(['associated', 'slow']);
  });
  it('keeps everything when the "that" clause has no relationship cue, and always keeps hedges', () => {
    const s1 = 'These associations suggest that more work is needed.';
    expect(texts(dropReportingSubject(s1, [at(s1, 'correlational', 'associations')]))).toEqual(['associations']);
    const s2 = 'These differences may indicate that smoking increases risk.';
    const cues2 = [at(s2, 'correlational', 'differences'), at(s2, 'hedge', 'may'), at(s2, 'causal', 'increases')];
    expect(texts(dropReportingSubject(s2, cues2))).toEqual(['may', 'increases']);
  });
});

describe('dropReducedRelatives', () => {
  it('sets aside a participle with an agent right after a noun when a cue follows', () => {
    const s = 'The cytokines released by microglia may contribute to loss.';
    const cues = [at(s, 'causal', 'released'), at(s, 'hedge', 'may'), at(s, 'causal', 'contribute to')];
    expect(texts(dropReducedRelatives(s, cues))).toEqual(['may', 'contribute to']);
  });
  it('keeps a passive verb, and a participle with nothing after it', () => {
    const s1 = 'Loss was driven by microglia and contributed to weakness.';
    const cues1 = [at(s1, 'causal', 'driven'), at(s1, 'causal', 'contributed to')];
    expect(texts(dropReducedRelatives(s1, cues1))).toEqual(['driven', 'contributed to']);
    const s2 = 'Cytokines released by microglia were measured.';
    expect(texts(dropReducedRelatives(s2, [at(s2, 'causal', 'released')]))).toEqual(['released']);
  });
});

describe('dropSubjectRelationNouns', () => {
  it('sets aside a relationship noun in the subject when the verb is causal', () => {
    const s = 'Inflammatory markers and weight loss drive progression.';
    const cues = [at(s, 'correlational', 'markers'), at(s, 'causal', 'drive')];
    expect(texts(dropSubjectRelationNouns(s, cues))).toEqual(['drive']);
  });
  it('keeps it after a verb or across a clause break', () => {
    const s1 = 'We found markers that drive progression.';
    const cues1 = [at(s1, 'correlational', 'markers'), at(s1, 'causal', 'drive')];
    expect(texts(dropSubjectRelationNouns(s1, cues1))).toEqual(['markers', 'drive']);
    const s2 = 'Markers differed, and weight loss drove progression.';
    const cues2 = [at(s2, 'correlational', 'Markers'), at(s2, 'causal', 'drove')];
    expect(texts(dropSubjectRelationNouns(s2, cues2))).toEqual(['Markers', 'drove']);
  });
});

describe('maskParentheticals', () => {
  it('blanks a connective between commas, keeping the length', () => {
    const s = 'The benefit was, however, dependent on adherence.';
    const m = maskParentheticals(s);
    expect(m).toHaveLength(s.length);
    expect(m).toMatch(/^The benefit was\s+dependent on adherence\.$/);
  });
  it('leaves a sentence-opening connective and ordinary commas alone', () => {
    const s = 'However, survival, weight and function were similar.';
    expect(maskParentheticals(s)).toBe(s);
  });
});

describe('setAsideByStructure', () => {
  it('leaves a plain sentence alone', () => {
    const s = 'Smoking is linked to ALS.';
    const cues = [at(s, 'correlational', 'linked')];
    expect(setAsideByStructure(s, cues)).toEqual(cues);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './analyze';
import { carryCellTypes } from './anaphora';
import { checkText } from './index';

const carried = (before: string, after: string) => {
  const s = [analyzeSentence(before, 0), analyzeSentence(after, before.length + 1)];
  carryCellTypes(s);
  return s[1]!.has('t-cells');
};

describe('anaphora: "these cells" carries the cell type of the sentence before', () => {
  it('carries T cells to "these cells"', () =>
    expect(carried('CD4 T lymphocytes of the patients react against C9orf72.', 'These cells destroy the motor neurons.')).toBe(
      true,
    ));
  it.each([
    ['CD4 T lymphocytes of the patients react against C9orf72.', 'Motor neurons die in ALS.'], // nothing points back
    ['The blood was analysed in a lab.', 'These cells destroy the motor neurons.'], // no cell type before
  ])('not: %s / %s', (before, after) => expect(carried(before, after)).toBe(false));
  it('lets the claim about T cells causing the disease be matched (translated wire story)', () => {
    const text =
      'Researchers of La Jolla Institute studied the immune system in ALS. They found that CD4 T lymphocytes of the patients react against the protein C9orf72. According to the study, these cells are the ones who destroy the motor neurons and so provoke the disease.';
    const f = checkText(text, { today: '2026-12-05', published: '2025-10-02' }).filter((x) => x.verdict !== 'supported');
    expect(f.map((x) => `${x.verdict}:${x.reasons.map((r) => r.code).join(',')}`)).toEqual([
      'overstated:correlation-as-causation',
    ]);
  });
});

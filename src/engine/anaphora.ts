// A sentence that points back to the cells the sentence before named ("They found that CD4 T lymphocytes react to
// C9orf72. These cells are the ones who destroy the motor neurons."): the kind of cell is carried over, so that the
// claims about those cells can be matched to the sentence that makes them. Only cell types, and only from the sentence
// right before: a pronoun reaches no further back with any safety.
import type { AnalyzedSentence } from './analyze';
import type { Concept } from './concepts';

/** "these cells", "those immune cells", "the same cells", "such cells". */
const CELLS_POINTED_BACK = /\b(?:these|those|such|the same)\s+(?:[\w-]+\s+)?cells\b/i;
const CELL_TYPES: readonly Concept[] = ['t-cells', 'treg'];

export function carryCellTypes(sentences: readonly AnalyzedSentence[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (CELL_TYPES.some((c) => s.has(c)) || !CELLS_POINTED_BACK.test(s.text)) continue;
    for (const c of CELL_TYPES) if (sentences[i - 1]!.has(c)) s.concepts.add(c);
  }
}

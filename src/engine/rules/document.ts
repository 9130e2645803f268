// Lookups in a DocumentView that stay cheap on long documents: the sentence positions are indexed
// once per document instead of searched for each sentence (indexOf per sentence was quadratic).
import type { AnalyzedSentence } from '../analyze';
import type { DocumentView } from './types';

/** Each sentence's position, by where it starts. */
const positions = new WeakMap<DocumentView, Map<number, number>>();

function positionOf(doc: DocumentView, s: AnalyzedSentence): number {
  let index = positions.get(doc);
  // By where the sentence starts: a rule may be judging only a sentence's asserted first clause (check.ts).
  if (!index) positions.set(doc, (index = new Map(doc.sentences.map((o, i) => [o.start, i]))));
  return index.get(s.start) ?? -1;
}

/** The sentence just before `s` in the document, if any. */
export function sentenceBefore(doc: DocumentView, s: AnalyzedSentence): AnalyzedSentence | undefined {
  const i = positionOf(doc, s);
  return i > 0 ? doc.sentences[i - 1] : undefined;
}

/** Up to `max` sentences before `s`, nearest first. */
export function sentencesBefore(doc: DocumentView, s: AnalyzedSentence, max: number): AnalyzedSentence[] {
  const i = positionOf(doc, s);
  return i > 0 ? doc.sentences.slice(Math.max(0, i - max), i).reverse() : [];
}

/** A value worked out once per document (and key) and kept while the document lives: what a rule learns from the
 * whole document (where it names a place, whether it tells of a withdrawal) is asked of every sentence. */
export function perDocument<T>(): (doc: DocumentView, key: string, compute: () => T) => T {
  const cache = new WeakMap<DocumentView, Map<string, T>>();
  return (doc, key, compute) => {
    let perDoc = cache.get(doc);
    if (!perDoc) cache.set(doc, (perDoc = new Map()));
    if (!perDoc.has(key)) perDoc.set(key, compute());
    return perDoc.get(key) as T;
  };
}

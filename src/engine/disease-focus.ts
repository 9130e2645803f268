// Which disease the document is speaking of, sentence by sentence. A page on an Alzheimer's antibody, on a cancer drug
// or on edaravone in stroke says "It is the first medicine authorised that…", "High-dose treatment is given every eight
// hours" or "The approval rests on a trial of 1,795 people" without naming the disease again: those sentences are about
// that disease, not about the ALS study the same drug or word belongs to. Pure text analysis over the sentences'
// concepts: no study, drug or disease record lives here.
import type { AnalyzedSentence } from './analyze';

/** For each sentence, whether it is about another disease than ALS: it names another disease and not ALS, or it names
 * no disease and the last one the document named was another. A sentence that names ALS, or one of the database's
 * studies by its own name (`namesStudy`), brings the document back to ALS. */
export function aboutOtherDisease(sentences: readonly AnalyzedSentence[], namesStudy: (i: number) => boolean): boolean[] {
  // Only a page that names another disease first (in its headline, or before it names ALS) speaks of it for sentences
  // at a time. On an ALS page ("Cancer drug turns back the clock on ALS"), "has been used at higher doses to treat some
  // cancers" is the drug's other use, and the next sentence is about ALS again.
  const carries = sentences.find((s) => s.has('other-disease') || s.has('als'))?.has('other-disease') ?? false;
  let focus: 'als' | 'other' | undefined;
  return sentences.map((s, i) => {
    if (s.has('als') || namesStudy(i)) {
      focus = 'als';
      return false;
    }
    if (s.has('other-disease')) {
      focus = 'other';
      return true;
    }
    return carries && focus === 'other';
  });
}

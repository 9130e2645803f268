// The document as rules see it: its sentences, its date, and each sentence's claim frame
// (computed once, on first use).
import type { AnalyzedSentence } from './analyze';
import { claimFrame, type ClaimFrame } from './frame';
import type { DocumentView } from './rules/types';

export function documentView(sentences: readonly AnalyzedSentence[], dates: { published?: string } = {}): DocumentView {
  const frames = new Map<AnalyzedSentence, ClaimFrame>();
  return {
    sentences,
    published: dates.published,
    frameOf(s) {
      let f = frames.get(s);
      if (!f) {
        f = claimFrame(s.text);
        frames.set(s, f);
      }
      return f;
    },
  };
}

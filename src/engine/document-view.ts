// The document as rules see it: its sentences, its date, and each sentence's claim frame
// (computed once, on first use).
import type { AnalyzedSentence } from './analyze';
import { claimFrame, type ClaimFrame } from './frame';
import type { Market } from './market';
import type { Journal } from './rules/journal-facts';
import type { DocumentView } from './rules/types';

const NO_MARKET: Market = new Map();

export function documentView(
  sentences: readonly AnalyzedSentence[],
  dates: { published?: string; today?: string; studies?: ReadonlyMap<string, number> } = {},
  market: Market = NO_MARKET,
  journals: readonly Journal[] = [],
): DocumentView {
  const frames = new Map<AnalyzedSentence, ClaimFrame>();
  return {
    sentences,
    published: dates.published,
    today: dates.today ?? new Date().toISOString().slice(0, 10),
    market,
    journals,
    studies: dates.studies ?? new Map(),
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

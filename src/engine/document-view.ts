// The document as rules see it: its sentences, its date, and each sentence's claim frame
// (computed once, on first use).
import type { SourceFile } from '../claims/schema';
import type { AnalyzedSentence } from './analyze';
import type { DocumentKind } from './document-kind';
import { claimFrame, correctedByNext, type ClaimFrame } from './frame';
import type { Market } from './market';
import type { Journal } from './rules/journal-facts';
import type { DocumentView } from './rules/types';

const NO_MARKET: Market = new Map();

export function documentView(
  sentences: readonly AnalyzedSentence[],
  dates: {
    published?: string;
    today?: string;
    studies?: ReadonlyMap<string, number>;
    kind?: DocumentKind;
    record?: string;
  } = {},
  market: Market = NO_MARKET,
  journals: readonly Journal[] = [],
  discussed: readonly SourceFile[] = [],
): DocumentView {
  const frames = new Map<AnalyzedSentence, ClaimFrame>();
  let nextOf: Map<AnalyzedSentence, AnalyzedSentence> | undefined;
  return {
    sentences,
    published: dates.published,
    today: dates.today ?? new Date().toISOString().slice(0, 10),
    market,
    journals,
    studies: dates.studies ?? new Map(),
    kind: dates.kind ?? 'article',
    record: dates.record,
    discussed,
    frameOf(s) {
      let f = frames.get(s);
      if (!f) {
        f = claimFrame(s.text);
        // A claim reported and corrected by the sentence after it is rejected by the page.
        if (f.stance === 'asserted' || f.stance === 'quoted') {
          nextOf ??= new Map(sentences.slice(0, -1).map((x, i) => [x, sentences[i + 1]!] as const));
          if (correctedByNext(s.text, nextOf.get(s)?.text)) f = { stance: 'refuted', tense: f.tense };
        }
        frames.set(s, f);
      }
      return f;
    },
  };
}

// Findings (offsets in the page's running text) → DOM Ranges, exactly or not at all.
import { locate, stillMatches, type Extracted } from '../../extract';
import type { FindingView } from '../../messaging/types';

export interface Chunk {
  /** Where this chunk's text starts in the page's running text. */
  base: number;
  ex: Extracted;
}

export interface Anchored {
  view: FindingView;
  chunk: Chunk | null;
  range: Range | null;
}

function chunkFor(chunks: Chunk[], offset: number): Chunk | null {
  for (let i = chunks.length - 1; i >= 0; i--) {
    const c = chunks[i]!;
    if (c.base <= offset) return offset < c.base + c.ex.text.length ? c : null;
  }
  return null;
}

/** A Range for the finding when its text is still exactly where it was extracted, else null. */
export function anchor(doc: Document, chunks: Chunk[], f: FindingView): Anchored {
  const chunk = chunkFor(chunks, f.start);
  if (!chunk) return { view: f, chunk: null, range: null };
  const s = f.start - chunk.base;
  const e = f.end - chunk.base;
  if (e > chunk.ex.text.length || chunk.ex.text.slice(s, e) !== f.text || !stillMatches(chunk.ex, s, e)) {
    return { view: f, chunk, range: null };
  }
  const pos = locate(chunk.ex.segments, s, e);
  if (!pos) return { view: f, chunk, range: null };
  try {
    const range = doc.createRange();
    range.setStart(pos.startNode, pos.startOffset);
    range.setEnd(pos.endNode, pos.endOffset);
    return { view: f, chunk, range };
  } catch {
    return { view: f, chunk, range: null };
  }
}

/** True while the finding's text is still in the page unchanged. */
export function stillAnchored(a: Anchored): boolean {
  if (!a.range || !a.chunk) return false;
  return stillMatches(a.chunk.ex, a.view.start - a.chunk.base, a.view.end - a.chunk.base);
}

// Maps a [start, end) range of extracted text back to DOM positions, using the segments the
// extraction recorded. Pure: the caller turns the positions into a Range (content script) or reads
// them (tests). Generated characters (block breaks, <br>, cell tabs) map to no node, so a range is
// trimmed to the first and last mapped characters it covers.
import type { Extracted, Segment } from './extract';

export interface DomPositions {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Index of the first segment whose end is after `pos`. */
function firstEndingAfter(segments: Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** DOM positions of extracted text [start, end), or null when no mapped character lies inside. */
export function locate(segments: Segment[], start: number, end: number): DomPositions | null {
  if (!(end > start)) return null;
  const i = firstEndingAfter(segments, start);
  const j = firstEndingAfter(segments, end - 1);
  const first = segments[i];
  if (!first || first.start >= end) return null;
  // The segment holding end-1, or the last one starting before `end` when end-1 is generated.
  let last = segments[j];
  let k = j;
  if (!last || last.start > end - 1) {
    k = j - 1;
    last = segments[k];
  }
  if (!last || k < i) return null;
  const s = Math.max(start, first.start);
  const e = Math.min(end, last.end);
  const from = textAt(first.node, first.offset + (s - first.start), false);
  const to = textAt(last.node, last.offset + (e - last.start), true);
  if (!from || !to) return null;
  return { startNode: from.node, startOffset: from.offset, endNode: to.node, endOffset: to.offset };
}

/** The Text node and offset of a position in a segment's node (for an element read as one text: the
 * Text child holding that offset of its textContent; an end position stays at the end of a node). */
function textAt(node: Text | Element, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  if (node.nodeType === 3) return { node: node as Text, offset };
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 3) continue; // (CDATA, in XML only, is not mapped)
    const n = (c as Text).data.length;
    if (offset < n || (isEnd && offset === n)) return { node: c as Text, offset };
    offset -= n;
  }
  return null;
}

const WS = /[ \t\n\r\f]/;

/**
 * True when the DOM still holds, at the recorded places, the text that was extracted for
 * [start, end): every node is still in the document and every mapped character is unchanged
 * (a collapsed space still faces whitespace). Anything else must not be painted.
 */
export function stillMatches(extracted: Extracted, start: number, end: number): boolean {
  const { segments, text } = extracted;
  let any = false;
  for (let i = firstEndingAfter(segments, start); i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.start >= end) break;
    if (!seg.node.isConnected) return false;
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.end);
    const data = seg.node.textContent ?? ''; // segmentData(seg), inlined for the content script's size
    for (let p = from; p < to; p++) {
      const want = text.charCodeAt(p);
      const got = data.charCodeAt(seg.offset + (p - seg.start));
      if (want !== got && !(want === 32 && WS.test(String.fromCharCode(got)))) return false;
    }
    any = true;
  }
  return any;
}

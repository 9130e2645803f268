// Shows a finding's card when the pointer rests on its highlight. Highlights take no events, so the
// pointer position is mapped to a text position (caretPositionFromPoint) and tested against ranges.

export interface HoverTarget {
  range: Range;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function rectHit(range: Range, x: number, y: number): DOMRect | null {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return r;
  }
  return null;
}

/** Index of the target under (x, y) and the line box it was found in. */
export function targetAt<T extends HoverTarget>(
  doc: Document,
  targets: T[],
  x: number,
  y: number,
): { target: T; rect: DOMRect } | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const t of targets) {
    let inside = false;
    try {
      inside = t.range.isPointInRange(caret.node, caret.offset);
    } catch {
      inside = false;
    }
    if (!inside) continue;
    const rect = rectHit(t.range, x, y);
    if (rect) return { target: t, rect };
  }
  return null;
}

/** Listens for pointer moves (one check per animation frame); returns the unsubscribe function. */
export function watchHover(doc: Document, onMove: (x: number, y: number, over: EventTarget | null) => void): () => void {
  let pending: PointerEvent | null = null;
  const win = doc.defaultView!;
  const handler = (e: Event) => {
    const first = !pending;
    pending = e as PointerEvent;
    if (first) {
      win.requestAnimationFrame(() => {
        const ev = pending;
        pending = null;
        if (ev) onMove(ev.clientX, ev.clientY, ev.target);
      });
    }
  };
  doc.addEventListener('pointermove', handler, { passive: true, capture: true });
  return () => doc.removeEventListener('pointermove', handler, { capture: true });
}

// The trial card of a registry / PubMed record page. It must not cover the record: it opens in the
// page's empty side margin when there is one wide enough, and otherwise waits as a small button in
// the bottom corner that the reader opens (and closes) at will.
import type { StudySummary } from '../../messaging/types';
import { trialCard, trialTab } from './cards';
import type { CardHost } from './host';
import { MARGIN, type Placement } from './place';

const MIN_WIDTH = 300;

/** The right edge of the page's content: the widest of body's visible children. */
function contentRight(doc: Document): number {
  let right = 0;
  for (const el of Array.from(doc.body?.children ?? [])) {
    if (el.tagName.toLowerCase() === 'script' || el.tagName.toLowerCase() === 'style') continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) right = Math.max(right, r.right);
  }
  return right;
}

export function showTrialCard(doc: Document, host: CardHost, summary: StudySummary): void {
  const study = summary.model;
  if (!study) return;
  const openCard = () => {
    const right = contentRight(doc);
    host.show(trialCard(doc, study, closed), (h, vw, vh): Placement => {
      const space = vw - right - 2 * MARGIN;
      const maxHeight = Math.min(h, vh - 2 * MARGIN);
      if (space >= MIN_WIDTH) return { left: right + MARGIN, top: MARGIN, width: Math.min(420, space), maxHeight, side: 'right' };
      // No margin: the reader asked for it; bottom corner, bounded, closable.
      const width = Math.min(420, vw - 2 * MARGIN);
      const hh = Math.min(maxHeight, Math.round(vh * 0.6));
      return { left: vw - MARGIN - width, top: vh - MARGIN - hh, width, maxHeight: hh, side: 'corner' };
    });
  };
  const closed = () => host.pin(trialTab(doc, study, openCard), { right: MARGIN, bottom: MARGIN });
  closed();
  // Whether the page has a free margin is measured once the page has laid itself out (idle time),
  // never forcing a layout while it loads.
  const win = doc.defaultView as (Window & { requestIdleCallback?: Window['requestIdleCallback'] }) | null;
  const check = () => {
    const vw = doc.documentElement.clientWidth || win?.innerWidth || 0;
    if (host.current() && vw - contentRight(doc) - 2 * MARGIN >= MIN_WIDTH) openCard();
  };
  if (win?.requestIdleCallback) win.requestIdleCallback(check, { timeout: 1500 });
  else win?.setTimeout(check, 200);
}

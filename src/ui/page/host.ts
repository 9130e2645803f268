// The extension's one addition to a page: a shadow host holding the cards, created on first use.
import { CARD_CSS } from './card-style';

export const HOST_TAG = 'trialtrace-root';

export interface CardHost {
  /** Shows `card` at a viewport position (left/top in px), replacing what was shown. */
  show(card: HTMLElement, at: { left: number; top: number } | 'corner'): void;
  hide(): void;
  /** True when an event target is inside the host (the pointer moved onto the card). */
  contains(node: EventTarget | null): boolean;
  isHost(el: Element): boolean;
  remove(): void;
}

export function createCardHost(doc: Document): CardHost {
  let host: HTMLElement | null = null;
  let layer: HTMLElement | null = null;

  const ensure = (): HTMLElement => {
    if (layer && host?.isConnected) return layer;
    host = doc.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    layer = doc.createElement('div');
    layer.className = 'layer';
    layer.hidden = true;
    root.append(style, layer);
    doc.documentElement.append(host);
    return layer;
  };

  return {
    show(card, at) {
      const l = ensure();
      l.replaceChildren(card);
      l.hidden = false;
      if (at === 'corner') {
        l.style.cssText = 'right:12px;bottom:12px;left:auto;top:auto';
      } else {
        const w = Math.min(420, (doc.defaultView?.innerWidth ?? 800) - 24);
        const maxLeft = (doc.defaultView?.innerWidth ?? 800) - w - 12;
        const left = Math.max(12, Math.min(at.left, maxLeft));
        const vh = doc.defaultView?.innerHeight ?? 600;
        const top = at.top > vh * 0.55 ? Math.max(12, at.top - Math.min(vh * 0.7, 560) - 30) : at.top;
        l.style.cssText = `left:${left}px;top:${top}px;right:auto;bottom:auto`;
      }
    },
    hide() {
      if (layer) {
        layer.hidden = true;
        layer.replaceChildren();
      }
    },
    contains(node) {
      return !!host && node instanceof Node && (node === host || host.contains(node));
    },
    isHost(el) {
      return el.tagName.toLowerCase() === HOST_TAG;
    },
    remove() {
      host?.remove();
      host = null;
      layer = null;
    },
  };
}

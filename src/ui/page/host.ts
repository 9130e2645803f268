// The extension's one addition to a page: a shadow host holding the cards, created on first use.
import { CARD_CSS } from './card-style';
import type { Placement } from './place';

export const HOST_TAG = 'trialtrace-root';

/** Decides where a card goes once its natural height is known. */
export type Placer = (naturalHeight: number, viewportWidth: number, viewportHeight: number) => Placement;

export interface CardHost {
  /** Shows `card` (replacing what was shown: one card at a time) where `place` says. */
  show(card: HTMLElement, place: Placer): Placement;
  /** Shows `card` at a fixed corner (CSS right/bottom) without measuring anything: no forced layout. */
  pin(card: HTMLElement, corner: { right: number; bottom: number }): void;
  hide(): void;
  /** The card on show, if any. */
  current(): HTMLElement | null;
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
    show(card, place) {
      const l = ensure();
      const win = doc.defaultView!;
      const vw = doc.documentElement.clientWidth || win.innerWidth;
      const vh = doc.documentElement.clientHeight || win.innerHeight;
      l.replaceChildren(card);
      l.hidden = false;
      // Measure the card at its preferred width and full height, out of sight, then place it.
      l.style.cssText = 'left:0;top:0;visibility:hidden';
      card.style.maxHeight = 'none';
      card.style.width = `${Math.min(420, vw - 24)}px`;
      const natural = card.getBoundingClientRect().height;
      const p = place(natural, vw, vh);
      card.style.width = `${p.width}px`;
      card.style.maxHeight = `${p.maxHeight}px`;
      l.style.cssText = `left:${p.left}px;top:${p.top}px`;
      return p;
    },
    pin(card, corner) {
      const l = ensure();
      l.replaceChildren(card);
      l.hidden = false;
      l.style.cssText = `right:${corner.right}px;bottom:${corner.bottom}px`;
    },
    hide() {
      if (layer) {
        layer.hidden = true;
        layer.replaceChildren();
      }
    },
    current() {
      return layer && !layer.hidden ? (layer.firstElementChild as HTMLElement | null) : null;
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

// Cards and keyboard in a page: the card of the flag under the pointer, or of the flag reached with
// the next / previous keys (Alt+Shift+J / Alt+Shift+K, also browser commands), one card at a time,
// placed beside or below its sentence (never over it), closed with Escape. "This flag is wrong" goes
// back to the scanner, which hides the flag and reports it.
import type { FindingView, ReadingLevel } from '../../messaging/types';
import { findingCard } from './cards';
import { pulse } from './highlights';
import type { CardHost } from './host';
import { targetAt, watchHover } from './hover';
import { placeCard, union, type Box } from './place';

export interface Flag {
  view: FindingView;
  range: Range;
}

export interface FlagSource<F extends Flag> {
  /** The painted flags, in any order. */
  flags(): F[];
  level(): ReadingLevel;
  /** "This flag is wrong" was pressed on this flag's card. */
  dismiss(flag: F): void;
}

/** The in-page keys: Alt+Shift+J next flag, Alt+Shift+K previous (by key position, any layout). */
export function stepKey(e: KeyboardEvent): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  if (e.code === 'KeyJ') return 1;
  if (e.code === 'KeyK') return -1;
  return 0;
}

function boxOf(range: Range): Box | null {
  return union(Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0));
}

/** Document order of two ranges (their starts). */
function before(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  } catch {
    return 0;
  }
}

export class CardController<F extends Flag> {
  private current: F | null = null;
  private stopHover: (() => void) | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where focus was before a keyboard-opened card took it, to give it back on Escape. */
  private returnFocus: Element | null = null;

  constructor(
    private readonly doc: Document,
    private readonly host: CardHost,
    private readonly source: FlagSource<F>,
  ) {}

  private readonly onKey = (e: KeyboardEvent) => {
    const step = stepKey(e);
    if (step) {
      if (this.step(step)) {
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    if (e.key === 'Escape' && this.current) {
      this.hide();
      e.stopPropagation();
    }
  };

  listen(): void {
    if (this.stopHover) return;
    this.stopHover = watchHover(this.doc, (x, y, over) => this.onPointer(x, y, over));
    this.doc.addEventListener('keydown', this.onKey, { capture: true });
  }

  unlisten(): void {
    this.stopHover?.();
    this.stopHover = null;
    this.doc.removeEventListener('keydown', this.onKey, { capture: true });
    this.hide();
  }

  /** The painted flags in document order. */
  ordered(): F[] {
    return [...this.source.flags()].sort((a, b) => before(a.range, b.range));
  }

  private onPointer(x: number, y: number, over: EventTarget | null): void {
    if (this.host.contains(over)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const flags = this.source.flags();
    const hit = flags.length ? targetAt(this.doc, flags, x, y) : null;
    if (hit) {
      clearTimeout(this.hideTimer);
      if (hit.target !== this.current) this.open(hit.target, false);
      return;
    }
    if (this.current) {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.hide(), 400);
    }
  }

  /** Opens a flag's card beside its sentence; with `focus`, scrolls to it, pulses it and moves focus into the card. */
  open(flag: F, focus: boolean): boolean {
    if (!flag.range) return false;
    if (focus) {
      this.scrollTo(flag.range);
      pulse(flag.range);
    }
    const target = boxOf(flag.range);
    if (!target || !flag.view.card) return false;
    this.current = flag;
    const card = findingCard(this.doc, flag.view.card, this.source.level(), {
      onClose: () => this.hide(),
      onWrong: () => {
        this.hide();
        this.source.dismiss(flag);
      },
    });
    this.host.show(card, (h, vw, vh) => placeCard(target, h, vw, vh));
    if (focus) {
      const active = this.doc.activeElement;
      if (active && !this.host.contains(active)) this.returnFocus = active;
      card.focus({ preventScroll: true });
    }
    return true;
  }

  /**
   * Scrolls the sentence itself (not its paragraph, which may be taller than the window) to a fifth
   * of the way down, so the card has the room below it; a tall sentence goes to the top.
   */
  private scrollTo(range: Range): void {
    const win = this.doc.defaultView;
    const box = boxOf(range);
    if (!win || !box) return;
    const vh = this.doc.documentElement.clientHeight || win.innerHeight;
    const height = box.bottom - box.top;
    const want = height > vh * 0.6 ? 16 : Math.max(16, Math.round(vh * 0.2));
    if (box.top < 0 || box.bottom > vh || Math.abs(box.top - want) > vh * 0.3)
      win.scrollBy({ top: box.top - want, behavior: 'instant' });
  }

  /** Moves to the next (1) or previous (-1) painted flag, wrapping round; false when there is none. */
  step(dir: 1 | -1): boolean {
    const flags = this.ordered();
    if (!flags.length) return false;
    let at = this.current ? flags.indexOf(this.current) : -1;
    if (at < 0) at = dir === 1 ? -1 : 0;
    const next = flags[(at + dir + flags.length) % flags.length]!;
    return this.open(next, true);
  }

  hide(): void {
    clearTimeout(this.hideTimer);
    const hadFocus = this.host.contains(this.doc.activeElement);
    this.current = null;
    this.host.hide();
    if (hadFocus && this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** The flag whose card is open. */
  showing(): F | null {
    return this.current;
  }
}

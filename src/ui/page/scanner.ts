// The content script's work on one page: read the text once, stop there when the page never
// mentions the topic; otherwise extract, send candidate passages to the background, anchor and paint
// what comes back, report what was painted (the badge), and keep watching the page for new text in
// idle-time slices until it keeps producing nothing relevant.
import { mentionsTopic, mightHoldClaim, passageBounds, passageWindows } from '../../engine/prefilter';
import type { Finding, Passage } from '../../engine/types';
import { createExtractor, type Extracted, type ExtractOptions } from '../../extract/extract';
import { createTextScan, type TextScan } from '../../extract/text-scan';
import type { FindingView, ReadingLevel, Settings, StudySummary } from '../../messaging/types';
import { paintedVerdicts } from '../../messaging/types';
import { RECORD_HEAD_CHARS, recogniseRecordPage } from '../../record-page/recognise';
import { anchor, stillAnchored, type Anchored, type Chunk } from './anchor-findings';
import { CardController } from './card-controller';
import { dismissalKey } from './dismissal';
import { clearAll, paint } from './highlights';
import { createCardHost, type CardHost } from './host';
import { showTrialCard } from './trial-card';
import { publishedDate } from '../../extract/published-date';
import type { PageDating } from '../../messaging/protocol';

/** How much of the page's top text goes with its batches, for a dateline. */
const HEAD_CHARS = 3000;

/** The page's declared date; a page whose DOM methods misbehave simply has none. */
function datedOrNot(doc: Document): string | undefined {
  try {
    return publishedDate(doc);
  } catch {
    return undefined;
  }
}

export interface Backend {
  hello(d: { url: string; host: string }): Promise<{ enabled: boolean; settings: Settings; dismissed?: string[] }>;
  scan(d: { url: string; from: number; passages: Passage[]; reset: boolean; page?: PageDating }): Promise<FindingView[]>;
  painted(d: { url: string; findings: { finding: Finding; painted: boolean; anchored: boolean }[] }): Promise<void>;
  record(d: { url: string; id: string }): Promise<StudySummary | null>;
  /** "This flag is wrong": remember the dismissal for this page. */
  dismiss(d: { url: string; key: string }): Promise<void>;
}

/** Added blocks of text in a row that brought nothing relevant before the page stops being watched. */
export const MAX_MISSES = 40;
/** Work per idle slice, well under the 50 ms of a long task. */
const SLICE_MS = 8;
/** The clock the slices are timed by (one name for ten calls: the content script has a size budget). */
const now = () => performance.now();
/** Text split into passages per slice (the prefilter runs ~10 ms per MB). */
const PREFILTER_WINDOW = 100_000;
/** Characters of passages per message to the background (a message is cloned on the page's thread). */
const BATCH_CHARS = 200_000;
/** At most this long without a turn for the page when it is never idle (an app busy all the time). */
const IDLE_TIMEOUT_MS = 100;
/**
 * Nodes read at most per walk (the topic gate, the page's extraction, an added subtree). Every node
 * the content script touches gets a JS wrapper in its isolated world, kept in a hash table that
 * doubles as it grows: measured in Chromium 156, crossing 131k wrappers costs one ~20 ms pause and
 * crossing 262k one ~40 ms pause, inside whichever slice creates the wrapper. Staying under 2^18
 * keeps every slice well under 50 ms; the text past it (over 7 MB on a page of short paragraphs) is
 * more than the background checks anyway (PAGE_BUDGET.maxChars).
 */
export const MAX_NODES = 240_000;
/** Ancestors looked at to tell whether an added node lies inside another added node. */
const MAX_ANCESTORS = 200;

/** Passages grouped into messages of at most BATCH_CHARS. */
function* batches(passages: readonly Passage[]): Generator<Passage[]> {
  let batch: Passage[] = [];
  let size = 0;
  for (const p of passages) {
    if (batch.length && size + p.text.length > BATCH_CHARS) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(p);
    size += p.text.length;
  }
  if (batch.length) yield batch;
}
/** Blank line between chunks, so passages never run from one chunk into the next. */
const GAP = 2;

type Shown = Anchored & { painted: boolean };

export class PageScanner {
  private chunks: Chunk[] = [];
  private total = 0;
  private shown: Shown[] = [];
  private settings: Settings | null = null;
  private inScope = false;
  private observer: MutationObserver | null = null;
  private queue: Element[] = [];
  private scheduled = false;
  private misses = 0;
  private working = false;
  private url: string;
  /** The page's date and the top of its text (a dateline), sent with every batch: status is judged at this date. */
  private dating: PageDating = {};
  private readonly host: CardHost;
  private readonly cards: CardController<Shown & { range: Range }>;
  /** Flags the reader said are wrong on this page (dismissalKey): never painted or listed. */
  private dismissed = new Set<string>();
  /** What happened, for tests and the demo: "no-topic", "record", "disabled", "scanned", "stopped". */
  state = 'new';

  constructor(
    private readonly doc: Document,
    private readonly backend: Backend,
  ) {
    this.url = doc.location?.href ?? '';
    this.host = createCardHost(doc);
    this.cards = new CardController(doc, this.host, {
      flags: () => this.shown.filter((s) => s.painted && s.range) as (Shown & { range: Range })[],
      level: () => this.level(),
      dismiss: (s) => void this.dismiss(this.shown.indexOf(s)),
    });
  }

  private get win(): Window {
    return this.doc.defaultView!;
  }

  private extractOptions(): ExtractOptions {
    const win = this.win;
    return {
      // An element without element children that checkVisibility says is shown (not display:none,
      // not visibility:hidden) needs no computed style: its tag and inline style say whether it is a
      // block. Reading it costs a new object per element (a wrapper in this world, and garbage): on
      // 100k spans, pauses of 70 ms. Without checkVisibility (Firefox < 125) every style is read.
      getStyle: (el) =>
        el.firstElementChild === null && el.checkVisibility?.({ visibilityProperty: true }) ? null : win.getComputedStyle(el),
      skip: (el) => this.host.isHost(el),
      leafText: true,
      maxNodes: MAX_NODES,
    };
  }

  async start(): Promise<void> {
    const byUrl = recogniseRecordPage(this.url);
    if (byUrl) return this.showRecord(byUrl.id);
    const body = this.doc.body;
    const gate = body ? await this.topicSliced(body, RECORD_HEAD_CHARS) : null;
    if (!gate?.found) {
      this.state = 'no-topic';
      this.observe();
      return;
    }
    const byText = recogniseRecordPage(this.url, gate.head());
    if (byText) return this.showRecord(byText.id);
    await this.enterScope();
  }

  private async showRecord(id: string): Promise<void> {
    this.state = 'record';
    const study = await this.backend.record({ url: this.url, id });
    if (study) showTrialCard(this.doc, this.host, study);
  }

  private async enterScope(): Promise<void> {
    this.inScope = true;
    const { enabled, settings, dismissed } = await this.backend.hello({ url: this.url, host: this.doc.location?.hostname ?? '' });
    this.settings = settings;
    this.dismissed = new Set(dismissed ?? []);
    if (!enabled) {
      this.state = 'disabled';
      this.stop();
      return;
    }
    await this.fullScan();
    this.observe();
    this.cards.listen();
  }

  /** Re-reads the options (they changed) and repaints or stops accordingly. */
  async refreshSettings(): Promise<void> {
    if (!this.inScope) return;
    const { enabled, settings } = await this.backend.hello({ url: this.url, host: this.doc.location?.hostname ?? '' });
    this.settings = settings;
    if (!enabled) {
      this.state = 'disabled';
      this.stop();
      this.shown = [];
      clearAll();
      this.cards.hide();
      await this.report();
      return;
    }
    if (this.state === 'disabled') {
      await this.fullScan();
      this.observe();
      this.cards.listen();
    } else {
      await this.repaint();
    }
  }

  private async fullScan(): Promise<void> {
    this.state = 'scanned';
    const body = this.doc.body;
    this.chunks = [];
    this.shown = [];
    this.total = 0;
    this.url = this.doc.location?.href ?? this.url;
    if (!body) return;
    // Every step below runs in slices of SLICE_MS with the page getting a turn in between: the walk,
    // the prefilter, the messages to the background, anchoring and painting (once per batch).
    const ex = await this.extractSliced(body);
    this.chunks.push({ base: 0, ex });
    this.total = ex.text.length;
    // Its own slice: four selector queries, each a walk of the whole document (~10 ms on 300k nodes).
    await this.nextSlice();
    this.dating = { published: datedOrNot(this.doc), head: ex.text.slice(0, HEAD_CHARS) };
    const passages = await this.passagesSliced(ex.text, 0);
    let first = true;
    let painted = false;
    for (const batch of batches(passages)) {
      const views = await this.backend.scan({
        url: this.url,
        from: batch[0]!.start,
        passages: batch,
        reset: first,
        page: this.dating,
      });
      first = false;
      // Paint (and report) only when a batch brought findings: each paint is a rendering update of the page.
      if (!views.length) continue;
      await this.add(views);
      await this.repaint();
      painted = true;
    }
    if (!painted) await this.repaint();
  }

  /** The next turn for this script: the page's next idle period, or IDLE_TIMEOUT_MS at most. */
  private nextSlice(): Promise<void> {
    const win = this.win as Window & { requestIdleCallback?: Window['requestIdleCallback'] };
    return new Promise((resolve) => {
      if (win.requestIdleCallback) win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
      else win.setTimeout(resolve, 0);
    });
  }

  /** Runs a walk's `step` SLICE_MS at a time until it says it is done. */
  private async sliced(walk: { step(stop: () => boolean): boolean }): Promise<void> {
    for (;;) {
      const t0 = now();
      if (walk.step(() => now() - t0 > SLICE_MS)) return;
      await this.nextSlice();
    }
  }

  /** The visible text of `root`, walked SLICE_MS at a time. */
  private async extractSliced(root: Node): Promise<Extracted> {
    const ex = createExtractor(root, this.extractOptions());
    await this.sliced(ex);
    return ex.result();
  }

  /** Whether the raw text under `root` mentions the topic, read SLICE_MS at a time (never the
   * whole `textContent` of a huge page in one task). */
  private async topicSliced(root: Element, headChars: number): Promise<TextScan> {
    // A subtree of fewer than 20,000 elements is read in one textContent call (1 MB of
    // paragraphs: 3 ms, against 20-35 ms for the same Text nodes walked from this world), and only
    // the windows' tests are sliced; a larger one is walked. Asking the collection for one item past
    // the limit walks no further than the limit (its length would count every element).
    const small = !root.getElementsByTagName('*')[20_000];
    const scan = createTextScan(small ? (root.textContent ?? '') : root, mentionsTopic, { headChars, maxNodes: MAX_NODES });
    await this.sliced(scan);
    return scan;
  }

  /** Candidate passages of a text already known to be in scope (passagesIn), a window per slice. A
   * passage longer than a window (100k inline spans and no block break: one 3 MB passage, whose
   * regex test alone was a 130 ms task) is tested a window at a time, the windows overlapping by
   * 256 characters, more than any match. */
  private async passagesSliced(text: string, base: number): Promise<Passage[]> {
    const out: Passage[] = [];
    let t0 = now();
    for (const w of passageWindows(text, PREFILTER_WINDOW)) {
      const part = text.slice(w.start, w.end);
      for (const [from, to] of passageBounds(part)) {
        let hit = false;
        for (let i = from; i < to && !hit; i += PREFILTER_WINDOW) {
          if (now() - t0 > SLICE_MS) {
            await this.nextSlice();
            t0 = now();
          }
          hit = mightHoldClaim(part.slice(Math.max(from, i - 256), Math.min(to, i + PREFILTER_WINDOW)));
        }
        if (hit) out.push({ start: base + w.start + from, text: part.slice(from, to) });
      }
    }
    return out;
  }

  private async add(views: FindingView[]): Promise<void> {
    let t0 = now();
    for (const v of views) {
      if (now() - t0 > SLICE_MS) {
        await this.nextSlice();
        t0 = now();
      }
      if (!this.dismissed.has(dismissalKey(v))) this.shown.push({ ...anchor(this.doc, this.chunks, v), painted: false });
    }
  }

  private async repaint(): Promise<void> {
    const verdicts = new Set(paintedVerdicts(this.settings!));
    for (const s of this.shown) s.painted = !!s.range && verdicts.has(s.view.verdict);
    paint(this.shown.filter((s) => s.painted).map((s) => ({ verdict: s.view.verdict, range: s.range! })));
    await this.report();
  }

  private report(): Promise<void> {
    return this.backend.painted({
      url: this.url,
      // Without the study and the card (see ProtocolMap.painted).
      findings: this.shown.map(({ view: { study: _s, card: _c, ...finding }, painted, range }) => ({
        finding,
        painted,
        anchored: !!range,
      })),
    });
  }

  // --- dynamic pages -------------------------------------------------------------------------

  private observe(): void {
    if (this.observer || !this.doc.body) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.body, { childList: true, subtree: true });
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.queue = [];
    this.cards.unlisten();
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const r of records) {
      if (r.removedNodes.length) removed = true;
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType !== 1) continue;
        const el = n as Element;
        if (this.host.isHost(el)) continue;
        this.queue.push(el);
      }
    }
    if (removed && this.shown.length) this.dropDetached();
    if (this.queue.length) this.schedule();
  }

  private dropDetached(): void {
    const before = this.shown.length;
    this.shown = this.shown.filter((s) => !s.range || stillAnchored(s));
    if (this.shown.length !== before) void this.repaint();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const win = this.win as Window & { requestIdleCallback?: Window['requestIdleCallback'] };
    const run = (deadline?: IdleDeadline) => {
      this.scheduled = false;
      void this.slice(deadline);
    };
    if (win.requestIdleCallback) win.requestIdleCallback(run, { timeout: 1000 });
    else win.setTimeout(() => run(), 50);
  }

  /** Takes the roots added in this batch that are not inside another root of the batch. */
  private takeBatch(): Element[] {
    const batch = new Set(this.queue);
    this.queue = [];
    const roots: Element[] = [];
    for (const el of batch) {
      if (!el.isConnected) continue;
      let inner = false;
      // Bounded: on 5,000-deep nesting a full walk per added node would be a long task. A root found
      // deeper than this under another root is extracted twice at worst.
      let depth = 0;
      for (let p = el.parentElement; p && depth < MAX_ANCESTORS; p = p.parentElement, depth++) {
        if (batch.has(p)) {
          inner = true;
          break;
        }
      }
      if (!inner) roots.push(el);
    }
    return roots;
  }

  private async slice(deadline?: IdleDeadline): Promise<void> {
    const t0 = now();
    const budget = () => now() - t0 < SLICE_MS && (!deadline || deadline.didTimeout || deadline.timeRemaining() > 1);
    const roots = this.takeBatch();
    if (!this.inScope) {
      while (roots.length) {
        const el = roots.shift()!;
        // Its first 256 characters tell whether it added any text (else it is no miss).
        const scan = await this.topicSliced(el, 256);
        if (scan.found) {
          this.misses = 0;
          this.queue = [];
          await this.enterScope();
          return;
        }
        if (scan.head().trim()) this.miss();
        if (!this.observer) return;
        if (!budget() && roots.length) {
          this.queue.unshift(...roots);
          this.schedule();
          return;
        }
      }
      return;
    }
    if (this.state !== 'scanned') return;
    if ((this.doc.location?.href ?? this.url) !== this.url) {
      // A single-page app moved to another document: start again.
      await this.fullScan();
      return;
    }
    if (this.working) {
      // The previous batch is still being extracted or checked: take this one after it.
      this.queue.unshift(...roots);
      this.schedule();
      return;
    }
    this.working = true;
    try {
      const passages: Passage[] = [];
      const from = this.total + GAP;
      while (roots.length) {
        const el = roots.shift()!;
        if (this.host.isHost(el) || !el.isConnected) continue;
        const ex = await this.extractSliced(el);
        if (ex.text.trim()) {
          const base = this.total + GAP;
          this.chunks.push({ base, ex });
          this.total = base + ex.text.length;
          const found = mentionsTopic(ex.text) ? await this.passagesSliced(ex.text, base) : [];
          for (const p of found) passages.push(p);
          if (found.length) this.misses = 0;
          else this.miss();
        }
        if (!budget() && roots.length) {
          this.queue.unshift(...roots);
          this.schedule();
          break;
        }
      }
      for (const batch of batches(passages)) {
        const views = await this.backend.scan({
          url: this.url,
          from: Math.max(from, batch[0]!.start),
          passages: batch,
          reset: false,
          page: this.dating,
        });
        if (views.length) {
          await this.add(views);
          await this.repaint();
        }
      }
    } finally {
      this.working = false;
    }
  }

  private miss(): void {
    this.misses++;
    if (this.misses >= MAX_MISSES) {
      this.observer?.disconnect();
      this.observer = null;
      if (this.state === 'no-topic' || this.state === 'scanned') this.state = `${this.state}/stopped`;
    }
  }

  // --- cards and focus -----------------------------------------------------------------------

  private level(): ReadingLevel {
    return this.settings?.readingLevel ?? 'plain';
  }

  /** Scrolls to a finding, pulses its highlight and opens its card (popup click). */
  focus(index: number): boolean {
    const s = this.shown[index];
    return !!s?.range && s.painted && this.cards.open(s as Shown & { range: Range }, true);
  }

  /** Next (1) / previous (-1) painted flag: the browser command and the in-page keys. */
  step(dir: 1 | -1): boolean {
    return this.cards.step(dir);
  }

  /** "This flag is wrong" (from the card or the popup): hide it on this page, remember it, repaint. */
  async dismiss(index: number): Promise<boolean> {
    const s = this.shown[index];
    if (!s) return false;
    const key = dismissalKey(s.view);
    this.dismissed.add(key);
    this.shown = this.shown.filter((x) => !this.dismissed.has(dismissalKey(x.view)));
    if (this.cards.showing() === s) this.cards.hide();
    await this.repaint();
    await this.backend.dismiss({ url: this.url, key }).catch(() => undefined);
    return true;
  }

  selection(): string {
    return this.win.getSelection()?.toString() ?? '';
  }

  /** The page was restored from the back/forward cache: tell the background again. */
  async resume(): Promise<void> {
    if (this.state === 'scanned') await this.report();
  }
}

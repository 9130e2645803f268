// Per-tab state kept by the background: the page's passages (context for later batches), its
// findings as painted, a record card. In memory, mirrored to storage.session so a restarted service
// worker (MV3) can still answer the popup.
import type { Passage } from '../engine/types';
import { newSpend, type PageSpend } from '../worker/sliced-check';
import type { FindingView, StudySummary, TabFinding, TabState } from './types';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Passages of earlier text given to the engine as context for a new batch. */
export const CONTEXT_PASSAGES = 30;

export class TabStore {
  private states = new Map<number, TabState>();
  /** Only the most recent CONTEXT_PASSAGES of each page: memory stays bounded on endless pages. */
  private passages = new Map<number, Passage[]>();
  private spends = new Map<number, PageSpend>();

  constructor(private readonly session?: SessionArea) {}

  private key(tabId: number) {
    return `tab:${tabId}`;
  }

  private async save(tabId: number): Promise<void> {
    const s = this.states.get(tabId);
    if (!this.session) return;
    // storage.session holds 10 MB in all: a state too big for it is kept in memory only (the popup
    // still reads it while this worker lives) rather than failing the page's report.
    try {
      if (s) await this.session.set({ [this.key(tabId)]: s });
      else await this.session.remove(this.key(tabId));
    } catch {
      /* over quota */
    }
  }

  async get(tabId: number): Promise<TabState | null> {
    const mem = this.states.get(tabId);
    if (mem) return mem;
    if (!this.session) return null;
    const stored = (await this.session.get(this.key(tabId)))[this.key(tabId)] as TabState | undefined;
    if (stored) this.states.set(tabId, stored);
    return stored ?? null;
  }

  /** Passages to check for a new batch: recent context plus the batch; the batch is then kept. */
  batch(tabId: number, url: string, passages: Passage[], reset: boolean): Passage[] {
    const fresh = reset || this.states.get(tabId)?.url !== url;
    if (fresh) {
      this.passages.set(tabId, []);
      this.spends.set(tabId, newSpend());
    }
    const context = this.passages.get(tabId) ?? [];
    this.passages.set(tabId, [...context, ...passages.slice(-CONTEXT_PASSAGES)].slice(-CONTEXT_PASSAGES));
    if (fresh || !this.states.has(tabId)) this.states.set(tabId, { url, findings: [], painted: 0 });
    return [...context, ...passages];
  }

  /** What the tab's current page has cost the engine so far (see src/worker/sliced-check.ts). */
  spend(tabId: number): PageSpend {
    let s = this.spends.get(tabId);
    if (!s) this.spends.set(tabId, (s = newSpend()));
    return s;
  }

  /** Records that the page's budget ran out: the popup says how much was checked. */
  async setPartial(tabId: number, url: string, spend: PageSpend): Promise<TabState> {
    const state: TabState = {
      ...(this.states.get(tabId) ?? { url, findings: [], painted: 0 }),
      partial: { checked: spend.checked, skipped: spend.skipped },
    };
    this.states.set(tabId, state);
    await this.save(tabId);
    return state;
  }

  /** Records that the page is not in English (see TabState.notEnglish). */
  async setNotEnglish(tabId: number, url: string): Promise<TabState> {
    const state: TabState = { ...(this.states.get(tabId) ?? { url, findings: [], painted: 0 }), notEnglish: true };
    this.states.set(tabId, state);
    await this.save(tabId);
    return state;
  }

  async setPainted(
    tabId: number,
    url: string,
    findings: { finding: FindingView; painted: boolean; anchored: boolean }[],
  ): Promise<TabState> {
    const list: TabFinding[] = findings.map((f, index) => ({ ...f.finding, index, painted: f.painted, anchored: f.anchored }));
    const same = this.states.get(tabId)?.url === url ? this.states.get(tabId) : undefined;
    const state: TabState = {
      url,
      findings: list,
      painted: list.filter((f) => f.painted).length,
      ...(same?.partial ? { partial: same.partial } : {}),
      ...(same?.notEnglish ? { notEnglish: true as const } : {}),
    };
    this.states.set(tabId, state);
    await this.save(tabId);
    return state;
  }

  async setRecord(tabId: number, url: string, record: StudySummary | null): Promise<TabState> {
    const state: TabState = { url, findings: [], painted: 0, record: record ?? undefined };
    this.states.set(tabId, state);
    await this.save(tabId);
    return state;
  }

  async setDisabled(tabId: number, url: string): Promise<TabState> {
    const state: TabState = { url, findings: [], painted: 0, disabled: true };
    this.states.set(tabId, state);
    this.passages.delete(tabId);
    this.spends.delete(tabId);
    await this.save(tabId);
    return state;
  }

  async clear(tabId: number): Promise<void> {
    this.states.delete(tabId);
    this.passages.delete(tabId);
    this.spends.delete(tabId);
    await this.save(tabId);
  }
}

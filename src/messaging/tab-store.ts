// Per-tab state kept by the background: the page's passages (context for later batches), its
// findings as painted, a record card. In memory, mirrored to storage.session so a restarted service
// worker (MV3) can still answer the popup.
import type { Passage } from '../engine/types';
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
  private passages = new Map<number, Passage[]>();

  constructor(private readonly session?: SessionArea) {}

  private key(tabId: number) {
    return `tab:${tabId}`;
  }

  private async save(tabId: number): Promise<void> {
    const s = this.states.get(tabId);
    if (!this.session) return;
    if (s) await this.session.set({ [this.key(tabId)]: s });
    else await this.session.remove(this.key(tabId));
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
    if (reset || this.states.get(tabId)?.url !== url) this.passages.set(tabId, []);
    const kept = this.passages.get(tabId) ?? [];
    const context = kept.slice(-CONTEXT_PASSAGES);
    this.passages.set(tabId, [...kept, ...passages]);
    if (reset || !this.states.has(tabId)) this.states.set(tabId, { url, findings: [], painted: 0 });
    return [...context, ...passages];
  }

  async setPainted(tabId: number, url: string, findings: { finding: FindingView; painted: boolean; anchored: boolean }[]): Promise<TabState> {
    const list: TabFinding[] = findings.map((f, index) => ({ ...f.finding, index, painted: f.painted, anchored: f.anchored }));
    const state: TabState = { url, findings: list, painted: list.filter((f) => f.painted).length };
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
    await this.save(tabId);
    return state;
  }

  async clear(tabId: number): Promise<void> {
    this.states.delete(tabId);
    this.passages.delete(tabId);
    await this.save(tabId);
  }
}

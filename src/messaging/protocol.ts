// The typed message protocol between the extension's contexts (@webext-core/messaging).
// Content script → background: hello, scan, painted, record, dismiss. Pages → background: tabState,
// checkText. Background/popup → content script: focus, selection, step, dismissFlag.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Finding, Passage } from '../engine/types';
import type { FindingView, Settings, StudySummary, TabState } from './types';

/** When the page was published (its metadata) and the top of its text (a dateline): the engine judges
 * status sentences at that date. */
export interface PageDating {
  published?: string;
  head?: string;
}

export interface ProtocolMap {
  /** A page in scope introduces itself; the answer says whether to work on it and how. */
  hello(data: { url: string; host: string }): { enabled: boolean; settings: Settings; dismissed: string[] };
  /**
   * Candidate passages of new page text. Offsets are in the page's running text (chunks laid end
   * to end); `from` is where the new text starts: findings before it are context only.
   */
  scan(data: { url: string; from: number; passages: Passage[]; reset: boolean; page?: PageDating }): FindingView[];
  /** What the page painted: the background keeps it and sets the badge. The findings go back without
   * their study and card (the background adds them again): with them, 500 findings were a message of
   * megabytes whose serialisation alone held the page's thread for ~90 ms. */
  painted(data: { url: string; findings: { finding: Finding; painted: boolean; anchored: boolean }[] }): void;
  /** A record page of a study (by registry ID / PMID): its summary, or null when not in the database. */
  record(data: { url: string; id: string }): StudySummary | null;
  /** A tab's findings for the popup. */
  tabState(data: { tabId: number }): TabState | null;
  /** What the views print about the extension's database (reports, exports). */
  about(): { database: string };
  /** The checker: the engine on pasted text. */
  checkText(data: { text: string }): FindingView[];
  /** Scroll the page to a finding and pulse its highlight. */
  focus(data: { index: number }): boolean;
  /** The page's current selection (for the keyboard shortcut). */
  selection(): string;
  /** Go to the next (1) or previous (-1) painted flag (the browser commands). */
  step(data: { dir: 1 | -1 }): boolean;
  /** "This flag is wrong" from the popup / side panel: hide the tab's finding `index`. */
  dismissFlag(data: { index: number }): boolean;
  /** The page tells the background to remember a dismissal (storage.local, this computer only). */
  dismiss(data: { url: string; key: string }): void;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
export type { Finding };

// Plain data that crosses the extension's message boundary (content script ⇄ background ⇄ pages).
import type { Finding, Verdict } from '../engine/types';
import type { CardModel, TrialModel } from '../ui/card-model';

/** What the cards and the educator chain show about a study, without the claims database. */
export interface StudySummary {
  id: string;
  name: string;
  title: string;
  citation: string;
  kind: string;
  /** "Randomised controlled trial", "Single-arm trial", ... */
  designLabel: string;
  phase?: string;
  randomised: boolean;
  blinded?: string;
  control: string;
  /** Number studied, "reported" when unverified. */
  n?: { value: number; verified: boolean };
  population: string;
  countries?: string[];
  sites?: string;
  duration?: string;
  arms: string[];
  primaryEndpoint?: { description: string; met: boolean | null };
  status: { state: string; dates: Record<string, string>; note?: string };
  conclusion: string;
  caveats: string[];
  identifiers: string[];
  links: { label: string; url: string }[];
  reviewed: string;
  /** The trial card's words, built where the database is (the content script ships no wording). */
  model?: TrialModel;
}

/** A finding as the views show it: the engine's finding plus its study. */
export interface FindingView extends Finding {
  study?: StudySummary;
  /** The card's words, built by the background for the content script's card. */
  card?: CardModel;
}

/** Finding as painted (or not) in a tab. */
export interface TabFinding extends FindingView {
  /** Index in the tab's list, stable for the page's life: the popup uses it to focus a finding. */
  index: number;
  /** True when the range was anchored in the page and painted. */
  painted: boolean;
  /** True when the range could be anchored (painted or not, depending on the options). */
  anchored: boolean;
}

export interface TabState {
  url: string;
  findings: TabFinding[];
  /** Number of highlighted flags: what the badge shows. */
  painted: number;
  /** Set on a registry or PubMed record page of a study in the database. */
  record?: StudySummary;
  /** True when the page's site is switched off in the options. */
  disabled?: boolean;
  /** Set when the page was bigger than the background's budget (time or size): only its first
   * `checked` passages were checked and `skipped` were not. The popup says "checked the first N passages". */
  partial?: { checked: number; skipped: number };
  /** Set when the page's text about the topic is not English: the rules read English only, so the popup
   * says the page was not checked rather than leaving its silence to be read as "nothing wrong". */
  notEnglish?: true;
}

export type ReadingLevel = 'plain' | 'precise';

export interface Settings {
  /** Verdicts painted in pages (supported is governed by showSupported). */
  highlight: Exclude<Verdict, 'supported'>[];
  showSupported: boolean;
  /** Hostnames where the extension does nothing. */
  disabledSites: string[];
  readingLevel: ReadingLevel;
}

export const DEFAULT_SETTINGS: Settings = {
  highlight: ['overstated', 'misreported', 'outdated'],
  showSupported: false,
  disabledSites: [],
  readingLevel: 'plain',
};

/** Verdicts a page paints under these settings. */
export function paintedVerdicts(s: Settings): Verdict[] {
  return s.showSupported ? [...s.highlight, 'supported'] : [...s.highlight];
}

export function siteDisabled(s: Settings, host: string): boolean {
  return s.disabledSites.includes(host.toLowerCase());
}

// The one view model of a finding card. The in-page card (plain DOM, src/ui/page/cards.ts) and the
// React cards and lists (popup, side panel, checker) all render this, so they say the same things in
// the same words. Pure: no React, no DOM, no claims database. The background builds it for the
// content script (FindingView.card, StudySummary.model), which therefore ships none of these words.
import type { Verdict } from '../engine/verdicts';
import { identifierUrl } from '../report/links';
import type { FindingView, StudySummary } from '../messaging/types';
import {
  cardLabels,
  verdictMeaning,
  verdictWord,
  designFacts,
  type CardLabels,
  endpointLine,
  evidenceLevel,
  reasonLabel,
  statusLine,
} from './format';
import { oneLine } from './one-line';

export interface IdLink {
  id: string;
  /** http(s) only; undefined for an identifier the product cannot link. */
  url?: string;
}

export interface StudyModel {
  name: string;
  citation: string;
  designLabel: string;
  facts: string[];
  population: string;
  endpoint?: string;
  level: string;
  ids: IdLink[];
}

export interface CardModel {
  verdict: Verdict;
  verdictWord: string;
  verdictMeaning: string;
  /** The sentence as one line: hard line breaks and runs of spaces from the page are folded. */
  sentence: string;
  /** Plain-word label first; the detail never repeats "what the source found" word for word. */
  reasons: { code: string; label: string; detail: string }[];
  /** For readers and for journalists; the options choose. */
  explain: { plain: string; precise: string };
  evidence: string;
  event?: string;
  suggestion?: string;
  study?: StudyModel;
  claim: string;
  labels: CardLabels;
}

export { oneLine } from './one-line';

/** A reason's message without the source's finding when the message quotes it (superseded does). */
export function reasonDetail(message: string, evidence: string): string {
  const ev = oneLine(evidence).replace(/\.$/, '');
  const msg = oneLine(message);
  if (ev.length < 12) return msg;
  const at = msg.indexOf(ev);
  if (at < 0) return msg;
  const cut = (msg.slice(0, at) + msg.slice(at + ev.length))
    .replace(/[\s:;,—-]+\.?$/, '')
    .replace(/\s+\./g, '.')
    .trim();
  return cut ? (/[.!?]$/.test(cut) ? cut : `${cut}.`) : msg;
}

export function studyModel(s: StudySummary): StudyModel {
  return {
    name: s.name,
    citation: s.citation,
    designLabel: s.designLabel,
    facts: designFacts(s),
    population: s.population,
    endpoint: s.primaryEndpoint ? endpointLine(s.primaryEndpoint) : undefined,
    level: evidenceLevel(s),
    ids: s.identifiers.map((id) => {
      const url = identifierUrl(id);
      return { id, url: url && /^https?:\/\//.test(url) ? url : undefined };
    }),
  };
}

export function cardModel(f: Omit<FindingView, 'card'>): CardModel {
  return {
    verdict: f.verdict,
    verdictWord: verdictWord(f.verdict),
    verdictMeaning: verdictMeaning(f.verdict),
    sentence: oneLine(f.text),
    reasons: f.reasons.map((r) => ({ code: r.code, label: reasonLabel(r.code), detail: reasonDetail(r.message, f.evidence) })),
    explain: { plain: f.explain.plain, precise: f.explain.precise },
    evidence: oneLine(f.evidence),
    event: f.event ? `${f.event.date}: ${f.event.what}` : undefined,
    suggestion: f.suggestion,
    study: f.study ? studyModel(f.study) : undefined,
    claim: f.claim,
    labels: cardLabels(),
  };
}

/** What the trial card of a record page shows, as words. */
export interface TrialModel {
  name: string;
  title: string;
  study: StudyModel;
  arms: string;
  sites?: string;
  status: string;
  note?: string;
  conclusion: string;
  caveats: string[];
  reviewed: string;
  labels: CardLabels;
}

export function trialModel(s: StudySummary): TrialModel {
  return {
    name: s.name,
    title: s.title,
    study: studyModel(s),
    arms: s.arms.join('; '),
    sites: s.sites,
    status: statusLine(s),
    note: s.status.note,
    conclusion: s.conclusion,
    caveats: s.caveats,
    reviewed: s.reviewed,
    labels: cardLabels(),
  };
}

/** Findings that quote the same sentence for the same claim, listed once with a count. */
export interface Grouped<T> {
  first: T;
  all: T[];
}

export function groupDuplicates<T extends { text: string; claim: string; verdict: string }>(items: T[]): Grouped<T>[] {
  const by = new Map<string, Grouped<T>>();
  const out: Grouped<T>[] = [];
  for (const it of items) {
    const key = `${it.verdict}|${it.claim}|${oneLine(it.text).toLowerCase()}`;
    const g = by.get(key);
    if (g) g.all.push(it);
    else {
      const ng = { first: it, all: [it] };
      by.set(key, ng);
      out.push(ng);
    }
  }
  return out;
}

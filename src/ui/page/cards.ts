// The content script's cards, built with DOM calls from the shared view model (no React in pages):
// the finding card shown on hover / keyboard focus, and the trial card of a record page. Everything
// from the page or the database is inserted as text.
import { cardModel, studyModel, type StudyModel } from '../card-model';
import type { FindingView, ReadingLevel, StudySummary } from '../../messaging/types';
import { statusLine } from '../format';
import { h, safeUrl } from './dom';

function closeButton(doc: Document, label: string, onClose: () => void): HTMLButtonElement {
  const close = h(doc, 'button', { class: 'close', type: 'button', 'aria-label': label }, '×');
  close.addEventListener('click', onClose);
  return close;
}

function idLinks(doc: Document, m: StudyModel): HTMLElement {
  const p = h(doc, 'p', { class: 'ids' });
  m.ids.forEach((id, i) => {
    if (i) p.append(' · ');
    const url = id.url && safeUrl(id.url);
    p.append(url ? h(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, id.id) : id.id);
  });
  return p;
}

/** The study behind a finding: design, population, primary endpoint, evidence level, identifiers. */
export function chain(doc: Document, m: StudyModel): HTMLElement {
  return h(
    doc,
    'div',
    { class: 'chain' },
    h(doc, 'p', { class: 'study' }, h(doc, 'strong', {}, m.name), ' — ', m.designLabel),
    h(doc, 'p', { class: 'facts' }, m.facts.join(' · ')),
    h(doc, 'p', { class: 'population' }, 'Population: ', m.population),
    m.endpoint && h(doc, 'p', { class: 'endpoint' }, m.endpoint),
    h(doc, 'p', { class: 'level' }, m.level),
    idLinks(doc, m),
  );
}

export interface FindingCardActions {
  onClose(): void;
  /** "This flag is wrong": hide the flag on this page and remember it. */
  onWrong(): void;
}

export function findingCard(doc: Document, f: FindingView, level: ReadingLevel, actions: FindingCardActions): HTMLElement {
  const m = cardModel(f, level);
  const reasons = h(doc, 'ul', { class: 'reasons' });
  for (const r of m.reasons) reasons.append(h(doc, 'li', { 'data-code': r.code }, h(doc, 'strong', {}, r.label), ' — ', r.detail));
  const wrong = h(doc, 'button', { class: 'wrong', type: 'button' }, 'This flag is wrong');
  wrong.addEventListener('click', actions.onWrong);
  return h(
    doc,
    'section',
    {
      class: `card verdict-border-${m.verdict}`,
      role: 'dialog',
      'aria-label': `TrialTrace: ${m.verdictWord}`,
      tabindex: '-1',
      'data-verdict': m.verdict,
    },
    closeButton(doc, 'Close the TrialTrace card', actions.onClose),
    h(doc, 'p', { class: 'head' }, h(doc, 'span', { class: `verdict verdict-${m.verdict}` }, m.verdictWord), h(doc, 'span', { class: 'meaning' }, m.verdictMeaning)),
    h(doc, 'blockquote', {}, m.sentence),
    m.reasons.length > 0 && reasons,
    h(doc, 'p', { class: 'explain' }, m.explain),
    h(doc, 'p', { class: 'evidence' }, h(doc, 'strong', {}, 'What the source found: '), m.evidence),
    m.event && h(doc, 'p', { class: 'event' }, h(doc, 'strong', {}, 'Since then: '), m.event),
    m.suggestion && h(doc, 'p', { class: 'suggestion' }, h(doc, 'strong', {}, 'Accurate wording: '), m.suggestion),
    m.study && chain(doc, m.study),
    h(doc, 'p', { class: 'foot' }, wrong, h(doc, 'span', { class: 'keys' }, 'Alt+Shift+J / K: next / previous flag · Esc: close')),
  );
}

export function trialCard(doc: Document, s: StudySummary, onClose: () => void): HTMLElement {
  const caveats = h(doc, 'ul', { class: 'caveats' });
  for (const c of s.caveats) caveats.append(h(doc, 'li', {}, c));
  return h(
    doc,
    'section',
    { class: 'card trial', role: 'complementary', 'aria-label': `TrialTrace: about ${s.name}` },
    closeButton(doc, 'Close the TrialTrace card', onClose),
    h(doc, 'p', { class: 'head' }, h(doc, 'span', { class: 'verdict verdict-study' }, 'About this study')),
    h(doc, 'h2', {}, s.name),
    h(doc, 'p', { class: 'title' }, s.title),
    chain(doc, studyModel(s)),
    s.arms.length > 0 && h(doc, 'p', { class: 'arms' }, 'Treatment: ', s.arms.join('; ')),
    s.sites && h(doc, 'p', { class: 'sites' }, 'Where: ', s.sites),
    h(doc, 'p', { class: 'status' }, 'Status: ', statusLine(s)),
    s.status.note && h(doc, 'p', { class: 'note' }, s.status.note),
    h(doc, 'p', { class: 'conclusion' }, 'What is known: ', s.conclusion),
    s.caveats.length > 0 && h(doc, 'p', { class: 'caveats-title' }, 'Caveats'),
    s.caveats.length > 0 && caveats,
    h(doc, 'p', { class: 'reviewed' }, `Reviewed ${s.reviewed}`),
  );
}

/** The closed trial card: one small button in the corner that opens it (it covers no page text). */
export function trialTab(doc: Document, s: StudySummary, onOpen: () => void): HTMLElement {
  const b = h(doc, 'button', { class: 'tab', type: 'button', 'aria-label': `TrialTrace: about ${s.name}`, 'aria-expanded': 'false' }, `TrialTrace · ${s.name}`);
  b.addEventListener('click', onOpen);
  return b;
}

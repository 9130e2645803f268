// The content script's cards, built with DOM calls from the shared view model (no React in pages):
// the finding card shown on hover / keyboard focus, and the trial card of a record page. The words
// come ready-made from the background (FindingView.card, StudySummary.model: src/ui/card-model.ts),
// so this script ships no wording tables. Everything is inserted as text.
import type { CardModel, StudyModel, TrialModel } from '../card-model';
import type { ReadingLevel } from '../../messaging/types';
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
export function chain(doc: Document, m: StudyModel, population: string): HTMLElement {
  return h(
    doc,
    'div',
    { class: 'chain' },
    h(doc, 'p', {}, h(doc, 'strong', {}, m.name), ' — ', m.designLabel),
    h(doc, 'p', { class: 'facts' }, m.facts.join(' · ')),
    h(doc, 'p', {}, population, m.population),
    m.endpoint && h(doc, 'p', {}, m.endpoint),
    h(doc, 'p', { class: 'level' }, m.level),
    idLinks(doc, m),
  );
}

export interface FindingCardActions {
  onClose(): void;
  /** "This flag is wrong": hide the flag on this page and remember it. */
  onWrong(): void;
}

const labelled = (doc: Document, cls: string, label: string, text: string | undefined) =>
  text && h(doc, 'p', { class: cls }, h(doc, 'strong', {}, label), text);

export function findingCard(doc: Document, m: CardModel, level: ReadingLevel, actions: FindingCardActions): HTMLElement {
  const reasons = h(doc, 'ul', {});
  for (const r of m.reasons)
    reasons.append(h(doc, 'li', { 'data-code': r.code }, h(doc, 'strong', {}, r.label), ' — ', r.detail));
  const L = m.labels;
  const wrong = h(doc, 'button', { class: 'wrong', type: 'button' }, L.wrong);
  wrong.addEventListener('click', actions.onWrong);
  return h(
    doc,
    'section',
    { class: `card verdict-border-${m.verdict}`, role: 'dialog', 'aria-label': `TrialTrace: ${m.verdictWord}`, tabindex: '-1' },
    closeButton(doc, L.close, actions.onClose),
    h(
      doc,
      'p',
      { class: 'head' },
      h(doc, 'span', { class: `verdict verdict-${m.verdict}` }, m.verdictWord),
      h(doc, 'span', { class: 'meaning' }, m.verdictMeaning),
    ),
    h(doc, 'blockquote', {}, m.sentence),
    m.reasons.length > 0 && reasons,
    h(doc, 'p', {}, m.explain[level]),
    labelled(doc, 'evidence', L.sourceFound, m.evidence),
    labelled(doc, 'event', L.since, m.event),
    labelled(doc, 'suggestion', L.wording, m.suggestion),
    m.study && chain(doc, m.study, L.population),
    h(doc, 'p', { class: 'foot' }, wrong, h(doc, 'span', { class: 'keys' }, L.keys)),
  );
}

export function trialCard(doc: Document, t: TrialModel, onClose: () => void): HTMLElement {
  const caveats = h(doc, 'ul', {});
  for (const c of t.caveats) caveats.append(h(doc, 'li', {}, c));
  const L = t.labels;
  return h(
    doc,
    'section',
    { class: 'card trial', role: 'complementary', 'aria-label': L.tabLabel.replace('$1', t.name) },
    closeButton(doc, L.close, onClose),
    h(doc, 'p', { class: 'head' }, h(doc, 'span', { class: 'verdict verdict-study' }, L.aboutStudy)),
    h(doc, 'h2', {}, t.name),
    h(doc, 'p', {}, t.title),
    chain(doc, t.study, L.population),
    t.arms && h(doc, 'p', {}, L.treatment, t.arms),
    t.sites && h(doc, 'p', {}, L.where, t.sites),
    h(doc, 'p', {}, L.status, t.status),
    t.note && h(doc, 'p', {}, t.note),
    h(doc, 'p', {}, L.known, t.conclusion),
    t.caveats.length > 0 && h(doc, 'p', {}, h(doc, 'strong', {}, L.caveats)),
    t.caveats.length > 0 && caveats,
    h(doc, 'p', { class: 'facts' }, L.reviewed.replace('$1', t.reviewed)),
  );
}

/** The closed trial card: one small button in the corner that opens it (it covers no page text). */
export function trialTab(doc: Document, t: TrialModel, onOpen: () => void): HTMLElement {
  const b = h(
    doc,
    'button',
    { class: 'tab', type: 'button', 'aria-label': t.labels.tabLabel.replace('$1', t.name), 'aria-expanded': 'false' },
    t.labels.tab,
  );
  b.addEventListener('click', onOpen);
  return b;
}

// The content script's cards, built with DOM calls (no React in pages): the finding card shown on
// hover/focus, and the trial card shown on a record page. Everything from the page or the database
// is inserted as text.
import type { FindingView, ReadingLevel, StudySummary } from '../../messaging/types';
import { VERDICT_MEANING, VERDICT_WORD, designFacts, endpointWord, evidenceLevel, reasonLabel, statusLine } from '../format';
import { h, safeUrl } from './dom';

function links(doc: Document, s: StudySummary): HTMLElement {
  const ul = h(doc, 'ul', { class: 'links' });
  for (const l of s.links) {
    const url = safeUrl(l.url);
    if (url) ul.append(h(doc, 'li', {}, h(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, l.label)));
  }
  return ul;
}

/** claim → paper → registry record, with the evidence level made plain. */
export function chain(doc: Document, s: StudySummary): HTMLElement {
  const endpoint = s.primaryEndpoint;
  return h(
    doc,
    'div',
    { class: 'chain' },
    h(doc, 'div', { class: 'study' }, h(doc, 'strong', {}, s.name), ' — ', s.designLabel),
    h(doc, 'div', { class: 'facts' }, designFacts(s).join(' · ')),
    h(doc, 'div', { class: 'population' }, 'Population: ', s.population),
    endpoint && h(doc, 'div', { class: 'endpoint' }, `Primary endpoint ${endpointWord(endpoint.met)}: `, endpoint.description),
    h(doc, 'div', { class: 'level' }, evidenceLevel(s)),
    h(doc, 'div', { class: 'ids' }, s.identifiers.join(' · ')),
    links(doc, s),
  );
}

export function findingCard(doc: Document, f: FindingView, level: ReadingLevel, onClose: () => void): HTMLElement {
  const close = h(doc, 'button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', onClose);
  const reasons = h(doc, 'ul', { class: 'reasons' });
  for (const r of f.reasons) reasons.append(h(doc, 'li', { 'data-code': r.code }, h(doc, 'strong', {}, reasonLabel(r.code)), ': ', r.message));
  return h(
    doc,
    'section',
    { class: `card verdict-${f.verdict}`, role: 'dialog', 'aria-label': `TrialTrace: ${VERDICT_WORD[f.verdict]}` },
    close,
    h(doc, 'div', { class: 'verdict' }, VERDICT_WORD[f.verdict], h(doc, 'span', { class: 'meaning' }, ' — ', VERDICT_MEANING[f.verdict])),
    h(doc, 'blockquote', {}, f.text),
    f.reasons.length > 0 && reasons,
    h(doc, 'p', { class: 'explain' }, f.explain[level]),
    h(doc, 'p', { class: 'evidence' }, h(doc, 'strong', {}, 'What the source found: '), f.evidence),
    f.study && chain(doc, f.study),
  );
}

export function trialCard(doc: Document, s: StudySummary, onClose: () => void): HTMLElement {
  const close = h(doc, 'button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', onClose);
  const caveats = h(doc, 'ul', { class: 'caveats' });
  for (const c of s.caveats) caveats.append(h(doc, 'li', {}, c));
  return h(
    doc,
    'section',
    { class: 'card trial', role: 'complementary', 'aria-label': `TrialTrace: ${s.name}` },
    close,
    h(doc, 'div', { class: 'verdict' }, 'TrialTrace — about this study'),
    h(doc, 'h2', {}, s.name),
    h(doc, 'p', { class: 'title' }, s.title),
    chain(doc, s),
    s.arms.length > 0 && h(doc, 'p', { class: 'arms' }, 'Treatment: ', s.arms.join('; ')),
    s.sites && h(doc, 'p', { class: 'sites' }, 'Where: ', s.sites),
    h(doc, 'p', { class: 'status' }, 'Status: ', statusLine(s)),
    s.status.note && h(doc, 'p', { class: 'note' }, s.status.note),
    h(doc, 'p', { class: 'conclusion' }, 'What is known: ', s.conclusion),
    s.caveats.length > 0 && h(doc, 'div', { class: 'caveats-title' }, 'Caveats'),
    s.caveats.length > 0 && caveats,
    h(doc, 'p', { class: 'reviewed' }, `Reviewed ${s.reviewed}`),
  );
}

// Words the views use for verdicts, reasons and study designs. Pure and small: the content script's
// card uses it too, so nothing here may import React, zod or the claims database.
import type { ReasonCode, Verdict } from '../engine/verdicts';
import type { StudySummary } from '../messaging/types';

export const VERDICT_WORD: Record<Verdict, string> = {
  supported: 'Supported',
  overstated: 'Overstated',
  misreported: 'Misreported',
  outdated: 'Outdated',
};

/** One line on what a verdict means, for readers who meet it for the first time. */
export const VERDICT_MEANING: Record<Verdict, string> = {
  supported: 'Consistent with the source.',
  overstated: 'Claims more than the source found.',
  misreported: 'A number, share, place or fact contradicts the source.',
  outdated: 'Was once true or expected, and has since been superseded.',
};

export const REASON_LABEL: Record<ReasonCode, string> = {
  'subgroup-as-whole': 'A subgroup result presented as the whole trial’s result',
  'share-misread': 'The size of a subgroup read as the share who benefited',
  'correlation-as-causation': 'An association presented as a cause',
  'certainty-inflated': 'More certain than the evidence',
  'early-phase-as-efficacy': 'An early safety study presented as proof of benefit',
  'animal-to-human': 'An animal or lab result presented as a human result',
  sensational: 'Sensational wording for an unconfirmed result',
  'unsupported-comparison': 'A comparison no study has made',
  'population-overgeneralised': 'Applied to more people than were studied',
  'wrong-fact': 'A fact that contradicts the source',
  superseded: 'Superseded by later events',
};

export function reasonLabel(code: string): string {
  return (REASON_LABEL as Record<string, string>)[code] ?? code;
}

const DESIGN_LABEL: Record<string, string> = {
  'randomised-controlled-trial': 'Randomised controlled trial',
  'single-arm-trial': 'Single-group trial, no control',
  observational: 'Observational study',
  laboratory: 'Laboratory study',
  animal: 'Animal study',
  'meta-analysis': 'Meta-analysis',
  regulatory: 'Regulatory decision',
  'registry-cohort': 'Registry cohort',
};

export function designLabel(type: string): string {
  return DESIGN_LABEL[type] ?? type;
}

const CONTROL_LABEL: Record<string, string> = {
  placebo: 'placebo-controlled',
  active: 'compared with another treatment',
  none: 'no control group',
  'healthy-controls': 'compared with healthy people',
  historical: 'compared with past patients',
};

/** The design facts of a study as short phrases: ["Phase 2b", "randomised", "double-blind", "N = 220"]. */
export function designFacts(s: StudySummary): string[] {
  const out: string[] = [];
  if (s.phase) out.push(`Phase ${s.phase}`);
  out.push(s.randomised ? 'randomised' : 'not randomised');
  if (s.blinded && s.blinded !== 'none') out.push(`${s.blinded}-blind`);
  else if (s.blinded === 'none') out.push('open-label');
  out.push(CONTROL_LABEL[s.control] ?? s.control);
  if (s.n) out.push(s.n.verified ? `N = ${s.n.value}` : `N ≈ ${s.n.value} (reported)`);
  return out;
}

/** One plain sentence on how strong the evidence of a study design is. */
export function evidenceLevel(s: StudySummary): string {
  const n = s.n ? ` of ${s.n.value} people` : '';
  if (s.kind === 'epidemiology') return 'Population statistics: they describe groups, not individual patients.';
  if (s.designLabel === DESIGN_LABEL.animal) return 'Animal study: results in animals often do not carry over to people.';
  if (s.designLabel === DESIGN_LABEL.laboratory) return 'Laboratory study: it shows a mechanism, not a benefit for patients.';
  if (s.designLabel === DESIGN_LABEL.observational || s.designLabel === DESIGN_LABEL['registry-cohort']) {
    return `Observational study${n}: it can show an association, not a cause.`;
  }
  if (s.randomised && s.control === 'placebo') {
    const early = s.phase && /^(1|1\/2|2|2a|2b)$/.test(s.phase);
    return `Randomised, placebo-controlled${n}: the strongest design for showing cause${early ? ', but a phase ' + s.phase + ' trial needs a larger trial to confirm it' : ''}.`;
  }
  if (!s.randomised && (s.control === 'none' || s.control === 'historical')) {
    return `No randomised control group${n}: it cannot show that the treatment caused any change.`;
  }
  return `${s.designLabel}${n}.`;
}

export function endpointWord(met: boolean | null | undefined): string {
  if (met === true) return 'met';
  if (met === false) return 'not met';
  return 'no result reported yet';
}

/** "Primary endpoint: change in ALSFRS-R at 18 months — not met." */
export function endpointLine(e: { description: string; met: boolean | null }): string {
  return `Primary endpoint: ${e.description.replace(/\.$/, '')} — ${endpointWord(e.met)}.`;
}

/** "published 2025-05-09 · completed 2021-07-22" */
export function statusLine(s: StudySummary): string {
  const dates = Object.entries(s.status.dates).map(([k, v]) => `${k.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase()} ${v}`);
  return [s.status.state, ...dates].join(' · ');
}

// Words the views use for verdicts, reasons and study designs, through @wxt-dev/i18n (English in
// locales/en.yml). Runs where browser.i18n is: extension pages and the background, which builds the
// content script's card words (src/ui/card-model.ts). No React, zod or claims database here.
import { i18n } from '#i18n';
import type { ReasonCode, Verdict } from '../engine/verdicts';
import type { StudySummary } from '../messaging/types';

/** "subgroup-as-whole" → "subgroupAsWhole": message names allow no hyphens. */
function camel(code: string): string {
  return code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

// The message keys are checked against locales/en.yml by the i18n unit test; here they are built.
// biome-ignore lint/suspicious/noExplicitAny: message arguments are whatever each key takes; the i18n test checks the keys.
const t = (key: string, ...args: any[]): string => (i18n.t as (k: string, ...a: unknown[]) => string)(key, ...args);

/** The in-page card's fixed words, sent with each card model (the content script has no i18n tables). */
export interface CardLabels {
  population: string;
  sourceFound: string;
  since: string;
  wording: string;
  wrong: string;
  close: string;
  keys: string;
  aboutStudy: string;
  treatment: string;
  where: string;
  status: string;
  known: string;
  caveats: string;
  reviewed: string;
  tab: string;
  tabLabel: string;
}

export function cardLabels(): CardLabels {
  const keys: (keyof CardLabels)[] = [
    'population',
    'sourceFound',
    'since',
    'wording',
    'wrong',
    'close',
    'keys',
    'aboutStudy',
    'treatment',
    'where',
    'status',
    'known',
    'caveats',
    'reviewed',
    'tab',
    'tabLabel',
  ];
  // reviewed and tabLabel keep their $1 for the card to fill in.
  return Object.fromEntries(keys.map((k) => [k, t(`card.${k}`, ['$1'])])) as unknown as CardLabels;
}

export function verdictWord(v: Verdict): string {
  return t(`verdict.${v}`);
}

/** One line on what a verdict means, for readers who meet it for the first time. */
export function verdictMeaning(v: Verdict): string {
  return t(`meaning.${v}`);
}

export const REASON_CODES_LABELLED: readonly ReasonCode[] = [
  'subgroup-as-whole',
  'share-misread',
  'correlation-as-causation',
  'certainty-inflated',
  'early-phase-as-efficacy',
  'animal-to-human',
  'sensational',
  'unsupported-comparison',
  'population-overgeneralised',
  'wrong-fact',
  'superseded',
];

export function reasonLabel(code: string): string {
  return (REASON_CODES_LABELLED as readonly string[]).includes(code) ? t(`reason.${camel(code)}`) : code;
}

const DESIGNS = [
  'randomised-controlled-trial',
  'single-arm-trial',
  'observational',
  'laboratory',
  'animal',
  'meta-analysis',
  'regulatory',
  'registry-cohort',
];

export function designLabel(type: string): string {
  return DESIGNS.includes(type) ? t(`design.${camel(type)}`) : type;
}

const CONTROLS = ['placebo', 'active', 'none', 'healthy-controls', 'historical'];

/** The design facts of a study as short phrases: ["Phase 2b", "randomised", "double-blind", "N = 220"]. */
export function designFacts(s: StudySummary): string[] {
  const out: string[] = [];
  if (s.phase) out.push(t('facts.phase', [s.phase]));
  out.push(s.randomised ? t('facts.randomised') : t('facts.notRandomised'));
  if (s.blinded && s.blinded !== 'none') out.push(t('facts.blind', [s.blinded]));
  else if (s.blinded === 'none') out.push(t('facts.openLabel'));
  out.push(CONTROLS.includes(s.control) ? t(`control.${camel(s.control)}`) : s.control);
  if (s.n) out.push(s.n.verified ? t('facts.n', [String(s.n.value)]) : t('facts.nReported', [String(s.n.value)]));
  return out;
}

/** One plain sentence on how strong the evidence of a study design is. */
export function evidenceLevel(s: StudySummary): string {
  const n = s.n ? t('level.ofPeople', [String(s.n.value)]) : '';
  if (s.kind === 'epidemiology') return t('level.epidemiology');
  if (s.designLabel === designLabel('animal')) return t('level.animal');
  if (s.designLabel === designLabel('laboratory')) return t('level.laboratory');
  if (s.designLabel === designLabel('observational') || s.designLabel === designLabel('registry-cohort'))
    return t('level.observational', [n]);
  if (s.randomised && s.control === 'placebo') {
    const early = s.phase && /^(1|1\/2|2|2a|2b)$/.test(s.phase);
    return early ? t('level.rctEarly', [n, s.phase]) : t('level.rct', [n]);
  }
  if (!s.randomised && (s.control === 'none' || s.control === 'historical')) return t('level.uncontrolled', [n]);
  return t('level.other', [s.designLabel + n]);
}

export function endpointWord(met: boolean | null | undefined): string {
  if (met === true) return t('endpoint.met');
  if (met === false) return t('endpoint.notMet');
  return t('endpoint.pending');
}

/** "Primary endpoint: change in ALSFRS-R at 18 months — not met." */
export function endpointLine(e: { description: string; met: boolean | null }): string {
  return t('endpoint.line', [e.description.replace(/\.$/, ''), endpointWord(e.met)]);
}

/** "published 2025-05-09 · completed 2021-07-22" */
export function statusLine(s: StudySummary): string {
  const dates = Object.entries(s.status.dates).map(
    ([k, v]) =>
      `${k
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/-/g, ' ')
        .toLowerCase()} ${v}`,
  );
  return [s.status.state, ...dates].join(' · ');
}

// Engine findings → FindingViews (with their study), for the content script, popup and checker.
import { sourceById } from '../claims/db';
import type { Finding } from '../engine/types';
import { cardModel } from '../ui/card-model';
import { summariseStudy } from '../ui/study';
import type { FindingView, StudySummary } from './types';

const cache = new Map<string, StudySummary | undefined>();

export function studyOf(sourceId: string): StudySummary | undefined {
  if (!cache.has(sourceId)) {
    const s = sourceById(sourceId);
    cache.set(sourceId, s ? summariseStudy(s) : undefined);
  }
  return cache.get(sourceId);
}

export function toViews(findings: Finding[]): FindingView[] {
  return findings.map((f) => {
    const v: FindingView = { ...f, study: studyOf(f.source) };
    v.card = cardModel(v);
    return v;
  });
}

/** Findings that start in the new text only (earlier passages were context). */
export function newOnly(findings: Finding[], from: number): Finding[] {
  return findings.filter((f) => f.start >= from);
}

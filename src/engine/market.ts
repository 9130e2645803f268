// Which drugs for the disease were approved where, and when: the database's verified approvals and
// withdrawals of every drug, gathered into one dated list per jurisdiction. "Only two drugs are
// approved" is judged against it at the document's date and today. Built from the claims files; no
// drug is named here.
import type { ClaimsDb, SourceFile } from '../claims/schema';
import type { EVENT_REGIONS } from '../claims/schema';
import { compareDates, type DatedEvent } from './timeline';

export type Jurisdiction = (typeof EVENT_REGIONS)[number];

export interface MarketChange extends DatedEvent {
  /** The drug (its topic concept), so two trials of one drug count once. */
  drug: string;
  kind: 'approved' | 'withdrawn';
  region: Jurisdiction;
}

export type Market = ReadonlyMap<Jurisdiction, readonly MarketChange[]>;

/** The drug a source is about: its first topic (every drug source leads with the drug's concept). */
export const drugOf = (source: SourceFile) => source.topics[0];

function changesOf(source: SourceFile): MarketChange[] {
  const drug = drugOf(source);
  if (!drug) return [];
  const out: MarketChange[] = [];
  // An approval record says what and where; the file's event of the same day says it in words.
  const told = (date: string, fallback: string) =>
    source.status.events.find((e) => e.verified && e.date === date && !e.indication)?.what ?? fallback;
  for (const a of source.status.approvals) {
    if (!a.verified || !a.date || a.indication) continue;
    if (a.state === 'approved' || a.state === 'accelerated-approval')
      out.push({
        drug,
        kind: 'approved',
        region: a.region,
        date: a.date,
        what: told(a.date, `${drug} was approved (${a.region})`),
        recordedIn: source.id,
      });
    if (a.state === 'market-withdrawn')
      out.push({
        drug,
        kind: 'withdrawn',
        region: a.region,
        date: a.date,
        what: told(a.date, `${drug} was withdrawn from the market (${a.region})`),
        recordedIn: source.id,
      });
  }
  for (const e of source.status.events) {
    if (!e.verified || !e.region || e.indication) continue;
    if (e.kind === 'approved' || e.kind === 'withdrawn')
      out.push({ drug, kind: e.kind, region: e.region, date: e.date, what: e.what, recordedIn: source.id });
  }
  return out;
}

/** Per jurisdiction, the approvals and withdrawals in date order. */
export function buildMarket(db: ClaimsDb): Market {
  const byRegion = new Map<Jurisdiction, MarketChange[]>();
  // One drug's approval recorded in two files (a drug and its trials) is one change.
  const seen = new Set<string>();
  for (const source of db.sources) {
    for (const c of changesOf(source)) {
      const key = `${c.region}\u0000${c.drug}\u0000${c.kind}\u0000${c.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byRegion.get(c.region) ?? [];
      list.push(c);
      byRegion.set(c.region, list);
    }
  }
  for (const list of byRegion.values()) list.sort((a, b) => compareDates(a.date, b.date));
  return byRegion;
}

/** The drugs on the market in a jurisdiction on a date (an approval on that date counts). A drug
 * approved twice (a second form) counts once; a withdrawal only removes a drug that was approved. */
export function onMarket(market: Market, region: Jurisdiction, date: string): Set<string> {
  const drugs = new Set<string>();
  for (const c of market.get(region) ?? []) {
    if (compareDates(c.date, date) > 0) break;
    if (c.kind === 'approved') drugs.add(c.drug);
    else drugs.delete(c.drug);
  }
  return drugs;
}

/** The changes in a jurisdiction that moved its count of drugs, after a date (exclusive), in order. */
export function countChangesAfter(market: Market, region: Jurisdiction, date: string): MarketChange[] {
  // One pass: the set of drugs on the market is updated change by change (no re-count from the start).
  const out: MarketChange[] = [];
  const drugs = new Set<string>();
  let count = -1;
  for (const c of market.get(region) ?? []) {
    if (count < 0 && compareDates(c.date, date) > 0) count = drugs.size;
    if (c.kind === 'approved') drugs.add(c.drug);
    else drugs.delete(c.drug);
    if (count >= 0) {
      if (drugs.size !== count) out.push(c);
      count = drugs.size;
    }
  }
  return out;
}

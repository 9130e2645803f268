// "Radicava is the newest drug approved for ALS in the United States", "edaravone, the latest medicine for ALS to reach
// American patients": a drug told as the newest one, as now. It stops being true when another drug is approved after it
// at that place (any place it was approved, when none is named): judged against the market of every drug's approvals,
// at the document's date and today. Part of the superseded rule's dated status checks.
import { compareDates } from '../timeline';
import { drugOf, type MarketChange } from '../market';
import { datedOutcome } from './pending-status';
import { placesIn, REGION_NAME } from './regions';
import type { RuleInput, RuleOutcome } from './types';

/** The superlative with the drug noun it qualifies: "the newest drug", "the latest ALS medicine", "the most recently
 * approved treatment", "the most recently FDA-approved medicine". */
const NEWEST =
  /\b(?:newest|latest|most recent(?:ly (?:[\w-]+-)?approved)?)\s+(?:[\w-]+\s+){0,2}?(?:drugs?|medicines?|medications?|treatments?|therap(?:y|ies)|options?)\b/i;

/** Told as history ("was then the newest", "became the latest … in 2017"), or as someone's question. */
const LOOKS_BACK = /\b(?:was|were|became|had been|at the time|back then|then|until|in (?:19|20)\d\d,)\b|\?\s*$/i;

export function newestToldAsNow(input: RuleInput): RuleOutcome {
  const { s, doc } = input;
  const drug = drugOf(input.source);
  const m = NEWEST.exec(s.text);
  if (!m || !drug || !s.has(drug) || LOOKS_BACK.test(s.text)) return null;
  const named = [...placesIn(s.text)].filter((p) => doc.market.has(p));
  // The places where this drug was approved (those named, if any).
  const approvedAt = (p: string) => (doc.market.get(p as never) ?? []).find((c) => c.drug === drug && c.kind === 'approved');
  const places = (named.length ? named : [...doc.market.keys()]).filter((p) => approvedAt(p));
  if (places.length === 0) return null;
  // At each place, the first approval of another drug after this one's.
  let latest: MarketChange | undefined;
  for (const place of places) {
    const own = approvedAt(place)!;
    const next = (doc.market.get(place) ?? []).find(
      (c) => c.kind === 'approved' && c.drug !== drug && compareDates(c.date, own.date) > 0,
    );
    // Still the newest at one of its places: nothing to say.
    if (!next) return null;
    if (!latest || compareDates(next.date, latest.date) > 0) latest = next;
  }
  const where = named.length === 1 ? ` in ${REGION_NAME[named[0] as keyof typeof REGION_NAME] ?? named[0]}` : '';
  return datedOutcome(input, latest!, `Told as the newest drug${where}, but ${latest!.what} (${latest!.date}).`);
}

// "Tofersen is authorised only in the United States", "so far approved only in the US": an approval told as the only
// one anywhere, at the places named. Judged against the first approval the records hold at any other place: before
// the page's date it was already wrong, after it the sentence is outdated (since that approval). Part of the
// superseded rule's dated status checks.
import { approvalsAt } from './not-approved';
import { datedOutcome } from './pending-status';
import { type EventRegion, placesIn } from './regions';
import { byDate } from '../timeline';
import type { RuleInput, RuleOutcome } from './types';

/** An approval word and "only in <place>" in one clause, either order: "authorised only in the US", "only approved in
 * Japan", "available solely in the United States". */
const ONLY_IN =
  /\b(?:approved|authori[sz]ed|licen[cs]ed|cleared|available|marketed|sold|on the market)\b(?:\s+[\w-]+){0,3}?\s+(?:only|solely|exclusively|just)\s+in\s+([^.;]{2,80})|\b(?:only|solely|exclusively)\s+(?:been\s+)?(?:approved|authori[sz]ed|licen[cs]ed|cleared|available|marketed|sold)\s+in\s+([^.;]{2,80})/i;

/** Told as history, or as someone else's claim put to the reader to doubt. */
const LOOKS_BACK = /\b(?:was|were|had|until|at the time|back then|in (?:19|20)\d\d,)\b/i;

export function approvedOnlyInToldAsNow(input: RuleInput): RuleOutcome {
  const m = ONLY_IN.exec(input.s.text);
  if (!m || LOOKS_BACK.test(input.s.text)) return null;
  const named = placesIn(m[1] ?? m[2]!);
  if (named.size === 0) return null;
  // The first approval recorded anywhere else. (The places come from the records, not from the claims schema: the
  // engine imports no schema code, which would bring the validator into the extension's bundle.)
  const places = new Set<EventRegion>([
    ...input.source.status.approvals.map((a) => a.region),
    ...input.source.status.events.flatMap((e) => (e.region ? [e.region] : [])),
    ...input.doc.market.keys(),
  ]);
  const elsewhere = [...places]
    .filter((p) => !named.has(p))
    .flatMap((p) => approvalsAt(input.source, p))
    .sort(byDate)[0];
  if (!elsewhere) return null;
  return datedOutcome(
    input,
    elsewhere,
    `Told as approved only in ${[...named].join(' and ')}, but ${elsewhere.what} (${elsewhere.date}).`,
  );
}

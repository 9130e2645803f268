// "Not approved" told as now, in any wording: "Tofersen is not approved by the FDA", "the FDA has not decided on it
// yet", "The UK regulator has not licensed tofersen either". The status frame reads the negated decision in one clause
// (status-frame.ts, 'not-approved'); this judges it at the one place that clause names, against the first approval
// the records hold there — a US, EU, Canadian or Japanese approval record, or a dated approval event (the UK and
// Switzerland have events only). No approval recorded there, or a refusal or a withdrawn application: nothing to say.
import type { SourceFile } from '../../claims/schema';
import { byDate, type DatedEvent } from '../timeline';
import { datedOutcome } from './pending-status';
import { EU_MEMBER_STATES, type EventRegion, namesPlaceWithoutEvents, placesIn, REGION_NAME } from './regions';
import type { RuleInput, RuleOutcome } from './types';

type Place = EventRegion;

const PLACE_NAME: Record<Place, string> = { ...REGION_NAME, UK: 'the UK', Switzerland: 'Switzerland' };

/** A clause that looks back: "was not approved until 2017", "had not yet been licensed then". */
const LOOKS_BACK = /\b(?:was|were|had|until|before|previously|at the time|back then|in (?:19|20)\d\d)\b/i;

/** The approvals recorded for a place, earliest first (for ALS: a licence for another disease does not count). */
export function approvalsAt(source: SourceFile, place: Place): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const a of source.status.approvals)
    if (
      a.verified &&
      !a.indication &&
      a.region === place &&
      a.date &&
      (a.state === 'approved' || a.state === 'accelerated-approval')
    )
      out.push({
        date: a.date,
        what: `in ${REGION_NAME[a.region]} it ${a.state === 'approved' ? 'was approved' : 'received accelerated approval'}`,
      });
  for (const e of source.status.events)
    if (e.verified && !e.indication && e.region === place && e.kind === 'approved') out.push({ date: e.date, what: e.what });
  // "us-approval: 2022-09-29": the approval before a later withdrawal replaced the record's state, when nothing else
  // records it.
  if (out.length === 0)
    for (const [key, date] of Object.entries(source.status.dates))
      if (key.startsWith(`${place.toLowerCase()}-`) && /approv/.test(key) && !/withdr|negative/.test(key))
        out.push({ date, what: `the drug was approved in ${PLACE_NAME[place]}` });
  return out.sort(byDate);
}

const NATIONAL = new RegExp(`\\b(?:${EU_MEMBER_STATES})\\b`);

export function notApprovedToldAsNow(input: RuleInput): RuleOutcome {
  const said = input.s.status('not-approved');
  if (!said?.clause || !said.decision || LOOKS_BACK.test(said.clause)) return null;
  // The place the negated decision itself names ("has no US approval", "not licensed in the UK"); else the one its
  // clause names ("The UK regulator has not licensed it").
  // A member state's or another country's own decision ("not the French authorities' approval for early access"): a
  // national decision the records do not hold, whatever region the rest of the clause names.
  if (NATIONAL.test(said.decision) || namesPlaceWithoutEvents(said.decision)) return null;
  const own = [...placesIn(said.decision)];
  // Several places in the negated decision itself ("not yet licensed in the UK or the EU") are each denied: the first
  // approval at any of them ends it. Several in the rest of the clause may be where it is approved ("approved in the US
  // but not licensed here"): not judged.
  const places = own.length > 0 ? own : [...placesIn(said.clause)];
  if (places.length !== 1 && own.length === 0) return null;
  const first = places
    .map((p) => approvalsAt(input.source, p)[0])
    .filter((e): e is DatedEvent => e !== undefined)
    .sort(byDate)[0];
  if (!first) return null;
  return datedOutcome(input, first, `Told as not approved, but ${first.what} (${first.date}).`);
}

// "It is the first medicine for treating ALS in Japan" said of a drug when another ALS drug was approved there before
// it: a wrong fact, whatever the page's date. Judged only at a place the sentence names, against the dated approvals of
// every drug the database records there (market.ts): another drug approved there before this one (or, with no approval
// of this one recorded there, at all) contradicts "the first". A "first" of a kind ("the first drug to target a genetic
// cause", "the first new drug in 20 years", "the first oral treatment") counts something else and is not judged. Part
// of the wrong-fact rule.
import { drugOf } from '../market';
import { compareDates } from '../timeline';
import { placesIn, REGION_NAME } from './regions';
import type { RuleInput, RuleOutcome } from './types';

/** "the first medicine for treating ALS in Japan", "the first ALS drug approved in the US". */
const FIRST =
  /\bthe first (?:ALS |MND )?(?:drug|medicine|medication|treatment|therapy)(?: (?:ever )?(?:approved|licen[cs]ed|authori[sz]ed))?(?: (?:for|to treat|for treating|in the treatment of) (?:ALS|MND|amyotrophic lateral sclerosis|motor neurone? disease|the disease))?(?: (?:in|by) (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)?)?/;
/** A first of a kind, or within a span: not the first drug of all. */
const OF_A_KIND =
  /\b(?:to target|targets?|targeting|genetic|gene|antisense|mutation|first-in-class|of its kind|oral|by mouth|new|since|in (?:over |more than |nearly |almost )?(?:\d+|two|twenty|[a-z]+) (?:years|decades)|in a generation|in decades|kind|class|form|type)\b/i;

export function checkFirstApproved(input: RuleInput): RuleOutcome {
  const { s, doc } = input;
  const m = FIRST.exec(s.text);
  const drug = drugOf(input.source);
  if (!m || !drug || OF_A_KIND.test(s.text)) return null;
  const places = [...placesIn(m[0])].filter((p) => doc.market.has(p));
  if (places.length !== 1) return null;
  const place = places[0]!;
  const changes = doc.market.get(place) ?? [];
  const own = changes.find((c) => c.drug === drug && c.kind === 'approved');
  const earlier = changes.find((c) => c.kind === 'approved' && c.drug !== drug && (!own || compareDates(c.date, own.date) < 0));
  if (!earlier) return null;
  const where = REGION_NAME[place as keyof typeof REGION_NAME] ?? place;
  return { fired: `Not the first ALS drug in ${where}: ${earlier.what} (${earlier.date}).` };
}

// "Only two drugs are approved for ALS", "riluzole remains the only licensed drug in Europe": a count of
// approved drugs told as the state now. Judged per jurisdiction against every drug's dated approvals
// and withdrawals (market.ts): true at the document's date and changed since is outdated; undated, the
// flag says which change ended it. A count that was never right for the place named says nothing: the
// writer may be counting something else (drugs for symptoms, one form of the disease).
// Part of the superseded rule.
import { countChangesAfter, onMarket, type Jurisdiction, type Market, type MarketChange } from '../market';
import { compareDates, humanDate, monthYear, timingOf } from '../timeline';
import { perDocument } from './document';
import { datedOutcome } from './pending-status';
import { EU_MEMBER_STATES } from './regions';
import type { RuleInput, RuleOutcome } from './types';

/** Jurisdictions whose every ALS approval the database records; elsewhere (Canada, Japan) a count is not judged. */
const JURISDICTIONS: [Jurisdiction, RegExp][] = [
  ['US', /\b(?:United States|U\.S\.|USA|US|America|American|FDA|Food and Drug Administration)(?!\w|\.\w)/],
  // A member state's approvals of such drugs are the EU's (the centralised procedure): Italy, France, Denmark…
  ['EU', new RegExp(String.raw`\b(?:Europe|European Union|EU|EMA|European Medicines Agency|${EU_MEMBER_STATES})(?!\w|\.\w)`)],
  ['UK', /\b(?:UK|U\.K\.|United Kingdom|Britain|British|MHRA|NHS|England|Scotland|Wales)(?!\w|\.\w)/],
];
const OTHER_PLACE = /\b(?:Canada|Canadian|Japan|Japanese|Switzerland|Swiss|Australia|China|Chinese|Korea|India)\b/;

/** A count for a subset of patients or for symptoms ("for most people", "for sporadic ALS") may still be right. */
const NARROWED =
  /\b(?:most (?:people|patients)|majority|sporadic|without (?:a|the) [\w-]+ mutation|(?:do|does) not (?:carry|have) (?:a|the) [\w-]+ mutation|non-[\w-]+|for (?:the |its )?symptoms|(?:with|carrying|carry|caused by) (?:an? |the )?(?:[\w-]+ )?(?:mutations?|gene (?:changes?|variants?)|variants?))\b/i;
/** A genetic form named as the count's scope ("the only approved therapy for SOD1-ALS"): as written, not a word. */
const FOR_GENETIC_FORM = /\bfor [A-Z][A-Z0-9]+[- ](?:ALS|MND)\b/;
const narrowed = (text: string) => NARROWED.test(text) || FOR_GENETIC_FORM.test(text);

/** A count that is said to differ from place to place ("Depending on the country, …"). */
const VARIES_BY_PLACE =
  /\b(?:depending on (?:the )?(?:country|region|jurisdiction)|in (?:some|many|several|most|certain) (?:countries|regions|markets)|varies (?:by|from) (?:country|region))\b/i;
/** A count of one kind of therapy ("the only approved therapy that alters how a gene functions"), not of all of them. */
const OF_ONE_KIND =
  /\bonly (?:[\w-]+ ){0,2}(?:therap(?:y|ies)|treatments?|drugs?|medicines?|options?) (?:that|which) (?!(?:(?:can|could|may|might|has been shown to|is known to) )?(?:slow|treat|extend|prolong|help|work|improve|is|are|was|were|has|have)\w*\b)/i;
/** An approval or licence, not only a use ("the only drug used in ALS"): a count with no place is judged only so. So is
 * what prescribers have to give ("the neurologist currently has only one drug, riluzole"), which is what is licensed. */
const APPROVAL_WORD =
  /\b(?:approv\w*|licen[cs]\w*|authori[sz]\w*|indicated|on the market|the (?:only|sole) (?:other )?(?:[\w-]+ )?(?:drug|medicine|treatment|therapy) (?:is|remains)|marketed|cleared|available to prescribe|(?:doctors?|neurologists?|physicians?|clinicians?|prescribers?) (?:currently |still |now |today )?(?:have|has|can prescribe) (?:only|just)|at (?:their|his|her|our) disposal)\b/i;

/** A place that says where research was done ("its main Japanese trial", "American researchers"), not a market whose
 * approvals a count could mean. */
const RESEARCH_PLACE =
  /\b(?:Japanese|American|British|US|U\.S\.|UK|European|French|Italian|German|Canadian|Swiss|Chinese|Korean|Australian) (?:[\w-]+ )?(?:trials?|stud(?:y|ies)|researchers|scientists|team|investigators|data|patients in the trial)\b/g;

function placesIn(text: string): Jurisdiction[] {
  return JURISDICTIONS.filter(([, re]) => re.test(text)).map(([j]) => j);
}

/** The count told plainly as the state now, with nothing narrowing its period. */
const NOW = /\b(?:right now|currently|at present|at the moment|today|as of (?:now|today))\b/i;
const PERIOD = /\b(?:in (?:the (?:last|past) )?(?:\w+ )?(?:years?|decades?|months?)|since|over the (?:last|past))\b/i;
const toldAsNow = (text: string) => NOW.test(text) && !PERIOD.test(text);

/** The change that ends the count's truth, at the document's date (dated) or at its last true period (undated). */
function endingChange(
  market: Market,
  place: Jurisdiction,
  count: number,
  published: string | undefined,
  today: string,
  toldAsNow: boolean,
) {
  if (published) {
    if (onMarket(market, place, published).size === count)
      return countChangesAfter(market, place, published).find((c) => compareDates(c.date, today) <= 0) ?? ('still-true' as const);
    // Not so on the document's date: the change that ended the count's last true period before it (the document was
    // already out of date when written), if the count was ever true there.
    // Only a count told plainly as now ("right now", "currently") is judged so: "the third approved in six years"
    // counts something else.
    return (toldAsNow ? lastEndBefore(market, place, count, published) : undefined) ?? ('never-true' as const);
  }
  if (onMarket(market, place, today).size === count) return 'still-true' as const;
  return lastEndBefore(market, place, count) ?? ('never-true' as const);
}

/** The change that ended the last period (up to `date`, if given) in which `count` drugs were on the market in `place`. */
function lastEndBefore(market: Market, place: Jurisdiction, count: number, date?: string): MarketChange | undefined {
  let ended: MarketChange | undefined;
  let before = 0;
  for (const c of market.get(place) ?? []) {
    if (date !== undefined && compareDates(c.date, date) > 0) break;
    const after = onMarket(market, place, c.date).size;
    if (before === count && after !== count) ended = c;
    before = after;
  }
  return ended;
}

/** What a document says of places, worked out in one pass and kept: for each sentence the one jurisdiction the
 * sentences before it named last (none after a sentence naming two), and the one jurisdiction the document names
 * anywhere, when it names exactly one and no other place ("about 20,000 in the US" after "no new drug has reached
 * the market"). */
interface DocumentPlaces {
  before: Map<RuleInput['s'], Jurisdiction>;
  only?: Jurisdiction;
  /** The document names a place whose approvals the database does not record (Canada, Japan…). */
  other: boolean;
}
const placesInDocument = perDocument<DocumentPlaces>();
function placesOf(doc: RuleInput['doc']): DocumentPlaces {
  return placesInDocument(doc, '', () => {
    const before = new Map<RuleInput['s'], Jurisdiction>();
    const all = new Set<Jurisdiction>();
    let other = false;
    let last: Jurisdiction | undefined;
    for (const o of doc.sentences) {
      if (last) before.set(o, last);
      const market = o.text.replace(RESEARCH_PLACE, ' ');
      const named = placesIn(market);
      const otherHere = OTHER_PLACE.test(market);
      if (named.length > 0 || otherHere) last = named.length === 1 && !otherHere ? named[0] : undefined;
      for (const j of named) all.add(j);
      other ||= otherHere;
    }
    return { before, only: all.size === 1 && !other ? [...all][0] : undefined, other };
  });
}

/** A count of the approvals since a year ("only two ALS drugs have been approved since 1995"): the new ones, not the drugs
 * on the market. ("No new drug since 1995" still says one drug is all there is.) */
const COUNT_SINCE =
  /\b(?:since|after)\s+(?:19|20)\d\d\b|\b(?:in|over|during)\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:years?|decades?)\b/i;

const COUNT_OF_THE_EVENT =
  /\b(?:making|made)\s+(?:it|[A-Z][\w-]+)\s+(?:only\s+)?the\s+(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\b|\bbecame\s+(?:only\s+)?the\s+(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\b|\bthe\s+(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\b[^.;]{0,60}?,?\s+(?:after|following)\s+(?:[A-Z][\w-]+|[a-z]+(?:zole|vone|sen|mab))/i;

export function countToldAsCurrent(input: RuleInput): RuleOutcome {
  const { s, doc } = input;
  const told = s.status('drug-count');
  // The count an approval made at the time ("approved edaravone, making it the second drug approved for ALS", "it is the
  // third drug approved in the US, after riluzole and edaravone"): the order of approvals, which stays true, not a
  // count told as now.
  if (!told?.count || OTHER_PLACE.test(s.text) || COUNT_OF_THE_EVENT.test(s.text)) return null;
  if (told.count >= 2 && COUNT_SINCE.test(s.text)) return null;
  // No place in the sentence: the one the document named last before it, if it named one alone, or else the one
  // place the document names anywhere.
  // The places named in the count's own clause, if any ("In Germany only riluzole is approved, and for edaravone,
  // approved in the USA, …" counts Germany's drugs).
  const inClause = told.clause ? placesIn(told.clause) : [];
  const own = inClause.length ? inClause : placesIn(s.text);
  const fromDocument = own.length ? undefined : placesOf(doc);
  const inferred = fromDocument && (fromDocument.before.get(s) ?? fromDocument.only);
  const places = own.length ? own : inferred ? [inferred] : [];
  if (places.length === 0) return fromDocument && !fromDocument.other ? countWherever(input, told.count) : null;
  // A count for a subset of patients or uses may still be right: the place is named, so no other judge
  // of "the only drug" should take it either.
  if (narrowed(s.text)) return { confirmed: 'A count of drugs for a subset of patients or uses.' };
  let first: MarketChange | undefined;
  for (const place of places) {
    const end = endingChange(doc.market, place, told.count, doc.published, doc.today, toldAsNow(s.text));
    if (end === 'never-true') return null;
    if (end !== 'still-true' && (!first || compareDates(end.date, first.date) < 0)) first = end;
  }
  // Still the count today: "the only drug" needs no other judge; a longer list may still name a withdrawn
  // drug, which the withdrawal check judges.
  if (!first) return told.count === 1 ? { confirmed: 'Still the only approved drug there.' } : null;
  const n = told.count;
  // The count may have moved again since (an approval, then another, then a withdrawal): a reader needs every change
  // up to today to know the count now, and each is cited.
  const then = countChangesAfter(doc.market, first.region, first.date).filter((c) => compareDates(c.date, doc.today) <= 0);
  const event = then.length ? { ...first, also: then } : first;
  const out = datedOutcome(
    input,
    event,
    `Told as ${n === 1 ? 'the only approved drug' : `${n} approved drugs`}, but the count has changed: ${first.what} (${first.date}).`,
  );
  if (!out || !('fired' in out) || !then.length) return out;
  const later = then.map((c) => `${c.what} (${humanDate(c.date)})`).join('; ');
  const now = onMarket(doc.market, first.region, doc.today).size;
  const place = PLACE_NAMES[first.region] ?? first.region;
  const today = `${place.charAt(0).toUpperCase()}${place.slice(1)} now has ${now} approved ALS drug${now === 1 ? '' : 's'}`;
  return { ...out, fired: `${out.fired.replace(/\.$/, '')}; then ${later}. ${today}.` };
}

const PLACE_NAMES: Partial<Record<Jurisdiction, string>> = { US: 'the US', EU: 'the EU', UK: 'the UK' };

/** A count told with no place, in a document that names none the database does not record ("So far one drug has been
 * approved for ALS"): the writer's place is unknown, so it is judged in every jurisdiction the database records. Only
 * a count that has since changed in every one where it was ever true is out of date (in any of them it may be what
 * was meant); the event cited is the last of those changes, since when the count has been wrong wherever it was meant. */
function countWherever(input: RuleInput, count: number): RuleOutcome {
  const { s, doc } = input;
  if (narrowed(s.text) || VARIES_BY_PLACE.test(s.text) || OF_ONE_KIND.test(s.text) || !APPROVAL_WORD.test(s.text)) return null;
  const ended: [Jurisdiction, MarketChange][] = [];
  for (const [place] of JURISDICTIONS) {
    const end = endingChange(doc.market, place, count, doc.published, doc.today, toldAsNow(s.text));
    if (end === 'still-true') return null;
    if (end !== 'never-true') ended.push([place, end]);
  }
  const last = ended.reduce<MarketChange | undefined>((a, [, c]) => (!a || compareDates(c.date, a.date) > 0 ? c : a), undefined);
  if (!last) return null;
  const changes = ended.map(([place, c]) => `in ${PLACE_NAMES[place]}, ${c.what} (${humanDate(c.date)})`).join('; ');
  const told = `"${count === 1 ? 'one approved drug' : `${count} approved drugs`}"`;
  const t = timingOf(last, doc.published);
  // Each place's change is told, so each is cited.
  const others = ended.map(([, c]) => c).filter((c) => c !== last);
  const event = others.length ? { ...last, also: others } : last;
  if (t.kind === 'already')
    return {
      fired: `Already out of date when this was published (${monthYear(t.published)}): no place is named, and ${told} had stopped being true wherever it was: ${changes}.`,
      event,
      as: 'wrong-fact',
    };
  return {
    fired:
      t.kind === 'since'
        ? `Since this was published (${monthYear(t.published)}), ${told} has stopped being true wherever it was (no place is named): ${changes}.`
        : `No place is named, and ${told} has since stopped being true wherever it was: ${changes}.`,
    event,
  };
}

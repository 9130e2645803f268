// A regulatory decision already made told as still pending: a regulator "still reviewing" a drug it has already
// approved (or whose application was withdrawn), a drug called investigational after its approval. (A trial told as
// still running or still to start is rules/trial-status.ts.)
// Part of the superseded rule. Only verified records decide; a sentence naming several regions, a
// past-tense frame ("was under review in 2018") or a negation leaves it alone.
import type { Approval, SourceFile } from '../../claims/schema';
import { decidingRegions, EU_MEMBER_STATES, REGION_NAME, regionsIn } from './regions';
import { byDate, describeTiming, timingOf, type DatedEvent } from '../timeline';
import type { RuleInput, RuleOutcome } from './types';
import { clauseAt } from './clauses';
import { perDocument } from './document';

/** A status told as current, judged at the document's date against the event that settled it: outdated
 * when the document predates the event, a wrong fact when the event came first. */
export function datedOutcome({ doc }: RuleInput, event: DatedEvent, told: string): RuleOutcome {
  const t = timingOf(event, doc.published);
  if (t.kind === 'undated') return { fired: told, event };
  const message = describeTiming(t, event.what);
  return t.kind === 'already' ? { fired: message, event, as: 'wrong-fact' } : { fired: message, event };
}

/** A regulatory decision spoken of as not yet made. */
const DECISION_PENDING = new RegExp(
  [
    String.raw`(?:still |currently )?(?:awaiting|awaits|waiting for|waits for)\b[^.;]{0,40}?\b(?:decision|approval|verdict|ruling|green light|review|opinion)`,
    String.raw`(?:is|are|remains?|stays?) (?:still |currently |now )?(?:under|in) (?:(?:FDA|EMA|regulatory|an?|the) )?(?:evaluation|review|assessment|consideration)`,
    String.raw`(?:decision|ruling|verdict|opinion|action date)(?: [\w-]+){0,6}? (?:is |are )?(?:still |now )?(?:expected|due|pending|anticipated|scheduled|set)`,
    String.raw`(?:is|are) (?:still )?pending (?:approval|review|a decision)`,
    String.raw`yet to (?:decide|rule|approve|be approved)`,
    // "the FDA is expected to announce its decision", "is set to rule on", "is still reviewing the application"
    String.raw`(?:is|are) (?:expected|due|set|scheduled|poised|supposed) to (?:announce|make|issue|deliver|reach|hand down|give (?:its |a |the |their )?(?:final )?(?:decision|verdict|opinion|ruling|answer|approval|green light)|rule|decide)`,
    String.raw`(?:is|are) (?:still |currently |now )?reviewing`,
    String.raw`PDUFA (?:target |goal )?(?:action )?date`,
    // "has agreed to review the application" ("accepts the application" is told as an event, as in a headline)
    String.raw`(?:agreed|agrees) to review`,
    // "must wait longer than expected for the FDA to finish reviewing": the decision still to come
    String.raw`wait\w*\b[^.;]{0,40}?\bfor (?:the )?(?:FDA|EMA|MHRA|regulators?|agency|Health Canada)\b[^.;]{0,20}?\bto (?:finish|complete|conclude|decide|rule|approve|make)`,
    // "while regulators review the data"
    String.raw`(?:while|as|until) (?:the )?(?:FDA|EMA|MHRA|regulators?|(?:the )?agency) (?:review|reviews|assess|assesses|consider|considers|weigh|weighs)\b`,
    String.raw`(?:review|evaluation|assessment) (?:is|remains) (?:still )?(?:ongoing|under ?way|in progress)`,
    String.raw`extend(?:s|ed|ing)? (?:its|the) review`,
    // A headline: "FDA Reviewing <drug>; Decision Expected in January"
    String.raw`(?:FDA|EMA|regulators?|agency) reviewing`,
    // "The European Medicines Agency examines currently the application", "the FDA is assessing the filing"
    String.raw`(?:FDA|EMA|Agency|regulators?|Health Canada|CHMP) (?:is )?(?:currently |now |still )?(?:examines|examining|assesses|assessing|evaluates|evaluating|reviews|reviewing|considers|considering) (?:currently |now )?(?:the|an|its|their) (?:[\w-]+ ){0,3}?(?:application|request|dossier|submission|filing)`,
  ]
    .map((p) => String.raw`\b` + p)
    .join('|') + String.raw`\b`,
  'i',
);

/** The sentence looks back: "was under review until 2019", "before the FDA decided". */
export const PAST_FRAME =
  /\b(?:was|were|had been|had|until|before|previously|formerly|at the time|back then|used to (?!treat|help|slow|manage|relieve|ease|control|reduce|prevent|improve|extend|target))/i;
/** No decision yet, told as now: "has not been approved by the FDA", "has yet to win FDA approval", "is not yet
 * approved". */
const NOT_YET_APPROVED =
  /\b(?:(?:has|have)(?: not|n['’]t)(?: yet)? been (?:approved|licen[cs]ed|authori[sz]ed|cleared)|(?:FDA|EMA|MHRA|regulators?|agency|European Commission|Health Canada) (?:has|have)(?: not|n['’]t)(?: yet)? (?:approved|licen[cs]ed|authori[sz]ed|cleared) (?:it|them|the (?:drug|medicine|treatment))\b|(?:has|have) yet to (?:win|receive|get|gain|be granted) (?:[\w-]+ )?(?:approval|authori[sz]ation|licen[cs]e)|(?:is|are) not yet (?:approved|licen[cs]ed|authori[sz]ed)|(?:is|are) not (?:yet )?(?:FDA|EMA|MHRA)-(?:approved|licen[cs]ed|authori[sz]ed))\b/i;

/** "Not yet:", "No, …" opening a sentence (after a speaker's handle): an answer to a question, not a negation of
 * what follows. */
const ANSWERED_NO = /^\s*(?:[\w.@-]{1,30}:\s*)?(?:not yet|no)\s*[:,;.–—-]/i;
export const NEGATED = /\b(?:not|no longer|never|isn't|aren't|nor)\b|n't\b/i;

const DECIDED = new Set<Approval['state']>([
  'approved',
  'accelerated-approval',
  'application-withdrawn',
  'market-withdrawn',
  'negative-opinion',
]);

function stateWords(a: Approval): string {
  const when = a.date ? ` on ${a.date}` : '';
  switch (a.state) {
    case 'approved':
      return `it was approved${when}`;
    case 'accelerated-approval':
      return `it received accelerated approval${when}`;
    case 'application-withdrawn':
      return `the application was withdrawn${when}, so there is no decision to wait for`;
    case 'market-withdrawn':
      return `it was approved and then withdrawn from the market${when}`;
    case 'negative-opinion':
      return `the regulator's committee gave a negative opinion${when}`;
    default:
      return '';
  }
}

/** The regulator a pending-decision sentence is about: the one it names, or else the one the sentences
 * before it named ("The FDA pushed the date back. The final decision is now due on 29 September."). */
/** A clause telling a decision already made: "approved in Japan in 2015", "was rejected". */
const PAST_DECISION =
  /\b(?:approved|licen[cs]ed|authori[sz]ed|cleared|launched)\b[^.;]*\b(?:19|20)\d\d\b|\b(?:was|were|had been)\b/i;

/** A decision told as made, in the present: "is already approved for use in", "is approved in". */
const DECIDED_HERE = /\b(?:already (?:been )?(?:approved|licen[cs]ed|authori[sz]ed|cleared)|(?:is|are) (?:now )?approved)\b/i;

const EU_MEMBER = new RegExp(String.raw`\b(?:${EU_MEMBER_STATES})\b`);

function regionOf({ s, doc }: RuleInput): Approval['region'] | null | undefined {
  const mentions = regionsIn(s.text);
  const own = [...new Set(mentions.map((m) => m.region))];
  if (own.length === 1) return own[0];
  if (own.length > 1) {
    // The regulator named is whose decision it is: "under review by the FDA after a positive trial in Japan".
    const deciding = decidingRegions(mentions);
    if (deciding.length === 1) return deciding[0];
    // "Edaravone, approved in Japan in 2015, is now under FDA review": a region in a clause telling a past
    // decision is history; the one left is the pending decision's.
    // So is a region whose own stretch of the sentence tells a decision already made: "already approved for use in the
    // US and has been recommended for approval in Europe".
    const stretch = (i: number) => s.text.slice(i > 0 ? mentions[i - 1]!.index : 0, mentions[i]!.index);
    const pending = [
      ...new Set(
        mentions
          .filter((m, i) => !PAST_DECISION.test(clauseAt(s.text, m.index).text) && !DECIDED_HERE.test(stretch(i)))
          .map((m) => m.region),
      ),
    ];
    // With two regions left we cannot tell which one the pending clause is about (null).
    return pending.length === 1 ? pending[0] : null;
  }
  // A member state named for where the drug is awaited ("expected in Italian hospitals") waits on the EU's decision
  // (the centralised procedure).
  if (EU_MEMBER.test(s.text)) return 'EU';
  // Else the regulator the document named last before it (a decision "due in January" in an article about
  // the FDA's review is the FDA's).
  return regionsBefore(doc).get(s);
}

/** Per document, for each sentence, the regulator named last before it (null when that sentence named
 * two): one pass over the document instead of a look-back from every sentence. */
const regionsInDocument = perDocument<Map<RuleInput['s'], Approval['region'] | null>>();

function regionsBefore(doc: RuleInput['doc']): Map<RuleInput['s'], Approval['region'] | null> {
  return regionsInDocument(doc, '', () => {
    const out = new Map<RuleInput['s'], Approval['region'] | null>();
    let last: Approval['region'] | null | undefined;
    for (const o of doc.sentences) {
      if (last !== undefined) out.set(o, last);
      const named = [...new Set(regionsIn(o.text).map((m) => m.region))];
      if (named.length > 0) last = named.length === 1 ? named[0]! : null;
    }
    return out;
  });
}

/** The decisions taken in a region, in date order: approval records and dated approval or withdrawal entries. */
function decisionsIn(source: SourceFile, region: Approval['region']): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const a of source.status.approvals) {
    if (a.verified && a.region === region && a.date && DECIDED.has(a.state))
      out.push({ date: a.date, what: `in ${REGION_NAME[region]} ${stateWords({ ...a, date: undefined })}` });
  }
  // "us-approval: 2022-09-29": the first decision, before a later withdrawal replaced the record's state.
  for (const [key, date] of Object.entries(source.status.dates)) {
    if (key.startsWith(`${region.toLowerCase()}-`) && /approv/.test(key) && !/withdr/.test(key)) {
      out.push({
        date,
        what: `the drug was ${key.includes('accelerated') ? 'given accelerated approval' : 'approved'} in ${REGION_NAME[region]}`,
      });
    }
  }
  // Dated events the file records for this region: approvals, withdrawals, refusals (not licences for other diseases).
  for (const e of source.status.events) {
    if (e.verified && !e.indication && e.region === region && ['approved', 'withdrawn', 'negative-opinion'].includes(e.kind))
      out.push({ date: e.date, what: e.what });
  }
  return out.sort(byDate);
}

/** A trial's procedure ("patients assigned to placebo could switch to the experimental drug"): there the
 * drug was experimental, and still is in that story. */
const TRIAL_PROCEDURE = /\b(?:assigned|randomi[sz]ed|placebo|arms?|enrol\w*|participants?|open-label)\b/i;
/** "investigational daily dosing", "an investigational oral form", "investigational for all other indications": a
 * schedule, formulation or use, which may be unapproved beside an approved one. */
const FORM_OR_SCHEDULE =
  /\b(?:dos(?:e|es|ing)|regimen|schedule|formulation|oral|suspension|version|(?<!\b(?:no\s+\w+\s+(?:has|have)|not(?:\s+yet)?(?:\s+been)?|never(?:\s+been)?|yet\s+to\s+be)\s+)approved|(?:other|off-label|further|new) (?:indications?|uses?|conditions?|diseases?))\b/i;
/** The drug called unapproved: "an investigational antisense drug", "its experimental therapy". */
const INVESTIGATIONAL =
  /\b(?:investigational|experimental|unapproved|not yet approved|yet to be approved|still (?:being )?(?:developed|in development)|under development|(?:available )?only (?:available )?(?:through|via|in|within) (?:a |the )?(?:clinical )?(?:trials?|studies|(?:an? )?(?:expanded|early) access|compassionate)|only (?:by|on|through) compassionate (?:use|grounds)|(?:outside|except (?:in|through))\s+(?:of\s+)?(?:clinical\s+)?(?:trials?|studies)|(?:given|available|supplied|provided|prescribed|used|obtained)\s+(?:only\s+)?(?:within|through|under|via|in)\s+(?:a|the|an)\s+(?:[\w-]+\s+)?(?:hardship|compassionate|early[- ]access|expanded[- ]access|named[- ]patient))\b/i;

/** The investigational word said of a study, a trial or an arm, not of the drug. */
const EXPERIMENTAL_STUDY =
  /\b(?:investigational|experimental)\s+(?:[\w-]+\s+)?(?:study|studies|trials?|arms?|groups?|phase|programme|program|cohorts?)\b/i;

/** A rule about any experimental drug, not this one: "a request for access to an experimental treatment" (not "it is an
 * experimental drug", "tofersen, an investigational drug"); or experimental treatments in the plural ("the treatment
 * options, still experimental, that might change the outlook"), which are others. */
const ANY_INVESTIGATIONAL =
  /(?<!\b(?:is|are|remains?|was|were|as|still|it['’]s)\s+|,\s*|\(\s*)\b(?:an?|any)\s+(?:investigational|experimental|unapproved)\s+(?:treatment|drug|medicine|therapy|product)\b|\b(?:options|treatments|therapies|drugs|medicines|approaches)\s*,?\s*(?:(?:still|all|mostly|largely)\s+)?(?:investigational|experimental)\b|\b(?:investigational|experimental)\s+(?:[\w-]+\s+)?(?:treatments|therapies|drugs|medicines|options|approaches)\b/i;

/** Someone's classification, not the drug's status: "The insurer considers tofersen investigational for all
 * indications" (a payer's policy term, used of approved drugs too), "the plan deems it experimental". */
const JUDGED_AS =
  /\b(?:consider(?:s|ed)?|deem(?:s|ed)?|regard(?:s|ed)?|classif(?:y|ies|ied)|view(?:s|ed)?)\b[^.;]{0,60}?\b(?:investigational|experimental|unproven)\b/i;

/** "the experimental drug", "this investigational therapy": a referring phrase, with no other sign of status. */
const REFERRED_TO_AS_EXPERIMENTAL =
  /^(?:(?!\b(?:is|are|remains?|still|only|not yet|yet to|outside|within|through)\b).)*\b(?:the|this|that|[A-Z][\w-]*['’]s)\s+(?:investigational|experimental)\s+(?:[\w-]+\s+)?(?:drug|medicine|treatment|therapy|product|compound)\b(?:(?!\b(?:is|are|remains?|still|only|not yet|yet to)\b).)*$/i;

/** The drug called investigational after (or before) its first approval anywhere. */
export function investigationalToldAsPending(input: RuleInput): RuleOutcome {
  const { s, source, via } = input;
  // Only while the drug is on the market: a withdrawn drug is not "investigational" again, but not current either.
  if (
    source.status.state !== 'approved' ||
    via === 'standalone' ||
    !INVESTIGATIONAL.test(s.text) ||
    // "Access to the experimental drug has been possible since 2021": the drug referred to by what it was, not called so.
    REFERRED_TO_AS_EXPERIMENTAL.test(s.text) ||
    JUDGED_AS.test(s.text) ||
    TRIAL_PROCEDURE.test(s.text) ||
    FORM_OR_SCHEDULE.test(s.text) ||
    PAST_FRAME.test(s.text) ||
    // (the negation in the investigational word's own clause: "no longer experimental"; not "is still experimental, and
    // no regulator has approved it", which says the same thing twice)
    NEGATED.test(clauseAt(s.text, INVESTIGATIONAL.exec(s.text)?.index ?? 0).text) ||
    ANY_INVESTIGATIONAL.test(s.text) ||
    // "This experimental study, called ATLAS, is running": the study is experimental, not the drug.
    EXPERIMENTAL_STUDY.test(s.text)
  )
    return null;
  const regions = [
    ...new Set(
      source.status.approvals
        .filter(
          (a) =>
            a.verified &&
            a.date &&
            (a.state === 'approved' || a.state === 'accelerated-approval' || a.state === 'market-withdrawn'),
        )
        .map((a) => a.region),
    ),
  ];
  const event = regions.flatMap((r) => decisionsIn(source, r)).sort(byDate)[0];
  if (!event) return null;
  return datedOutcome(input, event, `Called investigational, but ${event.what} (${event.date}).`);
}

/** A form or use of a drug that needs its own decision. */
const NEW_FORM = /\b(?:oral|by mouth|suspension|liquid|tablets?|formulation|subcutaneous|intravenous|injectable)\b/i;
/** A form named in other words ("the drink type", "the pill"): some form of the drug is meant, but not one the records
 * can tell apart. */
const SOME_FORM = /\b(?:drink|pill|powder|capsule|syrup|granules?)\b/i;

export function decisionToldAsPending(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  // A negation counts in the pending clause only: "Not yet: edaravone is under review by the FDA" answers a question.
  const m = DECISION_PENDING.exec(s.text);
  // "has not been approved by the FDA", "has yet to win FDA approval": no decision yet, told as now.
  const notYet = NOT_YET_APPROVED.test(s.text) && !PAST_FRAME.test(s.text);
  const answer = ANSWERED_NO.exec(s.text);
  const answered = m !== null && answer !== null && !NEGATED.test(s.text.slice(answer[0].length));
  const pending =
    notYet ||
    // (A negation after the pending words, in another predicate, does not deny them: "remains under FDA review and is
    // not covered at this time".)
    (m !== null &&
      !PAST_FRAME.test(s.text) &&
      (answered || !NEGATED.test(s.text.slice(clauseAt(s.text, m.index).start, m.index + m[0].length)))) ||
    s.status('decision-pending') !== undefined;
  if (!pending) return null;
  // No regulator named here or before: we cannot tell whose decision it is, so say nothing.
  const region = regionOf(input);
  if (!region) return m !== null ? bothToldAsPending(input) : null;
  // A new form of an approved drug ("an oral form of edaravone is under review") waits for its own decision.
  const form = NEW_FORM.exec(s.text)?.[0];
  if (!form && SOME_FORM.test(s.text)) return null;
  if (form) {
    const key = /suspension|liquid|oral|by mouth/i.test(form) ? /\b(?:oral|ORS|suspension)\b/i : new RegExp(`\\b${form}\\b`, 'i');
    const event = decisionsIn(source, region).find((e) => key.test(e.what));
    if (!event) return null;
    return datedOutcome(input, event, `Told as a decision still to come, but ${event.what} (${event.date}).`);
  }
  const record = source.status.approvals.find((a) => a.verified && a.region === region && DECIDED.has(a.state));
  if (!record) return null;
  // "Has not been approved in the EU" (no review told as under way) is contradicted only by an approval: an application
  // withdrawn or refused leaves it true.
  const onlyNotApproved = notYet && m === null && s.status('decision-pending') === undefined;
  if (onlyNotApproved && (record.state === 'application-withdrawn' || record.state === 'negative-opinion')) return null;
  const told = `Told as a decision still to come, but in ${REGION_NAME[record.region]} ${stateWords(record)}.`;
  // The event that ended the wait is the first decision: after the document's date, the sentence has dated
  // since; before it, it was already wrong when written.
  const event = decisionsIn(source, region)[0];
  if (!event) return { fired: told };
  return datedOutcome(input, event, told);
}

/** Two places named together as both waiting ("under regulatory review in both the U.S. and Canada"): judged in each;
 * the sentence has dated once either decided (undated, the message names every decision). Only the plain pending review:
 * a new form or a bare "not approved" says nothing here. */
// Only "both … and …": "under review in the US and in the EU, with decisions expected next year" may tell two reviews
// at different stages, and says nothing.
const BOTH_PLACES = /\bboth\s+(?:in\s+)?(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+and\s+(?:in\s+)?(?:the\s+)?[A-Z]/;
/** Called only when the sentence tells a review as pending (DECISION_PENDING matched in decisionToldAsPending). */
function bothToldAsPending(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  if (NEW_FORM.test(s.text) || !BOTH_PLACES.test(s.text)) return null;
  const places = [...new Set(regionsIn(s.text).map((m) => m.region))];
  if (places.length < 2) return null;
  const firsts = places.map((p) => decisionsIn(source, p)[0]);
  if (firsts.some((e) => e === undefined)) return null;
  const events = (firsts as DatedEvent[]).sort(byDate);
  const told = `Told as decisions still to come, but ${events.map((e) => `${e.what} (${e.date})`).join('; ')}.`;
  return datedOutcome(input, events[0]!, told);
}

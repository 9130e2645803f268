// What a sentence says about where a drug or trial stands: a decision still to come, a drug on offer,
// results still to come, or how many drugs are approved. Each is a typed assertion, found from two
// independent parts that must meet in one clause (the thing whose status it is, and a marker of time or
// state), not from one fixed phrase, so "regulators are still assessing the application", "a decision
// could come next spring" and "the agency will rule by September" are the same assertion.
// Whether the assertion still holds is judged elsewhere, against dated events (rules/status-at-date.ts).
// Pure text analysis: no study, drug or regulator record lives here.

import { countInClause, NUMBER } from './count-frame';

export type StatusKind =
  | 'decision-pending'
  | 'available'
  | 'unavailable'
  | 'not-approved'
  | 'results-pending'
  | 'publication-pending'
  | 'drug-count';

export interface StatusAssertion {
  kind: StatusKind;
  /** For 'drug-count': how many drugs the sentence says are approved. */
  count?: number;
  /** For 'not-approved': the clause that says so, up to a few words after its decision word (where the place stands).
   * For 'drug-count': the clause that gives the count. */
  clause?: string;
  /** For 'not-approved': the negated decision itself and those few words ("no European approval", "not licensed in
   * the UK"), where a place named is the decision's place, whatever the clause's subject names. */
  decision?: string;
  /** Read by the learned reader (learned/status-reader.ts), with its probability, not by this frame. */
  learned?: number;
}

/** A clause: the status parts must stand in the same one. */
const CLAUSES = /;|\s[—–]\s|,\s*(?:and|but|while|whereas|although|though|where|whose)\s|\.\s/;

const AS_FORECAST =
  /\b(?:than|as)[ -](?:was |had been |previously |originally |first )?(?:expected|anticipated|planned|hoped|forecast)\b/gi;

/** The text without its comparisons with a forecast ("came later than expected", "as anticipated"), which are
 * no forecasts themselves. Each becomes one space, so offsets move: for tests on the text, not for spans. */
export function withoutForecastComparisons(text: string): string {
  return text.replace(AS_FORECAST, ' ');
}

/** Reported speech shifts the tense back without looking back: in "He added that the full paper was still awaited", the
 * paper was awaited when he spoke, that is when the page was written. Only a state told as still so or not yet done is
 * shifted forward ("said the trial was stopped in 2019" stays history). */
const BACKSHIFTED =
  /(\b(?:said|says|added|adds|noted|notes|explained|explains|stressed|stresses|warned|warns|cautioned|cautions|told (?:\w+ ){0,2}?|confirmed|confirms|acknowledged|acknowledges|pointed out|points out)(?: that)?\b[^.;]{0,60}?)\b(?:was|were)\s+(still|not yet|yet to)\b/gi;

/** "Our biggest surprise was that patients have just one medicine": the past is the surprise's; what follows "that"
 * is told in the present. */
const WAS_THAT_NOW = /\b(?:was|were) that (?=[^.;]*\b(?:is|are|has|have)\b)/gi;

function presentAsReported(text: string): string {
  return text.replace(BACKSHIFTED, (_m, lead: string, rest: string) => `${lead}is ${rest}`).replace(WAS_THAT_NOW, 'is that ');
}

/** Told as history: the state described held then, and the sentence does not say it still does. */
/** History: "was under review", "until 2019", "launched at a list price of" (a past launch, told as such). */
export const LOOKS_BACK =
  /\b(?:was|were|had been|had|(?<!\b(?:won['’]t|will not|not)\b[^.;]{0,30})until(?! then)|before(?! (?:the )?end of (?:this|next|the) year| the year is out)|previously|formerly|at the time|back then|(?<!(?:is|are|be|being) )used to (?!treat|help|slow|manage|relieve|ease|control|reduce|prevent|improve|extend|target)|in (?:19|20)\d\d,|by (?:19|20)\d\d|launched (?:at|in|on|with))\b/i;
export const NEGATED = /\b(?:not|no longer|never|isn't|aren't|nor|no)\b|n't\b/i;

// --- a regulatory decision still to come -------------------------------------------------------------
/** The decision's parts: who decides, or what is decided on. */
const DECISION_PART =
  /\b(?:FDA|EMA|CHMP|MHRA|Health Canada|European Commission|regulators?|regulatory|(?:the )?agency|approval|decision|verdict|ruling|review|application|filing|submission|PDUFA|Prescription Drug User Fee Act|green light|marketing authori[sz]ation|licen[cs]e|(?:will|would|to) (?:approve|authori[sz]e|licen[cs]e|clear)|(?:will|would) be (?:approved|authori[sz]ed|licen[cs]ed|cleared))\b/i;
/** The decision told as pending. */
const PENDING_PART = new RegExp(
  [
    // "awaits", "is still awaited", "must be awaited"; not "has been awaited since its approval in the US" (the approval
    // is told as done, the drug's arrival is what is awaited)
    // (not data awaited: "endorses tofersen while mature efficacy data are awaited" tells of evidence, not a decision)
    String.raw`(?:awaits?|awaiting|waiting (?:for|on|to hear))\b(?!\s+(?:the\s+|more\s+|further\s+)?(?:[\w-]+\s+){0,2}?(?:data|results|evidence|findings)\b)|(?<!\b(?:data|results|evidence|findings)\s+)(?:is|are|remains?|be) (?:still |now )?awaited\b`,
    String.raw`(?:is|are|'s|remains?|stays?) (?:now |still |currently )?(?:under|in) (?:[\w-]+ ){0,2}?(?:review|evaluation|assessment|consideration|examination)`,
    String.raw`(?:is|are) (?:now |still |currently )?being (?:reviewed|evaluated|assessed|considered|weighed)`,
    // "the application is currently with the regulator"
    String.raw`(?:application|filing|submission|dossier)\b[^.;]{0,30}?\b(?:is|are) (?:now |still |currently )?(?:with|before) (?:the )?(?:regulators?|FDA|EMA|agency|European Medicines Agency|MHRA|Health Canada|Swissmedic)`,
    String.raw`(?:is|are) (?:now |still |currently )?(?:reviewing|evaluating|assessing|considering|weighing)`,
    // "the FDA is still deciding whether to approve it"
    String.raw`(?:is|are) (?:now |still |currently )?deciding (?:whether|if|on)\b`,
    String.raw`(?:expected|due|set|scheduled|poised|likely|supposed) to (?:decide|rule|approve|announce|make|issue|reach|act|deliver|give|grant|adopt)`,
    // "is expected to win approval in Japan soon", "we expect a decision during 2019"
    String.raw`(?:expected|due|set|poised|likely) to (?:win|receive|get|gain|secure) (?:[\w-]+ )?(?:approval|authori[sz]ation|licen[cs]e|clearance)`,
    String.raw`expect(?:s|ed)? (?:a|the|its|their|an?) (?:final |regulatory )?(?:decision|verdict|ruling|opinion|approval)`,
    // "Now the wait is for the European Medicines Agency to …"
    String.raw`\bwait (?:is )?(?:now )?for (?:the )?(?:FDA|EMA|European Medicines Agency|European Commission|MHRA|regulators?|agency)\b`,
    String.raw`(?:decision|verdict|ruling|approval|action|opinion)(?: [\w-]+){0,5}? (?:is |are )?(?:expected|due|pending|anticipated|could come|should come|will come|is set for)`,
    String.raw`will (?:decide|rule|approve|grant|announce (?:its|a) decision|make (?:its|a|the) (?:final )?decision|act on)`,
    String.raw`whether (?:[\w-]+ ){1,3}(?:will|would) (?:approve|grant|clear|authori[sz]e)`,
    // (not "has submitted an application": the filing told as news, an event; the decision pending is told apart)
    String.raw`(?:seeks|seeking|will seek) (?:approval|authori[sz]ation|a licen[cs]e|marketing)`,
    // "a target action date of 29 June", "the PDUFA date is"; not "pushes back the action date" (an event report)
    String.raw`(?:PDUFA|Prescription Drug User Fee Act|target) (?:target |goal )?(?:action )?date|action date (?:of|is|set for)`,
    String.raw`pending (?:the |an? |its )?(?:[\w'’-]+ ){0,2}?(?:approval|review|decision|opinion|verdict|regulatory)`,
    String.raw`(?:plans?|intends?|expects?|is preparing) to (?:file|submit|apply|seek)`,
    // "Amylyx has asked regulators in Canada and the US to approve the drug"
    String.raw`(?:has|have) (?:asked|petitioned) (?:[\w-]+ ){0,6}?to (?:approve|authori[sz]e|licen[cs]e|clear)`,
    String.raw`yet to (?:decide|rule|approve|be approved|grant)`,
    // "The European Commission still has to decide on a marketing authorisation"
    String.raw`(?:still (?:has|have|needs?) to|(?:has|have|needs?) still to|must still) (?:decide|rule|approve|grant|give (?:its|a|the) (?:final )?(?:decision|verdict|approval))`,
    // "has been recommended for approval in Europe": the committee's opinion, the decision still to come
    String.raw`(?:has|have) (?:now |just )?been recommended for (?:approval|authori[sz]ation|a licen[cs]e|marketing)`,
  ].join('|'),
  'i',
);

/** Access forecast for a stated time: "European patients are likely to get access to edaravone within the next two
 * years", "NHS patients could be receiving it by the end of next year". A forecast of access is a forecast that the
 * regulator will decide (and approve) by then: a decision still pending. */
const ACCESS_FORECAST =
  /\b(?:could|will|would|should|may|might|(?:is|are) (?:likely|expected|set|poised|due) to|expects? (?:[\w-]+ ){0,3}?to) (?:soon |finally |already )?(?:be (?:receiving|getting|offered|prescribed|given) (?!(?:a|an|the) (?:placebo|dummy)\b)|(?:get|gain|have) access to|(?:receive|get) (?:it|the (?:drug|medicine|treatment|injections?|infusions?))\b)|\b(?:is|are) (?:now |still )?(?:expected|due|set|likely) (?:to (?:arrive|reach|be available|come) )?(?:in|on|at|to) (?:[\w-]+ ){0,2}?(?:hospitals|pharmacies|clinics|the market|shelves)\b/i;
const ACCESS_BY =
  /\b(?:before the end of (?:this|next|the) year|within (?:the next |a |the coming )?(?:[\w-]+ )?(?:years?|months|weeks)|by (?:the end of )?(?:next|this) (?:year|spring|summer|autumn|fall|winter)|next year|in the coming (?:months|years)|by (?:19|20)\d\d)\b/i;

// --- a drug on offer now -------------------------------------------------------------------------------
const AVAILABLE_PART = new RegExp(
  [
    String.raw`(?:is|are) (?:(?:now|still|currently|widely|commercially|already) ){0,2}(?:available|on (?:the )?market|on sale|being sold|sold|prescribed|covered|reimbursed)`,
    // "about 3,800 patients are now taking it", "doctors have started prescribing it"
    String.raw`(?:patients|people) (?:are|were) (?:now |currently |already )?(?:taking|using|on) (?:it|the drug|the medicine)\b|(?:have|has) (?:started|begun) (?:prescribing|taking)`,
    // "Relyvrio, which many of my patients take": a doctor's patients on it now
    String.raw`\b(?:my|our) patients (?:now |currently |still )?(?:take|use|receive|are on)\b`,
    String.raw`(?:remains?|stays?) (?:on (?:the )?(?:US |U\.S\. |American |Canadian |European |Japanese )?market|available|on sale|in use)`,
    // "is now stocked at pharmacies across the state", "remains on pharmacy shelves", "families can now choose it"
    String.raw`(?:is|are) (?:now |still |currently )?(?:stocked|in stock)\b|(?:is|are|remains?|stays?) (?:now |still )?on (?:the )?(?:pharmacy |pharmacies['’] |drugstore )?shelves\b|can (?:now |still )?(?:choose|opt for)\b`,
    // "is marketed as Relyvrio" (not "sold as Relyvrio", a name given in passing)
    String.raw`(?:is|are) (?:now |still |currently )?marketed\b`,
    // "remains one of the main options", "is now part of standard care"
    String.raw`(?:remains?|stays?) (?:still )?(?:one of )?(?:the )?(?:[\w-]+ ){0,2}?options?\b|(?:is|are) (?:now |currently )?(?:part of|among) (?:the )?(?:standard|routine|usual) (?:of )?care\b`,
    String.raw`can (?:now |still |already )?(?:prescribe|get|obtain|access|take|receive|buy|use|be prescribed|be obtained|be treated with)`,
    // notes that drop the verb: "Relyvrio currently licensed in US and Canada", "still on the market"
    String.raw`\b(?:currently|still) (?:licen[cs]ed|approved|available|marketed|sold|on (?:the )?market|on sale)\b`,
    // "patients can start taking it within weeks", "neurologists are already prescribing it"
    String.raw`can (?:now )?(?:start|begin) (?:taking|using|getting|receiving|prescribing)|(?:is|are) (?:now |already |currently )?prescribing\b`,
    // "Medicare now covers Relyvrio", "the provincial pharmacare programme will cover a new drug"
    String.raw`(?:insurers?|Medicare|Medicaid|the NHS|insurance|health plans?|pharmacare|(?:drug |benefit |insurance |pharmacare )?(?:programme|program|plan)) (?:now |already |will )?(?:covers?|pays? for)\b`,
    // paid for, offered, made available by a payer or government: "will have the drug fully paid for by the province",
    // "The Ontario government is offering a new treatment", "has made AMX0035 … available to veterans"
    String.raw`(?:fully |partly )?paid for by (?:the )?(?:province|state|government|NHS|insurers?|Medicare|Medicaid|pharmacare)`,
    String.raw`(?:government|province|ministry|health service|NHS|VA|Veterans Affairs) (?:is|are) (?:now )?offering\b`,
    String.raw`(?:has|have) made (?:[\w-]+ )?(?:[\w-]+,? )?(?:[^.;]{0,60}? )?available to\b`,
    // a label's indication, told as now: "Relyvrio is indicated for the treatment of ALS in adults"
    String.raw`(?:is|are) (?:currently |now )?indicated for\b|\b(?:its|the (?:drug|medicine|treatment)['’]s) indication is\b`,
    // "there is now a newly approved medicine that may slow the disease"
    String.raw`(?:there (?:is|are)|(?:patients|people|families) (?:now )?have) (?:now )?(?:an? )?(?:newly|recently|just) approved (?:medicines?|drugs?|treatments?|therap(?:y|ies)|options?)`,
    // "eligible patients can consider Albrioza"
    String.raw`(?:patients|people) can (?:now )?consider\b`,
    String.raw`specialty pharmac(?:y|ies)`,
    // "now sits alongside the two other approved medicines": one of the drugs on offer
    String.raw`(?:now )?(?:joins|sits alongside|stands alongside) (?:the )?(?:[\w-]+ ){0,5}?(?:approved|available|licen[cs]ed)`,
    // "will be marketed as Relyvrio", "to be sold as": a launch still to come (in "FDA clears X, to be sold as Y" the
    // name is a detail of the approval's news)
    String.raw`(?:will|is to|are to|is set to|is expected to) (?:be )?(?:marketed|sold|launched|available|on (?:the )?market)|(?<!\b(?:clear\w*|approv\w*|authori[sz]\w*)\b[^.;]{0,40})\bto be (?:sold|marketed) as`,
    String.raw`(?:is|are) (?:now |still )?covered by (?:insurers?|insurance|Medicare|Medicaid|the NHS)`,
    // "Albrioza will now be covered for people living with ALS": public cover announced
    String.raw`will (?:now |soon )?be (?:covered|reimbursed|publicly funded)\b`,
    String.raw`gives? (?:[\w-]+ )?(?:patients|people) (?:a|an) (?:[\w-]+ ){0,2}?(?:option|choice)`,
    // "expects to launch it within weeks", "insurers have begun covering it", "Medicare covers it"
    String.raw`(?:expects?|plans?|is set|is poised) to (?:launch|start selling|begin selling|ship)`,
    String.raw`(?:have|has) (?:begun|started) covering|(?<!\b(?:press\w*|urg\w*|ask\w*|lobb\w*|call(?:s|ed|ing)? on|push\w*|persuad\w*|convinc\w*|campaign\w*)\b[^.;]{0,40}\bto )\bcovers? (?:it|the drug|the medicine|the treatment)\b`,
    // "the commercial launch", "will keep selling it", "begins shipping"
    String.raw`commercial launch|keeps? (?:selling|offering|supplying|shipping)|(?:begins?|starts?) (?:selling|shipping|marketing)`,
  ].join('|'),
  'i',
);

/** An aim, not a state: "working towards a future in which everyone with ALS can get effective treatments". */
export const ASPIRATION =
  /\b(?:(?:future|world|day|time) (?:in which|where|when)|working (?:towards?|to)|strives? (?:for|to)|campaign(?:s|ing)? (?:for|to)|aims? (?:to|for)|aiming (?:to|for)|with a view to|in the hope of)\b/i;

/** A price told as what the drug costs: on sale. ("Would be cost-effective only at a price of …" prices a drug that
 * may not be on sale: not a status.) */
const PRICE_PART = new RegExp(
  [
    String.raw`(?:list )?price(?:d)? (?:of|at)\b`,
    String.raw`costs? (?:about |around |roughly |more than |over )?(?:\$|US\$|€|£)`,
    String.raw`(?:\$|US\$|€|£)\s?[\d,.]+(?: \w+)? (?:a|per) (?:year|month)`,
  ].join('|'),
  'i',
);
/** Access to come, told as settled ("people paying out of pocket would be able to get the therapy in about six
 * weeks"), not on a condition ("would be able to get it if the trial succeeds"). */
const ACCESS_TO_COME = /\b(?:will|would) be able to (?:get|obtain|access|receive)\b/i;
const ON_CONDITION = /\b(?:if|unless|once|provided|should it|assuming)\b/i;
/** A price told as set at launch ("Amylyx priced Relyvrio at $158,000 a year"): a dated fact, not an offer now. */
const PRICE_SET = /\b(?:priced|set (?:the|a|its) (?:list )?price|launched at|was priced)\b/i;
const HYPOTHETICAL = /\b(?:would|could|if|unless|threshold|cost-effective(?:ness)?)\b/i;
/** A price told of a past period ("Helped by its high price …, it grew enough to turn a profit"): history, not an offer. */
const PRICE_IN_THE_PAST = /\b(?:grew|rose|fell|earned|generated|brought in|turned|helped|made|was|were|had)\b/i;

// --- no approval yet ----------------------------------------------------------------------------------
/** A negation and a regulatory decision word in one clause, the negation first and close to it: "is not approved by
 * the FDA", "the FDA has not yet approved tofersen", "has not decided on it yet", "No UK approval filing for …". Not a
 * fixed phrase: any order of subject and regulator, any auxiliary. */
const NOT_DECIDED =
  /\b(?:not|never|yet to)\b(?:\s+[\w'’-]+){0,5}?\s+(?:approv(?:ed|al|e)|licen[cs](?:ed|e)|authori[sz](?:ed|ation|e)|cleared|decided|filed|submitted|applied)\b|n['’]t\s+(?:[\w'’-]+\s+){0,4}?(?:approv(?:ed|e)|licen[cs]ed|authori[sz]ed|cleared|decided|filed|submitted|applied)\b|\bno\s+(?:[\w-]+\s+){0,2}?(?:approval|licen[cs]e|(?:marketing )?authori[sz]ation|filing|application|decision)\b/i;
/** What the negation belongs to instead: "not only", "no longer" (a withdrawal), "whether or not", a decision that
 * would or might not come (a hypothesis), funding and insurance (not a licence), a trial's own approvals, and "not
 * approved for" a group or use narrower than the disease ("not approved for people without the mutation"). */
const NOT_DECIDED_ELSE =
  /\bnot only\b|\bno longer\b|\bwhether or not\b|\b(?:would|could|might|may|should|if|unless)\b|\b(?:NICE|NHS|fund\w*|reimburs\w*|insur\w*|cover(?:ed|age)?|pay(?:ers?)?|formular\w*|ethics|protocol|trials?|stud(?:y|ies)|prior authori[sz]ation)\b|\b(?:approved|licen[cs]ed|authori[sz]ed|cleared) for (?!(?:use|ALS|MND|amyotrophic|motor|treating (?:ALS|MND|amyotrophic|motor)|the treatment of (?:ALS|MND|amyotrophic|motor)|the disease|this|it|sale|marketing)\b)/i;

// --- not on offer yet ----------------------------------------------------------------------------------
const NOT_YET_OFFERED =
  /\b(?:not (?:yet |currently )?(?:available|approved|licen[cs]ed|on (?:the )?market)|(?:is|are)n['’]t (?:yet )?(?:available|approved))\b/i;
/** One way of taking it told as the only one: "it can only be given as an infusion". */
const ONLY_ONE_WAY =
  /\b(?:can only be|(?:is|are) only|must (?:still )?be) (?:given|taken|administered|used|available) (?:as|by|through|via|in)\b/i;
const STILL_STUDIED =
  /\b(?:is|are) (?:still |currently |now )?(?:being (?:studied|tested|developed|investigated)|in development)\b/i;

// --- results still to come -----------------------------------------------------------------------------
const RESULTS_PART = /\b(?:results?|data|findings|read-?outs?|top-?line|outcomes?)\b/i;
const RESULTS_FUTURE = new RegExp(
  [
    String.raw`(?:expected|due|awaited|anticipated|scheduled)`,
    // "the company now expects its top-line data in the second quarter" (the results as what is expected;
    // "expects the trial to generate further data" is a hope about what it will show)
    String.raw`\b(?:expects?|expecting|anticipates?|anticipating) (?:its |the |their )?(?:[\w-]+ ){0,2}?(?:results?|data|read-?outs?|top-?line)\b`,
    String.raw`will (?:be )?(?:report|release|announce|publish|present|share|read out|unveil|come)`,
    String.raw`(?:plans?|intends?|hopes?) to (?:release|report|publish|present|announce|share)`,
    String.raw`(?:next|later this|early next|late next|by the end of (?:the|this|next)) (?:year|month|spring|summer|autumn|fall|winter)`,
    String.raw`in the coming (?:months|weeks)`,
    // a forecast with a modal, or held back until a time: "should come out in 2021", "won't report until 2021 at the
    // earliest", "are due out in the spring"
    String.raw`(?:should|ought to|may|might|could) (?:come out|report|read out|be (?:out|published|released|announced|known|available))\b`,
    String.raw`\bat the earliest\b|\bdue out\b|\bcome out (?:in|by|next|later|this|soon)\b`,
  ].join('|'),
  'i',
);
/** The trial itself told as still running or about to report. */
const TRIAL_RUNNING =
  /\b(?:(?:is|are) (?:still )?going(?: on)?\b(?! to)|(?:is|are) still on\b|will (?:report|read out|finish|complete|end|start|begin)|(?:is|are) (?:likely|expected|set|due|scheduled|planned) to (?:start|begin|open)|(?:is|are) (?:now |currently )?taking place|is expected to (?:report|read out|finish|complete)|(?:is|are) (?:still |currently )?(?:under ?way|ongoing|recruiting|enrolling|running|in (?:course|progress))|continues? to (?:enrol|recruit)|(?:patients|participants|people|volunteers) (?:are|is) (?:now |currently |still )?being (?:recruited|enrolled)|(?:is|are) (?:now |still |currently )?being (?:tested|studied|trialled|investigated|evaluated) in)\b/i;
const TRIAL_WORD = /\b(?:trial|study|studies)\b/i;
/** Not done yet, where the negation is the status itself: "won't report until 2021", "hasn't finished yet", "is not
 * over". (Tested on every clause: the others skip negated ones.) */
const NOT_DONE_YET =
  /\b(?:won['’]t|will not|(?:is|are) not (?:expected|due)(?: to)?) (?:\w+ )?(?:report|read out|come out|be (?:out|known|published|released|announced))\b[^.;]{0,30}?\buntil\b|\b(?:has|have)(?:n['’]t| not) (?:yet )?(?:finished|ended|completed|reported)\b|\b(?:is|are)(?:n['’]t| not) (?:yet )?(?:over|finished|complete)\b/i;

/** Results told as not yet out: "is still not announced", "have not yet been reported". */
const RESULTS_NOT_ANNOUNCED =
  /\b(?:is|are|has|have)\s+(?:still\s+not|not\s+yet|yet\s+to\s+be|still\s+to\s+be)\s+(?:been\s+)?(?:announced|reported|released|made public)\b/i;

// --- a paper still to come ------------------------------------------------------------------------------
/** A paper told as still to come: "A peer-reviewed paper is expected in the first half of next year". */
const PAPER_EXPECTED =
  /\b(?:paper|publication|journal article|write-?up|manuscript)\b[^.;]{0,30}?\b(?:is|are) (?:now |still )?(?:expected|due)\b(?! to (?:show|confirm|find))/i;
const PAPER_PART = /\b(?:paper|publication|article|report|results?|data|findings|study)\b/i;
const UNPUBLISHED =
  /\b(?:(?:has|have)n['’]t (?:yet )?been (?:published|peer[- ]reviewed)|(?:has|have) not (?:yet )?been (?:published|peer[- ]reviewed)|not (?:yet )?(?:been )?(?:published|peer[- ]reviewed)|(?:yet|still) to (?:be published|appear|be peer[- ]reviewed)|(?:still|yet) (?:has|have)(?:n['’]t| not) (?:yet )?appeared|(?:has|have)(?:n['’]t| not) (?:yet )?appeared in (?:a|any) (?:journal|peer[- ]reviewed)|(?:is|are) still awaited|(?:is|are|remains?) (?:still )?unpublished|awaiting (?:full )?publication|(?:is|are|remains?) (?:still )?nowhere to be (?:seen|found)|(?:still |yet )?(?:has|have)(?:n['’]t| not) (?:yet )?(?:come out|been released)\b(?! (?:of|from)\b)|still (?:is|are)(?:n['’]t| not) out\b|(?:is|are)(?:n['’]t| not) (?:yet )?out\b)\b/i;

// --- how many drugs are approved ---------------------------------------------------------------------
const ORDINAL: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };
const DRUGS = String.raw`(?:drugs?|medicines?|medications?|treatments?|therapies|therapy|options?|products?)`;
const APPROVED = String.raw`(?:approved|endorsed|licen[cs]ed|authori[sz]ed|registered|indicated|FDA-approved|available|approval|cleared|(?:holds? |has |with )?(?:a )?marketing authori[sz]ation)`;
const COUNTS: { re: RegExp; value: (m: RegExpExecArray) => number | undefined }[] = [
  // "the newer of the two medicines approved for ALS", "one of only three approved drugs": the count named beside
  {
    re: new RegExp(
      String.raw`\b(?:one|the (?:newer|newest|older|oldest|other|first|second|latest)) of (?:the |only |just )*(two|three|four|five) (?:[\w-]+ ){0,2}?${DRUGS} (?:[\w-]+ ){0,2}?${APPROVED}\b|\bone of (?:the |only |just )*(two|three|four|five) ${APPROVED} ${DRUGS}\b`,
      'i',
    ),
    value: (m) => NUMBER[(m[1] ?? m[2])!.toLowerCase()],
  },
  // "there are 4 FDA-approved disease-modifying ALS drugs right now"
  {
    re: new RegExp(
      String.raw`\bthere (?:are|is) (?:now |currently |only |just )*(one|two|three|four|five|[1-5]) (?:[\w-]+ ){0,2}?(?:FDA-approved|approved|licen[cs]ed) (?:[\w-]+ ){0,3}?${DRUGS}\b`,
      'i',
    ),
    value: (m) => NUMBER[m[1]!.toLowerCase()],
  },
  // "patients in Europe have only riluzole": one drug, by name, as all there is
  {
    re: /\b(?:[Pp]atients|[Pp]eople|[Dd]octors|[Nn]eurologists)\b[^.;]{0,40}?\b(?:have|get|can (?:use|get|prescribe|offer)) (?:only|just) (?:[A-Z][\w-]+|[a-z]+(?:zole|vone|sen|mab|ine)|one (?:approved )?(?:drug|medicine|treatment))\b(?! (?:and|or|plus)\b)/,
    value: () => 1,
  },
  // "only two drugs are approved", "just two FDA-approved medicines", "two approved treatments"
  {
    re: new RegExp(
      // ("only one other treatment, riluzole, is authorised" counts the subject as well: not judged here)
      String.raw`\b(?:only|just|(?:there are|there're)(?: only| just)?) (one|a single|two|three|four|five|[1-5]) (?!other\b|more\b|further\b)(?:[\w-]+ ){0,3}?${DRUGS}\b[^.;]{0,60}?\b${APPROVED}\b|\b(?:only|just) (one|two|three|four|five|[1-5]) ${APPROVED} ${DRUGS}\b`,
      'i',
    ),
    value: (m) => NUMBER[(m[1] ?? m[2])!.toLowerCase()],
  },
  // "riluzole and edaravone are now the only two FDA-approved ALS drugs"
  {
    re: new RegExp(
      String.raw`\b(?:only|just) (one|two|three|four|five|[1-5]) (?:[\w-]+ ){0,2}?(?:FDA-approved|approved|licen[cs]ed) (?:[\w-]+ ){0,2}?${DRUGS}\b` +
        // "regulators in the UK and the US have endorsed only a single neuroprotective drug for ALS"
        String.raw`|\b(?:has|have) (?:so far |to date )?(?:approved|endorsed|licen[cs]ed|authori[sz]ed|cleared) (?:only|just) (one|a single|two|three|four|five|[1-5]) (?:[\w-]+ ){0,2}?${DRUGS}\b` +
        // "So far the FDA has approved two drugs to treat ALS": a total told as so far
        String.raw`|\b(?:so far|to date|until now),? (?:the )?[\w-]+ (?:has|have) (?:approved|licen[cs]ed|authori[sz]ed|cleared) (one|two|three|four|five|[1-5]) (?:[\w-]+ ){0,2}?${DRUGS} (?:to treat|for)\b` +
        // "The FDA has so far approved two drugs for ALS": the same with "so far" after the auxiliary
        String.raw`|\b(?:has|have) (?:so far|to date|until now) (?:approved|licen[cs]ed|authori[sz]ed|cleared) (one|two|three|four|five|[1-5]) (?:[\w-]+ ){0,2}?${DRUGS} (?:to treat|for)\b`,
      'i',
    ),
    value: (m) => NUMBER[(m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase()],
  },
  // "now sits alongside the two other FDA-approved medicines": those two and this one
  {
    re: new RegExp(
      String.raw`\b(?:joins|sits alongside|stands alongside|alongside|is added to) the (one|two|three|four) other (?:[\w-]+ ){0,2}?${DRUGS}\b`,
      'i',
    ),
    value: (m) => (NUMBER[m[1]!.toLowerCase()] ?? 0) + 1,
  },
  // "two drugs approved by the FDA can slow it", "the three drugs licensed in the US"
  {
    re: new RegExp(
      String.raw`\b(?:the )?(one|two|three|four|five) (?:[\w-]+ )?${DRUGS} (?:currently )?(?:approved|licen[cs]ed|cleared) (?:by|in)\b`,
      'i',
    ),
    value: (m) => NUMBER[m[1]!.toLowerCase()],
  },
  // "ALS has four approved treatments", "the FDA has so far cleared just two treatments"
  {
    re: new RegExp(
      String.raw`\b(?:has|have|there are) (?:now |currently |so far |only |just )*(one|two|three|four|five|[1-5]) (?:FDA-)?(?:approved|licen[cs]ed) ${DRUGS}\b|\b(?:approved|cleared|licen[cs]ed) (?:only |just )(one|two|three|four|five|[1-5]) (?:[\w-]+ )?${DRUGS}\b`,
      'i',
    ),
    value: (m) => NUMBER[(m[1] ?? m[2])!.toLowerCase()],
  },
  // "The FDA currently recognises three medicines for ALS", "the agency lists two approved drugs"
  {
    re: new RegExp(
      String.raw`\b(?:FDA|EMA|MHRA|Health Canada|regulators?|agency|European Commission|Food and Drug Administration|European Medicines Agency)\b[^.;]{0,20}?\b(?:recogni[sz]es|lists|has approved|have approved) (?:only |just )?(one|two|three|four|five|[1-5]) (?:[\w-]+ ){0,2}?${DRUGS}\b(?=[^.;:]{0,20}?\b(?:ALS|MND|motor neuron(?:e)? disease|amyotrophic|the disease|the condition)\b)`,
      'i',
    ),
    value: (m) => NUMBER[m[1]!.toLowerCase()],
  },
  // "At present, three medicines hold FDA approval for ALS": the approval as what the drugs hold
  {
    re: new RegExp(
      String.raw`\b(one|two|three|four|five|[1-5]) (?:[\w-]+ )?${DRUGS} (?:now |currently |still )?(?:hold|have|carry) (?:full |an? )?(?:FDA|US|EU|European|regulatory|marketing)?\s?(?:approval|authori[sz]ation|licen[cs]es?)\b`,
      'i',
    ),
    value: (m) => NUMBER[m[1]!.toLowerCase()],
  },
  // "Three drugs are currently approved for ALS"
  {
    re: new RegExp(
      String.raw`\b(one|two|three|four|five|[1-5]) ${DRUGS}(?:,[^,.;]{1,60},)? (?:are|have been) (?:now |currently |so far )?${APPROVED}\b`,
      'i',
    ),
    value: (m) => NUMBER[m[1]!.toLowerCase()],
  },
  // "is only the second drug ever approved": an ordinal with "only", told as now, counts the drugs so far
  // ("became only the third drug approved" is history).
  {
    re: new RegExp(
      String.raw`\b(?:is|'s|remains|becomes) (?:now |still )?only the (second|third|fourth|fifth) (?:[\w-]+ ){0,2}?${DRUGS}\b`,
      'i',
    ),
    value: (m) => ORDINAL[m[1]!.toLowerCase()],
  },
  // "The approval makes Relyvrio the third drug approved in the US", "it becomes the fourth ALS drug": an ordinal
  // told as now counts the drugs so far, with or without "only"
  {
    re: new RegExp(
      String.raw`\b(?:makes?|making) [\w-]+ (?:only )?the (second|third|fourth|fifth) (?:[\w-]+ ){0,2}?${DRUGS}\b|\b(?:is|'s|becomes) (?:now )?the (second|third|fourth|fifth) (?:[\w-]+ ){0,2}?${DRUGS} (?:(?:to be |ever )?${APPROVED}|on the (?:[\w.-]+ )?market)\b`,
      'i',
    ),
    value: (m) => ORDINAL[(m[1] ?? m[2])!.toLowerCase()],
  },
  // "riluzole and edaravone remain the only drugs approved": the drugs listed are the count
  {
    re: new RegExp(
      String.raw`\b[\w-]+(?: \([^)]{1,30}\))?,? and [\w-]+(?: \([^)]{1,30}\))? (?:remain|are) (?:still )?the only (?:[\w-]+ )?(?:${APPROVED} )?${DRUGS}\b`,
      'i',
    ),
    value: () => 2,
  },
  // "The only FDA-approved medicine for ALS, riluzole, can…": the count set beside the drug's name
  {
    re: new RegExp(
      String.raw`^\s*(?:the|its) (?:only|sole|single) (?:[\w-]+ )?(?:${APPROVED} )?${DRUGS}\b(?: [\w-]+){0,3}?, [\w-]+(?: \([^)]{1,30}\))?,`,
      'i',
    ),
    value: () => 1,
  },
  // "The drug riluzole (Rilutek), the only one approved by the FDA to treat ALS, …": the count in apposition to the name
  {
    re: new RegExp(
      String.raw`\b[\w-]+(?: \([^)]{1,30}\))?, (?:currently |still |now )?the (?:only|sole|single) (?:one|${DRUGS}) (?:[\w-]+ ){0,2}?${APPROVED}\b`,
      'i',
    ),
    value: () => 1,
  },
  // "The only drug approved by regulators for treating ALS is riluzole": the count, then the one drug named (a name is
  // capitalised or carries a drug's suffix: "the only drug approved in Europe is expensive" names none)
  {
    re: new RegExp(
      String.raw`\b[Tt]he (?:only|sole|single) (?:[\w-]+ )?${DRUGS} (?:(?:currently|now|still|today) )?${APPROVED}\b[^.;]{0,70}? is (?:still |currently |now )?(?:[A-Z][\w-]+|[a-z]+(?:zole|vone|sen|mab))\b`,
    ),
    value: () => 1,
  },
  // "The only medicine is riluzole", "the only drug we can prescribe for ALS itself is riluzole", "the only other drug
  // on the market today is riluzole" (beside the one the page is about: two): the drug named as all there is, with
  // nothing between the noun and "is" but where, when or for what it is on offer. A relative clause of evidence ("the
  // only drug shown to extend life is riluzole") counts something else and does not match.
  {
    re: new RegExp(
      String.raw`\b[Tt]he (?:only|sole) (other )?(?:[\w-]+ )?${DRUGS}(?: (?:on the market|on offer|available|approved|licen[cs]ed|in use|for (?:ALS|MND|the disease|this disease|it)(?: itself)?|(?:that |which )?(?:we|doctors|neurologists|you) can (?:prescribe|offer|give|get)|today|now|currently|at present|so far|to date|here))* (?:is|remains) (?:still )?(?:[A-Z][\w-]+|[a-z]+(?:zole|vone|sen|mab))\b`,
    ),
    value: (m) => (m[1] ? 2 : 1),
  },
  // "The only treatment known to be valid for it today is riluzole", "no medicine apart from riluzole affects the course of
  // the disease", "only two drugs that slow its progress, riluzole and edaravone": the drugs that change the disease,
  // told as all there are (a drug "shown to extend survival" is evidence, not a count, and is not read here).
  {
    re: new RegExp(
      String.raw`\b[Tt]he only (?:[\w-]+ )?${DRUGS} known to (?:slow|be (?:valid|effective)|work|affect|modify|change)\b[^.;]{0,50}? (?:is|remains) (?:still )?(?:[A-Z][\w-]+|[a-z]+(?:zole|vone|sen|mab))\b|\bno (?:other )?(?:[\w-]+ )?(?:medicine|drug|treatment|therapy) (?:apart from|other than|except|besides) (?:[A-Z][\w-]+|[a-z]+(?:zole|vone|sen|mab)) (?:affects|slows|changes|modifies|alters) (?:the )?(?:course|progress(?:ion)?)\b`,
    ),
    value: () => 1,
  },
  {
    re: new RegExp(
      String.raw`\bonly (two|three|four) ${DRUGS} that (?:slow|affect|change|modify|alter) (?:its|the(?: disease['’]s)?) (?:course|progress(?:ion)?)\b`,
      'i',
    ),
    value: (m) => NUMBER[m[1]!.toLowerCase()],
  },
  // "riluzole is still the only drug we can get": the one drug patients can have, told as all there is
  {
    re: new RegExp(
      String.raw`\b(?:is|remains) (?:still )?the only (?:[\w-]+ )?${DRUGS} (?:that )?(?:we|you|patients|people|they) (?:can|could) (?:get|have|take|use)\b`,
      'i',
    ),
    value: () => 1,
  },
  // "In Germany only riluzole is approved for this": one drug, by name, told as all there is (names are capitalised or
  // carry a drug's suffix; "only one is approved" is counted above)
  {
    re: new RegExp(
      String.raw`\b[Oo]nly (?:[A-Z][\w-]+|[a-z]+(?:zole|vone|sen|mab))(?: \([^)]{1,30}\))? (?:is|has been) (?:currently |still |now )?${APPROVED}\b`,
    ),
    value: () => 1,
  },
  // "The only treatment approved today, riluzole, …": the count set beside the drug's name, told as now
  {
    re: new RegExp(
      String.raw`\bthe (?:only|sole|single) ${DRUGS} (?:${APPROVED}|available) (?:today|now|currently|at present),? [\w-]+,`,
      'i',
    ),
    value: () => 1,
  },
  // "the neurologist currently has only one drug, riluzole", "so far one drug has been approved for ALS"
  {
    re: new RegExp(
      String.raw`\b(?:ha(?:s|ve) (?:currently |now |still )?only one (?:[\w-]+ )?${DRUGS}\b|\bso far (?:only )?one ${DRUGS} (?:has|have) been ${APPROVED})`,
      'i',
    ),
    value: () => 1,
  },
  // "no drug has been approved for treating ALS in Europe for more than 25 years": the one drug there still the only one
  {
    re: new RegExp(
      String.raw`\bno (?:new )?${DRUGS} (?:has|have) been ${APPROVED}\b[^.;]{0,60}?\bfor (?:more than |over |nearly |almost |some )?(?:\d+|[a-z]+(?:-[a-z]+)?) (?:years|decades)\b`,
      'i',
    ),
    value: () => 1,
  },
  // "even taking the only medicine indicated for treating it": one drug, told as now
  {
    re: new RegExp(
      String.raw`\bthe (?:only|sole|single) ${DRUGS} (?:currently |so far |to date )?(?:indicated|approved|licen[cs]ed|authori[sz]ed) (?:(?:so far|to date|until now|today) )?(?:in (?:the )?[A-Z][\w-]+ )?(?:for|to treat|to slow)\b`,
      'i',
    ),
    value: () => 1,
  },
  // "riluzole is at present the only medicine that can influence the course of ALS", "the only drug on the market with a
  // proven favourable effect on the course of ALS": the only disease-modifying drug there is, told as now
  {
    re: new RegExp(
      String.raw`\b(?:is|remains) (?:still |currently |now |to date |at present |so far )?the (?:only|sole|one) (?:[\w-]+ )?${DRUGS}\b(?: on the market| available)?(?: that (?:can|could|does) (?:slow|influence|modify|alter|change|affect|delay)| with (?:an? )?(?:proven )?(?:[\w-]+ )?effect on)\b`,
      'i',
    ),
    value: () => 1,
  },
  // "The effect of riluzole, at present the only approved treatment, is limited": the count told in an aside
  {
    re: new RegExp(
      String.raw`,\s*(?:at present|currently|now|still|so far|to date|today) (?:the )?(?:only|sole|single) (?:${APPROVED} ${DRUGS}|${DRUGS} (?:currently |still )?${APPROVED})\b[^,;.]{0,40}[,;]`,
      'i',
    ),
    value: () => 1,
  },
  // "In the UK the only licensed medicine for MND is riluzole": the count set before the drug's name
  {
    re: new RegExp(
      String.raw`\bthe (?:only|sole|single) (?:${APPROVED} ${DRUGS}|${DRUGS} (?:currently |still )?${APPROVED})\b(?: (?:for|in|to treat) [\w-]+(?: [\w-]+)?)? (?:is|remains) (?:still )?[\w-]+`,
      'i',
    ),
    value: () => 1,
  },
  // "no other ALS drug has been approved", "no new drug has reached the market since 1995": one drug so far
  {
    re: new RegExp(
      String.raw`\bno (?:other|new|second|further) (?:[\w-]+ ){0,2}?${DRUGS} (?:for [\w-]+ )?(?:has|have) (?:(?:yet |ever |since )?been ${APPROVED}|(?:yet )?(?:reached|come to|made it to) (?:the )?market)\b`,
      'i',
    ),
    value: () => 1,
  },
  // "remains the only approved drug", "is the only licensed treatment", "the only drug licensed", "is to date the only
  // medicine that … holds a marketing authorisation", "is at present the one treatment available"
  {
    re: new RegExp(
      String.raw`\b(?:is|remains|it's|'s) (?:still |currently |now |to date |at present |so far )?(?:the )?(?:only|sole|single|one) (?:[\w-]+ )?(?:${APPROVED} )?${DRUGS}\b[^.;]{0,50}?\b${APPROVED}\b|\b(?:is|remains) (?:still |currently |now |to date |at present |likewise |also |again |\w+ly )?the (?:only|sole|one) ${APPROVED} (?:[\w-]+ )?${DRUGS}\b`,
      'i',
    ),
    value: () => 1,
  },
];

function clausesOf(text: string): string[] {
  return text.split(CLAUSES);
}

/** The status assertions the sentence makes, in the present or future. History ("was under review until
 * 2019"), negation and clauses that only carry one of the two parts assert nothing here. */
export function statusAssertions(text: string): StatusAssertion[] {
  let found = memo.get(text);
  if (!found) {
    // The linking, the analysis and several rules ask about the same sentence: read it once.
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, (found = readStatus(text)));
  }
  return found;
}

const memo = new Map<string, StatusAssertion[]>();
const MEMO_SIZE = 4096;

/** A trailing clause that dates the main one by an earlier event ("…, nearly two years after they were announced",
 * "…, since the trial ended"): its past tense is the event's, not the main clause's. */
const DATING_CLAUSE =
  /,\s*(?:(?:nearly|almost|about|some|more than|over|well over|just|only|a)\s+)?(?:[\w-]+\s+){0,5}?(?:after|since|when|once)\s[^,;]*$/i;

/** "Pending the EMA's opinion, the French agency set up a temporary authorisation": the wait qualifies something done
 * then, told in the past, so the wait is history too. */
const PENDING_THEN =
  /^\s*pending\b[^,;]{1,80},\s+(?:(?!\b(?:is|are|will|has|have|can|may|remains?)\b)[^,;])*?\b(?:set up|made|took|gave|began|granted|won|\w{3,}ed)\b(?:(?!\b(?:is|are|will|has|have|can|may|remains?)\b)[^;])*$/i;

/** Results already out, told by their verdict ("given the negative phase 3 result", "the positive data"): not results
 * still to come, whatever else the clause expects. */
const KNOWN_RESULTS =
  /\b(?:negative|positive|disappointing|encouraging|promising|failed|mixed|null|neutral|striking|impressive)\s+(?:[\w-]+\s+){0,2}?(?:results?|data|findings|read-?outs?|outcomes?)\b/gi;

function readStatus(text: string): StatusAssertion[] {
  const out: StatusAssertion[] = [];
  // A clause that looks back tells history; the others may still speak of now.
  // "came later than expected", "as anticipated": a comparison with a forecast, not a forecast.
  const clauses = clausesOf(presentAsReported(withoutForecastComparisons(text))).filter(
    (c) => !LOOKS_BACK.test(c.replace(DATING_CLAUSE, '')) && !PENDING_THEN.test(c),
  );
  if (clauses.length === 0) return out;
  // Negation is the clause's own: "it is not yet available in Europe, where regulators are still assessing
  // the application" denies availability and asserts a pending decision.
  const affirmed = clauses.filter((c) => !NEGATED.test(c));
  const inOne = (a: RegExp, b: RegExp) => affirmed.some((c) => a.test(c) && b.test(c));
  if (inOne(DECISION_PART, PENDING_PART) || inOne(ACCESS_FORECAST, ACCESS_BY)) out.push({ kind: 'decision-pending' });
  if (
    affirmed.some(
      (c) =>
        (AVAILABLE_PART.test(c) && !ASPIRATION.test(c)) ||
        (PRICE_PART.test(c) && !HYPOTHETICAL.test(c) && !PRICE_SET.test(c) && !PRICE_IN_THE_PAST.test(c)) ||
        (ACCESS_TO_COME.test(c) && !ON_CONDITION.test(text)),
    )
  )
    out.push({ kind: 'available' });
  // "it is not yet available", "an oral version is being studied", "it can only be given as an infusion": not
  // on offer yet (in another form), told as now.
  if (clauses.some((c) => (NEGATED.test(c) && NOT_YET_OFFERED.test(c)) || STILL_STUDIED.test(c) || ONLY_ONE_WAY.test(c)))
    out.push({ kind: 'unavailable' });
  // A reason or contrast after a comma is a clause of its own here: "…is not covered, because no FDA approval has been
  // granted", "…available in the US since 2023, yet no European authorisation has been granted".
  for (const c of clauses.flatMap((x) => x.split(/,\s*(?:because|since|as|so|yet|which)\s/))) {
    const m = NOT_DECIDED.exec(c);
    if (!m || NOT_DECIDED_ELSE.test(c)) continue;
    // The clause up to the decision word and the few words after it ("… not approved in Germany"), not what a comma
    // adds later ("…, because it can be imported from Japan").
    const end = m.index + m[0].length;
    const tail = /^[^,;]{0,40}/.exec(c.slice(end))?.[0] ?? '';
    out.push({ kind: 'not-approved', clause: c.slice(0, end) + tail, decision: c.slice(m.index, end) + tail });
    break;
  }
  const unknownResults = affirmed.map((c) => c.replace(KNOWN_RESULTS, ' '));
  if (
    unknownResults.some((c) => RESULTS_PART.test(c) && RESULTS_FUTURE.test(c)) ||
    inOne(TRIAL_WORD, TRIAL_RUNNING) ||
    clauses.some((c) => TRIAL_WORD.test(c) && NOT_DONE_YET.test(c) && !/\b(?:was|were|had)\b/i.test(c)) ||
    // "The result of the European test … is still not announced"
    clauses.some((c) => RESULTS_PART.test(c) && RESULTS_NOT_ANNOUNCED.test(c))
  )
    out.push({ kind: 'results-pending' });
  // Negated by its own wording ("hasn't been published"): tested on the clauses that look forward, negation kept.
  if (clauses.some((c) => (PAPER_PART.test(c) && UNPUBLISHED.test(c)) || PAPER_EXPECTED.test(c)))
    out.push({ kind: 'publication-pending' });
  for (const { re, value } of COUNTS) {
    const clause = clauses.find((c) => re.test(c));
    const m = clause === undefined ? null : re.exec(clause);
    const count = m ? value(m) : undefined;
    if (count !== undefined) {
      out.push({ kind: 'drug-count', count, clause });
      break;
    }
  }
  // A count built some other way ("Three disease-modifying drugs are currently FDA-approved for ALS"), told as now.
  if (!out.some((a) => a.kind === 'drug-count'))
    for (const clause of affirmed) {
      const count = LOOKS_BACK.test(clause) ? undefined : countInClause(clause);
      if (count !== undefined) {
        out.push({ kind: 'drug-count', count, clause });
        break;
      }
    }
  return out;
}

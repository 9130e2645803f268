// Something outdated told as current: a withdrawn drug as a treatment option, an event that already
// happened told as still to come, a regulatory decision (pending-status.ts) or a trial result (trial-status.ts) told as
// still pending.
import { CURRENT_USE, FUTURE_TRIALS, PAST_STATUS } from '../cues/claims-language';
import { datedOutcome, decisionToldAsPending, investigationalToldAsPending } from './pending-status';
import { publicationToldAsPending, startToldAsPending, studyToldAsPending } from './trial-status';
import { countToldAsCurrent } from './approved-count';
import { approvalsAt, notApprovedToldAsNow } from './not-approved';
import { approvedOnlyInToldAsNow } from './only-approved-in';
import { newestToldAsNow } from './newest-approved';
import { namesPlaceWithoutEvents, placesIn } from './regions';
import { formToldAsUnavailable } from './form-status';
import { escapeRegExp } from '../regexp';
import { ASPIRATION } from '../status-frame';
import { compareDates } from '../timeline';
import type { AnalyzedSentence } from '../analyze';
import { isNegatedAt } from '../cues/negation';
import { efficacyClaim, hypothesisBefore } from './benefit';
import { perDocument } from './document';
import { successForecastOfFailedTrial } from './forecast-status';
import { namesStudyByName } from './study-names';
import type { DocumentView, Rule, RuleInput, RuleOutcome } from './types';

function stillToCome(input: RuleInput): RuleOutcome {
  const { s, claim } = input;
  // A claim with qualifiers dates a group's first treatment: noneForGroup judges that date, not this check.
  if (!claim.happenedBy || claim.qualifiers.length > 0) return null;
  // What is still to come must be told of what the claim is about, in the sentence's own words: "projects … will begin
  // to reach patients in 2024" in an article on an IL-2 trial is not immune treatments told as still to be trialled.
  const own = [...claim.about.all, ...(claim.about.any ?? [])];
  if (own.length > 0 && !own.some((c) => s.has(c))) return null;
  const m = FUTURE_TRIALS.exec(s.text);
  if (!m) return null;
  // "may enter a phase 3 trial", "larger trials will follow": a specific next step is genuinely still to come.
  if (/\b(?:phase|larger|bigger|confirmatory|pivotal|further|another|new)\b/i.test(s.text)) return null;
  const told = `Told as still to come, but it had already happened by ${claim.happenedBy}.`;
  return datedOutcome(input, { date: claim.happenedBy, what: 'it has happened' }, told);
}

/** "There is no treatment for SOD1-ALS", "no approved drug for the inherited form": none told as now. "No cure"
 * is still true and is not this. */
const NONE_FOR =
  /\b(?:there (?:is|are) |there['’]s |(?:still|currently) )?no (?:approved |licensed |available |effective |specific |targeted |disease-modifying |(?!(?:other|new|single|such|one|further|second)\b)[\w-]+-(?:targeted|targeting|specific|directed) )?(?:treatments?|therap(?:y|ies)|drugs?|medicines?|medications?|options?)\b(?! (?:has|have) been)/i;

/** No treatment told as now for a group a drug has since been approved for (`happenedBy`): "no treatment for
 * SOD1-ALS" before tofersen. The group must be named (the claim's qualifiers). */
function noneForGroup(input: RuleInput): RuleOutcome {
  const { s, claim, source } = input;
  if (!claim.happenedBy || claim.qualifiers.length === 0 || !claim.qualifiers.some((q) => s.has(q))) return null;
  if (!NONE_FOR.test(s.text) || AS_HISTORY.test(s.text) || PAST_STATUS.test(s.text)) return null;
  const named = placesIn(s.text);
  if (elsewhere(input, named)) {
    // "No licensed treatment in the UK for the SOD1 form": judged by the drug's first approval there, if one place is
    // named and the records hold one.
    const places = [...named];
    const there = places.length === 1 && !namesPlaceWithoutEvents(s.text) ? approvalsAt(source, places[0]!)[0] : undefined;
    if (!there) return null;
    return datedOutcome(input, there, `Told as having no treatment there, but ${there.what} (${there.date}).`);
  }
  const told = `Told as having no treatment, but one was approved for this group by ${claim.happenedBy}.`;
  return datedOutcome(input, { date: claim.happenedBy, what: 'a treatment for this group was approved' }, told);
}

/** The drug offered as something a patient can get or take now ("can be started", "I take", "a good option"). */
const CURRENT_OPTION =
  /\b(?:(?:is|are) (?:(?:still|currently|now|commercially|widely|already) ){0,2}(?:available|prescribed|on (?:the )?market|on prescription)|(?:is|are) (?:an? |the )?(?:[\w-]+ ){0,2}(?:option|choice|treatment|therapy|medicine|drug)s? (?:used )?(?:for|in|to|we|you|they)|(?:newest|latest|newer) (?:approved )?(?:option|drug|medicine|treatment|therapy)|(?:is|are) (?:now )?an? (?:newly|recently) approved (?:option|drug|medicine|treatment|therapy)|(?:new|another|an additional|a further) (?:approved )?(?:treatment |add-on )?option|can (?:\w+ly |still |now |also )?be (?:newly |still |now )?(?:started|prescribed|taken|added|combined|given|dispensed|ordered)|(?:is|are) (?:still |now |currently )?being (?:dispensed|prescribed|supplied|sold|marketed)|(?:new )?patients can (?:still |now |also )?(?:start|begin) (?:it|taking|treatment|on)\b|(?:is|are) considered medically necessary|(?:is|are) (?:currently |now |still )?used (?:for|in|to treat) (?:adults|people|patients|ALS|amyotrophic)\b|(?:already |now |currently |still )?(?:markets|sells|supplies|distributes) (?:it|the (?:drug|medicine|treatment)|[A-Z][\w-]+)\b|(?:remains?|stays?|is still) on (?:our |the |their )?formular(?:y|ies)|(?:has been|have been|was|were|is|are) (?:now )?added to (?:our |the |their )?(?:[\w-]+ ){0,3}?(?:of (?:our |the |their ))?(?:drug )?formular(?:y|ies)|(?:is|remains) (?:still )?(?:a |an )?(?:reasonable|good|sensible|valid|useful) (?:thing|option|choice|drug|treatment) to (?:ask|try|take|consider|request)|(?:I|we|he|she|they|patients|people) (?:also |now |still |currently )?(?:take|takes|use|get|receive)\b(?! to\b)|(?:options?|medicines|drugs|treatments) (?:include|are(?! (?:(?:very|so|still|extremely|rather|quite) )?(?:scarce|limited|few|lacking|poor|minimal|sparse|rare|inadequate|insufficient|not|none|non-?existent)\b)|available)\b|commercial launch(?:es)?\b|launch(?:es|ing)\b|(?:has|have|just|now) launched\b|can (?:now )?(?:get|obtain|access)\b|(?:advis|recommend)\w* (?:starting|taking|using|adding|prescribing)\b|will (?:reach|be sold|be launched|be marketed)|(?:can|could|should|may) (?:also )?ask (?:[\w-]+ ){0,3}?about\b|covered (?:by|under) (?:[\w-]+ ){0,3}?(?:insurance|insurers|Medicare|Medicaid|plans?|benefits?)|(?:insurers?|plans?|Medicare|Medicaid) (?:now |will |also )?(?:covers?|pays? for|reimburses?)\b|be sold in\b|(?:begin|start)(?:s)? (?:filling|shipping|dispensing)|filling prescriptions|(?:will|is expected to|are expected to) be (?:available|on (?:the )?market|prescribed)|should be (?:available|on (?:the )?market|prescribed)(?=[^.;]{0,50}\b(?:within|in (?:the coming|a few|about|around)|by (?:the end|next|early|late|mid)|from (?:next|early|late|mid)|soon|next (?:week|month|year)|shortly)\b)|(?:available|on (?:the )?market) (?:within|in the coming|by|from)\b|(?:has|holds) (?:full |an? )?(?:FDA|US|EU|European|Canadian|regulatory|marketing) (?:approval|authori[sz]ation|licen[cs]e)\b|(?:is|are) (?:now |currently |still )?(?:FDA|EU|EMA)[- ]approved\b|(?:now |also |already ){0,2}(?:have|has|gives?|gain(?:ed)?) access to\b|(?<!\b(?:patients|people|those|they|anyone|everyone|who|we|you)\b[^.;]{0,40})should (?:also )?be (?:added|considered|started|prescribed|tried)\b|(?:remain|stay)s? (?:a |the )?market leader|co-?pay (?:programme|program|assistance|support|card)|enrol(?:l)?ment form|start (?:their|your) patients on|(?:programme|program) (?:can|will) (?:provide|supply|cover))/i;

/** Obtaining the drug, not taking it: an offer that still stands beside a description ("can be ordered through specialty
 * pharmacies"), where "Patients take Relyvrio by mixing it into water" or "can be taken by mouth" are the description
 * itself. */
const OFFER =
  /\b(?:can (?:\w+ly |still |now |also )?be (?:ordered|prescribed|dispensed)|(?:is|are) (?:now |currently |widely |commercially )?available|on the market|co-?pay|enrol(?:l)?ment form|start (?:their|your) patients on|(?:programme|program) (?:can|will) (?:provide|supply|cover)|covered (?:by|under)|(?:my|our) patients (?:now |currently |still )?(?:take|use|receive|are on))\b/i;

/** A trial's report of the drug ("the trial showed it slows decline"): present tense, but not a claim that it is on offer. */
const TRIAL_REPORT =
  /\b(?:trial|study|studies|data|results?|analysis)\b[^.;]{0,70}?\b(?:show\w*|found|suggest\w*|report\w*|indicat\w*)\b/i;

/** The evidence denied or called insufficient: "not yet sufficient to show", "do not give … evidence that it works". */
const EVIDENCE_DENIED =
  /\b(?:not|no|never|insufficient|lack(?:s|ed|ing)?|without)\b[^.;]{0,50}\b(?:evidence|sufficient|enough|proof|proven|shown)\b/i;
/** An opinion someone held or argued in the past ("most panel members felt Amylyx had offered enough evidence to assume it
 * lengthens lives", "argued that … it works"): their view then, reported, not the writer's claim now. */
const OPINION_REPORTED =
  /\b(?:felt|believed|thought|argued|contended|judged|concluded|were persuaded|was persuaded|voted that)\b[^.;]{0,220}$/i;

/** The effect doubted, not told: "advisers remain unconvinced that the drug works", "sceptical that it helps". */
const EFFECT_DOUBTED =
  /\b(?:unconvinced|not convinced|sceptical|skeptical|doubt(?:s|ed|ful|ing)?|question(?:s|ed|ing)?)\b[^.;]{0,30}?\b(?:that|whether|if)\b/i;

/** The trial as the subject of a past report ("a phase 2 trial … reported a modest slowing"): what it found
 * stays true after a later trial fails; only the drug's benefit told as fact dates. */
const TRIAL_REPORTED = /\b(?:trial|study|analysis)\b[^.;]{0,60}?\b(?:reported|found|showed|observed|saw)\s+(?:an?|some|the)\b/i;

/** What a trial showed, told in the past ("helped slow the disease in its trial"): a report, not an offer. */
const PAST_REPORT = /\b(?:helped|slowed|extended|improved|reduced|delayed|showed|was shown|were shown|did)\b/i;
/** What the drug is or how it works ("a combination therapy designed to reduce …"): a description. */
const DESCRIBED =
  /\b(?:designed|intended|thought|believed|meant) to\b|\bworks by\b|\bhow (?!well\b)(?:[\w-]+ ){1,3}works\b|\b(?:test\w*|assess\w*|evaluat\w*|measur\w*|stud(?:y|ied|ies|ying)|see|find out|check\w*) (?:whether|if|how well)\b|\b(?:dose|dosing|doses|packets?|mg|grams?|tablets?|twice a day|once a day|feeding tube|by mouth|dissolv(?:ed|es|ing) in|mix(?:ed|es|ing)? (?:it |them )?(?:in|into|with) (?:water|liquid))\b/i;

/** A drug's form named as a product ("the tablet form of Radicava"): what is on offer, not how the drug is taken. */
const A_FORM_OF = /\b(?:the\s+)?(?:tablet|oral|liquid|intravenous|IV)\s+(?:form|version|formulation)\s+of\s+[A-Z][\w-]*/g;

/** What a drug is meant to do, not what it does. */
const PURPOSE = /\b(?:designed|intended|developed|thought|believed|meant|aims?|aimed) to\b|\bworks by\b/i;

/** "A newly approved therapy designed to slow ALS": the description comes with a status told as now. */
const NEWLY_APPROVED = /\b(?:is|are) (?:an? |the )?(?:newly|recently|just) approved\b/i;

/** The drug itself is named (one of its concepts or names), not only referred to as "it". */
function drugNamedIn(source: RuleInput['source'], claim: RuleInput['claim'], s: AnalyzedSentence): boolean {
  const drug = claim.about.all.length ? claim.about.all : source.topics;
  return drug.some((c) => s.has(c)) || (namesOf(source)?.test(s.text) ?? false);
}

/** The drug pointed to without its name: "it", "the drug", "this treatment". */
const DRUG_POINTED_TO =
  /\b(?:it|(?:the|this|that) (?:[\w-]+ )?(?:drug|medicine|medication|treatment|therapy|pill|powder|combination|approval))\b/i;

/** Drugs in general told as available: "which medicines are available", "what treatments are available". */
const GENERIC_DRUGS_AVAILABLE =
  /\b(?:few|no|limited|scarce)\s+(?:[\w-]+\s+){0,2}?(?:options|treatments|therapies|drugs|medicines)\s+(?:are\s+|being\s+)?available\b|\b(?:which|what|any|some|other|several|many)\s+(?:[\w-]+\s+)?(?:medicines|drugs|treatments|therapies|options|medications)\s+(?:are|were)\s+(?:now\s+|currently\s+|still\s+)?(?:available|approved|on offer)\b/i;
/** The same, every occurrence, to blank out before looking for an offer (compiled once, not per sentence). */
const GENERIC_DRUGS_AVAILABLE_ALL = new RegExp(GENERIC_DRUGS_AVAILABLE.source, 'gi');

/** A sentence that tells of the drug's withdrawal or failure. */
const WITHDRAWAL_TOLD =
  /\b(?:withdr[ae]w\w*|pull(?:s|ed|ing)?\b[^.;]{0,40}?\bmarkets?|removed from|taken off|off the market|no longer (?:available|sold|marketed|prescribed|on)|discontinu\w*|fail(?:ed|ure|s)\b|did not (?:meet|confirm|show))/i;

/** A withdrawal promised or weighed, not told: "Amylyx has pledged to withdraw the drug if PHOENIX fails", "would
 * consider pulling it". Such a sentence tells of no withdrawal. */
const WITHDRAWAL_ONLY_IF =
  /\b(?:if|unless|would|could|might|may|pledg\w*|promis\w*|commit\w*|vow\w*|consider\w*|plans? to|willing to|prepared to|offered to|whether)\b/i;

/** Per document, per (source, claim): the sentences about the drug that tell of its withdrawal or failure.
 * Found in one pass and kept, since scanning the document again for every sentence was quadratic. */
const tellersInDocument = perDocument<AnalyzedSentence[]>();
/** Per source: one regex for its names (built once, not per sentence). */
const namesBySource = new Map<string, RegExp>();

/** One regex for a source's names, any case (undefined when it has none). */
function namesOf(source: RuleInput['source']): RegExp | undefined {
  let names = namesBySource.get(source.id);
  if (!names && source.names.length)
    namesBySource.set(source.id, (names = new RegExp(`\\b(?:${source.names.map(escapeRegExp).join('|')})\\b`, 'i')));
  return names;
}

function withdrawalTellers(doc: DocumentView, source: RuleInput['source'], claim: RuleInput['claim']): AnalyzedSentence[] {
  return tellersInDocument(doc, `${source.id}\u0000${claim.id}`, () => {
    const drug = claim.about.all.length ? claim.about.all : source.topics;
    const names = namesOf(source);
    return doc.sentences.filter(
      (o) =>
        (drug.every((c) => o.has(c)) || (names?.test(o.text) ?? false)) &&
        WITHDRAWAL_TOLD.test(o.text) &&
        !WITHDRAWAL_ONLY_IF.test(o.text),
    );
  });
}

/** A present-tense use of the drug that the sentence asserts, not one it says is still to be shown ("supply
 * stronger evidence that it works"). */
function currentUseAsserted(text: string): boolean {
  // "its application for AMX0035 to treat ALS", "a medicine to slow the disease": a purpose, not a use; a use may
  // still follow or come before it ("may be prescribed to slow functional decline").
  // ("Shown to help", "able to slow" claim the effect.)
  // Any use the sentence asserts counts, not only the first word that looks like one.
  return [...text.matchAll(CURRENT_USE_ALL)].some(
    (m) => !PURPOSE_TO.test(text.slice(0, m.index)) && useAssertedAt(text, m.index),
  );
}

/** Reported speech before "would" shifts "will" back ("was told Relyvrio would slow things down"): told, not supposed. */
const REPORTED_JUST_BEFORE = /\b(?:told|said|says|say|heard|reported|claimed|believes?|thinks?|promised)\b[^.;]{0,30}$/i;

function useAssertedAt(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const modal = /\b(?:would|could|might|will)(?: (?:also|still|surely|certainly|likely|probably))? $/i.exec(before);
  return (
    !hypothesisBefore(text, at) &&
    !ANY_DRUG_BEFORE.test(before) &&
    // "doubts about whether it works", "had not made a convincing case that it works": asked or denied, not told.
    !/\b(?:whether|if)\b[^.;,]{0,40}$/i.test(before) &&
    !isNegatedAt(text, at) &&
    // "it will hopefully slow its progression": a hope, not a use.
    !/\b(?:hopefully|hopes?|hoped|hoping)\b[^.;]{0,30}$/i.test(before) &&
    // "therapies that would help people straight away", "will also help pave the way": what it would or will do, not a
    // use now (unless reported speech shifted "will" back just before).
    !(modal && !REPORTED_JUST_BEFORE.test(before.slice(0, modal.index))) &&
    !EFFECT_DOUBTED.test(before) &&
    !OPINION_REPORTED.test(before)
  );
}
const CURRENT_USE_ALL = new RegExp(CURRENT_USE.source, 'gi');
const PURPOSE_TO =
  /(?<!\b(?:shown|proven|proved|found|said|known|thought|believed|able|likely|appears?|seems?|reported|demonstrated|expected|continues?|continued|used)\s)\bto\s+$/i;

/** A rule about any drug, not this one: "exceptions …, for example when a drug … treats a serious disease". */
const ANY_DRUG_BEFORE =
  /\b(?:when|if|where|whenever|unless|once) (?:a|an|any) (?:[\w-]+ )?(?:drug|medicine|treatment|therapy|product)\b[^.;]*$/i;

const EXISTING_PATIENTS_ONLY =
  /\b(?:already (?:taking|on|using)|existing patients|current patients|patients currently (?:taking|on)|free[- ]drug (?:programme|program)|free of charge|no new (?:prescriptions|patients))\b/i;

/** A decision reported as made ("confirmed on 10 October that they had approved, under certain conditions, …"):
 * history, not an offer. */
const DECISION_REPORTED =
  /\b(?:confirmed|announced|said|reported|revealed|stated|tweeted|posted|wrote|noted|hailed|welcomed|celebrated)\b[^.;]{0,60}?\b(?:had|have|has)\s+(?:now\s+|just\s+)?(?:been\s+)?(?:approved|authori[sz]ed|licen[cs]ed|granted|cleared)\b/i;

/** An event told in the past with its date ("The commercial launch in Canada began on July 29, 2022"): history. */
const DATED_PAST_EVENT =
  /\b(?:made|saw|reported|posted|recorded|achieved|had)\b[^.;]{0,80}?\bin\s+(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter\b|\b(?:began|started|opened|launched|was launched|were launched|took place|happened)\b[^.;]{0,30}?\b(?:on|in)\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b/i;

/** A launch told in the past: "had launched", "was still launching". */
const PAST_LAUNCH = /\b(?:had|was|were)\s+(?:still\s+|been\s+)?launch(?:ed|ing)\b/i;

/** The sentence opens on a condition ("If …,", "Unless …,", "Should …,"): what follows holds only then. */
const ON_CONDITION_FIRST = /^\s*(?:[A-Z][\w.'’ -]{0,30}:\s*)?(?:if|unless|should|provided|once)\b[^,;]{3,120},/i;

function withdrawnAsCurrent(input: RuleInput): RuleOutcome {
  const { s, source, claim, doc } = input;
  if (source.status.state !== 'withdrawn' || DECISION_REPORTED.test(s.text) || DATED_PAST_EVENT.test(s.text)) return null;
  // "Amylyx had launched, and was still launching, extremely well": the launch told in the past.
  if (PAST_LAUNCH.test(s.text)) return null;
  // "If those negotiations succeed, provincial plans will pay for it": an offer on a condition, not one made. ("If your
  // person isn't on it yet, Relyvrio is available on prescription" tells the offer as now.)
  const condition = ON_CONDITION_FIRST.exec(s.text);
  if (condition && /\b(?:will|would|could|might|may)\b/i.test(s.text.slice(condition[0].length))) return null;
  if (PAST_STATUS.test(s.text) || s.has('withdrawal')) return { confirmed: 'The sentence tells of the withdrawal or failure.' };
  // The sentence must be about the drug for people with the disease, not an ingredient's other uses; a
  // sentence denying the evidence ("no evidence that it works") offers nothing.
  // (Or named in a count of the drugs approved now: "The FDA currently recognises three medicines: riluzole, edaravone
  // and Relyvrio".)
  // (Not an aim: "working towards a future in which everyone with ALS can get effective treatments".)
  const option =
    // ("With few viable treatment options available, …": other drugs' scarcity, not this one on offer.)
    (CURRENT_OPTION.test(s.text.replace(GENERIC_DRUGS_AVAILABLE_ALL, ' ')) && !ASPIRATION.test(s.text)) ||
    s.status('available') !== undefined ||
    (s.status('drug-count') !== undefined && drugNamedIn(source, claim, s));
  // An offer told of the drug pointed to ("the commercial launch and how quickly the drug is taken up") needs no name.
  const aboutTheDrug =
    s.has('als') || s.has('disease-ref') || drugNamedIn(source, claim, s) || (option && DRUG_POINTED_TO.test(s.text));
  // (A description beside an offer — "a powder mixed with water, … can be ordered through specialty pharmacies" — still
  // offers it.)
  if (
    EVIDENCE_DENIED.test(s.text) ||
    (DESCRIBED.test(s.text.replace(A_FORM_OF, '')) && !NEWLY_APPROVED.test(s.text) && !OFFER.test(s.text)) ||
    !aboutTheDrug
  )
    return null;

  // "Our pharmacists are often asked which medicines are available for ALS": medicines in general, not this one.
  if (!drugNamedIn(source, claim, s) && !DRUG_POINTED_TO.test(s.text) && GENERIC_DRUGS_AVAILABLE.test(s.text)) return null;
  // A present-tense verb ("helps", "works") speaks of the drug only where the sentence names it or points to
  // it: after a sentence about the drug, "the society says it will work with regulators" is about the society.
  if (!option && !drugNamedIn(source, claim, s) && !DRUG_POINTED_TO.test(s.text)) return null;
  if (!option && (!currentUseAsserted(s.text) || TRIAL_REPORT.test(s.text) || PAST_REPORT.test(s.text))) return null;
  // If the article tells of the withdrawal elsewhere, a present-tense description is not a claim that it is current.
  // Only a sentence about this drug that tells of a withdrawal or failure counts ("PHOENIX is under way" does not).
  const when = source.status.dates['withdrawal-announced'] ?? source.status.dates.withdrawn;
  // Unless the sentence offers it, in a document written after the withdrawal ("Relyvrio currently licensed in US and
  // Canada", "Relyvrio is the other main option to ask for", in 2026 pages that also tell of PHOENIX's failure): that
  // is wrong whatever else the document says.
  const writtenAfter = when !== undefined && doc.published !== undefined && doc.published > when;
  // The supply kept for patients already on it, told after the withdrawal ("people already taking the drug can get it
  // free"): how the withdrawal works, not an offer.
  if (writtenAfter && EXISTING_PATIENTS_ONLY.test(s.text)) return null;
  // (Not in a document whose headline, a title without a full stop, is the withdrawal, a letter announcing it: "Albrioza is indicated for adults with
  // ALS" there quotes the label being withdrawn.)
  const title = doc.sentences[0]?.text ?? '';
  const aboutTheWithdrawal = !/[.!?]\s*$/.test(title) && WITHDRAWAL_TOLD.test(title);
  const plainlyNowAfter = option && writtenAfter && !aboutTheWithdrawal;
  // A document dated before the withdrawal that tells of it anyway carries a later update (a banner above the old
  // text): the old text still tells the drug as current, as it was written.
  const writtenBefore = when !== undefined && doc.published !== undefined && compareDates(doc.published, when) < 0;
  const told = !writtenBefore && withdrawalTellers(doc, source, claim).some((o) => o !== s);
  if (told && !plainlyNowAfter) return null;
  const message = `Presented as a current treatment, but it was withdrawn${when ? ` on ${when}` : ''}.`;
  if (!when) return { fired: message };
  return datedOutcome(input, { date: when, what: 'the drug was withdrawn from the market' }, message);
}

/** A withdrawal told as likely or possible, not done: "it looks inevitable that it will be discontinued", "pulling it
 * from the market remains possible", "may be withdrawn". */
const WITHDRAWAL_EXPECTED =
  /\b(?:will|would|could|might|may|likely|unlikely|expected|inevitable|possib\w*|consider\w*|whether|set to|poised to|weigh\w*)\b/i;
/** A withdrawal promised on a condition ("will withdraw it if PHOENIX fails"), or told as done. */
const WITHDRAWAL_PLEDGED_OR_DONE =
  /\b(?:if|unless|pledg\w*|promis\w*|commit\w*|vow\w*|was|were|has been|have been|had been|withdrew|pulled it)\b/i;

/** A withdrawal told as still to come, in a document written before it happened: since then the drug has been
 * withdrawn. Undated, the sentence may be history ("analysts expected it to be pulled"), so it is not judged. */
function withdrawalToldAsToCome(input: RuleInput): RuleOutcome {
  const { s, source, claim, doc } = input;
  if (source.status.state !== 'withdrawn' || !s.has('withdrawal') || !doc.published) return null;
  if (!WITHDRAWAL_EXPECTED.test(s.text) || WITHDRAWAL_PLEDGED_OR_DONE.test(s.text) || /\bfail(?:ed|ure|s)?\b/i.test(s.text))
    return null;
  if (!drugNamedIn(source, claim, s) && !DRUG_POINTED_TO.test(s.text)) return null;
  const when = source.status.dates['withdrawal-announced'] ?? source.status.dates.withdrawn;
  if (!when || compareDates(doc.published, when) >= 0) return null;
  return datedOutcome(input, { date: when, what: 'the drug was withdrawn from the market' }, '');
}

/** "Riluzole is the only approved drug", "no other drug has been approved since": told as still so. */
const ONLY_ONE =
  /\b(?:(?:is|remains) (?:still )?the (?:only|sole|single|one and only)|no other (?:[\w-]+ ){0,2}(?:has|have) been (?:approved|licensed)|no new (?:[\w-]+ ){0,2}?(?:drug|medicine|treatment|therapy)s? (?:for [\w-]+ )?(?:has|have) (?:been (?:approved|licensed)|reached the market)|nothing (?:else |new )?has been (?:approved|licensed))\b/i;
/** Told as history: "until 2017, riluzole was the only…", "for two decades it was the only…". */
/** Told as the past: "was", "until", and what none had done before another drug ("No treatment approved before X had
 * targeted a genetic cause"). */
const AS_HISTORY =
  /\b(?:was|were|used to be|had been|until|for (?:\w+ )?(?:years|decades)|before [A-Z][\w-]+ (?:came|arrived|was)|had (?:ever )?(?:\w+ed|\w+en)|prior to)\b/i;

/** "The only riluzole formulation approved for feeding-tube use": one form of a drug among others, not the
 * only drug. */
const ONE_FORM =
  /\bthe (?:only|sole|single) (?:[\w-]+ ){0,2}?(?:formulations?|forms?|versions?|liquids?|suspensions?|generics?|brands?|tablets?|films?)\b/i;

/** The sentence names places, none of them where the claim's event happened: "In Europe, riluzole remains the only
 * licensed drug" is not contradicted by an approval in the US (it is judged by Europe's approvals, or not at all). */
function elsewhere({ s, claim }: RuleInput, places = placesIn(s.text)): boolean {
  if (!claim.happenedIn) return false;
  return (places.size > 0 || namesPlaceWithoutEvents(s.text)) && !places.has(claim.happenedIn);
}

function onlyOneToldAsCurrent(input: RuleInput): RuleOutcome {
  const { s, claim } = input;
  if (
    !claim.happenedBy ||
    elsewhere(input) ||
    claim.qualifiers.length > 0 ||
    !ONLY_ONE.test(s.text) ||
    ONE_FORM.test(s.text) ||
    AS_HISTORY.test(s.text) ||
    PAST_STATUS.test(s.text) ||
    s.has('withdrawal')
  )
    return null;
  const told = `Told as still the case, but it had changed by ${claim.happenedBy}.`;
  return datedOutcome(input, { date: claim.happenedBy, what: 'this changed' }, told);
}

/** Evidence told in the present as showing the drug works: "the data published today show that…". */
const EVIDENCE_SAYS_NOW =
  /\b(?:data|results|findings|evidence)\b[^.;]{0,60}?\b(?:show|shows|demonstrate|demonstrates|prove|proves|confirm|confirms) that\b/i;

/** A benefit told as shown in a document written before a larger study failed to confirm it ("the data show
 * the drug slows decline", in 2020, before the phase 3 failed in 2024). Needs the document's date: undated,
 * the sentence may be a history of the first trial. */
function laterContradicted(input: RuleInput): RuleOutcome {
  const { s, claim, doc } = input;
  const later = claim.supersededBy;
  if (!later?.verified || !doc.published || compareDates(doc.published, later.date) >= 0) return null;
  const benefit = efficacyClaim(s);
  // "It slowed the decline in the trial" reports what the trial measured, which stays true; "it slows ALS",
  // "the data show a benefit" speak of the drug itself.
  // "A significant slowing" speaks of a trial's statistics, which stay what they were.
  if (
    !benefit ||
    // What the drug is meant to do ("designed to reduce neuronal death") describes it; "may extend life" is still the
    // benefit told as the evidence stood, which the later trial overturned.
    PURPOSE.test(s.text) ||
    // "slowed the decline in the trial" reports it; "the data show that it delivered a benefit" claims it now.
    (/^\w+ed\b/i.test(benefit) && !EVIDENCE_SAYS_NOW.test(s.text)) ||
    EVIDENCE_DENIED.test(s.text) ||
    EFFECT_DOUBTED.test(s.text) ||
    OPINION_REPORTED.test(s.text.slice(0, Math.max(0, s.text.indexOf(benefit)))) ||
    TRIAL_REPORTED.test(s.text) ||
    /\bsignifican(?:t|tly|ce)\b/i.test(s.text)
  )
    return null;
  return datedOutcome(input, { date: later.date, what: later.what }, '');
}

export const superseded: Rule = {
  code: 'superseded',
  check(input) {
    // A study's record, linked without a claim: only its own dated status, not any claim's readings.
    // Named by its own name or registry ID: a status sentence only followed from context, or naming the study by a
    // descriptor ("the present phase 1 study"), may be another study's.
    if (input.recordOnly) {
      if (input.via === 'named' && namesStudyByName(input.source, input.s.text))
        return studyToldAsPending(input) ?? startToldAsPending(input) ?? publicationToldAsPending(input);
      // Followed, and standing for the study by its own distinctive concepts ("T cells react to a protein called
      // C9orf72, and their findings have not yet been published"): its paper told as still to come.
      const standsForIt = input.source.representative.some((set) => set.every((c) => input.s.has(c)));
      return input.via === 'context' && standsForIt ? publicationToldAsPending(input) : null;
    }
    // The market's claim judges counts of approved drugs only; the drug whose file holds it is not the subject.
    if (input.claim.marketCount) return countToldAsCurrent(input);
    // A claim about a form's approval date judges that alone: the drug's other status claims judge the rest.
    if (input.claim.formApproval?.date) return formToldAsUnavailable(input);
    return (
      withdrawalToldAsToCome(input) ??
      stillToCome(input) ??
      // A count for a named place is judged against that place's approvals, before the general "only one".
      countToldAsCurrent(input) ??
      onlyOneToldAsCurrent(input) ??
      noneForGroup(input) ??
      decisionToldAsPending(input) ??
      notApprovedToldAsNow(input) ??
      approvedOnlyInToldAsNow(input) ??
      investigationalToldAsPending(input) ??
      studyToldAsPending(input) ??
      successForecastOfFailedTrial(input) ??
      startToldAsPending(input) ??
      publicationToldAsPending(input) ??
      withdrawnAsCurrent(input) ??
      // (after the withdrawal: "Relyvrio, the newest ALS drug" is told above as a withdrawn drug on offer)
      newestToldAsNow(input) ??
      laterContradicted(input)
    );
  },
};

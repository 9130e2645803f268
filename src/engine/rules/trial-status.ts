// A trial told as still running, still to start or still unpublished after it reported, started or was published
// ("the trial is under way", "plans to start a phase 2", "the paper is yet to appear"). Part of the superseded rule;
// only verified records decide, and a past-tense frame or a negation near the pending words leaves a sentence alone.
import { RUNNING_STATUS_FIELD } from '../document-kind';
import type { SourceFile } from '../../claims/schema';
import { conceptsOfKind } from '../concepts';
import { compiled, escapeRegExp } from '../regexp';
import { withoutForecastComparisons } from '../status-frame';
import { compareDates } from '../timeline';
import { PHASE_TOLD, samePhase } from './design-facts';
import { datedOutcome, NEGATED, PAST_FRAME } from './pending-status';
import { isDrugName, namesAnotherTreatment, namesStudyItself } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

/** A trial spoken of as still running or not yet reported. */
const STUDY_PENDING =
  /\b(?:(?:recruitment |overall )?status of the (?:study|trial) (?:is|remains) (?:still |now |currently )?(?:active|recruiting|enrolling|not yet recruiting|ongoing)|(?:patients|participants|people|volunteers) (?:are|is) (?:now |currently |still )?being (?:recruited|enrolled|sought)|(?:is|are) (?:now |currently |still )?(?:accepting|seeking|looking for) (?:new )?(?:patients|participants|volunteers)|recruitment (?:status )?(?:is |remains )?(?:now |currently |still )?(?:open|ongoing|active|under ?way)|(?:is|are) (?:now |currently )?testing (?:whether|if)\b|(?:is|are) (?:now |currently |still )?in (?:an? |the |its )?(?:large |late-stage |pivotal )?phase\s+(?:[1-3]|I{1,3})\w* (?:trials?|testing|studies|study)\b|(?:has|have) (?:now |just |recently )?(?:moved|entered|advanced|progressed|gone) (?:in)?to (?:an? |the |its )?(?:large |late-stage |pivotal )?phase\s+(?:[1-3]|I{1,3})\w* (?:trials?|testing|studies|study)\b|(?:is|are) (?:still |currently |now )?(?:under ?way|ongoing|recruiting|enrolling|in progress|running|continuing)|\bis already (?:under ?way|ongoing|recruiting|enrolling|in progress|running)|(?:which|that) (?:still )?continues\b|(?:results?|data|findings|read-?outs?)(?: [\w-]+){0,3}? (?:is |are )?(?:still )?(?:expected|due|awaited|pending|anticipated)|(?:is|are) expected to (?:report|read out|finish|complete|confirm|show whether)|yet to (?:report|read out|finish|be completed)|expect(?:s|ed)? (?:to (?:report|announce|share) )?(?:top-?line |final |full )?(?:data|results|read-?outs?)|(?:is|are) due to (?:report|read out|complete|finish)|will be (?:posted|published|announced|reported|released)|(?:is|are) (?:still )?being (?:studied|tested|evaluated)|will (?:evaluate|assess|test|compare|enrol\w*|recruit)|pending (?:the )?(?:completion|results?|outcome|read-?out) of|when (?:it|they|the (?:trial|study)) (?:reports|reads out|finishes|completes|ends) (?:next|later|in (?:19|20)\d\d|this)|(?:the|its|an?) (?:still[- ]running|ongoing|continuing) (?:[\w-]+ ){0,3}?(?:trial|study)\b(?! (?:had|was|were)\b))\b/i;

/** "we will", "our team will": the writer's plan. */
const WRITERS_PLAN = /\b(?:we|I|our (?:team|group|lab|laboratory|study|project|consortium))\s+will\b/i;

/** The trial as the subject of a verb in the present progressive, whatever the verb: "the MIROCALS trial is testing
 * low-dose IL-2", "the study, run in 16 centres, is comparing …", "VALOR is enrolling" — a trial doing something now is
 * running. Or a centre "currently recruiting to" it. An adjective in -ing ("the trial is promising") is no verb. */
const TRIAL_PROGRESSIVE =
  /\b(?:(?:trial|study)|[A-Z][A-Z0-9-]{3,})(?:\s*\([^)]{1,40}\))?(?:,[^,;]{1,80},)?\s+(?:is|are)\s+(?:now |currently |still |already )?(?!(?:promising|encouraging|interesting|exciting|disappointing|surprising|striking|compelling|convincing|reassuring|worrying|misleading|amazing|intriguing|fascinating|confusing|nothing|something|anything|everything|missing|lacking|being (?:published|reported|presented|announced|described))\b)[a-z]{3,}ing\b|\b(?:currently|now|still) (?:recruiting|enrolling) (?:to|for|into|in|participants|patients|people)\b/;

/** A trial called by a name, as a name ("called ATLAS", "the ATLAS study"), none of the source's own names. */
const TRIAL_CALLED = /\b(?:called|named|known as|dubbed)\s+([A-Z][A-Z0-9-]{3,})\b|\b([A-Z][A-Z0-9]{3,})\s+(?:study|trial)\b/g;
function namesAnotherTrial(source: SourceFile, text: string): boolean {
  const own = source.names.map((n) => n.toUpperCase());
  return [...text.matchAll(TRIAL_CALLED)].some((m) => !own.includes((m[1] ?? m[2])!.toUpperCase()));
}

/** A trial's open-label extension, which goes on after its randomised phase has reported. */
const EXTENSION = /\b(?:open[- ]label|extension|OLE)\b/i;
/** The extension as what is still running: "an open-label extension, which has not yet finished". */
const EXTENSION_STILL_RUNNING = /\b(?:extension|OLE)\b,?\s+(?:which|that)\s+(?:is|has|remains)\b/i;

/** Trial acronyms among the source's names ("PHOENIX", "VALOR"), as they stand in a sentence. */
function trialAcronymIn(source: SourceFile, text: string): string | undefined {
  return source.names.find((n) => /^[A-Z][A-Z0-9-]{3,}$/.test(n) && !isDrugName(n) && new RegExp(`\\b${n}\\b`).test(text));
}

/** "A phase 2 trial of the company's treatment is under way": the study followed, told by its own phase (a 2b is a 2). */
function saysOwnPhase(source: SourceFile, text: string): boolean {
  const phase = source.design.phase;
  const m = /\bphase\s+(1\/2|2\/3|2a|2b|1|2|3)(?![\w/])[^.;]{0,10}?\b(?:trial|study)\b/i.exec(text);
  return phase !== undefined && m !== null && (m[1]!.toLowerCase() === phase || phase.startsWith(m[1]!));
}

/** The study as the sentence's subject: "The study is taking place at 55 sites", "The recruitment status of the study is
 * active", or its patients being recruited ("Patients are being recruited in Glasgow", "Recruitment is still open"), which
 * only a trial does. (A bare registry field, "Recruitment status: active", may be a study the database does not hold.) */
const THE_STUDY =
  /^\s*(?:(?:the|this) (?:[\w-]+ )?(?:study|trial)\b|(?:the )?(?:patients|participants|volunteers) (?:are|is) (?:now |currently |still )?being (?:recruited|enrolled)\b|(?:the |its )?recruitment\b|the (?:recruitment |overall )?status of the (?:study|trial)\b)/i;

const REPORTED_STATES = new Set<SourceFile['status']['state']>([
  'completed',
  'published',
  'approved',
  'withdrawn',
  'terminated',
  'failed',
]);

/** Results told as not out yet, a negation that is itself the pending status: "its results are not yet known", "the
 * results are still outstanding", "no results have been published yet". */
const RESULTS_NOT_YET =
  /\b(?:results?|findings|data|outcomes?)(?: [\w-]+){0,3}? (?:(?:is|are) (?:still |as yet )?(?:outstanding|unknown|not (?:yet )?(?:known|available|out|public|published|announced|reported|in))|(?:is|are)n['’]t (?:yet )?(?:known|available|out|public|published|announced|reported|in))\b|\b(?:results?|data|findings) (?:have|has)(?: not|n['’]t) (?:yet )?been (?:released|announced|published|reported|made public)\b|\bno (?:[\w-]+ )?(?:results?|data|findings)\b[^.;]{0,40}?\b(?:have|has) (?:yet )?been (?:released|announced|published|reported|posted|made public)\b|\b(?:still )?(?:awaiting|waiting for) (?:the |its |their )?(?:full |final |first )?(?:results?|data|read-?out)\b|\b(?:has|have)(?: not|n['’]t) (?:yet )?(?:announced|reported|released|published|shared|presented|revealed|said whether)\b|\byet to (?:publish|announce|share|present|release|reveal)\b|\b(?:whose|its|their|the) (?:results?|data|findings|read-?out) (?:[\w']+ ){1,3}?(?:still )?(?:waiting for|awaiting|waiting on)\b/i;

/** A regulator, appraiser or payer as the subject of what will be assessed. */
const AGENCY_SUBJECT =
  /\b(?:NICE|FDA|EMA|MHRA|CHMP|SMC|AWMSG|IQWiG|G-BA|HAS|regulators?|(?:the )?agency|insurers?|payers?|committee|government|NHS|health (?:authority|service|board|ministry))\b[^.;,]{0,40}$/;

export function studyToldAsPending(input: RuleInput): RuleOutcome {
  const { s, source, via, doc } = input;
  // The trial must be named: "the trial is ongoing" after it may be about another trial. In a dated
  // document, "the trial" followed from the study before is enough: the date says which results were due.
  // Undated, the sentence must point to the study it follows as its subject ("The study is taking place at 55
  // sites"): then it is that study's status, told as now.
  // In a registry record, a status field ("Recruitment Status: Recruiting") is the registered trial's status on the
  // record's date.
  const field = doc.kind === 'registry-record' && RUNNING_STATUS_FIELD.test(s.text);
  const followed =
    via === 'context' && (doc.published !== undefined || field || THE_STUDY.test(s.text) || saysOwnPhase(source, s.text));
  // "This experimental study, called ATLAS, is running": a trial named by a name that is not this study's is another one.
  if (namesAnotherTrial(source, s.text)) return null;
  if ((via !== 'named' && !followed) || !REPORTED_STATES.has(source.status.state)) return null;
  const met = source.primaryEndpoint?.met;
  // Whether it met its endpoint may be unsettled (a safety study, an underpowered comparison); that it has reported is
  // not, once its results are dated.
  const d = source.status.dates;
  const when = d.topline ?? d.published;
  if ((met === undefined || met === null) && !when) return null;
  // Named by a description rather than its acronym ("a larger trial in the UK and France"): its name, as followed.
  // A drug's name or product code ("AMX0035") may be any of its studies: only a description that names no drug counts.
  // Or the drug named with the trial's own phase ("Tofersen is in a phase 3 trial"): its file's trial.
  const described =
    via === 'named' &&
    (namesStudyItself(source, s) ||
      !conceptsOfKind('intervention').some((c) => s.has(c)) ||
      saysOwnPhase(source, s.text) ||
      // "Albrioza slowed progression in an early-phase study, and another trial is running": the drug's confirmatory
      // trial, its phase 3.
      (source.design.phase === '3' && CONFIRMATORY_TRIAL.test(s.text)));
  const name = trialAcronymIn(source, s.text) ?? (followed || described ? source.name : undefined);
  // "The results came later than expected": a comparison with a forecast, not a forecast.
  const text = withoutForecastComparisons(s.text);
  // A negation counts only near the pending words: "is being tested in a phase 2 trial and is not yet approved" still
  // tells the trial as running.
  const running = STUDY_PENDING.exec(text) ?? TRIAL_PROGRESSIVE.exec(text) ?? (field ? RUNNING_STATUS_FIELD.exec(text) : null);
  // The writer's own plan ("Aim 2: we will test whether baseline Treg function predicts decline"): a new study's aim,
  // not the status of the trial followed.
  if (running && /^will\b/i.test(running[0]) && WRITERS_PLAN.test(text.slice(0, running.index + 5))) return null;
  // An agency's appraisal to come ("NICE will assess the treatment through its STA route"): not the trial's.
  if (running && /^will\b/i.test(running[0]) && AGENCY_SUBJECT.test(text.slice(0, running.index))) return null;
  // "Treatments for MND: what is available and what is being tested": a free relative names whatever is being tested,
  // not this study.
  if (running && /\b(?:what|whatever)\s+$/i.test(text.slice(0, running.index))) return null;
  const pending =
    // ("active, not recruiting" is still running: its "not" is the field's value, not a denial)
    field ||
    (running !== null &&
      !PAST_FRAME.test(text) &&
      // "could join an open-label extension, which is still running": the extension runs on after the trial reported.
      !EXTENSION.test(text.slice(Math.max(0, running.index - 60), running.index)) &&
      // "to withdraw the drug if it failed to show efficacy in the ongoing phase 3 trial": said inside a condition
      !/\b(?:if|unless|whether)\b[^.;,]*$/i.test(text.slice(0, running.index)) &&
      !NEGATED.test(text.slice(Math.max(0, running.index - 25), running.index + running[0].length))) ||
    // "have not yet said whether that endpoint was met": the past tense is the question's, not the sentence's.
    (RESULTS_NOT_YET.test(text) && !PAST_FRAME.test(text.replace(/\b(?:whether|if)\b[^,;]*/gi, ' '))) ||
    // (not "an open-label extension, which has not yet finished": the extension's status, told of it alone)
    (s.status('results-pending') !== undefined && !EXTENSION_STILL_RUNNING.test(text));
  if (!name || !pending) return null;
  // "the ongoing phase 3 trial" after a phase 2 trial: another trial's status (its phase says which).
  const phaseTold = running
    ? PHASE_TOLD.exec(text.slice(Math.max(0, running.index - 10), running.index + running[0].length + 30))
    : null;
  if (phaseTold && source.design.phase && !samePhase(phaseTold[1]!, source.design.phase)) return null;
  // Told as running now ("is already treating patients"), not as planned or awaited, before the trial had started: that
  // was wrong when written.
  const pub = doc.published;
  if (
    pub &&
    d.started &&
    compareDates(pub, d.started) < 0 &&
    running !== null &&
    !/\b(?:will|expect\w*|due|yet to|pending|when)\b/i.test(running[0])
  )
    return { fired: `Told as already under way, but ${name} started only on ${d.started}.`, as: 'wrong-fact' };
  // On a page dated after the top-line and before the paper, what was still awaited was the full results: the
  // sentence was right then and is outdated since the paper ("ILTOO is currently waiting for the data", 2023).
  if (pub && d.topline && d.published && compareDates(pub, d.topline) > 0 && compareDates(pub, d.published) < 0)
    return datedOutcome(
      input,
      { date: d.published, what: `${name}'s full results were published` },
      `Told as still awaited, but ${name}'s full results were published on ${d.published}.`,
    );
  const outcome = met === true ? ': its primary endpoint was met' : met === false ? ': its primary endpoint was not met' : '';
  const told = `Told as still running, but ${name} has already reported${when ? ` (${when})` : ''}${outcome}.`;
  // The trial itself told as running ("is ongoing", "is recruiting", "Status: Recruiting"), not its results as awaited:
  // that stopped being true when the trial ended, before it reported.
  const trialRunning =
    running !== null &&
    !/\b(?:results?|data|findings|read-?outs?|top-?line|report\w*|publish\w*|posted)\b/i.test(
      text.slice(Math.max(0, running.index - 60), running.index + running[0].length),
    ) &&
    !RESULTS_NOT_YET.test(text);
  if (trialRunning && d.completed && when && compareDates(d.completed, when) < 0)
    return datedOutcome(
      input,
      { date: d.completed, what: `${name} was completed` },
      `Told as still running, but ${name} was completed on ${d.completed} (it reported in ${when}).`,
    );
  if (!when) return { fired: told };
  return datedOutcome(input, { date: when, what: `${name} reported its results` }, told);
}

/** A later trial of the drug told after an earlier one: "another trial", "a larger study", "the confirmatory trial". */
const CONFIRMATORY_TRIAL =
  /\b(?:another|(?:a|the) (?:larger|bigger|second|confirmatory|follow-up|later|new)) (?:[\w-]+ )?(?:trial|study)\b/i;

/** A trial's start told as still to come: "is expected to start enrolling later this year", "plans to start". */
const TO_START =
  /\b(?:(?:is|are) (?:now |currently )?planning (?:an? |to (?:start|begin|launch|run) )|(?:trial|study)\b[^.;]{0,80}?\b(?:is|are) (?:now |currently |still )?(?:in preparation|being (?:planned|prepared|set up|designed)|in the planning stages?)(?! for (?:publication|submission|the journal))|(?:is|are) (?:now |currently )?(?:getting ready|gearing up|preparing) to (?:start|begin|launch|open|run)|(?:is|are) (?:expected|set|due|scheduled|planned|poised|likely|about|yet) to (?:start|begin|open|launch)|(?<!\b(?:patients|people|participants|nobody|no one|who) )will (?:start|begin|open)(?! (?:the |taking |on |using )?(?:drug|medicine|treatment|therapy|it|them)\b)|plans? to (?:start|begin|launch|open|run)|plans? an? (?:[\w-]+ ){0,3}?(?:phase\s*\w+ )?(?:trial|study)|(?:is|are) (?:guiding|preparing) (?:to|for) an? (?:[\w-]+ ){0,2}?(?:phase\s*\w+|trial|study))\b/i;
/** "No COYA 302 phase 2 has started yet": the start denied as of now (NEGATED would take it for a denial of the plan). */
const NOT_YET_STARTED =
  /\bno (?:[\w-]+ ){0,3}?(?:phase\s*\w+|trial|study) (?:has|had) (?:yet )?(?:started|begun|opened)|(?:has|have)(?: not|n['’]t) (?:yet )?(?:started|begun|opened)\b/i;

/** A trial told as still to start after it started: the study's `status.dates` holding "<trial>-start" (or "started"
 * for the study itself), the trial named in the sentence. */
export function startToldAsPending(input: RuleInput): RuleOutcome {
  const { s, source, via } = input;
  const notYet = NOT_YET_STARTED.test(s.text);
  if ((!TO_START.test(s.text) || NEGATED.test(s.text)) && !notYet) return null;
  if (PAST_FRAME.test(s.text.replace(NOT_YET_STARTED, ''))) return null;
  // The file's recorded starts: "<trial>-start", or "started" for the study itself.
  const starts = Object.entries(source.status.dates)
    .map(([key, date]) => ({ date, m: /^(?:(.+)-)?start(?:ed)?$/.exec(key) }))
    .filter((x) => x.m !== null);
  for (const { date, m } of starts) {
    const trial = m![1];
    // The trial by its name, or (when the file records one trial's start) the study named with a trial still to come
    // ("Coya plans a placebo-controlled phase 2 trial of COYA 302", "no COYA 302 phase 2 has started").
    const named = trial
      ? compiled(`\\b${escapeRegExp(trial)}\\b`, 'i').test(s.text) ||
        (via !== 'standalone' && starts.length === 1 && /\b(?:trial|study|phase\s*\w+)\b/i.test(s.text))
      : via === 'named';
    if (!named) continue;
    const name = trial ? trial.toUpperCase() : source.name;
    return datedOutcome(input, { date, what: `${name} started` }, `Told as still to start, but ${name} started in ${date}.`);
  }
  // No start recorded, but results are: a trial that has reported had started by then. Only for the study named by
  // itself (its name or its own descriptors), since the date says nothing of its other trials.
  const d = source.status.dates;
  const reported = d.topline ?? d.completed ?? d.published;
  if (starts.length === 0 && reported && via === 'named' && !notYet)
    return datedOutcome(
      input,
      { date: reported, what: `${source.name} had already reported its results` },
      `Told as still to start, but ${source.name} reported its results on ${reported}.`,
    );
  return null;
}

/** Results spoken of as not yet in a journal. */
const PUBLICATION_PENDING =
  /\b(?:(?:yet|still) to (?:appear|be published|be peer[- ]reviewed|come out)|(?:is|are) (?:being |now )?(?:prepared|written up|submitted) for publication|(?:is|are) (?:still |now )?(?:under|in) (?:peer[- ])?review at\b|(?:is|are|remains?) (?:still )?unpublished|(?:awaiting|awaits|waiting for) (?:full )?publication|(?:still )?(?:awaiting|waiting (?:for|on)) (?:the |its |their )?(?:[A-Z][\w-]+ )?(?:full |final )?(?:paper|write-?up|journal article|peer-reviewed (?:paper|article|report))|(?:is|are) still waiting for (?:the |its |their )?(?:full |final )?(?:[A-Z][\w-]+ )?results|not (?:yet )?(?:been )?published|(?:has|have)n['’]t (?:yet )?been published|(?:has|have) (?:still )?not (?:yet )?appeared|(?:still )?(?:hasn['’]t|haven['’]t) (?:yet )?appeared|(?:paper|publication|article|report)\b[^.;]{0,30}\b(?:is|are) (?:still )?(?:awaited|pending|to come|expected|due)|until (?:the |its |their |a )?(?:[\w-]+ ){0,3}?(?:paper|analysis|results?|data|findings|article|report)s? (?:is|are) published)\b/i;

/** The unpublished state told as past: "had yet to appear", "was unpublished until 2025". */
const PUBLICATION_PAST =
  /\b(?:had (?:yet|still|not)|(?:was|were) (?:still |then )?(?:unpublished|awaiting|yet to)|until(?! (?:(?:the |its |their |a )?(?:[\w-]+ ){0,3}?(?:paper|analysis|results?|data|findings|article|report)s?|it|they) (?:(?:is|are) (?:published|out|released)|appears?|comes? out)\b)|at the time|back then|as of (?:early |late )?20\d\d)\b/i;

export function publicationToldAsPending(input: RuleInput): RuleOutcome {
  const { s, source, via } = input;
  // Whose paper is still to come must be known: a sentence linked on its concepts alone that names another treatment
  // ("RAPA-501 … has not published efficacy results") is about that one's paper.
  if (via === 'standalone' && namesAnotherTreatment(source, s)) return null;
  const published = source.status.dates.published;
  const pending = PUBLICATION_PENDING.test(s.text) || s.status('publication-pending') !== undefined;
  if (!published || !pending || PUBLICATION_PAST.test(s.text)) return null;
  const told = `Told as still unpublished, but ${source.name} was published on ${published}: ${source.citation}`;
  return datedOutcome(input, { date: published, what: `${source.name} was published` }, told);
}

// Concrete facts that contradict the source: where the trial ran, how many took part (count-bounds.ts
// for "more than N"), where a drug
// is approved and on what (approval-facts.ts, approval-scope.ts), whether the primary endpoint was met
// (endpoint-facts.ts), its design and phase (design-facts.ts), results that do not exist
// (results-facts.ts), the size of a survival gain (magnitude-facts.ts), the year of a dated event
// (event-dates.ts), the journal it appeared in (journal-facts.ts), what a form of the drug was approved on
// (form-approval.ts), how the treatment was given and by which route (dose-facts.ts), what an advisory committee voted (advisory-votes.ts), how many live with the disease (prevalence-facts.ts), the stage of disease it enrolled (stage-facts.ts), the share of all cases a form of the disease accounts for (population-share.ts), an outcome only predicted told as observed (predicted-outcome.ts).
// Only verified facts decide.
import type { SourceFile } from '../../claims/schema';
import { checkApprovals } from './approval-facts';
import { checkRefusal } from './refusal-facts';
import { checkFirstApproved } from './first-approved';
import { checkApprovalBasis, checkApprovalEvidence, checkApprovalScope } from './approval-scope';
import { checkCountBounds } from './count-bounds';
import { checkAllocation } from './allocation-facts';
import { checkCentres } from './centres-facts';
import { checkDeaths, checkSurvivalShown } from './deaths-facts';
import { checkDuration } from './duration-facts';
import { checkFunding } from './funding-facts';
import { checkGroupBenefit } from './group-benefit';
import { checkEligibility } from './eligibility-facts';
import { checkDesign, samePhase } from './design-facts';
import { checkEndpoint } from './endpoint-facts';
import { checkEventDate } from './event-dates';
import { checkAdvisory } from './advisory-votes';
import { checkDosing, checkRoute } from './dose-facts';
import { checkFormApproval } from './form-approval';
import { checkPopulationShare } from './population-share';
import { checkPredictedOutcome } from './predicted-outcome';
import { checkPrevalence } from './prevalence-facts';
import { checkFurthestPhase } from './furthest-phase';
import { checkStage } from './stage-facts';
import { checkJournal } from './journal-facts';
import { checkDeathRiskReduction, checkSurvivalGain } from './magnitude-facts';
import { checkResultsExist } from './results-facts';
import { checkCells, checkTargets } from './cell-facts';
import { checkSafety } from './safety-facts';
import { checkSpecies } from './species-facts';
import { datedByOtherYear } from '../study-years';
import { canonicalCountry, countriesIn, EUROPEAN, lastCountryEnd } from './countries';
import { conceptsIn, conceptsOfKind } from '../concepts';
import { namedOnlyByDrug, namesStudyItself } from './study-names';
import type { Rule, RuleInput, RuleOutcome } from './types';
import { checkCitationPair } from './citation-pair';
import { checkImprovement } from './improvement-facts';

/** Many countries, unnamed: "across Europe", "in loads of countries", "several European countries". */
const MANY_COUNTRIES =
  /\bacross (?:all of |the whole of )?Europe\b|\b(?:many|several|multiple|numerous|loads of|lots of|a dozen|dozens of|a number of|[3-9]|[12]\d|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:other )?(?:European |different )?countries\b|\bEurope-wide\b|\bpan-European\b/i;
/** The trial run or recruited there, just before the places: "was run at hospitals in", "recruited patients across". */
const RAN_AT = /\b(?:run|ran|conducted|carried out|recruit\w*|enrol\w*|took place|held|tested)\b[^.;]{0,50}$/i;
const LOCATION_CONTEXT =
  /\b(?:conducted|carried out|run|ran|(?:is|are|was|were) (?:also )?running|running also|recruit\w*|enrol\w*|took place|(?:was|were|is|are|being) held|sites?|centres?|centers?|clinics?|hospitals?|countries|nations|(?:study|trial)\s+(?:was|were)\s+(?:made|done|performed)|(?:included|involved) (?:patients|people|participants) (?:in|from))\b/i;
/** The trial or its patients as what the sentence speaks of (or "it", the trial followed). */
const TRIAL_OR_PATIENTS =
  /\b(?:trials?|stud(?:y|ies)|it|its|they|patients|participants|people|volunteers|subjects|recruit\w*|enrol\w*)\b/i;
/** People who speak or decide, not participants: specialists, executives, officials, a panel. */
const OTHER_PEOPLE =
  /\b(?:specialists|experts|executives|officials|doctors|neurologists|physicians|clinicians|panel(?:lists)?|advisers|advisors|speakers|leaders|representatives)\b/i;
/** Where a drug is on the market, and where a trial recruited. */
const SOLD_IN =
  /\b(?:sold|marketed|launched|licen[cs]ed|approved|approval|available|prescribed|brand(?:ed)? names?|on the market|import(?:s|ed|ing)?|imported)\b/i;
const RECRUITED_IN =
  /\b(?:recruit\w*|enrol\w*|conducted|carried out|took place|trial sites?|study sites?|participants|patients in the (?:trial|study))\b/i;
/** "conducted on 137 patients in Japan and in Europe": Europe as a place the trial ran. */
/** Just before such a place: the trial ran or recruited there ("conducted on 137 patients", "is running"), not
 * "neurologists from centres across Europe". */
const TRIAL_RAN = /\b(?:conducted|carried out|run|ran|running|recruit\w*|enrol\w*|took place|patients|participants)\b/i;
const IN_EUROPE = /\b(?:in|across|throughout|around) (?:\w+ )?Europe\b/;
const ABOUT = '(?:about |around |approximately |some |nearly |almost |just |something like |roughly )?';
const N = '(\\d{1,3}(?:,\\d{3})*|\\d+)';
/** "enrolled 600 patients", "a study of 600 patients", "a 600-patient trial". "More than 400" is not a count. */
const COUNT = new RegExp(
  [
    `\\b(?:involv\\w*|enrol{1,2}\\w*|recruit\\w*|includ\\w*|randomi[sz]\\w*|studied|tested (?:in|on)|treated|followed|tracked|monitored)\\s+${ABOUT}${N}\\s+(?:[\\w-]+\\s+){0,3}?(?:patients|participants|people|subjects|volunteers|adults)\\b`,
    `\\b(?:trial|study)\\s+(?:of\\s+(?:[\\w-]+\\s+){1,3}?(?=with|in|involving))?(?:of|in|with|involving|had|has|included|includes)\\s+${ABOUT}${N}\\s+(?:[\\w-]+\\s+){0,2}?(?:patients|participants|people|subjects|volunteers|adults)\\b`,
    // "tested tofersen in 300 patients", "gave the drug to 220 people", "infused Tregs into 12 patients"
    `\\b(?:tested|studied|trialled|trialed|evaluated|assessed|gave|given|infused|injected)\\s+(?:[\\w-]+\\s+){1,3}?(?:in|to|on|into)\\s+${ABOUT}${N}\\s+(?:[\\w-]+\\s+){0,3}?(?:patients|participants|people|subjects|volunteers|adults)\\b`,
    // "gave 72 patients three monthly cycles": the patients as the first object of "gave"
    `\\b(?:gave|gives|offered|treated)\\s+${ABOUT}${N}\\s+(?:[\\w-]+\\s+){0,2}?(?:patients|participants|people|subjects|volunteers|adults)\\b`,
    `\\b${N}-(?:patient|person|participant|subject)\\s+(?:[\\w-]+\\s+){0,2}?(?:trial|study)\\b`,
    // A fragment that is only a size, as in a transcript's answer: "About 300 patients across Europe."
    `^\\s*(?:[A-Z][A-Z.'’ -]{0,30}:\\s*)?(?:about|around|roughly|some|nearly|almost|over|just over)?\\s*${N}\\s+(?:patients|participants|people|volunteers)(?:\\s+(?:in|across|at|from)\\s+(?:(?!\\b(?:have|has|had|live|lives|living|are|is|were|was|die|dies|died|get|gets|develop|develops|with)\\b)[\\w ,'’-]){1,40})?[.!]?\\s*$`,
    // "PHOENIX only had around 300 people in it"
    `\\b(?:had|has)\\s+(?:only\\s+|just\\s+)?${ABOUT}${N}\\s+(?:[\\w-]+\\s+){0,2}?(?:patients|participants|people|subjects|volunteers|adults)\\s+(?:in it|in the (?:trial|study)|taking part|enrolled)\\b`,
    // A citation, then the size, as in lecture notes: "Bensimon et al., NEJM 1994, 959 patients, one-year survival …"
    `(?:\\b(?:19|20)\\d\\d|\\bet al\\.?)[,;:]\\s+${N}\\s+(?:patients|participants|people|subjects)\\b(?=\\s*[,;.)]|\\s+(?:randomi[sz]ed|enrolled|in)\\b)`,
    // "In total, 304 patients were randomised", "with a dozen patients treated"
    `(?:^|[^\\d,.])${N}\\s+(?:[\\w-]+\\s+){0,2}?(?:patients|participants|people|subjects|volunteers|adults)\\s+(?:(?:were|had been|have been)\\s+)?(?:randomi[sz]ed|enrolled|recruited|included|treated)\\b`,
    // "Some 500 people took part", "300 volunteers signed up"
    `(?:^|[^\\d,.])${ABOUT}${N}\\s+(?:[\\w-]+\\s+){0,2}?(?:patients|participants|people|subjects|volunteers|adults)\\s+(?:took part|participated|joined|signed up)\\b`,
    // "The 500 patients in the trial", "half of the 500 participants in the study": everyone in it, counted
    `\\b(?:the|all(?: of the)?|half of the|each of the)\\s+${N}\\s+(?:[\\w-]+\\s+){0,2}?(?:patients|participants|people|subjects|volunteers|adults)\\s+(?:in|of|enrolled in|who took part in)\\s+(?:the|this|that)\\s+(?:trial|study)\\b`,
  ].join('|'),
  'i',
);

/** A laboratory study's size: "tested blood from 40 patients", "blood samples from 40 people with ALS". Read only where
 * the sentence names the study or its subject is the study's team ("They tested blood from…"): another finding in the
 * article ("analyses of samples from 89 patients") may be another study's. */
const LAB_SIZE = new RegExp(
  `\\b(?:blood|samples?|cells|tissue|specimens)\\s+(?:[\\w-]+\\s+){0,2}?(?:from|of)\\s+${ABOUT}${N}\\s+(?:[\\w-]+\\s+){0,3}?(?:patients|participants|people|subjects|volunteers|adults|donors)\\b`,
  'i',
);
const LAB_TEAM =
  /^\s*(?:[A-Z][\w .'’-]{0,30}:\s*)?(?:(?:so|and|but|also),?\s+)?(?:they|the (?:team|researchers|scientists|authors|investigators|study|paper|work))\b/i;

const RANDOMISED = /\brandomi[sz]/i;

/** Partners, not recruitment: "in collaboration with research groups in Italy and Sweden". */
const COLLABORATORS =
  /\b(?:collaborat\w*|partners?(?:hip)?|consortium|research groups?|institutions?|universit(?:y|ies)|funders?|funded|sponsors?|laborator(?:y|ies)|labs?)\b/i;

/** A country or nationality that qualifies who acts, not where patients were: "a US company", "British researchers",
 * "the American drugmaker". */
const NATIONALITY_OF_ACTOR =
  /\b(?:[A-Z][\w.]*\s+){1,2}(?=(?:[\w-]+\s+)?(?:company|companies|firm|biotech\w*|drugmakers?|pharma\w*|manufacturers?|makers?|team|researchers|scientists|investigators|regulators?|agency|group|start-?ups?|investors?|sponsors?)\b)/g;

/** The trial the drug's approval rests on, named through the drug: "edaravone's main trial", "the pivotal study". */
const DRUGS_OWN_TRIAL =
  /['’]s?\s+(?:pivotal|main|key|original|first|registration|approval|phase 3)\s+(?:trial|study)\b|\b(?:pivotal|registration)\s+(?:trial|study)\b/i;

/** "The edaravone trial": the drug's trial, by the definite article and the drug's name before "trial". */
function theDrugsTrial(text: string): boolean {
  const drugs = conceptsOfKind('intervention');
  for (const m of text.matchAll(/\bthe\s+([\w-]+)\s+(?:trial|study)\b/gi)) {
    const here = conceptsIn(m[1]!);
    if (drugs.some((c) => here.has(c))) return true;
  }
  return false;
}

function checkCountries(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  const where = source.design.countries;
  if (!where || where.length === 0 || !LOCATION_CONTEXT.test(s.text)) return null;
  // Named only through its drug ("the phase 3 study, run in Europe, tested an oral form of edaravone"): the drug's other
  // trials (ADORE, in Europe) may be the one told.
  // (Not "edaravone's main trial", "the pivotal trial": the drug's own trial, the one on record.)
  if (namedOnlyByDrug(input) && !DRUGS_OWN_TRIAL.test(s.text) && !theDrugsTrial(s.text)) return null;
  // "it had been sold as an injection in Japan, the United States and other countries": where the drug is sold, not
  // where its trial recruited, unless the sentence says so.
  if (SOLD_IN.test(s.text) && !RECRUITED_IN.test(s.text)) return null;
  // Countries of the trial's partners are not where it recruited: only the part before any partner wording counts.
  const partners = COLLABORATORS.exec(s.text);
  // Nor is a nationality given to a company or team ("a US company has just begun enrolling …").
  const text = (partners ? s.text.slice(0, partners.index) : s.text).replace(NATIONALITY_OF_ACTOR, (m) => ' '.repeat(m.length));
  if (!LOCATION_CONTEXT.test(text)) return null;
  // Followed from context, a sentence about people other than the trial's patients places them, not the trial: "Two
  // specialists from leading US clinics held a discussion".
  if (input.via === 'context' && !TRIAL_OR_PATIENTS.test(text) && OTHER_PEOPLE.test(text)) return null;
  const named = countriesIn(text);
  const allowed = new Set(where.map(canonicalCountry));
  // A trial that recruited in no European country, told as run in Europe.
  const europe = IN_EUROPE.exec(text);
  const ranThere = europe && TRIAL_RAN.test(text.slice(Math.max(0, europe.index - 60), europe.index));
  if (europe && ranThere && !source.design.recruitedBeyond && ![...allowed].some((c) => EUROPEAN.has(c)))
    return {
      fired: `${source.name} recruited only in ${[...allowed].join(' and ')}; not in Europe.`,
      span: { start: 0, end: europe.index + europe[0].length },
    };
  if (named.length === 0) return null;
  const wrong = named.filter((c) => !allowed.has(c));
  // "at about 65 sites, all in the United States": the places named as the only ones, for a trial that recruited in more.
  const onlyThere = /\b(?:all|only|exclusively|just|solely)\s+(?:of them\s+)?(?:in|from|at sites in)\s+(?:the\s+)?[A-Z]/.test(
    text,
  );
  // Countries recorded only in part ("sites in the US and Europe"): a country named may be one not recorded, so only
  // the places named as the only ones are judged.
  const beyond = source.design.recruitedBeyond;
  if (beyond?.verified) {
    if (wrong.length === 0 && onlyThere)
      return {
        fired: `${source.name} recruited in ${[...allowed].join(', ')} and ${beyond.region}, not only in ${named.join(' and ')}.`,
      };
    return null;
  }
  const missing = [...allowed].filter((c) => !named.includes(c));
  if (wrong.length === 0 && onlyThere && missing.length > 0 && named.length < allowed.size)
    return { fired: `${source.name} recruited in ${[...allowed].join(', ')}, not only in ${named.join(' and ')}.` };
  if (wrong.length === 0) return { confirmed: `${source.name} did recruit in ${named.join(' and ')}.` };
  return {
    fired: `${source.name} recruited only in ${[...allowed].join(' and ')}; not in ${wrong.join(', ')}.`,
    span: { start: 0, end: lastCountryEnd(text) },
  };
}

/** "Run at hospitals in loads of countries across Europe" for a trial that recruited in two (after the exact checks:
 * a wrong size or a wrong country named says more). */
function checkManyCountries({ s, source }: RuleInput): RuleOutcome {
  const where = source.design.countries;
  if (!where || where.length === 0 || where.length > 2 || source.design.recruitedBeyond || countriesIn(s.text).length > 0)
    return null;
  const partners = COLLABORATORS.exec(s.text);
  const text = partners ? s.text.slice(0, partners.index) : s.text;
  const many = MANY_COUNTRIES.exec(text);
  if (!many || !RAN_AT.test(text.slice(Math.max(0, many.index - 60), many.index))) return null;
  if (/\b(?:partners?|researchers?|scientists?|teams?|groups?)\b/i.test(text)) return null;
  return { fired: `${source.name} recruited only in ${where.map(canonicalCountry).join(' and ')}, not ${many[0]}.` };
}

/** Every number the source's own record mentions (arm sizes, registry enrolment…): none of them is "wrong". */
function knownNumbers(source: SourceFile): Set<number> {
  const text = JSON.stringify({ d: source.design, r: source.results, s: source.status });
  return new Set([...text.matchAll(/\d+/g)].map((m) => Number(m[0])));
}

function labSize({ s, source, via }: RuleInput): RegExpExecArray | null {
  if (via === 'context' && !LAB_TEAM.test(s.text) && !namesStudyItself(source, s)) return null;
  return LAB_SIZE.exec(s.digits());
}

/** A size planned rather than reached. */
const PLANNED_SIZE =
  /\b(?:designed|planned|intended|meant|set up)\s+(?:as|to (?:enrol|enroll|recruit|include|test))\b|\b(?:aims?|aimed|aiming|plans?|planning|hopes?|hoping|expects?|expected|seeks?|seeking)\s+to\s+(?:enrol|enroll|recruit|include)\b|\btarget(?:ed)?\s+(?:of|enrol\w*|size|was)\b/i;

function checkCount(input: RuleInput): RuleOutcome {
  const { s, source, via, related = [] } = input;
  const n = source.design.n;
  if (!n?.verified || via === 'standalone' || namedOnlyByDrug(input)) return null;
  const m = COUNT.exec(s.digits()) ?? labSize(input);
  if (!m) return null;
  const stated = Number(
    m
      .slice(1)
      .find((g) => g !== undefined)!
      .replace(/,/g, ''),
  );
  if (stated === n.value) return { confirmed: `${source.name} did include ${n.value} participants.` };
  // A planned size ("designed as a trial in 12 participants", "aims to enrol 800") may differ from the enrolled one.
  if (PLANNED_SIZE.test(s.text)) return null;
  // "the 36-patient IMODALS trial": a size set before another study's name is that study's.
  const after = s.digits().slice(m.index + m[0].length, m.index + m[0].length + 25);
  const nameAfter =
    /^\s*(?:in\s+|of\s+|the\s+){0,2}([A-Z][A-Z0-9-]{3,})\s+(?:trial|study)\b/.exec(after)?.[1] ??
    /-(?:patient|person|participant|subject)\s+(?:[a-z-]+\s+)?([A-Z][A-Z0-9-]{3,})\b/.exec(m[0])?.[1];
  if (nameAfter && !source.names.some((n) => n.toUpperCase() === nameAfter.toUpperCase())) return null;
  // "a 155-patient study published in 1994, and a dose-ranging study of 959 patients": the size's own phrase dates
  // it by a year this study does not have; it is another study's size.
  const phrase = s
    .digits()
    .slice(m.index, m.index + m[0].length + 80)
    .split(/;|,\s+and\b|\band an?\b/)[0]!;
  if (datedByOtherYear(source, phrase)) return null;
  // "based on a phase 2 trial of 137 people, and a larger phase 3 called PHOENIX": the size and phase of a related trial
  // (the drug's phase 2), not this one's.
  const phaseBefore = /\bphase\s+(1\/2|2\/3|2a|2b|1|2|3|I{1,3})\b[^.;,]{0,30}$/i.exec(
    s.digits().slice(Math.max(0, m.index - 40), m.index),
  );
  const relatedOfPhase = related.some(
    (r) => r.design.n?.value === stated && r.design.phase !== undefined && samePhase(phaseBefore?.[1] ?? '', r.design.phase),
  );
  if (phaseBefore && relatedOfPhase && source.design.phase && !samePhase(phaseBefore[1]!, source.design.phase)) return null;
  // "about 650 patients" for 664: an approximation within a tenth is the right size.
  if (
    /\b(?:about|around|approximately|some|nearly|almost|roughly|something like)\s+\d/i.test(m[0]) &&
    Math.abs(stated - n.value) <= n.value / 10
  )
    return { confirmed: `${source.name} included ${n.value} participants, about that many.` };
  // The registry's total enrolment: right as "enrolled", wrong as the number randomised.
  const registry = source.design.registryEnrollment;
  if (registry?.verified && stated === registry.value) {
    if (!RANDOMISED.test(m[0])) return { confirmed: `${stated} is the registry's total enrolment for ${source.name}.` };
    return {
      fired: `${source.name} randomised ${n.value} participants; ${stated} is the registry's total enrolment, not the number randomised.`,
    };
  }
  // A number the record mentions is not wrong here; nor is the size of a related study (the drug's other
  // trial), unless the sentence names this study itself and not that one ("the 1994 trial enrolled 959").
  if (knownNumbers(source).has(stated)) return null;
  const other = related.find((r) => r.design.n?.value === stated);
  // (The other study named, not only described by the very size told: "CENTAUR had 664 patients" names CENTAUR.)
  if (other && (!namesStudyItself(source, s) || namesStudyItself(other, s, true, false))) return null;
  return { fired: `${source.name} included ${n.value} participants, not ${stated}.` };
}

/** The record's checks both lists run first, in this order: its size and where it ran. */
const SIZE_AND_PLACE = [checkCountries, checkCount, checkCountBounds, checkManyCountries, checkCentres, checkAllocation];
/** The record's checks both lists run last, in this order: how the study was run and reported. */
const HOW_IT_RAN = [
  checkDosing,
  checkRoute,
  checkDuration,
  checkEligibility,
  checkDeaths,
  checkSurvivalShown,
  checkFunding,
  checkGroupBenefit,
  checkStage,
  checkEventDate,
  checkJournal,
  checkCitationPair,
  checkImprovement,
  checkSpecies,
  checkCells,
  checkTargets,
  checkSafety,
  checkFurthestPhase,
];

/** A study's record alone (a sentence about the study that touches none of its claims). */
const RECORD_CHECKS = [...SIZE_AND_PLACE, checkDesign, checkEndpoint, ...HOW_IT_RAN];
/** A claim's wrong-fact reading: the record, and the approvals, results and magnitudes claims carry. */
const CLAIM_CHECKS = [
  ...SIZE_AND_PLACE,
  checkApprovals,
  checkRefusal,
  checkFirstApproved,
  checkApprovalBasis,
  checkApprovalEvidence,
  checkApprovalScope,
  checkFormApproval,
  checkAdvisory,
  checkEndpoint,
  checkDesign,
  checkResultsExist,
  checkSurvivalGain,
  checkPredictedOutcome,
  checkDeathRiskReduction,
  ...HOW_IT_RAN,
];

export const wrongFact: Rule = {
  code: 'wrong-fact',
  check(input) {
    // A claim about a form of the disease's share of all cases is checked for that alone: its file is not a
    // study whose size, places or design a sentence could be telling.
    if (input.claim.populationShare) return checkPopulationShare(input);
    // Likewise a count of people living with the disease: the epidemiology file is no trial.
    if (input.claim.prevalence) return checkPrevalence(input);
    const checks = input.recordOnly ? RECORD_CHECKS : CLAIM_CHECKS;
    const outcomes = checks.map((check) => check(input));
    return outcomes.find((o) => o && 'fired' in o) ?? outcomes.find((o) => o !== null) ?? null;
  },
};

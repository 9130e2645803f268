// Names of studies as they stand in a sentence, for the fact checks that must know which study a
// sentence is about when one claims file records two (a phase 1 and its later phase 2).
import type { SourceFile } from '../../claims/schema';
import { conceptRegex, conceptsOfKind, lexiconVersion } from '../concepts';
// biome-ignore lint/suspicious/noShadowRestrictedNames: a short local name for escapeRegExp; the deprecated global escape() is never wanted here.
import { compiled, escapeRegExp as escape } from '../regexp';
import { studyCountries, studySize } from '../study-descriptions';
import { otherYearStudy } from '../study-years';
import { sentencesBefore } from './document';
import type { RuleInput } from './types';

/** "A follow-up randomised trial", "a larger study", "a related study", "the next phase": another study than
 * the one followed. */
export const ANOTHER_STUDY =
  /\b(?:follow-?up|later|subsequent|next|another|second|new|newer|larger|bigger|earlier|previous|separate|related|confirmatory)\s+(?:[\w-]+\s+)?(?:trial|study|phase)\b|^\s*(?:several |many |a few |some )?(?:other|different)\s+(?:[\w-]+\s+)?(?:approaches|treatments|therapies|drugs|medicines|candidates|trials|studies)\b/i;

/** "Bensimon et al, 2002", "Smith et al. (2019)": a paper cited by first author and year. */
const AUTHOR_YEAR = /\b(\p{Lu}[\p{L}'’-]+)\s+et\s+al\.?,?\s*\(?((?:19|20)\d\d)\b/gu;

/** Does the text cite, by author and year, a paper that is not this study's? ("Bensimon et al, 2002" is not
 * the 1996 trial Bensimon co-wrote, nor the 1994 one.) */
export function citesOtherPaper(source: SourceFile, text: string): boolean {
  if (!text.includes('et al')) return false;
  for (const [, author, year] of text.matchAll(AUTHOR_YEAR))
    if (!source.citation.includes(year!) || !source.citation.toLowerCase().includes(author!.toLowerCase())) return true;
  return false;
}

/** A product code the sentence is about ("FNP122", "MN-166"): two to five capitals and three to six digits. */
const PRODUCT_CODE = /\b[A-Z]{2,5}-?\d{3,6}\b/g;

/** Does the text name a product by a code that no study in the database knows (another company's drug, or a
 * new form of a known one)? `known` says whether a code is a name the database has. */
export function namesUnknownProduct(text: string, known: (code: string) => boolean): boolean {
  for (const [code] of text.matchAll(PRODUCT_CODE)) if (!known(code)) return true;
  // A trial by an acronym no study in the database has ("the phase 3 ORION study of AMX0035 in PSP"): another trial.
  for (const m of text.matchAll(TRIAL_ACRONYM)) if (!known(m[1]!)) return true;
  // A consumer product by its brand ("ImmunoCalm Treg Support capsules"): a supplement, not a trial's treatment.
  for (const m of text.matchAll(BRANDED_PRODUCT)) if (!known(m[1]!)) return true;
  // A drug by its generic name, tested in a trial ("a phase 3 study of masitinib", "trials of tirasemtiv"): a generic
  // name's stem tells a drug ("-inib" a kinase inhibitor, "-mab" an antibody), and none the database knows.
  for (const m of text.matchAll(TRIAL_OF_GENERIC)) if (!known(m[1]!)) return true;
  return false;
}

/** A trial of a drug named by an international non-proprietary name's stem. */
const TRIAL_OF_GENERIC =
  /\b(?:stud(?:y|ies)|trials?)\s+(?:of|with|testing)\s+([a-z]{3,}(?:inib|tinib|ciclib|parib|lisib|mab|tiv|stat|tide|vir))\b/gi;

/** A brand written in camel case, then the form it is sold in: "ImmunoCalm Treg Support capsules", "NeuroBoost drops". */
const BRANDED_PRODUCT =
  /\b([A-Z][a-z]+[A-Z][A-Za-z]+)\b(?:\s+[\w-]+){0,3}?\s+(?:capsules|tablets|gummies|supplements?|drops|softgels|powder|formula|blend|sachets)\b/g;

/** An acronym naming a trial or study: "the ORION study", "HEALEY trial", "its VITALITY-ALS phase 3 study" (a headline in
 * capitals is not one). */
const TRIAL_ACRONYM =
  /\b([A-Z][A-Z0-9]{3,}(?:-[A-Z0-9]+)?)\s+(?:phase\s*(?:\d|I{1,3})[ab]?\s+)?(?:study|trial|program(?:me)?)\b/g;

/** Does the text name this one (acronyms case-sensitively, other names in any case)? */
export function namesOne(names: readonly string[], text: string): string | undefined {
  // "CENTAUR-2" is not CENTAUR: a name followed by a hyphenated number is another name.
  return names.find((n) => nameRegex(n).test(text));
}

/** One compiled pattern per name (names are asked about for every linked sentence). */
const nameRegexes = new Map<string, RegExp>();
function nameRegex(n: string): RegExp {
  let re = nameRegexes.get(n);
  if (!re) nameRegexes.set(n, (re = new RegExp(`(?:^|\\W)${escape(n)}(?!-\\d)(?=\\W|$)`, /^[A-Z0-9-]+$/.test(n) ? '' : 'i')));
  return re;
}

/** The sentence names another study recorded in the same file: the file's design and endpoint are not its. */
export function namesOtherStudy(source: SourceFile, text: string): boolean {
  return namesOne(source.otherStudyNames, text) !== undefined;
}

/** The sentence reaches this study only through a drug's name ("tofersen", "Radicava"): it may be about
 * another study of the same drug (an earlier phase, a safety study, patients treated since approval), so
 * facts about this study's size, design and endpoint do not apply. A trial name, a registry ID, one of the
 * study's descriptors, or no name at all (the story followed from before) leave them in force. A code name
 * with a number (a programme's product code) is taken as naming the study. */
export function namedOnlyByDrug({ s, source, via }: RuleInput): boolean {
  if (via !== 'named') return false;
  const drugs = conceptsOfKind('intervention');
  return !namesStudyItself(source, s, false) && drugs.some((c) => s.has(c));
}

/** The sentence names the study itself: a trial name, a registry ID or one of its descriptors ("the 1994
 * riluzole trial"), not only its drug (nor, by default, a drug's product code). */
const itselfBySentence = new WeakMap<RuleInput['s'], Map<string, boolean>>();

export function namesStudyItself(source: SourceFile, s: RuleInput['s'], codesAreDrugs = true, described = true): boolean {
  // Asked for each linked study of each sentence: answered once per (sentence, study, reading).
  let known = itselfBySentence.get(s);
  if (!known) itselfBySentence.set(s, (known = new Map()));
  const key = `${source.id}\u0000${codesAreDrugs}\u0000${described}`;
  let answer = known.get(key);
  if (answer === undefined) known.set(key, (answer = readsStudyItself(source, s, codesAreDrugs, described)));
  return answer;
}

function readsStudyItself(source: SourceFile, s: RuleInput['s'], codesAreDrugs: boolean, described: boolean): boolean {
  // A product code ("AMX0035") names the drug's programme: for some checks that is the study, for others not.
  const studyNames = [
    ...source.names.filter((n) => (!codesAreDrugs && /\d/.test(n)) || !isDrugName(n)),
    ...source.identifiers.registry,
    ...source.descriptors,
  ];
  if (namesOne(studyNames, s.text) !== undefined || namesOne(studyNames, s.digits()) !== undefined) return true;
  if (!described) return false;
  // Described as only it can be: its size, or the two countries it recruited in ("a larger trial … in Britain and France").
  return [studySize(source), studyCountries(source)].some((d) => d !== undefined && compiled(`\\b${d}`, 'i').test(s.digits()));
}

/** Is this name a treatment's name ("Relyvrio", "AMX0035", "tofersen") rather than a trial's? Answered once
 * per name for each lexicon (rules ask it for every linked sentence). */
const drugNames = new Map<string, boolean>();
let drugNamesFor = -1;

export function isDrugName(n: string): boolean {
  if (drugNamesFor !== lexiconVersion()) {
    drugNames.clear();
    drugNamesFor = lexiconVersion();
  }
  let answer = drugNames.get(n);
  if (answer === undefined) {
    answer = conceptsOfKind('intervention').some((c) => {
      const re = new RegExp(conceptRegex(c).source, conceptRegex(c).flags.replace('g', ''));
      return re.exec(n)?.[0].length === n.length;
    });
    drugNames.set(n, answer);
  }
  return answer;
}

/** A speaker's name before what they say ("DENNIS:", "Jo:"), where the segmenter keeps it: it trims only roles, names in
 * capitals of two or more words and names with a note, so that "MIROCALS: phase 2b" stays a sentence. */
export const SPEAKER_NAME = String.raw`[A-Z][A-Za-z.'’ -]{0,30}[A-Za-z.]`;

/** A sentence whose subject points back to the study the article is following: "The trial was a phase 3 study",
 * "It met its primary endpoint", "The primary endpoint was met", "The results were announced in 2019". Not a new or another study ("the next trial",
 * "the larger follow-up study"), which may be one the database does not hold. */
const FOLLOWED_SUBJECT = new RegExp(
  String.raw`^\s*(?:${SPEAKER_NAME}:\s*)?` +
    /(?:(?:also|and|but|so|plus|anyway|besides|still|however|oh|well|now|ok|okay|yes|no|right|(?:in|during) (?:that|this|the) (?:trial|study)),?\s+){0,2}(?:(?:the|this|that|its) (?:(?!(?:new|next|another|larger|bigger|later|future|planned|proposed|follow-?up|confirmatory|earlier|previous|first|second|original|other|phase)\b)[\w-]+ ){0,2}?(?:trial|study)(?! (?:of(?! (?:about |around |some |nearly |almost |just |only )?\d)|that|which|by|from|in|at|with)\b)|it(?! (?:is|was) (?:not|unclear|hoped|expected|possible|likely|thought)\b)|(?:the|its) (?:primary|main) (?:end-?point|goal|outcome)|(?:the|its|their) (?:(?:top-?line|first|full|final|initial|headline|main) )?(?:results?|findings|data)(?! (?:of|from|in)\b)|(?:top-?line|headline|initial) (?:results?|findings|data)(?! (?:of|from|in)\b)|(?:the|its) (?:dose|doses|dosing|schedule|regimen)|(?:the |its |all )?(?:patients|participants|volunteers)(?= (?:received|got|took|stayed on|remained on|were (?:given|treated|randomi[sz]ed|injected|followed|aged|required|offered)|(?:could|had to|needed to|must) (?:be|have))\b)|(?:the |its |all )?(?:patients|participants|volunteers)(?= (?:aged|between the ages)\b)|to (?:take part|join|enrol|get in|qualify)(?=,)|(?:each|every) (?:patient|participant|volunteer)(?= (?:received|got|took|was (?:given|treated|injected|offered))\b)|(?:the|its) (?:injections|infusions|jabs|shots|treatment|cycles)(?: of (?:treatment|the drug|injections|infusions))?(?= (?:were|was|are|lasted|ran|continued)\b)|they(?= (?:had|were (?:all|given|treated|aged)|received|got|took)\b)|(?:the|this) (?:drug|treatment|medicine)(?= (?:also )?(?:came out|showed|beat|outperformed|did better)\b))\b/
      .source,
  'i',
);

/** Who reported it, before the sentence's own subject: "Members noted that it is a large trial", "He said the trial". */
const REPORTED_BY =
  /^\s*(?:[\w'’-]+\s+){1,4}?(?:said|says|noted|notes|explained|explains|added|adds|reported|reports|wrote|writes|pointed out|stressed|argued|claimed|claims|reckons?|thinks?|believes?|told (?:us|me|them|him|her))\s+(?:that\s+)?/i;

/** The sentence's own subject is the study the article follows ("The trial was a phase 3 study", "Patients were
 * treated at hospitals in …"), whoever reported it. */
export const subjectIsTheStudyFollowed = (text: string): boolean =>
  FOLLOWED_SUBJECT.test(text.replace(REPORTED_BY, '')) && !ANOTHER_STUDY.test(text);

/** A sentence linked through context whose own subject is the followed study ("The trial was a phase 3 study", after
 * a discourse word: "Also the study was done in mice"):
 * the checks of a study's record may judge it as if the study were named. */
export function subjectIsFollowedStudy({ s, via, source, doc, related = [] }: RuleInput): boolean {
  if (via !== 'context' || !FOLLOWED_SUBJECT.test(s.text.replace(REPORTED_BY, '')) || ANOTHER_STUDY.test(s.text)) return false;
  // "The 2018 study" is not a study of 2011.
  if (otherYearStudy(source, s.text)) return false;
  // The study followed must be the one last named as itself, not one reached through its drug's name (a page
  // about the phase 2 that names the drug is not about the drug's phase 3).
  for (const o of sentencesBefore(doc, s, FOLLOW_BACK)) {
    if (namesStudyItself(source, o)) return true;
    if (related.some((r) => namesStudyItself(r, o))) return false;
  }
  return false;
}
/** How far back the study's own name is looked for. */
const FOLLOW_BACK = 25;

/** The study is the sentence's own: named, or the subject followed ("The trial was a phase 3 study"). The record
 * checks that must know which study is meant (design, endpoint, dose, event dates) ask this. */
export function namedOrFollowed(input: RuleInput): boolean {
  return input.via === 'named' || subjectIsFollowedStudy(input);
}

/** The sentence is about the study itself, for the checks of one recorded fact (duration, eligibility, deaths,
 * funding): named or its subject followed, not only through its drug's name (the drug's other trials share it), and
 * no other treatment named. */
export function aboutTheStudyItself(input: RuleInput): boolean {
  return namedOrFollowed(input) && !namedOnlyByDrug(input) && !namesAnotherTreatment(input.source, input.s);
}

/** Two studies of the same main treatment (IMODALS and MIROCALS, both low-dose IL-2): a fact of one told without a name
 * may be the other's. A study's first topic is its main treatment. */
export function sameMainTreatment(a: SourceFile, b: SourceFile): boolean {
  return a.id !== b.id && a.topics[0] !== undefined && a.topics[0] === b.topics[0];
}

/** The sentence names the study by its own name or registry ID (not a descriptor, not its drug). */
export function namesStudyByName(source: SourceFile, text: string): boolean {
  return namesOne([...source.names.filter((n) => !isDrugName(n)), ...source.identifiers.registry], text) !== undefined;
}

/** The sentence names a treatment that is not one of the study's own: it may be the one a date or a route is about. */
export function namesAnotherTreatment(source: SourceFile, s: RuleInput['s']): boolean {
  const own: readonly string[] = source.topics;
  // A treatment named only as what the study's was added to ("all were on riluzole") is not another subject.
  return conceptsOfKind('intervention').some((c) => s.has(c) && !own.includes(c) && !onlyAsBackground(c, s));
}

/** The sentence names a treatment that is not one of the study's own, other than what it was added to: a yardstick
 * counts here ("better than Relyvrio, the other ALS drug approved last year": the date is Relyvrio's). */
export function namesAnyOtherTreatment(source: SourceFile, s: RuleInput['s']): boolean {
  const own: readonly string[] = source.topics;
  return conceptsOfKind('intervention').some((c) => s.has(c) && !own.includes(c) && !onlyAddedTo(c, s));
}

function onlyAddedTo(c: string, s: RuleInput['s']): boolean {
  const re = compiled(conceptRegex(c).source, 'gi');
  const spots = [...s.text.matchAll(re)].map((m) => m.index);
  return spots.length > 0 && spots.every((at) => ADDED_TO.test(s.text.slice(Math.max(0, at - 60), at)));
}

/** What another treatment is added to or given with: "a drug given in small doses alongside the standard medicine
 * riluzole". */
const ADDED_TO =
  /\b(?:alongside|on top of|added to|in addition to|as well as|together with|combined with|plus|(?:were|was|are|all|already|still|stayed|remained)\s+(?:on|under|taking))\s+(?:the\s+|their\s+|its\s+)?(?:(?:standard|usual|existing|approved|current)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** The yardstick of a comparison: "better than riluzole or edaravone", "outperforming both riluzole and edaravone",
 * "beats riluzole", "larger than that achieved by riluzole". */
const YARDSTICK =
  /\b(?:than|outperform\w*|beat(?:s|ing)?|versus|vs\.?|compared (?:with|to))\s+(?:both\s+|either\s+|any\s+|(?:that|those)\s+(?:of|achieved by|seen with|with)\s+|(?:anything|what)\s+(?:[\w-]+\s+){0,3}?(?:with|by|from|for|on)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** A concept the sentence names only as what another treatment was added to ("on top of riluzole") or measured
 * against ("better than riluzole"). */
export function onlyAsBackground(c: string, s: RuleInput['s']): boolean {
  if (!s.has(c)) return false;
  // Built once per concept (matchAll works on a copy, so the shared regex keeps no state).
  const re = compiled(conceptRegex(c).source, 'gi');
  const spots = [...s.text.matchAll(re)].map((m) => m.index);
  return (
    spots.length > 0 &&
    spots.every((at) => {
      const before = s.text.slice(Math.max(0, at - 60), at);
      return ADDED_TO.test(before) || YARDSTICK.test(before);
    })
  );
}

/** The sentence opens with another treatment as its subject ("Riluzole, the drug all MIROCALS participants took,
 * typically extends life by two to three months"): what it says works is that treatment, not the study's. */
export function subjectIsAnotherTreatment(source: SourceFile, s: RuleInput['s']): boolean {
  const own: readonly string[] = source.topics;
  const opening = /^\s*(?:[A-Z][\w .'’-]{0,30}:\s*)?(?:(?:but|and|so|also|meanwhile|separately|however),?\s+)?(?:the\s+)?/i.exec(
    s.text,
  )![0].length;
  return conceptsOfKind('intervention').some((c) => {
    if (own.includes(c) || !s.has(c)) return false;
    const m = compiled(conceptRegex(c).source, 'i').exec(s.text);
    return m !== null && m.index === opening;
  });
}

/** The study's drug is named only as what another treatment was given with: the sentence is about that other
 * treatment ("A drug given alongside riluzole helped people live longer, according to research in The Lancet"). */
export function drugOnlyAsBackground(source: SourceFile, s: RuleInput['s']): boolean {
  const named = source.topics.filter((c) => s.has(c));
  return named.length > 0 && named.every((c) => onlyAsBackground(c, s));
}

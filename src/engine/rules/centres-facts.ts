// How many centres a study ran at, told wrongly: "The study was run at 12 hospitals across France" for a single-centre
// trial, "a multicentre trial" for one hospital, "at a single site" for a trial at 17 clinics (`design.centres`). Part
// of the wrong-fact rule; a verified record field decides, and only where the sentence is about the study itself.
import type { SourceFile } from '../../claims/schema';
import { compiled } from '../regexp';
import { countryPatternSource } from './countries';
import { ANOTHER_STUDY, aboutTheStudyItself, namesStudyByName } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

const PLACE = String.raw`(?:hospitals?|centres?|centers?|clinics?|sites?|locations?|institutions?|medical cent(?:re|er)s)`;
/** "run at 12 hospitals", "across 17 clinics", "involving 32 sites", "at nearly 20 centres"; the count is in digits
 * (s.digits()). Group 1: a qualifier ("about"), group 2: the count. */
const AT_COUNT = new RegExp(
  String.raw`\b(?:at|in|across|from|involv\w*|includ\w*|spann\w*|us(?:ed|ing)|with)\s+(?:a total of\s+|(about|around|roughly|approximately|nearly|almost|some|more than|over|fewer than|less than|under|up to|at least|just over|just under)\s+)?(\d{1,4})\s+(?:[\w-]+\s+){0,2}?${PLACE}\b`,
  'i',
);
/** "a 17-centre trial", "17 hospitals took part". */
const COUNT_AS_SUBJECT = new RegExp(
  String.raw`\b(\d{1,4})[- ](?:centre|center|site|hospital)\b|\b(\d{1,4})\s+(?:[\w-]+\s+)?${PLACE}\s+(?:took part|participated|recruited|enrolled|joined)\b`,
  'i',
);
/** The sentence tells where the study ran, not only a number of places ("patients from 12 hospitals were referred"). */
const RAN =
  /\b(?:run|ran|runs|conducted|carried out|recruit\w*|enrol\w*|took place|takes place|held|based|performed|done|tested|treated|randomi[sz]\w*)\b/i;
const TRIAL = /\b(?:trials?|study|studies|multi-?cent(?:re|er)\w*|single-cent(?:re|er)\w*)\b/i;
const SINGLE =
  /\bsingle[- ](?:centre|center|site|hospital)\b|\b(?:at|in|from)\s+(?:a single|just 1|only 1|1)\s+(?:hospital|centre|center|site|clinic)\b|\bmonocent(?:re|er|ric)\b/i;
const MULTI = /\bmulti-?(?:centre|center|site)\b|\bmulticent(?:re|er|ric)\b/i;
/** Not the study's own centres: plans, what each centre did, a share of them, or care services. */
const NOT_ITS_CENTRES =
  /\b(?:will|would|plans?|planned|intends?|to open|per (?:centre|center|site|hospital)|each (?:centre|center|site|hospital)|of the (?:\d+\s+)?(?:centres|centers|sites|hospitals|clinics)|care (?:centres|centers|clinics)|specialist (?:centres|centers|clinics))\b|\?/i;

const told = (v: number) => (v === 1 ? 'a single centre' : `${v} centres`);

export function checkCentres(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  const centres = source.design.centres;
  if (!centres?.verified || NOT_ITS_CENTRES.test(s.text) || ANOTHER_STUDY.test(s.text)) return null;
  // The trial itself as what ran there ("The study was run at 12 hospitals"), not its drug given at some clinics.
  if (!aboutTheStudyItself(input) || !(namesStudyByName(source, s.text) || TRIAL.test(s.text))) return null;
  const text = s.digits();
  const v = centres.value;
  const about = centres.approximate ? 'about ' : '';
  if (SINGLE.test(text))
    return v === 1
      ? { confirmed: `${source.name} ran at a single centre.` }
      : { fired: `${source.name} ran at ${about}${told(v)}, not a single centre.` };
  if (MULTI.test(text) && v === 1) return { fired: `${source.name} ran at a single centre; it was not a multicentre trial.` };
  const at = RAN.test(text) ? AT_COUNT.exec(text) : null;
  const subject = at ? null : COUNT_AS_SUBJECT.exec(text);
  const stated = Number(at?.[2] ?? subject?.[1] ?? subject?.[2] ?? Number.NaN);
  if (!Number.isFinite(stated) || stated === 0) return null;
  if (stated === v) return { confirmed: `${source.name} ran at ${about}${told(v)}.` };
  // "The trial ran at 17 clinics in the UK and France" in a letter that also cites IMODALS: another IL-2 trial's count,
  // told without this study's name, is about that trial.
  const theirs = (o: SourceFile) => o.design.centres?.verified && o.design.centres.value === stated;
  if (!namesStudyByName(source, s.text) && (input.siblings ?? []).some(theirs)) return null;
  // A count qualified ("about 20"), or a record count that is itself approximate, is judged only against one centre.
  if ((at?.[1] || centres.approximate) && v !== 1 && stated !== 1) return null;
  // "10 centres in the UK" for a trial at 17 clinics in the UK and France: a part of them, unless more than all.
  const countries = source.design.countries ?? [];
  const named = countries.filter((c) => compiled(countryPatternSource(c), 'i').test(s.text)).length;
  if (named > 0 && named < countries.length && stated < v) return null;
  return { fired: `${source.name} ran at ${told(v)}, not ${stated}.` };
}

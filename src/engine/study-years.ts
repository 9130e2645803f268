// The years a study is dated by, and the years a sentence dates what it speaks of by: "the 2022 trial" after the
// 2018 study is another study; "a 155-patient study published in 1994" beside the 1996 study is another study's
// size. Used by the linking (sources.ts) and by the record checks (rules/), so it lives apart from both.
import type { SourceFile } from '../claims/schema';

/** "The 2018 study", "a 2013 paper": a study dated by its year in the sentence. */
const YEAR_STUDY =
  /\b(?:the|a|an|this|that)\s+(?:(?:larger|smaller|bigger|earlier|later|first|second|original|pivotal|landmark|new|newer|older)\s+)?((?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:study|trial|paper|report|analysis|research)\b/gi;
const YEAR = /\b(?:19|20)\d\d\b/g;

const yearsBySource = new WeakMap<SourceFile, Set<string>>();
/** The years a study's record dates it by (its status dates and events). */
export function yearsOf(source: SourceFile): Set<string> {
  let years = yearsBySource.get(source);
  if (!years) {
    const dates = [...Object.values(source.status.dates), ...source.status.events.map((e) => e.date)];
    yearsBySource.set(source, (years = new Set(dates.map((d) => String(d).slice(0, 4)))));
  }
  return years;
}

/** Some year is stated and none of them is one of the study's. */
const noneOfItsYears = (source: SourceFile, stated: readonly string[], years = yearsOf(source)) =>
  stated.length > 0 && !stated.some((y) => years.has(y));

const trialYearsBySource = new WeakMap<SourceFile, Set<string>>();
/** The years of the study's own work (started, completed, results, published), not of a drug's approvals or
 * withdrawal: "the 1996 trial" beside the 1994 trial is the other trial, even though the drug was licensed in Europe in
 * 1996. */
function trialYearsOf(source: SourceFile): Set<string> {
  let years = trialYearsBySource.get(source);
  if (!years) {
    const own = /^(?:published|topline|started|completed|results)/;
    const dates = [
      ...Object.entries(source.status.dates)
        .filter(([k]) => own.test(k))
        .map(([, d]) => d),
      ...source.status.events.filter((e) => ['results', 'published', 'started', 'completed'].includes(e.kind)).map((e) => e.date),
    ];
    trialYearsBySource.set(source, (years = new Set(dates.map((d) => String(d).slice(0, 4)))));
  }
  return years;
}

/** The sentence dates the study it speaks of by a year none of this study's own dates has. */
export function otherYearStudy(source: SourceFile, text: string): boolean {
  return noneOfItsYears(
    source,
    [...text.matchAll(YEAR_STUDY)].map((m) => m[1]!),
    trialYearsOf(source),
  );
}

/** The sentence dates the study it speaks of by one of this study's own years ("the 2022 trial"). */
export function sameYearStudy(source: SourceFile, text: string): boolean {
  return [...text.matchAll(YEAR_STUDY)].some((m) => trialYearsOf(source).has(m[1]!));
}

/** The years (1900–2099) a text names, in order. */
export function yearsIn(text: string): string[] {
  return [...text.matchAll(YEAR)].map((y) => y[0]);
}

/** A phrase (a size, a journal and what follows it) dated by years that are none of this study's: another study's. */
export function datedByOtherYear(source: SourceFile, phrase: string): boolean {
  return noneOfItsYears(source, yearsIn(phrase));
}

// Which study a document is about when it never names it: the figures only that study reported. A family chat
// that says "a drug that worked in 80% of patients" and "it was 220 people" names no trial, no drug and no
// journal, yet a reader who knows the field knows which trial it is. The document
// model counts those figures as evidence (document.ts), as it counts names and descriptors.
//
// A figure is a study's fingerprint only when it is verified and no other study in the database reported it
// (137 patients were in two trials: not a fingerprint of either), and a document is only attributed to a study
// when at least two different fingerprints of it appear: one number is a coincidence, two are a reference.
// The figures come from the claims files; no study or drug is named here.
import type { ClaimsDb, SourceFile } from '../claims/schema';
import type { AnalyzedSentence } from './analyze';

/** Participant counts below this are too common to identify a study ("3 patients", "eight people"). */
const MIN_PEOPLE = 10;
/** Percentages below this, and round halves and wholes, are too common to identify a study. */
const MIN_PERCENT = 10;
const COMMON_PERCENT = new Set([50, 100]);

/** "220 people", "304 patients", "a trial of 1,200 participants" (the count is the number right before the noun,
 * up to two words between: "220 newly diagnosed patients"). */
const PEOPLE =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\w-]+\s+){0,2}?(?:patients|participants|people|volunteers|subjects|adults)\b/gi;
/** "80%", "73 per cent", "43 percent". */
const PERCENT = /(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:%|per ?cent\b|percent\b)/gi;

type Key = `n:${number}` | `p:${number}`;

/** What a study verifiably reported, as keys: its size and registry enrolment, the percentages of its verified
 * results and of its claims' verified shares and risk reductions. */
function reportedFigures(src: SourceFile): Set<Key> {
  const keys = new Set<Key>();
  for (const f of [src.design.n, src.design.registryEnrollment])
    if (f?.verified && f.value >= MIN_PEOPLE) keys.add(`n:${f.value}`);
  const percent = (v: number) => {
    if (v >= MIN_PERCENT && !COMMON_PERCENT.has(v)) keys.add(`p:${v}`);
  };
  for (const r of src.results) if (r.verified) for (const m of r.summary.matchAll(/(\d+(?:\.\d+)?)%/g)) percent(Number(m[1]));
  for (const c of src.claims) {
    for (const share of c.subgroupShares) if (share.verified) percent(share.value);
    const risk = c.deathRiskReduction;
    if (risk?.verified) {
      percent(risk.lowPercent);
      percent(risk.highPercent);
    }
  }
  return keys;
}

/** Each figure only one study reported, and that study. */
export function buildFingerprints(db: ClaimsDb): ReadonlyMap<Key, SourceFile> {
  const owners = new Map<Key, SourceFile[]>();
  for (const src of db.sources) for (const key of reportedFigures(src)) owners.set(key, [...(owners.get(key) ?? []), src]);
  return new Map([...owners].filter(([, srcs]) => srcs.length === 1).map(([key, srcs]) => [key, srcs[0]!]));
}

/** Evidence a document gives, through figures alone, of the studies it discusses: for each study with two
 * different fingerprints told somewhere in a document about the disease, weight for each. */
export function fingerprintEvidence(
  fingerprints: ReadonlyMap<Key, SourceFile>,
  sentences: readonly AnalyzedSentence[],
): Map<string, number> {
  const evidence = new Map<string, number>();
  if (fingerprints.size === 0 || !sentences.some((s) => s.has('als'))) return evidence;
  const found = new Map<string, Set<Key>>();
  const note = (key: Key) => {
    const src = fingerprints.get(key);
    if (!src) return;
    const keys = found.get(src.id) ?? new Set<Key>();
    keys.add(key);
    found.set(src.id, keys);
  };
  for (const s of sentences) for (const key of figuresIn(s.digits())) note(key);
  for (const [id, keys] of found) if (keys.size >= FINGERPRINTS_NEEDED) evidence.set(id, keys.size * WEIGHT_PER_FIGURE);
  return evidence;
}
/** Different figures of one study a document must tell before they count. */
const FINGERPRINTS_NEEDED = 2;
/** Each counts as much as a study described twice: two figures make a document's one study (document.ts). */
const WEIGHT_PER_FIGURE = 2;

/** The studies whose fingerprints one sentence tells ("a drug that worked in 80% of patients"): with the document
 * already discussing one of them, the sentence is about it, as a sentence naming it would be. */
export function studiesByFigure(fingerprints: ReadonlyMap<Key, SourceFile>, s: AnalyzedSentence): SourceFile[] {
  if (fingerprints.size === 0) return [];
  const out = new Set<SourceFile>();
  for (const key of figuresIn(s.digits(), { oneSentence: true })) {
    const src = fingerprints.get(key);
    if (src) out.add(src);
  }
  return [...out];
}

/** The figures a text tells, as keys: counts of people and percentages. Read for one sentence's link
 * (`oneSentence`), a trial's statistical power ("powered (80%) for …") is no figure of the study, and a share told as a
 * fraction ("eight out of ten patients", "four in five") counts as its percentage; the document's evidence reads
 * counts and percentages alone. */
function figuresIn(text: string, { oneSentence = false } = {}): Key[] {
  if (!/\d/.test(text)) return [];
  const keys: Key[] = [];
  for (const m of text.matchAll(PEOPLE)) keys.push(`n:${Number(m[1]!.replace(/,/g, ''))}`);
  for (const m of text.matchAll(PERCENT))
    if (!oneSentence || !/\bpower(?:ed)?\s*\(?$/i.test(text.slice(0, m.index))) keys.push(`p:${Number(m[1])}`);
  if (oneSentence)
    for (const m of text.matchAll(/\b(\d)\s+(?:out\s+of|in)\s+(10|5)\b/gi)) keys.push(`p:${(Number(m[1]) * 100) / Number(m[2])}`);
  return keys;
}

// A study told as published in the wrong journal: "the Houston results, published in The Lancet" for a
// paper in Neurology: Neuroimmunology & Neuroinflammation. Each study's journal, and how a sentence may
// name it, comes from its claims file (`journal`); the journals the sentence may name are every study's.
// Part of the wrong-fact rule (a record check). Two titles that share a word (The Lancet and Lancet
// Neurology) are not told apart: that slip is not worth a flag.
import type { SourceFile } from '../../claims/schema';
import { datedByOtherYear, yearsIn, yearsOf } from '../study-years';
import { ANOTHER_STUDY, drugOnlyAsBackground, namesStudyByName } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

export interface Journal {
  name: string;
  re: RegExp;
  /** The studies in the database that appeared in it. */
  studies: readonly SourceFile[];
}

/** Well-known journals no study in the database appeared in: a study told as published in one of them ("published in
 * Science in October 2025" for a Nature paper) is told in the wrong journal. Names, not studies: general vocabulary. */
const OTHER_JOURNALS: [string, string][] = [
  [
    'Science',
    String.raw`\bScience\b(?!\s*(?:Daily|Alert|News|Media|Translational|Advances|Immunology|Signaling|Focus|Friday|Museum|Direct|Centre|Center))`,
  ],
  ['Cell', String.raw`\bCell\b(?!\s*(?:Reports|Stem|Metabolism|Press|Death|Biology|therapy|Therapy))`],
  ['The BMJ', String.raw`\bBMJ\b(?!\s*Open)|\bBritish Medical Journal\b`],
  ['PNAS', String.raw`\bPNAS\b|\bProceedings of the National Academy of Sciences\b`],
  ['Nature Medicine', String.raw`\bNature Medicine\b`],
  ['Nature Neuroscience', String.raw`\bNature Neuroscience\b`],
  ['Science Translational Medicine', String.raw`\bScience Translational Medicine\b`],
  ['Annals of Neurology', String.raw`\bAnnals of Neurology\b`],
  ['Neuron', String.raw`\bNeuron\b(?=[\s,.;)]|$)`],
  [
    'JAMA',
    String.raw`\bJAMA\b(?!\s*(?:Neurol|Network|Intern|Pediatr|Psychiatry|Oncol))|\bJournal of the American Medical Association\b`,
  ],
];

/** Every journal the database's studies appeared in, each with one pattern for its names, and the well-known others. */
export function journalsOf(sources: readonly SourceFile[]): Journal[] {
  return [
    ...ownJournals(sources),
    ...OTHER_JOURNALS.map(([name, pattern]) => ({ name, re: new RegExp(`^(?:[Tt]he\\s+)?(?:${pattern})`), studies: [] })),
  ];
}

function ownJournals(sources: readonly SourceFile[]): Journal[] {
  const byName = new Map<string, { patterns: string[]; studies: SourceFile[] }>();
  for (const s of sources) {
    if (!s.journal) continue;
    const j = byName.get(s.journal.name) ?? { patterns: [], studies: [] };
    j.patterns = [...new Set([...j.patterns, ...s.journal.patterns])];
    j.studies.push(s);
    byName.set(s.journal.name, j);
  }
  return [...byName].map(([name, { patterns, studies }]) => ({
    name,
    re: new RegExp(`^(?:[Tt]he\\s+)?(?:${patterns.join('|')})`),
    studies,
  }));
}

/** The document also discusses another study of the same treatment that appeared in the journal told: a sentence that
 * does not name this study may be telling that one's paper ("a peer-reviewed paper in Frontiers in Neurology" in
 * coverage of another low-dose IL-2 study), so the journal tells nothing against this one. */
function anotherStudysJournal(stated: Journal, { s, source, doc }: RuleInput): boolean {
  // Named, or dated by one of its own years ("the 1994 trial, published in The Lancet"): this study's paper.
  if (namesStudyByName(source, s.text) || yearsIn(s.text).some((y) => yearsOf(source).has(y))) return false;
  return stated.studies.some(
    (o) => o.id !== source.id && (doc.studies.get(o.id) ?? 0) > 0 && o.topics.some((t) => source.topics.includes(t)),
  );
}

/** Where the sentence says it appeared: "published in The Lancet", "appeared in Nature", "a paper in NEJM", and in
 * notes "Published NEJM 2025". */
const PUBLISHED_IN =
  /\b(?:published|appeared|appearing|appears?|reported|described|paper|article|results|came out|come out|comes out|printed|showed|shown|found|demonstrated|proved|wrote)\s+(?:online\s+|last \w+\s+|this \w+\s+)?in\s+(?:the\s+(?:journal|prestigious|renowned|leading)\s+)?|\bpublished:?\s+(?=[A-Za-z])/gi;

/** The journal told as the paper's, also as a modifier: "the 2017 JAMA Neurology paper". */
const JOURNAL_PAPER = /\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(?:19|20)\d\d\s+)?(?=[A-Z])/g;
const PAPER_AFTER = /^(?:[\w:&.-]+\s+){1,6}?(?:paper|study|article|report|publication)\b/;

/** The journals a sentence says a paper appeared in ("published in The Lancet", "the 2017 JAMA Neurology paper"). */
export function statedJournals(text: string, journals: readonly Journal[]): Journal[] {
  const out = new Set<Journal>();
  for (const m of text.matchAll(PUBLISHED_IN)) {
    const stated = journals.find((j) => j.re.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)));
    if (stated) out.add(stated);
  }
  for (const m of text.matchAll(JOURNAL_PAPER)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const stated = journals.find((j) => j.re.test(after));
    if (stated && PAPER_AFTER.test(after)) out.add(stated);
  }
  return [...out];
}

const words = (name: string) => new Set(name.split(/\W+/).filter((w) => /^[A-Z]/.test(w) && w.length > 3));

const LATER_REPORT =
  /\b(?:extension|long-term|longer-term|follow-?up|final (?:results|data|analysis)|post[- ]hoc|secondary analysis|sub-?analysis|pooled|integrated)\b/i;

export function checkJournal(input: RuleInput): RuleOutcome {
  const { s, source, related = [], via, doc } = input;
  const own = source.journal;
  // A later report of the same trial (its extension, long-term or final follow-up) may appear elsewhere.
  if (!own || via === 'standalone' || ANOTHER_STUDY.test(s.text) || LATER_REPORT.test(s.text)) return null;
  // The study's drug named only as what another treatment was added to: the paper is that treatment's.
  if (!namesStudyByName(source, s.text) && drugOnlyAsBackground(source, s)) return null;
  for (const m of s.text.matchAll(PUBLISHED_IN)) {
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const stated = doc.journals.find((j) => j.re.test(after));
    if (!stated) continue;
    if (stated.name === own.name) return { confirmed: `${source.name} appeared in ${own.name}.` };
    const ownWords = words(own.name);
    if ([...words(stated.name)].some((w) => ownWords.has(w))) return null;
    // A journal no study in the database appeared in may be another study's that the database does not hold (a
    // look-alike "published in Science Translational Medicine"): judged only when the sentence names this study or
    // dates it by one of its own years ("The paper was published in Science in October 2025").
    if (stated.studies.length === 0 && !namesStudyByName(source, s.text) && !yearsIn(s.text).some((y) => yearsOf(source).has(y)))
      return null;
    // A related study's journal ("CENTAUR, in the NEJM" in an article about PHOENIX) is not wrong here.
    if (related.some((r) => r.journal?.name === stated.name) || anotherStudysJournal(stated, input)) return null;
    // "a 155-patient study published in the NEJM in 1994" beside the 1996 study: the paper of another year.
    if (datedByOtherYear(source, after.split(/[;,]/)[0] ?? '')) continue;
    return { fired: `${source.name} was published in ${own.name}, not ${stated.name}.` };
  }
  return null;
}

// The features a learned status reader sees in a sentence: its words and word pairs, with every treatment the
// database knows written as <drug> and every study name or registry ID as <study> (so what is learned is how status is
// told, never which drug or trial had which fate), numbers, years and months as placeholders, and the general concepts
// the sentence mentions. Hashed into a fixed number of buckets, so the model file holds weights, not words. Shared by
// the trainer (src/tools/learned/status-training.ts) and the engine, so both read a sentence the same way: from its
// own text alone (not from concepts a neighbouring sentence lent it).
import { type Concept, conceptDef, conceptRegex, conceptsIn, conceptsOfKind, GENERAL_CONCEPTS } from '../concepts';
import { escapeRegExp } from '../regexp';

/** Buckets: enough that collisions among a few tens of thousands of word pairs are rare. */
export const FEATURE_BUCKETS = 1 << 18;

// ("may" is a month only beside a day or a year: elsewhere it is the modal.)
const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{1,2} may\b|\bmay(?=\s+(?:\d|<year>))/g;
const WORD = /[a-z]+(?:['’][a-z]+)?|[<][a-z]+[>]/g;

/** FNV-1a, 32 bits: a stable hash, the same in the trainer and the extension. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % FEATURE_BUCKETS;
}

let studyNames: RegExp | undefined;
let studyNamesFrom: readonly string[] | undefined;

/** The database's study names and registry IDs (vocabulary.ts passes them in), written as <study>. */
export function useStudyNames(names: readonly string[]): void {
  if (names === studyNamesFrom) return;
  studyNamesFrom = names;
  const alternatives = [...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  studyNames = alternatives.length ? new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])`, 'gi') : undefined;
}

/** The sentence's words with treatments, study names, numbers and dates replaced by placeholders. */
export function statusTokens(text: string): string[] {
  return tokensOf(text, conceptsIn(text));
}

function tokensOf(text: string, concepts: ReadonlySet<Concept>): string[] {
  let t = text;
  for (const c of conceptsOfKind('intervention', 'target')) {
    if (!concepts.has(c)) continue;
    t = t.replace(conceptRegex(c), ' <drug> ');
  }
  if (studyNames) t = t.replace(studyNames, ' <study> ');
  t = t
    .toLowerCase()
    .replace(/\b(?:19|20)\d\d\b/g, ' <year> ')
    .replace(MONTH, ' <month> ')
    .replace(/\d+(?:[.,]\d+)?/g, ' <num> ');
  return t.match(WORD) ?? [];
}

const GENERAL: ReadonlySet<string> = new Set(GENERAL_CONCEPTS);

/** Hashed feature indices (with repeats, which count): words, word pairs, and the general concepts named. */
export function statusFeatures(text: string): number[] {
  const concepts = conceptsIn(text);
  const toks = tokensOf(text, concepts);
  const out: number[] = [hash('<bias>')];
  for (let i = 0; i < toks.length; i++) {
    out.push(hash(`w:${toks[i]}`));
    out.push(hash(`b:${i ? toks[i - 1] : '<s>'} ${toks[i]}`));
  }
  // Only the engine's general concepts, and not the treatments among them (seen as <drug> already): a concept a
  // study's file defines would teach which study, not how status is told.
  for (const c of concepts) if (GENERAL.has(c) && !conceptDef(c)?.kind) out.push(hash(`c:${c}`));
  return out;
}

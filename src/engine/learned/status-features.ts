// The features a learned status reader sees in a sentence: its words and word pairs, with every treatment the
// database knows written as one placeholder (so what is learned is how status is told, never which drug had which
// fate), numbers and years as placeholders, and the general concepts the sentence mentions. Hashed into a fixed
// number of buckets, so the model file holds weights, not words. Shared by the trainer (src/tools/train-status.ts)
// and the engine, so both read a sentence the same way.
import { conceptRegex, conceptsOfKind, GENERAL_CONCEPTS, type Concept } from '../concepts';

/** Buckets: enough that collisions among a few tens of thousands of word pairs are rare. */
export const FEATURE_BUCKETS = 1 << 18;

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/g;
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

/** The sentence's words with treatments, numbers and dates replaced by placeholders. */
export function statusTokens(text: string, concepts: ReadonlySet<Concept>): string[] {
  let t = text;
  for (const c of conceptsOfKind('intervention', 'target')) {
    if (!concepts.has(c)) continue;
    t = t.replace(conceptRegex(c), ' <drug> ');
  }
  t = t
    .toLowerCase()
    .replace(/\b(?:19|20)\d\d\b/g, ' <year> ')
    .replace(/\d+(?:[.,]\d+)?/g, ' <num> ')
    .replace(MONTH, ' <month> ');
  return t.match(WORD) ?? [];
}

const GENERAL: ReadonlySet<string> = new Set(GENERAL_CONCEPTS);

/** Hashed feature indices (with repeats, which count): words, word pairs, and the general concepts named. */
export function statusFeatures(text: string, concepts: ReadonlySet<Concept>): number[] {
  const toks = statusTokens(text, concepts);
  const out: number[] = [hash('<bias>')];
  for (let i = 0; i < toks.length; i++) {
    out.push(hash(`w:${toks[i]}`));
    out.push(hash(`b:${i ? toks[i - 1] : '<s>'} ${toks[i]}`));
  }
  // Only the engine's general concepts: one a study's file defines would teach which study, not how status is told.
  for (const c of concepts) if (GENERAL.has(c)) out.push(hash(`c:${c}`));
  return out;
}

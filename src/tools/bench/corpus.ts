// Builds benchmark text at run time from ../shared (never stored in the repo): the seed news
// articles, mixed with non-topic filler sentences taken from the causal-language benchmark CSV.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mentionsTopic } from '../../engine/prefilter';
import { parseCsvRecords } from '../eval/csv';
import { CAUSAL_CSV, sharedPath } from '../eval/paths';

export interface Sources {
  seeds: string[];
  filler: string[];
}

/** ../shared, or TRIALTRACE_SHARED when the checkout is not beside it (a git worktree, a CI clone). */
function shared(...parts: string[]): string {
  const root = process.env.TRIALTRACE_SHARED;
  return root ? join(root, ...parts) : sharedPath(...parts);
}

/** Seed articles (../shared/seeds/*.txt) and non-topic filler sentences; missing parts are empty. */
export function loadSources(): Sources {
  const dir = shared('seeds');
  const seeds = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
    : [];
  const csv = shared(...CAUSAL_CSV);
  const filler = existsSync(csv)
    ? parseCsvRecords(readFileSync(csv, 'utf8'))
        .map((r) => (r.sentence ?? '').replace(/\s+/g, ' ').trim())
        .filter((s) => s && !mentionsTopic(s))
    : [];
  return { seeds, filler };
}

/** Paragraphs of filler: `perParagraph` sentences each, cycling through the list from `offset`. */
function fillerParagraphs(filler: readonly string[], count: number, perParagraph: number, offset: number): string[] {
  const out: string[] = [];
  let k = offset;
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    for (let i = 0; i < perParagraph; i++) sentences.push(filler[k++ % filler.length] as string);
    out.push(sentences.join(' '));
  }
  return out;
}

/** About `bytes` of news-like text: seed articles interleaved with filler paragraphs. */
export function mixedText(src: Sources, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  let offset = 0;
  while (size < bytes) {
    const seed = src.seeds.length ? (src.seeds[i % src.seeds.length] as string) : '';
    const fill = src.filler.length ? fillerParagraphs(src.filler, 6, 5, offset) : [];
    offset += 30;
    for (const p of [seed, ...fill]) {
      if (!p) continue;
      parts.push(p);
      size += p.length + 2;
    }
    if (!seed && fill.length === 0) break;
    i++;
  }
  return parts.join('\n\n');
}

/** About `bytes` of filler only: text the prefilter should reject. */
export function nonTopicText(src: Sources, bytes: number): string {
  if (!src.filler.length) return '';
  const parts: string[] = [];
  let size = 0;
  for (let offset = 0; size < bytes; offset += 5) {
    const p = fillerParagraphs(src.filler, 1, 5, offset)[0] as string;
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

/** The first `words` words of a text, cut at a word boundary. */
export function firstWords(text: string, words: number): string {
  const re = /\S+/g;
  let end = 0;
  for (let n = 0; n < words; n++) {
    const m = re.exec(text);
    if (!m) break;
    end = m.index + m[0].length;
  }
  return text.slice(0, end);
}

/** About `bytes` of relevant text only: the seed articles repeated, every passage about the topic. */
export function relevantText(src: Sources, bytes: number): string {
  if (!src.seeds.length) return '';
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const seed = src.seeds[i % src.seeds.length] as string;
    parts.push(seed);
    size += seed.length + 2;
  }
  return parts.join('\n\n');
}

/** Inputs that made the engine quadratic before: titles repeated ("Dr. Dr. …") and one endless sentence. */
export function hostileTexts(bytes: number): { name: string; text: string }[] {
  const titles = 'ALS trial news. ' + 'Dr. '.repeat(Math.ceil(bytes / 4));
  const sentence =
    'In ALS the MIROCALS trial of low-dose IL-2 ' + 'and the drug improved survival in patients '.repeat(Math.ceil(bytes / 43));
  return [
    { name: `${Math.round(bytes / 1000)} KB of "Dr. " titles`, text: titles },
    { name: `${Math.round(bytes / 1000)} KB single sentence`, text: sentence },
  ];
}

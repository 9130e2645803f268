// Which study is a sentence about? Named outright, followed from earlier in the document
// ("the trial" after MIROCALS), or matched on a standalone claim's concepts alone.
import type { Claim, ClaimsDb, SourceFile } from '../claims/schema';
import type { AnalyzedSentence } from './analyze';
import type { Concept } from './concepts';

export type Via = 'named' | 'context' | 'standalone';
export interface SourceLink {
  source: SourceFile;
  claim: Claim;
  via: Via;
}

/** "the trial", "these results", "the participants": a sentence that continues the story of the study before it. */
const BACK_REFERENCE =
  /^\s*(?:This|These|It|They)\b|\b(?:the|this|these|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:trial|study|studies|research|results?|findings?|data|team|researchers|investigators|participants|patients|infusions?|drug|treatment|therapy|outcomes?)\b|\bthe three\b/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface IndexedSource {
  source: SourceFile;
  named: { test(text: string): boolean } | null;
}

export class SourceIndex {
  private readonly entries: IndexedSource[];
  readonly standalone: { source: SourceFile; claim: Claim }[];

  constructor(db: ClaimsDb) {
    this.entries = db.sources.map((source) => {
      const acronyms: string[] = [];
      const words: string[] = [];
      for (const n of source.names) (/^[A-Z0-9-]+$/.test(n) ? acronyms : words).push(escape(n));
      for (const id of source.identifiers.registry) acronyms.push(id);
      if (source.identifiers.pmid) acronyms.push(`PMID:?\\s*${source.identifiers.pmid}`);
      if (source.identifiers.doi) words.push(escape(source.identifiers.doi));
      const named = acronyms.length + words.length > 0 ? combine(acronyms, words) : null;
      return { source, named };
    });
    this.standalone = db.sources.flatMap((source) => source.claims.filter((c) => c.standalone).map((claim) => ({ source, claim })));
  }

  namedIn(text: string): SourceFile[] {
    return this.entries.filter((e) => e.named?.test(text)).map((e) => e.source);
  }
}

/** One regex object that matches acronyms case-sensitively and other names case-insensitively. */
function combine(acronyms: string[], words: string[]): { test(text: string): boolean } {
  const a = acronyms.length ? new RegExp(`\\b(?:${acronyms.join('|')})\\b`) : null;
  const w = words.length ? new RegExp(`(?:^|\\W)(?:${words.join('|')})(?=\\W|$)`, 'i') : null;
  return { test: (text) => Boolean(a?.test(text) || w?.test(text)) };
}

export function claimMatches(claim: Claim, s: AnalyzedSentence): boolean {
  const { all, any, none } = claim.about;
  return all.every((c) => s.has(c)) && (any.length === 0 || any.some((c) => s.has(c))) && !none.some((c) => s.has(c));
}

/** Outcome words every study shares: on their own they do not tie a sentence to the study before it
 * ("Riluzole extends survival" after a paragraph on MIROCALS is not about MIROCALS). */
const GENERIC: ReadonlySet<Concept> = new Set<Concept>([
  'survival', 'progression', 'benefit', 'treatment', 'trial', 'safety', 'epidemiology', 'approval', 'cure', 'cause',
  'disease-ref', 'als', 'immune',
]);
/** Treatments: a sentence about one of these is not about a study of another. */
const INTERVENTIONS: readonly Concept[] = ['il2', 'treg', 'cell-therapy', 'riluzole', 'edaravone', 'amx0035', 'tofersen'];

function sharesTopic(source: SourceFile, s: AnalyzedSentence): boolean {
  return source.topics.some((t) => !GENERIC.has(t) && s.has(t));
}

/** The sentence names a treatment, and none of the ones this study tested. */
function aboutAnotherTreatment(source: SourceFile, s: AnalyzedSentence): boolean {
  const own: readonly Concept[] = source.topics;
  const named = INTERVENTIONS.filter((c) => s.has(c));
  return named.length > 0 && !named.some((c) => own.includes(c));
}

/** For each sentence, the (source, claim) pairs it may be checked against. */
export function linkSources(index: SourceIndex, sentences: readonly AnalyzedSentence[]): SourceLink[][] {
  const named = sentences.map((s) => index.namedIn(s.text));
  const history: SourceFile[] = []; // most recent first
  return sentences.map((s, i) => {
    const links: SourceLink[] = [];
    const push = (source: SourceFile, via: Via) => {
      for (const claim of source.claims) if (claimMatches(claim, s)) links.push({ source, claim, via });
    };
    const here = named[i]!;
    if (here.length > 0) {
      for (const src of here) push(src, 'named');
      for (const src of [...here].reverse()) {
        const at = history.indexOf(src);
        if (at >= 0) history.splice(at, 1);
        history.unshift(src);
      }
    } else {
      let followed = history.find((src) => sharesTopic(src, s));
      if (!followed && history[0] && BACK_REFERENCE.test(s.text)) followed = history[0];
      if (!followed && history.length === 0) {
        // A headline or lead before the study is named: look ahead to the first study named later.
        for (let j = i + 1; j < named.length && !followed; j++) followed = named[j]!.find((src) => sharesTopic(src, s));
      }
      if (followed && !aboutAnotherTreatment(followed, s)) push(followed, 'context');
    }
    for (const { source, claim } of index.standalone) {
      if (!links.some((l) => l.claim === claim) && claimMatches(claim, s)) links.push({ source, claim, via: 'standalone' });
    }
    return links;
  });
}

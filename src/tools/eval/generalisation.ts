// Part (d): the generalisation corpora in tests/generalisation/<set>/ — documents written from the dossier
// by someone who had not seen the engine, with per-sentence expectations (EXPECTATIONS.yaml). Scores the
// engine's findings on each document: must-flag recall (strict: verdict, a listed reason and the
// source; loose: any non-supported flag), and false flags on must-not-flag sentences.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { checkText, type Finding } from '../../engine';
import type { SentenceTrace } from '../../engine/check';
import { claimsDb, sourceIdentifiers } from '../../claims/db';
import { escapeRegExp } from '../../engine/regexp';
import { repoRoot } from './paths';

const Expectation = z.strictObject({
  sentence: z.string().min(1),
  kind: z.enum(['must-flag', 'must-not-flag', 'either-way']),
  verdict: z.enum(['overstated', 'misreported', 'outdated']).optional(),
  /** A second acceptable verdict where a sentence is fairly either. */
  alsoVerdict: z.enum(['overstated', 'misreported', 'outdated']).optional(),
  reasons: z.array(z.string()).default([]),
  source: z.string().optional(),
  /** Other identifiers that count as citing the right study. */
  alsoSource: z.union([z.string().transform((x) => [x]), z.array(z.string())]).default([]),
  why: z.string().optional(),
  /** Outdated labels: year-month of the event that superseded the sentence, and what it was. */
  since: z.union([z.string(), z.number().transform(String), z.date().transform((d) => d.toISOString().slice(0, 7))]).optional(),
  event: z.string().optional(),
});
const dateField = z.union([z.string(), z.number().transform(String), z.date().transform((d) => d.toISOString().slice(0, 10))]);
const Corpus = z.array(
  z.strictObject({
    file: z.string(),
    /** Where the document was paraphrased from (set-6 onwards: real coverage). */
    origin: z.string().optional(),
    kind: z.string().optional(),
    /** A synthetic set's own name for the document's register (set-101), beside its coarse `kind`. */
    register: z.string().optional(),
    /** The page's own publication date: handed to the engine as a page's metadata date would be. */
    published: dateField.optional(),
    expect: z.array(Expectation),
  }),
);
export type Doc = z.infer<typeof Corpus>[number];
type Expectation = z.infer<typeof Expectation>;

export const GENERALISATION_DIR = () => join(repoRoot(), 'tests', 'generalisation');

/** The sets: every folder under tests/generalisation with an EXPECTATIONS.yaml. */
export function generalisationSets(root = GENERALISATION_DIR()): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && expectationFiles(join(root, d.name)).length > 0)
    .map((d) => join(root, d.name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** A set's label files: EXPECTATIONS.yaml, or parts written separately (EXPECTATIONS.part-a.yaml, …). */
function expectationFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^EXPECTATIONS(?:\.part-[\w-]+)?\.yaml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function loadCorpus(dir: string): Doc[] | null {
  const files = expectationFiles(dir);
  if (files.length === 0) return null;
  return files.flatMap((file) => {
    const parsed = Corpus.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}: entry ${issue.path.join('.')}: ${issue.message}`);
    }
    return parsed.data;
  });
}

/** The page's date as the engine takes it (YYYY-MM-DD or YYYY-MM), or nothing when unknown. */
const publishedOf = (doc: Doc) => (doc.published && /^\d{4}-\d{2}/.test(doc.published) ? doc.published : undefined);

export interface CaseResult {
  file: string;
  e: Expectation;
  /** 'pass' | 'loose' (flagged, but wrong verdict/reason/source) | 'miss' | 'false-flag' | 'not-found' */
  outcome: 'pass' | 'loose' | 'miss' | 'false-flag' | 'not-found' | 'ok';
  finding?: Finding;
  /** With stages asked for: how the engine read the sentences the label covers. */
  traces?: SentenceTrace[];
  /** With stages asked for: whether the document has a date the engine was given. */
  dated?: boolean;
}

const squash = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** Where a sentence sits in the file, tolerating different whitespace (hard line wraps). */
function locate(content: string, sentence: string): { start: number; end: number } | null {
  const words = squash(sentence).split(' ').map(escapeRegExp);
  const re = new RegExp(words.join('\\s+'));
  const m = re.exec(content.replace(/[‘’]/g, "'").replace(/[“”]/g, '"'));
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Sets written before status was judged at the document's date (no `published` field) label every stale
 * status "outdated". Where the document's own dateline postdates the event, the engine now says the
 * sentence was already wrong when written (misreported, with the event): that is the same catch. */
const alreadyOutdated = (f: Finding, e: Expectation, doc: Doc) =>
  doc.published === undefined &&
  e.verdict === 'outdated' &&
  f.verdict === 'misreported' &&
  f.event !== undefined &&
  sourceMatches(f, e);

const sourceMatches = (f: Finding, e: Expectation) => {
  const wanted = [e.source, ...e.alsoSource].filter((x): x is string => Boolean(x)).map((x) => x.toLowerCase());
  return wanted.length === 0 || f.sources.some((id) => wanted.includes(id.toLowerCase()));
};

export function runGeneralisation(
  dir: string,
  opts: { traces?: boolean } = {},
): { results: CaseResult[]; unlabelled: { file: string; f: Finding }[] } | null {
  const corpus = loadCorpus(dir);
  if (!corpus) return null;
  const results: CaseResult[] = [];
  const unlabelled: { file: string; f: Finding }[] = [];
  for (const doc of corpus) {
    const content = readFileSync(join(dir, doc.file), 'utf8');
    const traces: SentenceTrace[] = [];
    const trace = opts.traces ? (t: SentenceTrace) => traces.push(t) : undefined;
    const findings = checkText(content, { published: publishedOf(doc), trace }).filter((f) => f.verdict !== 'supported');
    const claimed = new Set<Finding>();
    for (const e of doc.expect) {
      const at = locate(content, e.sentence);
      if (!at) {
        results.push({ file: doc.file, e, outcome: 'not-found' });
        continue;
      }
      const hit = findings.filter((f) => f.start < at.end && f.end > at.start);
      for (const f of hit) claimed.add(f);
      const f = hit[0];
      if (e.kind === 'must-flag') {
        const strict = hit.find(
          (x) =>
            ((x.verdict === e.verdict || x.verdict === e.alsoVerdict) &&
              sourceMatches(x, e) &&
              (e.reasons.length === 0 || x.reasons.some((r) => e.reasons.includes(r.code)))) ||
            alreadyOutdated(x, e, doc),
        );
        results.push({
          file: doc.file,
          e,
          outcome: strict ? 'pass' : f ? 'loose' : 'miss',
          finding: strict ?? f,
          traces: opts.traces ? traces.filter((t) => t.start < at.end && t.end > at.start) : undefined,
          dated: opts.traces ? publishedOf(doc) !== undefined : undefined,
        });
      } else if (e.kind === 'must-not-flag') {
        results.push({ file: doc.file, e, outcome: f ? 'false-flag' : 'ok', finding: f });
      } else results.push({ file: doc.file, e, outcome: 'ok', finding: f });
    }
    for (const f of findings) if (!claimed.has(f)) unlabelled.push({ file: doc.file, f });
  }
  return { results, unlabelled };
}

/** A set's first blind figures (BLIND.yaml: measured once, before anyone studied the set). */
function readBlind(dir: string): { commit: string; precision: number; recall: number; strict: number; must: number } | null {
  const file = join(dir, 'BLIND.yaml');
  if (!existsSync(file)) return null;
  return z
    .object({ commit: z.string(), precision: z.number(), recall: z.number(), strict: z.number(), must: z.number() })
    .parse(parse(readFileSync(file, 'utf8')));
}

const short = (s: string, n = 90) => (squash(s).length > n ? squash(s).slice(0, n - 1) + '…' : squash(s));
const describeFinding = (f?: Finding) =>
  f ? `${f.verdict} (${f.reasons.map((r) => r.code).join(', ')}) [${f.source}]` : 'silent';

/** One set's counts: must-flag sentences and how many were caught strictly or at all, flags right and in all (flags
 * on unlabelled sentences count as wrong), and the outdated labels with a dated event caught with that event's month. */
export interface SetFigures {
  must: number;
  strict: number;
  /** Must-flag sentences flagged at all (strict ones included). */
  loose: number;
  mustNot: number;
  falseFlags: number;
  eitherFlagged: number;
  /** Every flag. */
  flagged: number;
  dated: number;
  datedRight: number;
}

export function setFigures({ results, unlabelled }: NonNullable<ReturnType<typeof runGeneralisation>>): SetFigures {
  const count = (pred: (r: CaseResult) => boolean) => results.filter(pred).length;
  const strict = count((r) => r.outcome === 'pass');
  const loose = strict + count((r) => r.outcome === 'loose');
  const falseFlags = count((r) => r.outcome === 'false-flag');
  const eitherFlagged = count((r) => r.e.kind === 'either-way' && r.finding !== undefined);
  // Outdated labels with a dated event: flagged outdated, citing an event of that year-month.
  const dated = results.filter((r) => r.e.kind === 'must-flag' && r.e.verdict === 'outdated' && r.e.since);
  return {
    must: count((r) => r.e.kind === 'must-flag'),
    strict,
    loose,
    mustNot: count((r) => r.e.kind === 'must-not-flag'),
    falseFlags,
    eitherFlagged,
    flagged: loose + eitherFlagged + falseFlags + unlabelled.length,
    dated: dated.length,
    datedRight: dated.filter((r) => r.finding?.verdict === 'outdated' && r.finding.event?.date.startsWith(r.e.since!.slice(0, 7)))
      .length,
  };
}

/** One set's report lines. */
function reportSet(dir: string, verbose: boolean): string[] {
  const run = runGeneralisation(dir);
  if (!run) return [];
  const { results, unlabelled } = run;
  const { must, strict, loose, mustNot, falseFlags, eitherFlagged, flagged, dated, datedRight } = setFigures(run);
  const precision = flagged ? (loose + eitherFlagged) / flagged : 1;
  const blind = readBlind(dir);
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—');
  const lines = [
    `  ${basename(dir)}: ${new Set(results.map((r) => r.file)).size} documents, ${results.length} labelled sentences`,
    `    must-flag: ${must}; flagged with the expected verdict, reason and source: ${strict} (${pct(strict, must)}%); flagged at all: ${loose} (${pct(loose, must)}%)`,
    `    must-not-flag: ${mustNot}; wrongly flagged: ${falseFlags} (${pct(falseFlags, mustNot)}%)`,
    `    flags on unlabelled sentences: ${unlabelled.length}; precision (flags on must-flag or either-way sentences / all flags): ${pct(loose + eitherFlagged, flagged)}%`,
  ];
  if (dated)
    lines.push(
      `    outdated status sentences with a dated event: ${dated}; flagged outdated with that event's month: ${datedRight} (${pct(datedRight, dated)}%)`,
    );
  lines.push(
    `    SUMMARY ${basename(dir)}: precision ${precision.toFixed(2)}  recall ${(must ? strict / must : 0).toFixed(2)} (strict ${strict}/${must})` +
      (blind
        ? `   | blind first (${blind.commit}): precision ${blind.precision.toFixed(2)}  recall ${blind.recall.toFixed(2)} (strict ${blind.strict}/${blind.must})`
        : ''),
  );
  const notFound = results.filter((r) => r.outcome === 'not-found');
  if (notFound.length) lines.push(`    expectations whose sentence is not in its file: ${notFound.length}`);
  // A held-out set is measured, never studied: its sentences are not listed, even with --errors.
  const heldOut = existsSync(join(dir, 'HELD_OUT'));
  if (heldOut) lines[0] += ' (held out: errors not listed)';
  if (verbose && !heldOut) {
    for (const r of results) {
      if (r.outcome === 'ok' || r.outcome === 'pass') continue;
      const want = r.e.kind === 'must-flag' ? `${r.e.verdict} (${r.e.reasons.join(', ')}) [${r.e.source ?? ''}]` : 'silent';
      lines.push(
        `    ${r.outcome.toUpperCase().padEnd(10)} [${r.file}] ${short(r.e.sentence)} — want ${want}; got ${describeFinding(r.finding)}`,
      );
    }
    for (const u of unlabelled) lines.push(`    UNLABELLED [${u.file}] ${short(u.f.text)} — ${describeFinding(u.f)}`);
  }
  return lines;
}

/** Where a must-flag sentence was lost, in the order the engine works: never reached a rule (the prefilter
 * dropped its passage), linked to no study or another, linked but read as a hope, question or condition,
 * linked and judged but no rule fired, a rule fired but the finding shown was another, or flagged with
 * another verdict or reason. */
type Stage = 'prefiltered' | 'other-study' | 'not-linked' | 'not-judged' | 'no-rule-fired' | 'fired-not-shown' | 'loose';

const sourceIdOf = new Map(
  claimsDb.sources.flatMap((src) => sourceIdentifiers(src).map((id) => [id.toLowerCase(), src.id] as const)),
);

function stageOf(r: CaseResult): Stage {
  if (r.outcome === 'loose') return 'loose';
  const traces = r.traces ?? [];
  if (traces.length === 0) return 'prefiltered';
  const wanted = new Set(
    [r.e.source, ...r.e.alsoSource].filter((x): x is string => !!x).map((id) => sourceIdOf.get(id.toLowerCase()) ?? id),
  );
  const links = traces.flatMap((t) => t.links);
  const own = links.filter((l) => wanted.has(l.source));
  if (own.length === 0) return links.length ? 'other-study' : 'not-linked';
  if (!traces.some((t) => t.judged)) return 'not-judged';
  return own.some((l) => l.fired.length > 0) ? 'fired-not-shown' : 'no-rule-fired';
}

/** Counts only (no sentence is shown, so held-out sets can be counted too): where each set's must-flag
 * misses were lost, and the reasons their labels wanted. */
export function missStages(opts: { only?: string } = {}): string {
  const lines = ['(d) where must-flag sentences were missed (counts only; stages in the order the engine works)'];
  for (const dir of generalisationSets().filter((d) => !opts.only || basename(d) === opts.only)) {
    const run = runGeneralisation(dir, { traces: true });
    if (!run) continue;
    const missed = run.results.filter((r) => r.e.kind === 'must-flag' && (r.outcome === 'miss' || r.outcome === 'loose'));
    const tally = (key: (r: CaseResult) => string[]) => {
      const m = new Map<string, number>();
      for (const r of missed) for (const k of key(r)) m.set(k, (m.get(k) ?? 0) + 1);
      return [...m]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
    };
    lines.push(`  ${basename(dir)}: ${missed.length} missed`);
    if (missed.length === 0) continue;
    lines.push(`    by stage: ${tally((r) => [stageOf(r)])}`);
    lines.push(`    by wanted reason: ${tally((r) => (r.e.reasons.length ? r.e.reasons : ['(none)']))}`);
    lines.push(
      `    by wanted study: ${tally((r) => [sourceIdOf.get((r.e.source ?? '').toLowerCase()) ?? r.e.source ?? '(none)'])}`,
    );
    lines.push(`    by document date: ${tally((r) => [r.dated ? 'dated' : 'undated'])}`);
  }
  return lines.join('\n');
}

/** Runs part (d) and returns the report text. `only` limits it to one set by folder name. */
export function evalGeneralisation(opts: { verbose?: boolean; only?: string } = {}): string {
  const sets = generalisationSets().filter((d) => !opts.only || basename(d) === opts.only);
  if (sets.length === 0) return `(d) generalisation corpora: none found under ${GENERALISATION_DIR()}; skipped.`;
  return [
    `(d) generalisation corpora (${GENERALISATION_DIR()})`,
    ...sets.flatMap((d) => reportSet(d, opts.verbose ?? false)),
  ].join('\n');
}

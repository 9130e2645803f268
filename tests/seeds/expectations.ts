// Reads ../shared/seeds/EXPECTATIONS.md (beside the repository) into checkable expectations and
// scores a set of findings against them. Used by the acceptance test and by `npm run eval`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

export interface FindingLike {
  text: string;
  verdict: string;
  sources: string[];
  reasons: { code: string }[];
}

export type ExpectationKind = 'must-flag' | 'must-not-flag' | 'either-way' | 'nothing-flagged';

export interface Expectation {
  seed: string;
  kind: ExpectationKind;
  /** Fragments that together identify the sentence (opening words, pieces around "…"). */
  fragments: string[];
  label: string;
  verdict?: string;
  source?: string;
  reasons: string[];
}

const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

function fragmentsOf(quoted: string): string[] {
  return quoted
    .split(/…|\.\.\./)
    .map((f) => f.trim())
    .filter((f) => f.length >= 3);
}

/** The quoted text in a table cell or list item; unquoted "the sentence about X" gives X. */
function quotedIn(cell: string): string | undefined {
  const q = /["“]([^"”]+)["”]/.exec(cell);
  if (q) return q[1];
  const about = /the sentence about (?:the )?(.+?)(?:\s*\(|$)/i.exec(cell);
  return about?.[1];
}

export function parseExpectations(markdown: string): Expectation[] {
  const out: Expectation[] = [];
  const sections = markdown.split(/^## /m).slice(1);
  for (const section of sections) {
    const seed = /^(\S+\.txt)/.exec(section)?.[1];
    if (!seed) continue;
    let mode: 'flag' | 'other' = 'other';
    const lines = section.split('\n');
    let paragraph = '';
    const flushParagraph = () => {
      const m = /^(Must not flag|Either way)[^:]*:\s*([\s\S]*)$/i.exec(paragraph.trim());
      paragraph = '';
      if (!m) return;
      const kind: ExpectationKind = /must not/i.test(m[1]!) ? 'must-not-flag' : 'either-way';
      const body = m[2]!;
      // Items are quoted sentences; a trailing parenthesis comments on the item before it.
      // Parenthesised remarks outside quotes comment on an item ("(hedged "suggests … partly" …)"): skip them.
      const items = (body.match(/["“][^"”]+["”]|\((?:[^()]|\([^()]*\))*\)|the sentence about [^;.(]+/gi) ?? []).filter(
        (t) => !t.startsWith('('),
      );
      const verdict = /as (overstated|misreported|outdated)/i.exec(body)?.[1];
      const source = /against ((?:pmid:|doi:)?[\w./()-]+\d)/i.exec(body)?.[1];
      for (const item of items) {
        const quoted = quotedIn(item);
        if (!quoted) continue;
        // "in … slowing": a quoted word inside a longer quote is not an item of its own.
        if (quoted.trim().split(/\s+/).length < 3) continue;
        out.push({ seed, kind, fragments: fragmentsOf(quoted), label: quoted.slice(0, 70), verdict, source, reasons: [] });
      }
    };
    for (const line of lines) {
      if (/^Must flag/i.test(line)) {
        mode = 'flag';
        continue;
      }
      if (mode === 'flag' && line.startsWith('|')) {
        const cells = line
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim());
        if (cells.length < 4 || /^-+$/.test(cells[1]!) || /verdict/i.test(cells[1]!)) continue;
        const quoted = quotedIn(cells[0]!);
        if (!quoted) continue;
        const reasons = cells[3]!
          .split(/\s+—\s+/)[0]!
          .split(/,\s*/)
          .filter((r) => /^[a-z-]+$/.test(r));
        out.push({
          seed,
          kind: 'must-flag',
          fragments: fragmentsOf(quoted),
          label: quoted.slice(0, 70),
          verdict: cells[1],
          source: cells[2],
          reasons,
        });
        continue;
      }
      if (mode === 'flag' && line.trim() === '') mode = 'other';
      if (/^(Must not flag|Either way)/i.test(line) || (paragraph && line.trim() !== '')) paragraph += ` ${line}`;
      if (line.trim() === '' && paragraph) flushParagraph();
      if (/nothing on it is flagged/i.test(line))
        out.push({ seed, kind: 'nothing-flagged', fragments: [], label: 'nothing flagged', reasons: [] });
    }
    if (paragraph) flushParagraph();
  }
  return out;
}

export interface LineResult {
  seed: string;
  kind: ExpectationKind;
  text: string;
  pass: boolean;
  detail: string;
}

const isFlag = (f: FindingLike) => f.verdict !== 'supported';

function findingFor(e: Expectation, findings: FindingLike[]): FindingLike | undefined {
  return findings.find((f) => e.fragments.every((frag) => norm(f.text).includes(norm(frag))));
}

export function scoreExpectation(e: Expectation, findings: FindingLike[]): LineResult {
  const base = { seed: e.seed, kind: e.kind, text: e.label };
  if (e.kind === 'nothing-flagged') {
    const flags = findings.filter(isFlag);
    return {
      ...base,
      pass: flags.length === 0,
      detail: flags.length ? `flagged: ${flags.map((f) => f.text.slice(0, 50)).join(' | ')}` : 'no flags',
    };
  }
  const f = findingFor(e, findings);
  if (e.kind === 'must-not-flag') {
    const bad = f && isFlag(f);
    return {
      ...base,
      pass: !bad,
      detail: bad ? `flagged ${f.verdict} (${f.reasons.map((r) => r.code).join(', ')})` : f ? 'supported' : 'silent',
    };
  }
  if (e.kind === 'either-way') {
    if (!f || !isFlag(f)) return { ...base, pass: true, detail: 'not flagged' };
    const okVerdict = !e.verdict || f.verdict === e.verdict;
    const okSource = !e.source || f.sources.some((s) => s.toLowerCase() === e.source!.toLowerCase());
    return {
      ...base,
      pass: okVerdict && okSource,
      detail: `flagged ${f.verdict} [${f.sources.join(' ')}] (${f.reasons.map((r) => r.code).join(', ')})`,
    };
  }
  if (!f || !isFlag(f)) return { ...base, pass: false, detail: 'not flagged' };
  const problems: string[] = [];
  if (f.verdict !== e.verdict) problems.push(`verdict ${f.verdict}, expected ${e.verdict}`);
  if (e.source && !f.sources.some((s) => s.toLowerCase() === e.source!.toLowerCase()))
    problems.push(`sources ${f.sources.join(' ')}, expected ${e.source}`);
  const codes = f.reasons.map((r) => r.code);
  const missing = e.reasons.filter((r) => !codes.includes(r));
  if (missing.length) problems.push(`missing reasons ${missing.join(', ')}`);
  return {
    ...base,
    pass: problems.length === 0,
    detail: problems.length ? problems.join('; ') : `${f.verdict} (${codes.join(', ')})`,
  };
}

/** Scores every expectation; `findingsFor(path)` returns the product's findings on a seed file. */
export async function evaluateSeeds(
  findingsFor?: (paths: string[]) => Promise<Map<string, FindingLike[]>> | Map<string, FindingLike[]>,
): Promise<{ lines: LineResult[] }> {
  const md = join(SEEDS_DIR, 'EXPECTATIONS.md');
  if (!existsSync(md)) throw new Error(`seed expectations not found at ${md}`);
  const expectations = parseExpectations(readFileSync(md, 'utf8'));
  const seeds = [...new Set(expectations.map((e) => e.seed))];
  const paths = seeds.map((s) => join(SEEDS_DIR, s));
  const run = findingsFor ?? defaultFindings;
  const bySeed = await run(paths);
  return { lines: expectations.map((e) => scoreExpectation(e, bySeed.get(join(SEEDS_DIR, e.seed)) ?? [])) };
}

/** The CLI's JSON findings for the seed files (the product as a journalist runs it). */
async function defaultFindings(paths: string[]): Promise<Map<string, FindingLike[]>> {
  const { execFileSync } = await import('node:child_process');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/tools/check.ts'), '--format', 'json', ...paths],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const report = JSON.parse(out) as { reports: { input: string; findings: FindingLike[] }[] };
  return new Map(report.reports.map((r) => [resolve(root, r.input), r.findings]));
}

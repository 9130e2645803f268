// Reads every claims/*.yaml, validates it and returns the database, or every problem found,
// each naming the file, the entry and the field. Node-only (used by the compiler, CLI tools and tests).
import { GENERAL_CONCEPTS } from '../engine/concepts';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { SourceFile, type ClaimsDb } from './schema';

export interface ClaimsProblem {
  file: string;
  /** "source" or "claim mirocals-survival" or "claims[3]". */
  entry: string;
  /** Dotted field path inside the entry, e.g. "wrongReadings[0].verdict". */
  field: string;
  line?: number;
  message: string;
}

export class ClaimsError extends Error {
  constructor(readonly problems: ClaimsProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ClaimsError';
  }
}

export function formatProblem(p: ClaimsProblem): string {
  const at = p.line ? `${p.file}:${p.line}` : p.file;
  return `${at}: ${p.entry}: ${p.field || '(entry)'}: ${p.message}`;
}

function pathToString(path: PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
}

/** Splits a zod path into the entry (a claim, named by its id when it has one) and the field inside it. */
function entryAndField(path: PropertyKey[], data: unknown): { entry: string; field: string } {
  if (path[0] === 'claims' && typeof path[1] === 'number') {
    const claim = (data as { claims?: unknown[] })?.claims?.[path[1]] as { id?: unknown } | undefined;
    const name = typeof claim?.id === 'string' ? `claim ${claim.id}` : `claims[${path[1]}]`;
    return { entry: name, field: pathToString(path.slice(2)) };
  }
  if (path[0] === 'results' && typeof path[1] === 'number') {
    const r = (data as { results?: unknown[] })?.results?.[path[1]] as { id?: unknown } | undefined;
    const name = typeof r?.id === 'string' ? `result ${r.id}` : `results[${path[1]}]`;
    return { entry: name, field: pathToString(path.slice(2)) };
  }
  return { entry: 'source', field: pathToString(path) };
}

/** Parses and validates one file's text. `file` is only used in messages. */
export function parseClaimsFile(
  file: string,
  text: string,
): { source?: SourceFile; problems: ClaimsProblem[]; lineOf?: (path: (string | number)[]) => number | undefined } {
  if (text.trim() === '') return { problems: [{ file, entry: 'source', field: '', message: 'file is empty' }] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        entry: 'source',
        field: '',
        line: e.linePos?.[0]?.line ?? (e.pos ? lines.linePos(e.pos[0]).line : undefined),
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ file, entry: 'source', field: '', message: 'must be a mapping (key: value) at the top level' }] };
  }
  const parsed = SourceFile.safeParse(data);
  if (!parsed.success) {
    return {
      // An unknown key is a problem of that key, not of the object holding it: one problem per key.
      problems: parsed.error.issues
        .flatMap((issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string }[] =>
          issue.code === 'unrecognized_keys'
            ? issue.keys.map((key) => ({ ...issue, path: [...issue.path, key], message: `Unrecognized key: "${key}"` }))
            : [issue],
        )
        .map((issue) => {
          const { entry, field } = entryAndField(issue.path, data);
          // Point at the deepest node that exists, for a line number.
          let line: number | undefined;
          for (let i = issue.path.length; i >= 0 && line === undefined; i--) {
            const node = doc.getIn(issue.path.slice(0, i) as (string | number)[], true);
            if (isNode(node) && node.range) line = lines.linePos(node.range[0]).line;
          }
          return { file, entry, field, line, message: issue.message };
        }),
    };
  }
  const source = parsed.data;
  const problems: ClaimsProblem[] = [];
  const expected = basename(file).replace(/\.ya?ml$/, '');
  if (source.id !== expected) {
    problems.push({ file, entry: 'source', field: 'id', message: `id "${source.id}" must equal the file name "${expected}"` });
  }
  const seen = new Set<string>();
  for (const c of source.claims) {
    if (seen.has(c.id)) problems.push({ file, entry: `claim ${c.id}`, field: 'id', message: 'duplicate claim id in this file' });
    seen.add(c.id);
    if (c.about.all.length + c.about.any.length === 0) {
      problems.push({ file, entry: `claim ${c.id}`, field: 'about', message: 'needs at least one concept in all or any' });
    }
  }
  const ids = source.identifiers;
  if (ids.registry.length === 0 && !ids.doi && !ids.pmid) {
    problems.push({ file, entry: 'source', field: 'identifiers', message: 'needs at least a registry ID, a DOI or a PMID' });
  }
  const lineOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    return isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
  };
  return { source, problems, lineOf };
}

/** Loads the whole directory; throws ClaimsError listing every problem in every file. */
export function loadClaimsDir(dir: string): ClaimsDb {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  if (files.length === 0)
    throw new ClaimsError([{ file: dir, entry: 'source', field: '', message: 'no .yaml claims files found' }]);
  const problems: ClaimsProblem[] = [];
  const sources: SourceFile[] = [];
  const claimOwner = new Map<string, string>();
  const lineFinders = new Map<string, (path: (string | number)[]) => number | undefined>();
  for (const f of files) {
    const path = join(dir, f);
    const shown = relative(process.cwd(), path) || path;
    const result = parseClaimsFile(shown, readFileSync(path, 'utf8'));
    problems.push(...result.problems);
    if (!result.source) continue;
    for (const c of result.source.claims) {
      const other = claimOwner.get(c.id);
      if (other && other !== shown) {
        problems.push({ file: shown, entry: `claim ${c.id}`, field: 'id', message: `claim id already used in ${other}` });
      }
      claimOwner.set(c.id, shown);
    }
    sources.push(result.source);
    if (result.lineOf) lineFinders.set(result.source.id, result.lineOf);
  }
  problems.push(...vocabularyProblems(sources, dir, lineFinders));
  if (problems.length > 0) throw new ClaimsError(problems);
  return { version: 1, compiledFrom: files, sources };
}

/** Every concept a file uses must be a general one or defined by some file; no concept defined twice. */
export function vocabularyProblems(
  sources: readonly SourceFile[],
  dir: string,
  lineFinders: ReadonlyMap<string, (path: (string | number)[]) => number | undefined> = new Map(),
): ClaimsProblem[] {
  const problems: ClaimsProblem[] = [];
  const definedIn = new Map<string, string>();
  const fileOf = (s: SourceFile) => relative(process.cwd(), join(dir, `${s.id}.yaml`)) || `${s.id}.yaml`;
  const general = (id: string) => (GENERAL_CONCEPTS as readonly string[]).includes(id);
  for (const s of sources) {
    s.concepts.forEach((c, i) => {
      if (general(c.id)) return; // adds patterns to a general concept
      const other = definedIn.get(c.id);
      if (other)
        problems.push({
          file: fileOf(s),
          entry: `concept ${c.id}`,
          field: 'id',
          line: lineFinders.get(s.id)?.(['concepts', i, 'id']),
          message: `concept already defined in ${other}`,
        });
      else definedIn.set(c.id, fileOf(s));
    });
  }
  const known = (id: string) => general(id) || definedIn.has(id);
  const ids = new Set(sources.map((s) => s.id));
  for (const s of sources) {
    s.related.forEach((r, i) => {
      if (!ids.has(r))
        problems.push({
          file: fileOf(s),
          entry: 'source',
          field: `related[${i}]`,
          line: lineFinders.get(s.id)?.(['related', i]),
          message: `no source with id "${r}"`,
        });
    });
  }
  for (const s of sources) {
    const check = (entry: string, at: (string | number)[], field: string, ids: readonly string[]) =>
      ids.forEach((id, i) => {
        if (known(id)) return;
        problems.push({
          file: fileOf(s),
          entry,
          field: `${field}[${i}]`,
          line: lineFinders.get(s.id)?.([...at, i]),
          message: `unknown concept "${id}": use a general concept or define it under concepts in a claims file`,
        });
      });
    check('source', ['topics'], 'topics', s.topics);
    for (const [i, set] of s.representative.entries()) check('source', ['representative', i], `representative[${i}]`, set);
    s.claims.forEach((c, k) => {
      for (const part of ['all', 'any', 'none'] as const)
        check(`claim ${c.id}`, ['claims', k, 'about', part], `about.${part}`, c.about[part]);
      check(`claim ${c.id}`, ['claims', k, 'qualifiers'], 'qualifiers', c.qualifiers);
    });
  }
  return problems;
}

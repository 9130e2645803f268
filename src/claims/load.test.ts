// Malformed claims files: each kind of breakage is built by mutating a copy of claims/mirocals.yaml in a
// temp dir, loaded with loadClaimsDir, and must be reported with the file, the entry and the field named.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REASON_VERDICT, type ReasonCode } from '../engine/verdicts';
import { ClaimsError, formatProblem, loadClaimsDir, parseClaimsFile, type ClaimsProblem } from './load';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ORIGINAL = readFileSync(join(ROOT, 'claims/mirocals.yaml'), 'utf8');

/** Applies a text edit and fails loudly if it no longer applies (the file changed shape). */
function mutate(text: string, pattern: RegExp | string, replacement: string | ((...m: string[]) => string)): string {
  const out = text.replace(pattern, replacement as never);
  if (out === text) throw new Error(`mutation ${String(pattern)} does not apply to claims/mirocals.yaml any more`);
  return out;
}

const CLAIMS_AT = ORIGINAL.search(/^claims:\n/m);
const FIRST_CLAIM = /^claims:\n {2}- id: ([a-z0-9-]+)\n/m.exec(ORIGINAL)?.[1] ?? '';
const SECOND_CLAIM = /^ {2}- id: ([a-z0-9-]+)\n/m.exec(ORIGINAL.slice(CLAIMS_AT + 20))?.[1] ?? '';
const FIRST_RESULT = /^results:\n {2}- id: ([a-z0-9-]+)\n/m.exec(ORIGINAL)?.[1] ?? '';

/** Edits only the claims section (everything from `claims:` on). */
function mutateClaims(pattern: RegExp | string, replacement: string | ((...m: string[]) => string)): string {
  return ORIGINAL.slice(0, CLAIMS_AT) + mutate(ORIGINAL.slice(CLAIMS_AT), pattern, replacement);
}

/** Writes files into a fresh temp dir and returns every problem loadClaimsDir reports. */
function loadProblems(files: Record<string, string>): { problems: ClaimsProblem[]; message: string } {
  const dir = mkdtempSync(join(tmpdir(), 'trialtrace-claims-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    loadClaimsDir(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(ClaimsError);
    return { problems: (e as ClaimsError).problems, message: (e as ClaimsError).message };
  }
  throw new Error('loadClaimsDir accepted a broken file');
}

interface Case {
  name: string;
  text: () => string;
  /** File name in the temp dir (default mirocals.yaml). */
  file?: string;
  entry: string;
  field: string;
  message: RegExp;
  /** Whether the problem must carry a line number (default true). */
  line?: boolean;
}

const CASES: Case[] = [
  {
    name: 'YAML syntax error (unclosed flow sequence)',
    text: () => mutate(ORIGINAL, /^kind: trial$/m, 'kind: [trial'),
    entry: 'source',
    field: '',
    message: /YAML syntax/,
  },
  {
    name: 'YAML duplicate key',
    text: () => mutate(ORIGINAL, /^kind: trial$/m, 'kind: trial\nkind: paper'),
    entry: 'source',
    field: '',
    message: /YAML syntax: Map keys must be unique/,
  },
  { name: 'empty file', text: () => '', entry: 'source', field: '', message: /file is empty/, line: false },
  { name: 'whitespace-only file', text: () => ' \n\n  \n', entry: 'source', field: '', message: /file is empty/, line: false },
  {
    name: 'comments only',
    text: () =>
      ORIGINAL.split('\n')
        .filter((l) => l.startsWith('#'))
        .join('\n'),
    entry: 'source',
    field: '',
    message: /must be a mapping/,
    line: false,
  },
  {
    name: 'top-level list',
    text: () => mutate(ORIGINAL.replace(/^(?!#)(.+)$/gm, '  $1'), /^ {2}id: /m, '- id: '),
    entry: 'source',
    field: '',
    message: /must be a mapping/,
    line: false,
  },
  {
    name: 'missing required field (conclusion)',
    text: () => mutate(ORIGINAL, /^conclusion: >-\n(?: {2}.*\n)+/m, ''),
    entry: 'source',
    field: 'conclusion',
    message: /expected string, received undefined/,
  },
  {
    name: 'wrong type (design.randomised)',
    text: () => mutate(ORIGINAL, /^( {2}randomised: )true$/m, '$1"yes"'),
    entry: 'source',
    field: 'design.randomised',
    message: /expected boolean/,
  },
  {
    name: 'number where a string is expected (unquoted year)',
    text: () => mutate(ORIGINAL, /^reviewed: .*$/m, 'reviewed: 2026'),
    entry: 'source',
    field: 'reviewed',
    message: /expected string, received number/,
  },
  {
    name: 'unknown field at the top level (strict)',
    text: () => mutate(ORIGINAL, /^kind: trial$/m, 'kind: trial\ncolour: red'),
    entry: 'source',
    field: 'colour',
    message: /Unrecognized key: "colour"/,
  },
  {
    name: 'unknown field in a claim (strict)',
    text: () => mutateClaims(`  - id: ${FIRST_CLAIM}\n`, `  - id: ${FIRST_CLAIM}\n    severity: high\n`),
    entry: `claim ${FIRST_CLAIM}`,
    field: 'severity',
    message: /Unrecognized key: "severity"/,
  },
  {
    name: 'bad NCT number',
    text: () => mutate(ORIGINAL, 'registry: [NCT03039673]', 'registry: [NCT3039673]'),
    entry: 'source',
    field: 'identifiers.registry[0]',
    message: /must be an NCT number/,
  },
  {
    name: 'bad DOI (a URL, not a bare DOI)',
    text: () => mutate(ORIGINAL, /^( {2}doi: )/m, '$1https://doi.org/'),
    entry: 'source',
    field: 'identifiers.doi',
    message: /must be a bare DOI/,
  },
  {
    name: 'bad PMID',
    text: () => mutate(ORIGINAL, /^( {2}pmid: ).*$/m, '$1"PMID40354799"'),
    entry: 'source',
    field: 'identifiers.pmid',
    message: /digits only/,
  },
  {
    name: 'no identifiers',
    text: () => mutate(ORIGINAL, /^identifiers:\n(?: {2}.*\n)+/m, 'identifiers: {}\n'),
    entry: 'source',
    field: 'identifiers',
    message: /needs at least a registry ID, a DOI or a PMID/,
    line: false,
  },
  {
    name: 'verdict not matching the reason code',
    text: () =>
      mutateClaims(
        /(reason: ([a-z-]+)\n\s+verdict: )([a-z]+)/,
        (_m, head, reason) => `${head}${REASON_VERDICT[reason as ReasonCode] === 'overstated' ? 'misreported' : 'overstated'}`,
      ),
    entry: `claim ${FIRST_CLAIM}`,
    field: 'wrongReadings[0].verdict',
    message: /verdict does not match the reason code/,
  },
  {
    name: 'unknown reason code',
    text: () => mutateClaims(/reason: [a-z-]+/, 'reason: hype'),
    entry: `claim ${FIRST_CLAIM}`,
    field: 'wrongReadings[0].reason',
    message: /Invalid option/,
  },
  {
    name: 'supported as a wrong reading',
    text: () => mutateClaims(/(reason: [a-z-]+\n\s+verdict: )[a-z]+/, '$1supported'),
    entry: `claim ${FIRST_CLAIM}`,
    field: 'wrongReadings[0].verdict',
    message: /Invalid option/,
  },
  {
    name: 'unknown concept id',
    text: () => mutateClaims(/^ {4}about: .*$/m, '    about: { all: [warp-drive] }'),
    entry: `claim ${FIRST_CLAIM}`,
    field: 'about.all[0]',
    message: /unknown concept "warp-drive"/,
  },
  {
    name: 'claim about no concept',
    text: () => mutateClaims(/^ {4}about: .*$/m, '    about: { all: [], any: [] }'),
    entry: `claim ${FIRST_CLAIM}`,
    field: 'about',
    message: /needs at least one concept/,
    line: false,
  },
  {
    name: 'unknown topic concept',
    text: () => mutate(ORIGINAL, /^topics: \[/m, 'topics: [telepathy, '),
    entry: 'source',
    field: 'topics[0]',
    message: /unknown concept "telepathy"/,
  },
  {
    name: 'wrongReadings empty',
    text: () => mutateClaims(/^ {4}wrongReadings:\n(?: {6}.*\n)+/m, '    wrongReadings: []\n'),
    entry: `claim ${FIRST_CLAIM}`,
    field: 'wrongReadings',
    message: /needs at least one known wrong reading/,
  },
  {
    name: 'claim id not kebab-case',
    text: () => mutateClaims(`  - id: ${SECOND_CLAIM}\n`, '  - id: Second_Claim\n'),
    entry: 'claim Second_Claim',
    field: 'id',
    message: /lower-case kebab-case/,
  },
  {
    name: 'duplicate claim id in a file',
    text: () => mutateClaims(`  - id: ${SECOND_CLAIM}\n`, `  - id: ${FIRST_CLAIM}\n`),
    entry: `claim ${FIRST_CLAIM}`,
    field: 'id',
    message: /duplicate claim id in this file/,
    line: false,
  },
  {
    name: 'id not the file name',
    text: () => ORIGINAL,
    file: 'mirocals-2025.yaml',
    entry: 'source',
    field: 'id',
    message: /id "mirocals" must equal the file name "mirocals-2025"/,
    line: false,
  },
  {
    name: 'bad date (reviewed)',
    text: () => mutate(ORIGINAL, /^reviewed: .*$/m, 'reviewed: 21/11/2026'),
    entry: 'source',
    field: 'reviewed',
    message: /must be a date as YYYY, YYYY-MM or YYYY-MM-DD/,
  },
  {
    name: 'unknown approval region (status.approvals)',
    text: () => mutate(ORIGINAL, /^( {4}- \{ region: )EU\b/m, '$1Mars'),
    entry: 'source',
    field: 'status.approvals[0].region',
    message: /Invalid option/,
  },
  {
    name: 'bad date (status.dates)',
    text: () => mutate(ORIGINAL, /(started: )[0-9-]+/, '$1"June 2017"'),
    entry: 'source',
    field: 'status.dates.started',
    message: /must be a date/,
  },
  {
    name: 'bad URL in links',
    text: () => mutate(ORIGINAL, /url: "https:\/\/(clinicaltrials\.gov)/, 'url: "$1'),
    entry: 'source',
    field: 'links[0].url',
    message: /Invalid URL/,
  },
  {
    name: 'bad enum in a result',
    text: () => mutate(ORIGINAL, /^( {4}population: )whole$/m, '$1everyone'),
    entry: `result ${FIRST_RESULT}`,
    field: 'population',
    message: /Invalid option/,
  },
  {
    name: 'topics empty',
    text: () => mutate(ORIGINAL, /^topics: \[.*\]$/m, 'topics: []'),
    entry: 'source',
    field: 'topics',
    message: /needs at least one topic concept/,
  },
];

describe('claims loader: the unmodified file loads', () => {
  it('claims/mirocals.yaml has no problems, so every case below breaks exactly one thing', () => {
    expect(FIRST_CLAIM && SECOND_CLAIM && FIRST_RESULT).toBeTruthy();
    expect(parseClaimsFile('mirocals.yaml', ORIGINAL).problems).toEqual([]);
    const db = loadClaimsDir(join(ROOT, 'claims'));
    expect(db.sources.some((s) => s.id === 'mirocals')).toBe(true);
  });
});

describe('claims loader: a malformed file names the file, the entry and the field', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const file = c.file ?? 'mirocals.yaml';
    const { problems, message } = loadProblems({ [file]: c.text() });
    const p = problems.find((x) => c.message.test(x.message));
    expect(p, `no problem matching ${c.message} in:\n${message}`).toBeDefined();
    expect(p!.file.endsWith(file)).toBe(true);
    expect(p!.entry).toBe(c.entry);
    expect(p!.field).toBe(c.field);
    if (c.line !== false) expect(p!.line, 'line number').toBeGreaterThan(0);
    // What a human reads: the formatted line names all three.
    const shown = formatProblem(p!);
    expect(shown).toContain(file);
    expect(shown).toContain(c.entry);
    if (c.field) expect(shown).toContain(`: ${c.field}: `);
    expect(message).toContain(shown);
  });

  it('a claim id used in two files names the second file, the claim and its id field', () => {
    const copy = mutate(ORIGINAL, /^id: mirocals$/m, 'id: mirocals-copy');
    const { problems } = loadProblems({ 'mirocals.yaml': ORIGINAL, 'mirocals-copy.yaml': copy });
    const p = problems.find((x) => /already used in/.test(x.message));
    expect(p).toBeDefined();
    // Files load in name order (mirocals-copy.yaml first): the later one is blamed, the earlier one named.
    expect(p!.file.endsWith('mirocals.yaml')).toBe(true);
    expect(p!.entry).toBe(`claim ${FIRST_CLAIM}`);
    expect(p!.field).toBe('id');
    expect(p!.message).toMatch(/already used in .*mirocals-copy\.yaml/);
    expect(formatProblem(p!)).toMatch(
      new RegExp(`mirocals\\.yaml.*: claim ${FIRST_CLAIM}: id: claim id already used in .*mirocals-copy\\.yaml`),
    );
  });

  it('every problem of every file is reported at once', () => {
    const { problems } = loadProblems({
      'mirocals.yaml': mutate(ORIGINAL, /^reviewed: .*$/m, 'reviewed: soon'),
      'other.yaml': mutate(ORIGINAL, /^kind: trial$/m, 'kind: [trial'),
    });
    expect(problems.map((p) => p.file.replace(/^.*[\\/]/, '')).sort()).toEqual(['mirocals.yaml', 'other.yaml']);
  });

  it('an empty directory is an error too', () => {
    expect(() => loadClaimsDir(mkdtempSync(join(tmpdir(), 'trialtrace-claims-')))).toThrow(/no \.yaml claims files found/);
  });
});

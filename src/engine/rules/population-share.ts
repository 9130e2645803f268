// The share of everyone with the disease that a form of it accounts for, told far off: "the SOD1 form, which is
// about one in five cases" (about 2%), "a quarter of ALS is inherited" (5–10%). Part of the wrong-fact rule; the
// claim's verified `populationShare` decides. Only a share of all cases is judged: "20% of familial ALS" is
// another base, and a change in a measure ("cut SOD1 protein by 35%") is no share at all.
import { mentions } from '../concepts';
import { parseNumberWords } from '../number-words';
import { clauseAt } from './clauses';
import type { RuleInput, RuleOutcome } from './types';

const BASE = String.raw`(?:all\s+)?(?:(?:ALS|MND)\s+)?(?:cases|patients|people|persons|individuals|those)(?:\s+(?:with|living with)\s+(?:ALS|MND|the disease))?|(?:all\s+)?(?:ALS|MND)\b`;
/** "2% of ALS", "20 percent of all cases", "one in five cases", "one in 50 people with ALS". */
const SHARE = new RegExp(
  String.raw`\b(\d{1,2}(?:\.\d)?)\s?(?:%|per ?cent|percent)\s+of\s+(?:${BASE})|\b(?:one|1)\s+in\s+(\w+)(?:\s+(?:${BASE}))?|\b(half|(?:a|one) third|(?:a|one) quarter|(?:a|one) fifth|(?:a|one) tenth|two thirds|three quarters)\s+of\s+(?:${BASE})`,
  'gi',
);
/** Another base than everyone with the disease. */
const OTHER_BASE = /\b(?:of|among|in)\s+(?:all\s+|the\s+)?(?:familial|inherited|hereditary|genetic|family)\b/i;
/** The share told for one country or region's patients. */
const COUNTRY_SHARE =
  /\b(?:patients|people|cases|population)\s+in\s+(?:the\s+)?(?!the\s+(?:US|UK)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b|\bin\s+(?:Sweden|Finland|Norway|Denmark|Scandinavia|Japan|China|Korea|Taiwan|Italy|Spain|Germany|France|Poland|Iran|India|Israel|Turkey|Brazil|Australia|Canada)\b/;
/** A measure that changed: not a share of people. */
const CHANGE = /\b(?:reduc\w*|lower\w*|cut|cuts|fell|drop\w*|decreas\w*|increas\w*|rose|raised?)\b/i;

const FRACTION: Record<string, number> = {
  half: 50,
  third: 33,
  quarter: 25,
  fifth: 20,
  tenth: 10,
  'two thirds': 67,
  'three quarters': 75,
};

function percentOf(m: RegExpExecArray): number | undefined {
  if (m[1]) return Number(m[1]);
  if (m[3]) return FRACTION[m[3].toLowerCase().replace(/^(?:a|one) /, '')];
  const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : parseNumberWords(m[2]!.toLowerCase());
  return n && n > 1 ? 100 / n : undefined;
}

/** The rest of the cases ("90 percent have no family history"): a share of the complement, not of the form. */
const COMPLEMENT =
  /\b(?:sporadic|no family history|without (?:a |any )?family history|not inherited|non-?familial|no known (?:genetic )?cause)\b/i;

/** "A rare hereditary form of ALS that affects 1–2%": one inherited form among several, unnamed; "10% of cases are familial
 * and are linked to mutations in genes such as SOD1, C9orf72": the familial share, told of several genes. */
const ONE_FORM_OF_SEVERAL =
  /\b(?:a|one) (?:rare|very rare|specific|particular|certain|single|distinct) (?:hereditary|inherited|familial|genetic) (?:form|type|variant|subtype)\b|\b(?:cases|patients|people)\s+(?:are|is)\s+familial\b|\bgenes?\s+such\s+as\b/i;

const RELATIVE =
  /^\s*(?:which|that|who|or|i\.e\.|accounting for|making up|representing|about|around|roughly|an?\s+(?:[\w-]+\s+){0,2}?(?:gene|form|type|mutation|variant)\b)/i;

export function checkPopulationShare({ s, claim }: RuleInput): RuleOutcome {
  const share = claim.populationShare;
  if (
    !share?.verified ||
    OTHER_BASE.test(s.text) ||
    CHANGE.test(s.text) ||
    COMPLEMENT.test(s.text) ||
    ONE_FORM_OF_SEVERAL.test(s.text) ||
    // "5-6% of all ALS patients in Sweden": a country's own share, which may differ from the overall one.
    COUNTRY_SHARE.test(s.text)
  )
    return null;
  const matches = [...s.text.matchAll(SHARE)].filter((m) => percentOf(m) !== undefined);
  // Two shares in one sentence may have two bases: say nothing.
  if (matches.length !== 1) return null;
  // The share must be told of this claim's form, in its own clause: in "About 5 to 10 percent of ALS cases are
  // familial, and a small share of these are linked to SOD1", the figure is the familial share, not SOD1's.
  const form = claim.about.all;
  const own = clauseAt(s.text, matches[0]!.index);
  // A relative clause ("the SOD1 form of ALS, which is about one in five cases") or an apposition ("SOD1, an inherited
  // gene carried by 10% to 20% of people with ALS") tells of the clause before it.
  const clause =
    RELATIVE.test(own.text) && own.start > 1 ? s.text.slice(clauseAt(s.text, own.start - 2).start, own.end) : own.text;
  if (form.length > 0 && !form.some((c) => mentions(clause, c))) return null;
  const stated = matches.map(percentOf) as number[];
  const p = stated[0]!;
  const said = p >= 1 ? `${Math.round(p)}%` : `${p.toFixed(1)}%`;
  const range = share.lowPercent === share.highPercent ? `${share.lowPercent}%` : `${share.lowPercent}–${share.highPercent}%`;
  // Within a factor of two either way is a fair rounding of an estimate ("1%" for about 2%).
  if (p > share.highPercent * 2 || p < share.lowPercent / 2)
    return { fired: `${share.what} about ${range} of ${share.base}, not ${said}.` };
  if (p >= share.lowPercent && p <= share.highPercent) return { confirmed: `${share.what} about ${range} of ${share.base}.` };
  return null;
}

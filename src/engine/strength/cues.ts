// Finds the cues of one sentence: lexicon matches, filtered by their local context
// (adjectival participles, purpose infinitives, hyphenated compounds), each marked negated or not.
import type { Cue, CueKind } from './types';
import {
  CAUSAL_PHRASES,
  CAUSAL_VERBS,
  CAUSAL_WEAK,
  COMPARATIVES,
  CORRELATIONAL,
  HEDGES,
  RECOMMENDATIONS,
} from './lexicon';
import { isNegatedAt } from './negation';

function compile(fragments: readonly string[]): RegExp {
  const body = fragments.map((f) => f.replace(/ /g, '\\s+')).join('|');
  // Not inside a hyphenated compound ("all-cause", "low-dose"): no hyphen on either side.
  return new RegExp(`(?<![\\w-])(?:${body})(?![\\w-])`, 'gi');
}

const RE: Record<Exclude<CueKind, 'causal-weak'> | 'weak' | 'phrase', RegExp> = {
  causal: compile(CAUSAL_VERBS),
  phrase: compile(CAUSAL_PHRASES),
  weak: compile(CAUSAL_WEAK),
  correlational: compile(CORRELATIONAL),
  hedge: compile(HEDGES),
  recommendation: compile(RECOMMENDATIONS),
};

const COMPARATIVE_GROUP = new RegExp(
  `(?<![\\w-])(?:${COMPARATIVES.join('|')})(?![\\w-])(?:\\s+[\\w-]+){0,5}?\\s+(?:than|in|among|compared|versus|vs\\.?|relative to|for)(?![\\w-])`,
  'gi',
);
const THE_MORE_THE_MORE = new RegExp(
  `\\bthe\\s+(?:${COMPARATIVES.join('|')})\\b[^.;]{1,80}?,\\s*the\\s+(?:${COMPARATIVES.join('|')}|\\w+er)\\b`,
  'gi',
);

/** Words after which a participle ("reduced", "improved") is an adjective, not a verb:
 * "with reduced risk", "the improved score", "had increased levels". */
const ADJECTIVAL_BEFORE =
  /(?:^|\b)(?:with|of|by|in|for|from|than|a|an|the|to|among|on|at|whose|their|its|his|her|our|these|those|this|that|and|or|showed|shows|show|had|having|exhibit\w*|display\w*|present\w*|experienc\w*|demonstrat\w*|observ\w*|noted|found|revealed|reveal\w*|more|less|significantly|markedly|slightly|highly)\s+(?:\w+ly\s+)?$/i;

/** Verbs that take a causal infinitive ("shown to improve", "appears to reduce"); any other "to V"
 * is read as a purpose ("strategies to improve care") and is not a claim. */
const INFINITIVE_TAKERS =
  /\b(?:shown|found|demonstrated|proven|proved|appears?|appeared|seems?|seemed|likely|unlikely|able|tends?|tended|expected|helps?|helped|known|reported|thought|believed|observed|estimated|predicted|suggested|seen|continues?|continued|failed|fails?|did not appear|not|serves?|served)\s+(?:\w+ly\s+)?to\s+$/i;

const DETERMINER_BEFORE =
  /(?:^|\b)(?:a|an|the|this|that|no|any|its|their|significant|greater|further|small|large|modest|marked|overall|net|little|similar|potential|possible|clinical|major)\s+(?:\w+\s+)?$/i;

const PARTICIPLE = /ed$|en$/i;
const NOUN_CAPABLE = /^(?:increase|decrease|delay|benefit|cause|effect|impact|influence|help|block|halt|limit|stop|decline|alter|prevent)s?$/i;

function push(out: Cue[], sentence: string, kind: CueKind, m: RegExpExecArray): void {
  out.push({ kind, text: m[0], index: m.index, negated: isNegatedAt(sentence, m.index) });
}

function contextKind(sentence: string, m: RegExpExecArray): CueKind | null {
  const word = m[0];
  const before = sentence.slice(Math.max(0, m.index - 60), m.index);
  const single = !/\s/.test(word);
  if (single && /\bto\s+(?:\w+ly\s+)?$/i.test(before) && !/(?:ed|es|s)$/i.test(word)) {
    return INFINITIVE_TAKERS.test(before) ? 'causal' : null;
  }
  if (single && /ing$/i.test(word)) {
    return /\b(?:by|in|for|of|at|on|from|without|while|when)\s+(?:\w+ly\s+)?$/i.test(before) ? null : 'causal';
  }
  if (single && PARTICIPLE.test(word) && ADJECTIVAL_BEFORE.test(before)) return null;
  if (single && NOUN_CAPABLE.test(word) && DETERMINER_BEFORE.test(before)) return 'causal-weak';
  return 'causal';
}

/** All cues of one sentence, in sentence order. */
export function findCues(sentence: string): Cue[] {
  const out: Cue[] = [];
  const scan = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) f(m);
  };
  scan(RE.causal, (m) => {
    const kind = contextKind(sentence, m);
    if (kind) push(out, sentence, kind, m);
  });
  scan(RE.phrase, (m) => push(out, sentence, 'causal', m));
  scan(RE.weak, (m) => push(out, sentence, 'causal-weak', m));
  scan(RE.correlational, (m) => push(out, sentence, 'correlational', m));
  scan(COMPARATIVE_GROUP, (m) => push(out, sentence, 'correlational', m));
  scan(THE_MORE_THE_MORE, (m) => push(out, sentence, 'correlational', m));
  scan(RE.hedge, (m) => push(out, sentence, 'hedge', m));
  scan(RE.recommendation, (m) => push(out, sentence, 'recommendation', m));
  out.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return dedupe(out);
}

/** Drops a cue that lies inside a longer cue found earlier ("led to" vs "led"). */
function dedupe(cues: Cue[]): Cue[] {
  const out: Cue[] = [];
  for (const c of cues) {
    const inside = out.find((o) => c.index >= o.index && c.index + c.text.length <= o.index + o.text.length);
    if (!inside) out.push(c);
    else if (inside.kind === 'causal-weak' && c.kind === 'causal') Object.assign(inside, c);
  }
  return out;
}

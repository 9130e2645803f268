// Finds the cues of one sentence: lexicon matches, filtered and re-kinded by their local context
// (transitive verb vs. intransitive change, adjectival participles, purpose infinitives,
// hyphenated compounds), each marked negated or not.
import type { Cue, CueKind } from './types';
import {
  CAUSAL_PHRASES,
  CAUSAL_VERBS,
  CAUSAL_WEAK,
  CHANGE_NOUNS,
  CHANGE_PARTICIPLE,
  COMPARATIVES,
  CONNECTIVES,
  CORRELATIONAL,
  GROUP_COMPARATIVES,
  HEDGES,
  RECOMMENDATIONS,
  RISK_NOUN,
} from './lexicon';
import { isNegatedAt } from './negation';
import { maskParentheticals, setAsideByStructure } from './structure';

function compile(fragments: readonly string[]): RegExp {
  const body = fragments.map((f) => f.replace(/ /g, '\\s+')).join('|');
  // Not inside a hyphenated compound ("all-cause", "low-dose"): no hyphen on either side.
  return new RegExp(`(?<![\\w-])(?:${body})(?![\\w-])`, 'gi');
}

const VERB = compile(CAUSAL_VERBS);
const PHRASE = compile(CAUSAL_PHRASES);
const WEAK = compile(CAUSAL_WEAK);
const CHANGE = compile(CHANGE_NOUNS);
const CORREL = compile(CORRELATIONAL);
const HEDGE = compile(HEDGES);
const RECOMMEND = compile(RECOMMENDATIONS);

/** "higher IL-2 levels in ALS", "worse outcomes than controls": a comparative, up to ten words,
 * then a word that names the comparison group. "than" followed by a number is a quantity ("more
 * than six hours"); followed by an expectation or earlier reports it sets the study's own figure
 * against the literature ("lower than previously reported"), not one group against another. */
const THAN_QUANTITY = `\\d|half|a\\b|an\\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)\\b`;
const THAN_REFERENCE = `expected|anticipated|usual|predicted|recommended|(?:that |those )?(?:previously|formerly|reported|described|published|in (?:the )?(?:literature|previous|prior|earlier|published)|(?:in |of )?(?:previous|prior|earlier|other) (?:stud|report|series|trial|data|estimate))`;
const THAN = `than(?!\\s+(?:${THAN_QUANTITY}|${THAN_REFERENCE}))|compared|versus|vs\\.?|relative to`;
/** A reference "than" inside a comparison's span: "lower than reported in …" is not "lower in
 * <group>". (A quantity inside is fine: "higher in women older than 65".) */
const THAN_REFERENCE_INSIDE = new RegExp(`\\bthan\\s+(?:${THAN_REFERENCE})`, 'i');
const COMPARATIVE_GROUP = new RegExp(
  `(?<![\\w-])(?:(?:${GROUP_COMPARATIVES.join('|')})(?![\\w-])[^.;:]{0,100}?\\s(?:${THAN}|in|among)|(?:${COMPARATIVES.join('|')})(?![\\w-])[^.;:]{0,100}?\\s(?:${THAN}))(?![\\w-])`,
  'gi',
);
const THE_MORE_THE_MORE = new RegExp(
  `\\bthe\\s+(?:${COMPARATIVES.join('|')})\\b[^.;]{1,80}?,\\s*the\\s+(?:${COMPARATIVES.join('|')}|\\w+er)\\b`,
  'gi',
);

/** Words after which a participle ("reduced", "improved") is an adjective, not a verb:
 * "with reduced risk", "the improved score", "had increased levels". */
const ADJECTIVAL_BEFORE =
  /(?:^|\b)(?:with|of|by|in|for|from|than|a|an|the|to|among|on|at|whose|their|its|his|her|our|these|those|this|that|showed|shows|show|having|exhibit(?:s|ed|ing)?|display(?:s|ed|ing)?|present(?:s|ed|ing)?|experienc(?:e|es|ed|ing)|demonstrat(?:e|es|ed|ing)|noted|found|revealed|reveals?|more|less|most|not)\s+(?:\w+ly\s+)?$/i;
/** "increased and prolonged responses": a participle coordinated with another participle is an
 * adjective too; "was safe and improved outcomes" coordinates a verb with a predicate. */
const COORDINATED_PARTICIPLE = /\b(?:\w+ed|\w+en|higher|lower|greater)\s*,?\s+(?:and|or|but)\s+(?:\w+ly\s+)?$/i;
/** Only punctuation, or a discourse connective ("Thus, "), before: a sentence-initial word. */
const SENTENCE_START = new RegExp(`^[\\s"'“‘(:\\-–—]*(?:(?:${CONNECTIVES.join('|')})\\s*,?\\s+)?$`, 'i');

/** Verbs that take a causal infinitive ("shown to improve", "appears to reduce"); any other "to V"
 * is read as a purpose ("strategies to improve care", "messages are used to promote exercise":
 * what a tool is for is no finding) and is not a claim, unless a modal hedge governs it ("could be
 * used to improve" is a hedged causal claim). */
const INFINITIVE_TAKERS =
  /\b(?:shown|found|demonstrated|proven|proved|appears?|appeared|seems?|seemed|likely|unlikely|able|tends?|tended|expected|helps?|helped|known|reported|thought|believed|observed|estimated|predicted|suggested|seen|continues?|continued|failed|fails?|not|serves?|served|effective|sufficient|enough|potential|capacity|suspected|presumed|assumed|hypothesi[sz]ed|unlikely)\s+(?:\w+ly\s+)?to\s+$/i;
/** Object raising: "we found the drug to reduce", "showed IL-2 to improve". */
const RAISING_WITH_OBJECT =
  /\b(?:found|shown|showed|show|shows|demonstrated|proved|proven|considered)\s+(?:[\w-]+\s+){1,3}to\s+$/i;
const MODAL_IN_CLAUSE = /\b(?:may|might|could|would|can)\b[^,;.]*$/i;

/** "-ing" after a preposition is a gerund (mechanism or purpose) unless an evaluative word
 * precedes it: "effective in reducing", "useful for improving", "role in slowing". */
const GERUND_EVALUATIVE =
  /\b(?:effective|efficacious|useful|helpful|beneficial|successful|superior|important|role|efficient|safe|capable|instrumental|crucial)\s+(?:\w+\s+){0,2}(?:in|at|for)\s+$/i;

const DETERMINER_BEFORE =
  /(?:^|\b)(?:a|an|the|this|that|no|any|its|their|significant|greater|further|small|large|modest|marked|overall|net|little|similar|potential|possible|clinical|major)\s+(?:\w+\s+)?$/i;

const NOUN_FOLLOWER =
  /^\s*(?:$|[.,;:()]|\d|\b(?:in|of|on|upon|against|into|towards?|through|from|to|at|among|with|by|for|over|after|during|between|across|within|and|or|but|was|were|is|are|has|have|had|may|might|could|can|will|would|seen|observed|found|noted|reported|detected|occurred|that|which|than|compared|versus|vs|per|remained|persisted|associated|related|attributable)\b)/i;

/** Past participles among the causal verbs. Bare stems ending in -en ("worsen", "weaken") are not. */
const PARTICIPLE = /(?:ed|driven)$/i;

const PREPOSITION_BEFORE = /\b(?:in|among|of|with|for|between|from|on|at|into|without)\s+$/i;

/** Verbs that are also nouns: after a determiner, a change noun ("an increase") or an effect noun
 * ("a benefit", "the impact"). */
const CHANGE_NOUN_CAPABLE = /^(?:increase|decrease|delay|rise|decline|cut)s?$/i;
/** Change verbs that are also intransitive ("levels tended to rise", "scores appeared to improve"). */
const INTRANSITIVE_CHANGE = /^(?:increase|decrease|decline|improve|worsen|diminish|lessen|change|slow|accelerate)$/i;
const EFFECT_NOUN_CAPABLE = /^(?:benefit|cause|effect|impact|influence|help|block|halt|stop|alter|prevent|boost|trigger)s?$/i;

/** After a verb: nothing, punctuation, an adverb or a preposition means no object follows. */
const NO_OBJECT_AFTER =
  /^(?:\s*(?:$|[.,;:)]|\b(?:(?!(?:daily|weekly|monthly|yearly|early|elderly|family|only)\b)\w+ly|with|over|after|during|across|in|at|from|to|among|between|following|when|while|until|since|for|and|or|but|than|compared|as|more|less|further|significantly|markedly|slightly|substantially|dramatically|worldwide|nationwide|again)\b))/i;
// "by 30%", "by more than half", "by about a third" give an amount; "by more intensive feeding" an agent
const AGENT_BY =
  /^\s*(?:\w+ly\s+)?by\s+(?!\d|about|approximately|around|almost|nearly|(?:more|less)\s+than|over|up|half|one|two|three|a factor|[\d.]+\s*%)/i;
const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being|get|got|become|became)\s+(?:\w+ly\s+)?$/i;

/** "the recommended dose", "required doses", "recommended follow-up": a participle used as an
 * adjective before a noun names a guideline or a quantity; it does not advise. */
const REC_ADJECTIVE_BEFORE = /\b(?:the|a|an|of|for|to|maximum|minimum|daily|usual|currently)\s+$/i;
const REC_VERB_AFTER = /^\s*(?:$|[.,;:)]|\b(?:by|for|that|to|in|as|when|if|with|before|after|and|or|but)\b)/i;

/** A subordinate clause opener before the cue, within its clause: "Although further study is
 * needed, …", "…, though longer follow-up is warranted". Advice there does not rule the main claim. */
const SUBORDINATE_CLAUSE = /(?:^|[,;(]\s*|\b)(?:although|though|while|whereas|because|since|despite|given that|as)\b[^,;:()]*$/i;

/** "areas for improvement", "a target for further reduction": a change named as a goal, not
 * observed ("except for an increase in" is observed: an article follows "for"). */
const GOAL_BEFORE = /(?<!\bexcept\s+)\b(?:for|towards?)\s+(?:further\s+|greater\s+|more\s+)?$/i;

/** "readmissions due to infection", "anaemia secondary to blood loss": right after a noun these
 * links name a kind of case, they do not claim a cause. After a copula, an adverb, a verb or a
 * comma they do ("was due to", "probably due to", "declined due to", ", due to"). */
const NOUN_MODIFIER_LINK = /^(?:due|secondary|owing)\s+to$/i;
const CLAIM_BEFORE_LINK =
  /(?:\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|appears?|appeared|not|only|perhaps|part|all|both|either|mostly)|\w+ly|\w+ed|[,;:(])\s*$/i;

const QUESTION_END = /\?(?=["'”’)\s]*$)/;

function recommendationCounts(sentence: string, m: RegExpExecArray): boolean {
  if (SUBORDINATE_CLAUSE.test(sentence.slice(0, m.index))) return false;
  // "women who require a caesarean": a relative clause describes people, it does not advise
  if (/^(?:require|need)$/i.test(m[0]) && /\b(?:who|that|which)\s+(?:\w+ly\s+)?$/i.test(sentence.slice(0, m.index))) return false;
  if (!/^(?:recommended|required)$/i.test(m[0])) return true;
  const before = sentence.slice(Math.max(0, m.index - 40), m.index);
  const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
  if (COPULA_BEFORE.test(before)) return true;
  return !(REC_ADJECTIVE_BEFORE.test(before) || !REC_VERB_AFTER.test(after));
}

/** A question or an aim: "to assess the effect of", "whether X improves", "examined the role of".
 * A relationship cue inside it is the object of study, not a finding. */
// Not after a determiner ("the assessed intervention" is an adjective); the object of study ends
// at "and" or a relative clause ("can identify a change that predicts relapse" states a finding).
const INQUIRY_BEFORE =
  /(?<!\b(?:the|a|an|this|these|that|those)\s+)\b(?:assess(?:es|ed|ing)?|evaluat\w*|examin\w*|investigat\w*|explor\w*|identify|clarify|elucidat\w*|quantify|establish|understand|understanding|whether)\s+(?:(?!(?:and|that|which)\b)[\w-]+\s+){0,6}$/i;

function isInquiry(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 60), index);
  return INQUIRY_BEFORE.test(before);
}

/** The study itself as the subject of a verb: "these findings contribute to the literature", "our
 * results will help to improve counselling". The verb describes what the research does, not a
 * relationship between the variables studied. ("Our results show that X reduces Y" is unaffected:
 * the verb's subject there is X; so is "negative MRI results may cause", with no determiner.) */
const META_SUBJECT_BEFORE =
  /\b(?:these|this|our|the|such|present|current)\s+(?:[\w-]+\s+)?(?:findings|results|stud(?:y|ies)|data|work|analys[ie]s|evidence|observations|research|paper|article|report|review)\s+(?:\w+ly\s+)?(?:(?:may|might|could|would|will|can)\s+(?:\w+ly\s+)?)?(?:(?:help|helps|helped)\s+(?:to\s+)?)?$/i;

function hasMetaSubject(sentence: string, index: number): boolean {
  return META_SUBJECT_BEFORE.test(sentence.slice(Math.max(0, index - 60), index));
}

const STATE_RISK_AFTER =
  /^\s+(?:(?!(?:the|a|an|its|their|this|that|his|her|our)\b)[\w-]+\s+)?(?:risks?|odds|hazards?|likelihood|incidence|prevalence|chances?|probability)\b/i;

function push(out: Cue[], sentence: string, kind: CueKind, index: number, text: string): void {
  out.push({ kind, text, index, negated: isNegatedAt(sentence, index) });
}

/** Reads one causal-verb match in context; null when it is not a relationship cue at all. */
function verbKind(sentence: string, m: RegExpExecArray): { kind: CueKind; text: string } | null {
  const word = m[0];
  const before = sentence.slice(Math.max(0, m.index - 80), m.index);
  const after = sentence.slice(m.index + word.length, m.index + word.length + 80);
  const causal = { kind: 'causal' as CueKind, text: word };
  // capitalised after a lower-case word: part of a name ("the HELP trial", "Access Block")
  if (/^[A-Z]/.test(word) && /[a-z,;]\s+$/.test(before)) return null;
  if (/\s/.test(word)) return causal; // phrasal: "lead to", "result in", "contribute to"
  if (/\bto\s+(?:\w+ly\s+)?$/i.test(before) && !/(?:ed|s)$/i.test(word)) {
    if (!(INFINITIVE_TAKERS.test(before) || RAISING_WITH_OBJECT.test(before) || MODAL_IN_CLAUSE.test(before))) return null;
    // "tended to decrease with age", "appeared to rise over time": without an object the verb
    // reports a trend (an observed change), as its finite form would ("decreased with age")
    return INTRANSITIVE_CHANGE.test(word) && NO_OBJECT_AFTER.test(after) && !AGENT_BY.test(after)
      ? { kind: 'change', text: word }
      : causal;
  }
  if (/ing$/i.test(word)) {
    if (/\b(?:by|in|for|of|at|on|from|with|without|despite|while|when|after|before)\s+(?:\w+ly\s+)?$/i.test(before)) {
      return GERUND_EVALUATIVE.test(before) ? causal : null; // "with increasing age": a circumstance
    }
    if (SENTENCE_START.test(before)) return null; // "Reducing X is a priority": a subject, not a claim
    if (/\b(?:the|a|an|its|their|this|these|our)\s+$/i.test(before)) return null; // "the increasing demand"
    // without an object an -ing form describes a trend: "prevalence is increasing over time",
    // "doses, increasing from one to two a day, …"
    if (NO_OBJECT_AFTER.test(after) && !AGENT_BY.test(after)) return { kind: 'change', text: word };
    return causal;
  }
  // A bare form right after a preposition is no finite verb: an adjective ("in slow progressors")
  // or a noun ("of help", "with a cut" is a determiner case below)
  if (!/(?:s|ed|ing)$/i.test(word) && PREPOSITION_BEFORE.test(before)) {
    return EFFECT_NOUN_CAPABLE.test(word)
      ? { kind: 'causal-weak', text: word }
      : CHANGE_NOUN_CAPABLE.test(word)
        ? { kind: 'change', text: word }
        : null;
  }
  // "might have affected X" is a verb; "had increased levels" may be an adjective
  // "a minor increased risk", "markedly increased death risk": an adjective before a risk noun
  if (CHANGE_PARTICIPLE.test(word) && !COPULA_BEFORE.test(before) && STATE_RISK_AFTER.test(after)) {
    return { kind: 'correlational', text: word };
  }
  // "had increased levels" may be a possessed state; "has promoted changes" is always a verb
  // ("the drug has reduced muscle strength" is the verb: after "has" the subject is mostly an
  // agent, while "patients have / had reduced strength" often describes what they have)
  const perfect =
    CHANGE_PARTICIPLE.test(word) &&
    /\b(?:have|had)\s+(?:\w+ly\s+)?$/i.test(before) &&
    !/\b(?:may|might|could|would|must)\s+have\s+(?:\w+ly\s+)?$/i.test(before);
  const adjectival =
    ADJECTIVAL_BEFORE.test(before) ||
    COORDINATED_PARTICIPLE.test(before) ||
    SENTENCE_START.test(before) ||
    (perfect && !/^\s*(?:the|a|an|their|its|this|these|that|those|our|his|her)\b/i.test(after));
  // a participle ("reduced", "driven"), not a bare verb that happens to end in -en ("worsen")
  if (PARTICIPLE.test(word) && adjectival && !COPULA_BEFORE.test(before)) {
    if (!CHANGE_PARTICIPLE.test(word)) return null;
    // "had increased levels compared with", "with reduced risk of": a comparison of states.
    const next3 = after.trim().split(/\s+/).slice(0, 3);
    const next6 = after.trim().split(/\s+/).slice(0, 6).join(' ');
    const group = /\b(?:than|compared|versus|vs|in|among|relative)\b/i.test(next6.split(/[,;.]/)[0] ?? '');
    return next3.some((w) => RISK_NOUN.test(w.replace(/[^\w-]/g, ''))) || group ? { kind: 'correlational', text: word } : null;
  }
  // "an increase in CRP", "the overall decrease was small": a noun is followed by a preposition,
  // a verb or nothing; "the drug increases Treg counts", "that nicotine increases the risk": a
  // verb after its subject is followed by its object
  if (DETERMINER_BEFORE.test(before) && NOUN_FOLLOWER.test(after)) {
    if (CHANGE_NOUN_CAPABLE.test(word)) return { kind: 'change', text: word };
    if (EFFECT_NOUN_CAPABLE.test(word)) return { kind: 'causal-weak', text: word };
  }
  // Passive without an agent ("the risk was reduced by one third") or an intransitive use
  // ("levels increased over time"): an observed change, not a claim that something caused it.
  if (COPULA_BEFORE.test(before)) return AGENT_BY.test(after) ? causal : { kind: 'change', text: word };
  if (NO_OBJECT_AFTER.test(after) && !AGENT_BY.test(after)) {
    // "conveyed benefit to", "with little impact": an effect noun, not an observed change
    return { kind: EFFECT_NOUN_CAPABLE.test(word) ? 'causal-weak' : 'change', text: word };
  }
  return causal;
}

/** All cues of one sentence, in sentence order. */
export function findCues(original: string): Cue[] {
  // read with parenthetical connectives blanked out ("was, however, dependent on"); same offsets
  const sentence = maskParentheticals(original);
  const out: Cue[] = [];
  const scan = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) f(m);
  };
  const add = (kind: CueKind) => (m: RegExpExecArray) => push(out, sentence, kind, m.index, m[0]);
  const addClaim = (kind: CueKind) => (m: RegExpExecArray) => {
    if (isInquiry(sentence, m.index) || (kind === 'causal' && hasMetaSubject(sentence, m.index))) return;
    push(out, sentence, kind, m.index, m[0]);
  };
  scan(VERB, (m) => {
    const r = verbKind(sentence, m);
    if (r && !(r.kind === 'causal' && (isInquiry(sentence, m.index) || hasMetaSubject(sentence, m.index)))) {
      push(out, sentence, r.kind, m.index, r.text);
    }
  });
  const addCausalClaim = addClaim('causal');
  scan(PHRASE, (m) => {
    if (NOUN_MODIFIER_LINK.test(m[0]) && !CLAIM_BEFORE_LINK.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return;
    addCausalClaim(m);
  });
  scan(WEAK, addClaim('causal-weak'));
  scan(CHANGE, (m) => {
    if (!GOAL_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) push(out, sentence, 'change', m.index, m[0]);
  });
  scan(CORREL, addClaim('correlational'));
  const comparatives: Cue[] = [];
  // a comparison inside an aim is its object, like any other relationship cue ("to identify
  // subgroups at higher risk than")
  scan(COMPARATIVE_GROUP, (m) => {
    if (!isInquiry(sentence, m.index) && !THAN_REFERENCE_INSIDE.test(m[0]))
      push(comparatives, sentence, 'correlational', m.index, m[0]);
  });
  scan(THE_MORE_THE_MORE, add('correlational'));
  scan(HEDGE, add('hedge'));
  scan(RECOMMEND, (m) => {
    if (recommendationCounts(sentence, m)) push(out, sentence, 'recommendation', m.index, m[0]);
  });
  // A direct question asks about a relationship, like an aim; it claims none.
  const question = QUESTION_END.exec(sentence);
  if (question) push(out, sentence, 'recommendation', question.index, '?');
  // A comparison whose span runs over a verb or hedge ("Higher intakes … may reduce risk … in")
  // is not a group comparison: the verb is the sentence's claim.
  for (const c of comparatives) {
    const end = c.index + c.text.length;
    const crosses = out.some((o) => o.index > c.index && o.index < end && o.kind !== 'correlational' && o.kind !== 'causal-weak');
    if (!crosses) out.push(c);
  }
  out.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const cues = dedupe(setAsideByStructure(sentence, out));
  if (sentence !== original) for (const c of cues) c.text = original.slice(c.index, c.index + c.text.length);
  return cues;
}

const RANK: Record<CueKind, number> = {
  causal: 5,
  correlational: 4,
  'causal-weak': 3,
  change: 2,
  hedge: 1,
  recommendation: 1,
};

/** Where two cues overlap, keeps the more specific one: a longer match, or for the same words
 * the stronger reading ("reduced" read as a verb beats the comparative "reduced … in"). */
function dedupe(cues: Cue[]): Cue[] {
  const out: Cue[] = [];
  for (const c of cues) {
    if (c.kind === 'hedge' || c.kind === 'recommendation') {
      out.push(c); // never swallowed: they qualify the relationship cues, they do not compete
      continue;
    }
    const inside = out.find(
      (o) => o.kind !== 'hedge' && o.kind !== 'recommendation' && c.index >= o.index && c.index < o.index + o.text.length,
    );
    if (!inside) out.push(c);
    else if (c.index === inside.index && RANK[c.kind] > RANK[inside.kind] && c.kind === 'causal') Object.assign(inside, c);
  }
  return out;
}

// Whether a trial met its primary endpoint, told the wrong way round: "VALOR met its primary endpoint"
// when it did not, or "missed its main goal" when it was met. Part of the wrong-fact rule.
// Only when the sentence names the trial and plainly asserts; a contrast with another study
// ("unlike X, Y met …") or a hedge leaves it alone.
import { SUBGROUP_QUALIFIER } from '../cues/claims-language';
import { isNegatedAt } from '../cues/negation';
import { clauseAt } from './clauses';
import { namedOrFollowed, namesOtherStudy, namesStudyByName } from './study-names';
import { benefitMatches, hypothesisBefore } from './benefit';
import type { SourceFile } from '../../claims/schema';
import type { RuleInput, RuleOutcome } from './types';

const ENDPOINT = String.raw`(?:(?:its|the|their|a) )?(?:(?:pre-?specified|main|primary|clinical|co-?primary) )+(?:[\w-]+ )?(?:end-?points?|goals?|outcomes?|objectives?)`;
/** "met its primary endpoint", "achieved the main goal", "the primary endpoint was met". */
const MET = new RegExp(
  String.raw`\b(?:met|meets|achieved|achieves|reached|hit|succeeded on|was successful on)\s+${ENDPOINT}|\b${ENDPOINT}(?:\s*\([^)]{1,40}\))?(?:,[^,;.]{1,50},)?\s+(?:(?:was|were|has been)\s+)?(?:(?:clearly|fully|successfully|comfortably|easily)\s+)?(?:met|achieved|reached)\b` +
    // the whole trial's result told as significant: "Across all 220 participants, the lower risk of death … was
    // statistically significant"
    String.raw`|\b(?:across|among|in|for)\s+all\s+(?:the\s+)?(?:\d+\s+)?(?:participants|patients|people)\b[^.;]{0,80}?\b(?:was|were)\s+(?:statistically\s+)?significant\b` +
    // a later trial said to have borne out the benefit: "PHOENIX confirmed the benefit seen in CENTAUR"
    String.raw`|\b(?:confirmed|replicated|reproduced|validated)\s+(?:the\s+|its\s+|an?\s+|that\s+)?(?:[\w-]+\s+)?(?:benefit|efficacy|effect|results?|findings?)\b` +
    // "the first drug effective in phase 3": the phase 3 told as a success
    String.raw`|\b(?:effective|successful|positive)\s+in\s+(?:its\s+|the\s+|a\s+)?phase\s+(?:3|III)\b` +
    // a significant effect on the functional scale that was the primary endpoint
    String.raw`|\bsignificant(?:ly)?\s+(?:slow\w*|improv\w*|benefit|effect|difference|reduction|change)\s+(?:[\w-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?ALSFRS` +
    // "clearly beat placebo on the ALSFRS-R": the primary functional scale told as won
    String.raw`|\b(?:beat|outperformed|did better than|was better than)\s+(?:the\s+)?placebo\s+(?:[\w-]+\s+){0,2}?(?:on|in)\s+(?:the\s+)?ALSFRS` +
    // "clearly improved patients' daily function", "a big improvement in everyday function", "the improvement on the
    // ALSFRS-R was large": a clear functional gain, where function was the primary endpoint
    String.raw`|\b(?:clearly|significantly|substantially|markedly|dramatically)\s+(?:improved|slowed|preserved|boosted)\s+(?:patients['’]?\s+|their\s+|the\s+)?(?:daily\s+|everyday\s+)?(?:function(?:ing)?|ALSFRS)` +
    String.raw`|\b(?:big|large|major|substantial|dramatic|clear|marked|significant)\s+(?:improvement|benefit|gain|slowing)\s+(?:[\w-]+\s+){0,2}?(?:in|on|of)\s+(?:patients['’]?\s+|their\s+|the\s+)?(?:daily\s+|everyday\s+)?(?:function(?:ing)?|ALSFRS)` +
    String.raw`|\bimprovement\s+on\s+the\s+ALSFRS\S*\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+(?:large|big|substantial|significant|clear|dramatic)`,
  'i',
);
/** "missed its primary endpoint", "failed to meet", "did not meet", "the primary endpoint was not met". */
const MISSED = new RegExp(
  String.raw`\b(?:missed|misses|failed to (?:meet|reach|achieve|hit)|did not (?:meet|reach|achieve|hit)|didn['’]t (?:meet|reach|achieve|hit)|fell short (?:of|on))\s+${ENDPOINT}|\b${ENDPOINT}\s+(?:was|were)\s+(?:not|never)\s+(?:met|achieved|reached)\b`,
  'i',
);
/** A negation just before a "met" wording turns it into its opposite ("no significant difference"). */
const NEGATED_BEFORE =
  /\b(?:no|not|nor|never|without|lack of|absence of|failed to (?:show|find|produce)|n['’]t (?:show|find|produce))\s+(?:[\w-]+\s+){0,2}$/i;
// Another analysis than the primary one (an extension, pooled or integrated data, a post hoc look) is not the endpoint.
const GUARD =
  /\b(?:unlike|whereas|while|compared with(?! (?:the )?placebo)|in contrast|may|might|could|would|if|whether|expected to|hope[sd]? to|aims? to|designed to|will|extension|integrat\w*|pooled|post[- ]hoc|exploratory|long-term)\b|\?/i;

/** "numerically favoured placebo", "leaned towards the drug": which arm the primary difference pointed to. */
const DIRECTION =
  /\b(?:favou?r(?:ed|s|ing)?|pointed towards?|leaned towards?|tilted towards?|in favou?r of)\s+(?:the\s+)?(placebo|control|dummy|[\w-]+)\b/i;
const CONTROL_ARM = /^(?:placebo|control|dummy)$/i;

/** The direction of the primary result told the wrong way round. Only where the sentence speaks of the
 * primary endpoint or result, and names the control arm or the trial's drug. */
function checkDirection({ s, source }: RuleInput): RuleOutcome {
  const favours = source.primaryEndpoint?.favours;
  if (!favours || !/\bprimary\b/i.test(s.text)) return null;
  const m = DIRECTION.exec(s.text);
  if (!m) return null;
  const arm = CONTROL_ARM.test(m[1]!)
    ? 'control'
    : source.names.concat(source.topics).some((n) => n.toLowerCase() === m[1]!.toLowerCase())
      ? 'treatment'
      : undefined;
  if (!arm) return null;
  if (arm === favours)
    return { confirmed: `The primary difference did point towards the ${arm === 'control' ? 'placebo' : 'drug'}.` };
  return {
    fired: `${source.name}'s primary difference pointed towards the ${favours === 'control' ? 'placebo group' : 'drug'} (not significantly), not the ${arm === 'control' ? 'placebo group' : 'drug'}.`,
  };
}

/** The primary endpoint said to be something: "the primary endpoint was survival", "its main goal was to slow decline
 * on the ALSFRS-R", "the primary outcome measured Treg levels". */
const ENDPOINT_WAS =
  /\b(?:(?:its|the|their|the trial['’]s|the study['’]s) )?(?:primary|main) (?:end-?point|goal|outcome|objective|measure)s?(?:\s*\([^)]{1,30}\))?(?:\s+(?:of|in|for)\s+(?:[\w-]+\s+){1,5}?)?\s*(?:was|were|is|are|measured|looked at|tracked|focused on|:)\s+(?:to\s+)?(?:[\w-]+\s+){0,3}?/i;
const MEASURE_WORDS: [Measure, RegExp][] = [
  ['survival', /^(?:overall\s+)?(?:survival|death|deaths|dying|mortality|how long|time to death|staying alive|lives?\b)/i],
  [
    'function',
    /^(?:function\w*|ALSFRS|the ALSFRS|disease progression|progression|decline|the rate of decline|slow(?:ing)? (?:the )?(?:disease|decline|progression))/i,
  ],
  [
    'biomarker',
    /^(?:(?:the )?(?:level|number|share|proportion|percentage)s? of )?(?:regulatory T|Tregs?|T-?regs?|neurofilament|NfL|biomarkers?|blood levels)/i,
  ],
  ['safety', /^(?:safety|tolerability|side effects|whether (?:it|the treatment|the infusions?) (?:was|were) safe)/i],
];
type Measure = 'survival' | 'function' | 'biomarker' | 'safety';
const MEASURE_NAME: Record<Measure, string> = {
  survival: 'survival',
  function: 'function (the ALSFRS-R)',
  biomarker: 'a biological marker',
  safety: 'safety and tolerability',
};

/** What the primary endpoint measured, told wrongly (IMODALS's was the rise in regulatory T cells, not survival). */
function checkMeasure({ s, source }: RuleInput): RuleOutcome {
  const measures = source.primaryEndpoint?.measures;
  if (!measures) return null;
  const m = ENDPOINT_WAS.exec(s.text);
  if (!m || NEGATED_BEFORE.test(s.text.slice(0, m.index + m[0].length)) || /\bnot\b/i.test(m[0])) return null;
  const rest = s.text.slice(m.index + m[0].length);
  const said = MEASURE_WORDS.find(([, re]) => re.test(rest))?.[0];
  if (!said) return null;
  if (measures.includes(said)) return { confirmed: `${source.name}'s primary endpoint measured ${MEASURE_NAME[said]}.` };
  return {
    fired: `${source.name}'s primary endpoint measured ${measures.map((x) => MEASURE_NAME[x]).join(' and ')}, not ${MEASURE_NAME[said]}: ${source.primaryEndpoint!.description.replace(/\.$/, '')}.`,
  };
}

/** Every outcome, or the secondary ones, told as significant or won: "a statistically significant benefit on every
 * outcome it measured", "came out ahead on every measure", "the secondary outcomes were also all significant". */
const ALL_OUTCOMES_WON =
  /\b(?:significant\w*|benefit|ahead|better|improv\w*)\b[^.;]{0,40}?\b(?:on|in|across)\s+(?:every|each|all(?:\s+(?:of\s+)?(?:the|its|their))?)\s+(?:[\w-]+\s+)?(?:outcomes?|measures?|endpoints?|end points?)\b|\bsecondary\s+(?:outcomes?|endpoints?|end points?|measures?)\b[^.;]{0,30}?\b(?:were|was)\s+(?:also\s+)?(?:all\s+)?(?:statistically\s+)?(?:significant|met|positive|improved)\b/i;

/** The secondary outcomes told as significant, where the record says none was. */
function checkSecondary({ s, source }: RuleInput): RuleOutcome {
  const ep = source.primaryEndpoint;
  if (ep?.secondaryMet !== false) return null;
  const m = ALL_OUTCOMES_WON.exec(s.text);
  // "none of the secondary endpoints was significant": the denial stands just before the match.
  const before = s.text.slice(0, m?.index ?? 0);
  if (!m || NEGATED_BEFORE.test(before) || /\b(?:none|neither|no|not one)\s+of\s+(?:the\s+|its\s+)?$/i.test(before)) return null;
  if (/\b(?:not|no|none|neither)\b/i.test(m[0])) return null;
  return { fired: `${source.name}'s secondary outcomes did not differ significantly from placebo.` };
}

/** A functional benefit told plainly of the trial: "In PHOENIX, Relyvrio slowed functional decline", "tofersen clearly
 * slowed the loss of everyday function compared with placebo". Where function was the primary endpoint and it was
 * missed, that is the endpoint told as met. */
const FUNCTION_BENEFIT =
  /\b(?:slowed|slows|reduced|delayed|preserved|improved)\s+(?:the\s+|their\s+|patients['’]?\s+)?(?:rate\s+of\s+)?(?:functional\s+decline|decline\s+in\s+(?:daily\s+|everyday\s+|physical\s+)?function(?:ing)?|(?:the\s+)?loss\s+of\s+(?:daily\s+|everyday\s+|physical\s+|motor\s+)?function(?:ing)?|(?:the\s+)?(?:daily\s+|everyday\s+)?function(?:ing)?\b(?!\s+of\s+(?:cells|neurons|Tregs|T cells))|(?:the\s+)?(?:disease['’]?s?\s+)?progression(?:\s+of\s+(?:the\s+)?disease)?|ALSFRS)/i;

/** "Relyvrio … in its phase 3 trial", "approval followed a large phase 3 trial": the drug's one phase 3 trial, told by
 * its phase with the drug named, when no other study of the drug on record is a phase 3. */
const PHASE_3_SAID = /\b(?:phase[\s-]*(?:3|III)|late-stage)\b/i;
const OTHER_PHASE = /\b(?:phase[\s-]*(?:1|2|I|II)(?:[ab])?\b(?!\/)|early[- ](?:stage|phase)|mid-stage|pilot)/i;
function toldByItsPhase(source: SourceFile, s: RuleInput['s'], others: readonly SourceFile[]): boolean {
  if (source.design.phase !== '3' || !PHASE_3_SAID.test(s.text) || !source.topics.some((t) => s.has(t))) return false;
  return !others.some((o) => o !== source && o.design.phase === '3' && o.topics.some((t) => source.topics.includes(t)));
}

/** The first clinical benefit told, as a match (for the secondary endpoints' check). */
function broadBenefit(text: string): RegExpExecArray | null {
  const b = benefitMatches(text)[0];
  if (!b) return null;
  const m = [b.text] as unknown as RegExpExecArray;
  m.index = b.index;
  return m;
}

/** A plain functional benefit told of a trial whose functional primary endpoint was missed. */
function checkFunctionBenefit({ s, source, related = [], siblings = [] }: RuleInput): RuleOutcome {
  const ep = source.primaryEndpoint;
  // Only where the trial itself is named by its name or registry ID: through the drug's name ("Albrioza slowed the
  // disease in a 137-person phase 2 trial") or a description, another trial of the drug may be meant, and "tofersen
  // slowed decline" may speak of the open-label extension.
  if (ep?.met !== false || !ep.measures?.includes('function')) return null;
  const byName = namesStudyByName(source, s.text);
  if (!byName && !toldByItsPhase(source, s, [...related, ...siblings])) return null;
  // With the secondary endpoints missed too (survival among them), any clinical benefit told of the trial is wrong.
  const m = FUNCTION_BENEFIT.exec(s.text) ?? (ep.secondaryMet === false ? broadBenefit(s.text) : null);
  // Told by its phase, the benefit must be told in the phase's own clause, and no other phase named ("it slowed
  // decline in its phase 2 trial, and a phase 3 is under way").
  if (m && !byName && (OTHER_PHASE.test(s.text) || !PHASE_3_SAID.test(clauseAt(s.text, m.index).text))) return null;
  if (
    !m ||
    isNegatedAt(s.text, m.index, 6) ||
    SUBGROUP_QUALIFIER.test(s.text) ||
    namesOtherStudy(source, s.text.slice(0, m.index))
  )
    return null;
  // What the trial set out to show is no result: "was meant to confirm that it slows progression".
  if (
    hypothesisBefore(s.text, m.index) ||
    /\b(?:meant|intended|set out|sought|tried|hoped|planned|was) to (?:confirm|show|prove|test|see|find)\b/i.test(s.text) ||
    // "a phase 3 study that tested how well the drug works": what it measured, not what it found
    /\b(?:test\w*|assess\w*|evaluat\w*|measur\w*|stud(?:y|ied|ies|ying)|see|find out|check\w*) (?:whether|if|how well)\b/i.test(
      s.text,
    )
  )
    return null;
  // Another trial of the drug named beside it may be the one that showed the benefit ("CENTAUR found it slowed
  // decline, but PHOENIX did not").
  if ([...related, ...siblings].some((o) => o !== source && namesStudyByName(o, s.text))) return null;
  // "did not show that it slowed", "failed to confirm it slowed": the benefit denied further back in the clause.
  if (/\b(?:not|no|never|failed to|without)\b[^.;,]{0,50}$/i.test(s.text.slice(0, m.index))) return null;
  // "a numerical trend towards slower decline", "slightly", "a non-significant": not told as shown.
  if (/\b(?:numerical\w*|trend\w*|non-?significant\w*|slightly|marginally|somewhat|modestly|hint)\b/i.test(s.text)) return null;
  const what = ep.description.replace(/\.$/, '').replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
  return { fired: `${source.name} did not meet its primary endpoint (${what}): the functional benefit told was not shown.` };
}

export function checkEndpoint(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  // "It met its primary endpoint" after the trial was named counts as named: its subject is the study followed.
  const named = namedOrFollowed(input);
  const direction = named && !GUARD.test(s.text) ? checkDirection(input) : null;
  if (direction) return direction;
  const measure = named && !GUARD.test(s.text) ? checkMeasure(input) : null;
  if (measure && 'fired' in measure) return measure;
  const secondary = named && !GUARD.test(s.text) ? checkSecondary(input) : null;
  if (secondary) return secondary;
  const met = source.primaryEndpoint?.met;
  if (met === undefined || met === null || !named || GUARD.test(s.text)) return null;
  const benefit = MET.test(s.text) || MISSED.test(s.text) ? null : checkFunctionBenefit(input);
  if (benefit) return benefit;
  const missed = MISSED.exec(s.text);
  let metMatch = missed ? null : MET.exec(s.text);
  // "there was no significant difference on ALSFRS-R", "did not show a significant slowing": a null result.
  if (metMatch && NEGATED_BEFORE.test(s.text.slice(Math.max(0, metMatch.index - 40), metMatch.index))) metMatch = null;
  const at = (missed ?? metMatch)?.index;
  // Another study in the same file named before the verb is its subject ("CENTAUR met …"); named after
  // it, it is only the object ("PHOENIX confirmed the benefit seen in CENTAUR").
  if (at === undefined || namesOtherStudy(source, s.text.slice(0, at))) return null;
  // the functional-scale wording only speaks to trials whose primary endpoint was that scale
  if (metMatch && /ALSFRS|function/i.test(metMatch[0]) && !/ALSFRS/i.test(source.primaryEndpoint!.description)) return null;
  // "confirmed the benefit in the low-marker group" speaks of a subgroup, not of the endpoint
  if (metMatch && !/end-?point|goal|outcome|objective/i.test(metMatch[0]) && SUBGROUP_QUALIFIER.test(s.text)) return null;
  const saysMissed = missed !== null;
  const saysMet = metMatch !== null;
  const what = source.primaryEndpoint!.description.replace(/\.$/, '').replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
  if (saysMet && !met) return { fired: `${source.name} did not meet its primary endpoint (${what}).` };
  if (saysMissed && met) return { fired: `${source.name} met its primary endpoint (${what}).` };
  if (saysMet || saysMissed) return { confirmed: `${source.name} ${met ? 'met' : 'did not meet'} its primary endpoint.` };
  return null;
}

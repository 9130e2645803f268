// Cause and effect stated where the source found an association or a within-patient correlation.
import { CAUSAL, CAUSAL_EFFECT, CORRELATIONAL, DISCLAIMS_CAUSATION, EXTRA_CAUSAL } from '../cues/claims-language';
import { SUSPICION } from '../cues/hedges';
import { isNegatedAt } from '../cues/negation';
import { sizeWords } from './evidence';
import type { Rule } from './types';

/** An immune or biomarker measure as the thing doing the causing ("The improved Treg numbers … preserved …"). */
const MEASURE_SUBJECT = /\b(?:Tregs?|T[- ]?cells?|regulatory T|immune|antibod\w*|levels?|numbers?|counts?|markers?)\b/i;

/** The cue itself tells motor neurons or nerves destroyed: the disease, whether or not it is named. */
const NEURONS_LOST = /\b(?:kill|destroy)\w*\s+(?:the\s+)?(?:healthy\s+)?(?:motor\s+)?(?:neurons?|nerves?|nerve cells?)\b/i;

/** A gene or mutation as the cause ("C9orf72 mutations are a known genetic cause of ALS") is genetics,
 * true and not this rule's business, unless immune wording sits between the gene and the verb. */
const GENETIC_SUBJECT = /\b(?:genes?|genetic|mutations?|mutated|variants?|expansions?|repeats?|inherited|hereditary)\b/gi;
const IMMUNE_WORD = /\b(?:T[- ]?cells?|immune|autoimmun\w*|Tregs?|lymphocytes?|attack\w*)\b/i;
function geneticCause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const genes = [...before.matchAll(GENETIC_SUBJECT)];
  const last = genes[genes.length - 1];
  return last !== undefined && !IMMUNE_WORD.test(before.slice(last.index));
}

/** "… activity that can cause inflammation": what may happen in general, not a finding told as cause. */
const POSSIBILITY_BEFORE = /\b(?:can|could|may|might)\s+(?:\w+\s+)?$/i;
/** "trying to understand the causes of ALS", "the search for what causes it": the cause sought, not claimed. */
const SOUGHT_BEFORE =
  /\b(?:(?:trying|try|tried|attempt\w*|hop\w*|aim\w*|want\w*|need\w*|struggl\w*)\s+to\s+(?:understand|find|identify|pin down|uncover|explain)|understand(?:ing)?|search(?:ing)? for|look(?:ing)? for|seek(?:ing)?|unknown|unclear|mystery of|question of|investigat\w*|explor\w*)\s+(?:what\s+|the\s+)?(?:possible\s+|underlying\s+|real\s+|root\s+)?$/i;
/** The causal claim named in order to set it aside: "a more careful claim than saying the immune system causes the
 * disease", "rather than claiming that it drives ALS". */
const REJECTED_BEFORE =
  /\b(?:than|rather than|instead of|not|never|without|stop(?:s|ped)? short of)\s+(?:saying|claiming|suggesting|concluding|stating|arguing)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}$/i;
/** "Tregs are reduced in number": the measure is what was found low (an association), not what acts. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$/i;

/** The disease as the cause of its own symptoms ("ALS is an illness of the motor neurons that causes muscle
 * weakness"): a description, not a finding told as cause. */
const DISEASE_AS_CAUSE =
  /(?:\b(?:illness|disease|disorder|condition)\s+(?:[\w-]+\s+){0,6}?(?:that|which)|\b(?:loss|death|degeneration|destruction) of (?:the )?(?:motor )?(?:neurons?|nerve cells?),?\s+(?:which|that)|^\s*(?:(?:as|while|when|because|since|whereas)\s+)?(?:ALS|MND|the disease|the illness|it))\s+$/i;

/** A cause told in the active voice ("causes", "leads to", "As ALS destroys motor neurons"): its subject is the cause
 * ("ALS is driven by" is not). */
const ACTIVE_CAUSE = /^(?:causes?|causing|leads? to|leading to|results? in|brings? on|destroys?|destroying|kills?|killing)\b/i;

/** What an antigen does, found in the lab ("an autoantigen that triggers an autoimmune response"): the immune
 * response caused, not the disease. */
const IMMUNE_RESPONSE_AFTER = /^\s+(?:an?\s+|the\s+)?(?:auto-?immune|immune|T[- ]cell)\s+(?:response|reaction)s?\b/i;

/** Direct causal wording, shared or local, not negated, not genetic, not told as a possibility. */
function directCause(text: string): string | undefined {
  for (const re of [CAUSAL, EXTRA_CAUSAL]) {
    const m = re.exec(text);
    if (
      m &&
      !isNegatedAt(text, m.index) &&
      !geneticCause(text, m.index) &&
      !POSSIBILITY_BEFORE.test(text.slice(0, m.index)) &&
      !SOUGHT_BEFORE.test(text.slice(0, m.index)) &&
      !REJECTED_BEFORE.test(text.slice(0, m.index)) &&
      !(ACTIVE_CAUSE.test(m[0]) && DISEASE_AS_CAUSE.test(text.slice(0, m.index))) &&
      !IMMUNE_RESPONSE_AFTER.test(text.slice(m.index + m[0].length))
    )
      return m[0];
  }
  return undefined;
}

function causalCue(text: string): string | undefined {
  const direct = directCause(text);
  if (direct) return direct;
  const effects = new RegExp(CAUSAL_EFFECT.source, 'gi');
  for (let m = effects.exec(text); m; m = effects.exec(text)) {
    // "The improved Treg numbers also preserved…": the measure must come before the verb, as its subject.
    const before = text.slice(0, m.index);
    if (
      !isNegatedAt(text, m.index) &&
      MEASURE_SUBJECT.test(before) &&
      !PASSIVE_BEFORE.test(before) &&
      !POSSIBILITY_BEFORE.test(before)
    )
      return m[0];
    effects.lastIndex = m.index + 1;
  }
  return undefined;
}

export const correlationAsCausation: Rule = {
  code: 'correlation-as-causation',
  check({ s, source }) {
    if (s.hedge !== 'asserted' || s.has('mouse') || SUSPICION.test(s.text)) return null;
    if (DISCLAIMS_CAUSATION.test(s.text)) return { confirmed: 'The sentence itself says causation was not shown.' };
    const cue = causalCue(s.text);
    if (!cue) return null;
    // The causal link must reach the disease or its course, not cells or cytokines in general.
    // (Motor neurons or nerves killed or destroyed is the disease itself.)
    if (!(s.has('als') || s.has('disease-ref') || s.has('progression') || s.has('survival') || NEURONS_LOST.test(cue)))
      return null;
    if (CORRELATIONAL.test(s.text) && !directCause(s.text)) return null;
    const found = source.design.associationOnly
      ? `an association in ${sizeWords(source)}`
      : `a correlation in ${sizeWords(source)}${source.design.control === 'none' ? ' with no control group' : ''}`;
    return {
      fired: `States cause and effect ("${cue.trim()}"), but ${source.name} found ${found}; that cannot show what causes what.`,
    };
  },
};

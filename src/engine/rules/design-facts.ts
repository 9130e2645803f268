// The design of a study told wrongly: an open-label single-group study called randomised or
// placebo-controlled, a randomised blinded trial called open-label or uncontrolled, or a phase label
// the study never carried ("RAPA-501 is in phase 3"). Part of the wrong-fact rule.
// Words the source's own record uses of it (a later randomised phase recorded in the same file, a
// registry relabelling) are never "wrong"; negated, hedged or contrasted sentences are left alone.
import type { SourceFile } from '../../claims/schema';
import { namedOnlyByDrug, namedOrFollowed, namesOtherStudy } from './study-names';
import { isDrugName } from './study-names';
import type { RuleInput, RuleOutcome } from './types';

const CONTROLLED =
  /\b(?<!non-?)(?:randomi[sz]ed|placebo[- ]controlled|double[- ]blind(?:ed)?|controlled trial|compar(?:es|ed|ing) (?:[\w-]+ ){0,3}?(?:with|to|against) (?:a |the )?(?:placebo|dummy)|(?:versus|vs\.?|against) (?:a |the )?placebo)\b/gi;
// "its open-label extension", "the open-label part": a later phase of a controlled trial, not its design.
const UNCONTROLLED =
  /\b(?:open[- ]label(?![- ](?:extension|phase|part|period|follow))|single[- ]arm|single[- ]group|uncontrolled|non-?randomi[sz]ed|no (?:control|placebo|comparison) (?:group|arm))\b/gi;
const NEGATED_BEFORE =
  /\b(?:not|never|no|none|nobody|isn't|wasn't|aren't|weren't|nor|neither|rather than|instead of|unlike|without)\s+(?:\w+\s+){0,3}$|\b(?:none|nobody|no one|neither) (?:of \w+ )?(?:has|have|had) (?:\w+\s+){0,4}$|n't\s+(?:\w+\s+){0,3}$/i;
const GUARD =
  /\b(?:may|might|could|would|will|if|whether|plan\w*|expected|unlike|whereas|while|compared with|follow-?up|next|later|upcoming)\b|\?/i;
const PHASE_LABEL = String.raw`phase\s+(1\/2|2\/3|1|2a|2b|2|3|4|I{1,3}|IV)(?![\w/])`;
const PHASE = new RegExp(`\\b${PHASE_LABEL}`, 'gi');
/** The phase said of the study itself ("it's in phase 3", "has reached phase 3", "is a phase 3 trial"),
 * not a next step mentioned beside it ("a phase 3 is now needed"). */
const PHASE_ATTRIBUTED = new RegExp(
  // "In this trial of phase 3" (non-native word order) says the same
  String.raw`\b(?:this|the|its) (?:trial|study) (?:of|in) ${PHASE_LABEL}|` +
    String.raw`\b(?:is|was|it['’]s|has (?:reached|entered|moved (?:in)?to)|reached|entered|moved (?:in)?to)\s+(?:now\s+|already\s+|currently\s+)?(?:in\s+)?(?:an?\s+|the\s+)?(?:(?:large|larger|small|big|major|pivotal|late-stage|randomi[sz]ed|international|global|multi-?cent(?:re|er)|multinational|new|proper|full)\s+){0,2}${PHASE_LABEL}`,
  'gi',
);
/** A phase set beside the study's own name: "CENTAUR, a phase 2/3 trial", "CENTAUR (NCT…), a phase 2/3 study",
 * "MIROCALS: UK/France, phase 3", "the CENTAUR trial (NCT…), the previous phase 3 study". */
const APPOSITIVE = new RegExp(
  String.raw`^\s*(?:(?:trial|study)\s*(?=\())?(?:\([^)]{1,40}\)\s*)?[,:=]\s*(?:[^,;:.]{0,25},\s*)?(?:an?\s+|the\s+)?(?:(?:previous|earlier|pivotal|original|first|large|small|global|international|randomi[sz]ed|placebo-controlled|double-blind)\s+){0,2}${PHASE_LABEL}`,
  'i',
);
function appositivePhases(source: SourceFile, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const name of source.names.filter((n) => !isDrugName(n))) {
    const at = text.indexOf(name);
    if (at < 0) continue;
    const m = APPOSITIVE.exec(text.slice(at + name.length, at + name.length + 80));
    if (m) out.push(m);
  }
  return out;
}
/** The study told as one that gave a treatment: "a clinical trial testing an immune drug", "the drug trial". */
const TESTED_TREATMENT =
  /\b(?:was|is)\s+(?:an?\s+)?(?:clinical|drug|randomi[sz]ed|placebo-controlled|treatment)\s+trial\b|\b(?:tested|testing|trialled|gave|giving)\s+(?:an?\s+|the\s+)?(?:new\s+|experimental\s+|immune\s+)?(?:drug|medicine|treatment|therapy|immunotherapy)\s+(?:on|to|in)\b|\b(?:was|is)\s+(?:an?\s+)?(?:clinical\s+)?trial\s+(?:testing|of)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:drug|medicine|treatment|therapy)\b/i;
const NEXT_STEP = /\b(?:need\w*|plann\w*|discuss\w*|propos\w*|future|eventual\w*|toward\w*|prepar\w*)\b/i;
const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };
/** A phase label as the record writes it: "III" is "3", "2B" is "2b". */
export const normalisePhase = (label: string) => ROMAN[label.toUpperCase()] ?? label.toLowerCase();

/** A phase as written in a sentence ("phase 2a", "Phase III", "phase 1/2"), its label captured. */
export const PHASE_TOLD = /\bphase[\s-]*(1\/2|2\/3|2a|2b|1|2|3|I{1,3})(?![\w/])/i;

/** "phase 2" told of a "2b" trial is its phase; "phase 2" of a phase 3 trial is not. */
export function samePhase(told: string, own: string): boolean {
  const t = normalisePhase(told);
  return t === own || own.startsWith(t) || t.startsWith(own);
}

/** The source's own prose (not field names), lower-cased: what it says of itself. */
function recordText(source: SourceFile): string {
  return [
    source.title,
    source.citation,
    source.design.population,
    ...source.design.arms,
    ...source.results.map((r) => r.summary),
    source.status.note ?? '',
    source.conclusion,
    ...source.caveats,
  ].join(' ');
}

function unnegated(text: string, re: RegExp): string[] {
  return [...text.matchAll(re)].filter((m) => !NEGATED_BEFORE.test(text.slice(0, m.index))).map((m) => m[0]);
}

/** Another study's name set after a phase in the record's prose ("the confirmatory phase 3 PHOENIX",
 * "the larger phase 3 (PHOENIX)"). */
const NAMED_AFTER = /^\s*(?:trial\s+|study\s+)?\(?([A-Z][A-Z0-9-]{2,})\b/;

const NOT_YET_BEFORE =
  /\b(?:no|not|next|future|ideally|or|planned|further|confirmatory)\s+(?:an?\s+)?$|\b(?:ideally|needs?|needed|requires?)\s+(?:an?\s+)?$/i;
const NOT_YET_AFTER =
  /^\s*(?:trial\s+)?(?:(?:is|are|was|were|would be|will be)\s+)?(?:still\s+)?(?:needed|registered|planned|being discussed|under discussion)\b|^\s*or\b/i;

/** The phases the record uses of the study itself: not a later study's it names beside its phase. */
function ownPhases(source: SourceFile, own: string): string[] {
  return [...own.matchAll(PHASE)]
    .filter((m) => {
      const rest = own.slice(m.index + m[0].length, m.index + m[0].length + 30);
      const after = NAMED_AFTER.exec(rest);
      // A phase still to come ("no phase 3 was registered", "ideally a phase 3 is needed") is not the study's.
      if (NOT_YET_BEFORE.test(own.slice(Math.max(0, m.index - 25), m.index)) || NOT_YET_AFTER.test(rest)) return false;
      return !after || source.names.includes(after[1]!);
    })
    .map((m) => normalisePhase(m[1]!));
}

export function checkDesign(input: RuleInput): RuleOutcome {
  const { s, source } = input;
  // Named only: a sentence followed from context may be about another study of the same treatment; so may a
  // sentence that names only the drug.
  // ("The trial was a phase 3 study" after the trial was named counts as named: its subject is the study followed.)
  if (!namedOrFollowed(input) || GUARD.test(s.text) || namesOtherStudy(source, s.text) || namedOnlyByDrug(input)) return null;
  const d = source.design;
  // A study that tested no treatment (an association found in samples or records) told as a trial of one.
  if (d.associationOnly && TESTED_TREATMENT.test(s.text))
    return { fired: `${source.name} tested no treatment: it found an association (${d.population.replace(/\.$/, '')}).` };
  const own = recordText(source);
  const saysControlled = unnegated(s.text, CONTROLLED);
  const saysUncontrolled = unnegated(s.text, UNCONTROLLED);
  if (saysControlled.length && saysUncontrolled.length) return null; // mixed: cannot tell which clause is about it
  if (saysControlled.length && !d.randomised && d.control === 'none' && unnegated(own, CONTROLLED).length === 0) {
    return {
      fired: `${source.name} is not ${saysControlled[0]!.toLowerCase()}: it has a single group, no randomisation and no placebo.`,
    };
  }
  if (saysUncontrolled.length && d.randomised && d.control === 'placebo' && unnegated(own, UNCONTROLLED).length === 0) {
    return { fired: `${source.name} was randomised and placebo-controlled, not ${saysUncontrolled[0]!.toLowerCase()}.` };
  }
  const phases = [...s.text.matchAll(PHASE_ATTRIBUTED), ...appositivePhases(source, s.text)]
    .map((m) => m[1] ?? m[2])
    .filter((p): p is string => p !== undefined)
    .map(normalisePhase);
  if (d.phase && phases.length && !NEXT_STEP.test(s.text)) {
    const known = new Set([d.phase, ...ownPhases(source, own)]);
    // "phase 2" for a phase 2b (or 2a) study is the same phase, told less precisely.
    const wrong = phases.filter((p) => !known.has(p) && ![...known].some((k) => /^\d[ab]$/.test(k) && k[0] === p));
    if (wrong.length) return { fired: `${source.name} is a phase ${d.phase} study, not phase ${wrong[0]}.` };
  }
  if (saysControlled.length || saysUncontrolled.length) return { confirmed: `${source.name}'s design is described correctly.` };
  return null;
}

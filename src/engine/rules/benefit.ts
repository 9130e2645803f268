// Shared detection: does the sentence claim a clinical benefit (for people, not cells)?
import type { AnalyzedSentence } from '../analyze';
import { CELL_OBJECT_AFTER, CELL_SURVIVAL, CLINICAL_BENEFIT } from '../cues/claims-language';
import { unnegatedMatches } from '../cues/negation';
import { EXTRA_BENEFIT, NOT_A_CLAIM_BEFORE } from './benefit-cues';

export interface BenefitMatch {
  text: string;
  index: number;
}

/** Every benefit claim in the sentence, in order of position. `broad` adds the wordings in
 * benefit-cues.ts ("halted ALS", "the therapy works", "saved lives"). */
/** What a study was built to detect is a hypothesis, not a result: "80% power to detect a fall in the risk of death". */
/** Evidence still asked for is not evidence given: "approved on condition that the company supply stronger evidence
 * that it works", "it still has to show that it slows the disease". */
const HYPOTHESIS_BEFORE =
  /\b(?:(?:new |fresh |renewed |real )?(?:hopes?|promise|prospects?|possibilit(?:y|ies)|chance) (?:of|for|that)\s+(?:[\w-]+\s+){0,5}?$|(?:doubts?|questions?|uncertainty|scepticism|skepticism) (?:about|over|as to|on|regarding) (?:how well |whether )(?:[\w'’-]+\s+){0,4}?$|(?:power(?:ed)?|designed|sized|able|set out|aim(?:s|ed)?|intended)\s+to\s+(?:detect|show|test|find|demonstrate|see)\b|(?:for|of) (?:its|their) (?:ability|potential|capacity) to\b|test(?:s|ed|ing)? whether\b|(?:test(?:s|ed|ing)?|trialled|studied|investigated|evaluated|screened)\s+(?:for|as (?:a )?(?:way|means) of)\s+|(?:stronger|further|more|additional|confirmatory|better|conclusive|definitive) (?:evidence|proof|data) (?:that|of)\b|(?:needs?|needed|must|has to|have to|had to|required|requires?|asked|asks) (?:\w+ )?to (?:show|prove|confirm|demonstrate|verify)\b|\b(?:must|should|will have to) (?:still |first |now |yet )?(?:show|prove|confirm|demonstrate|verify)\b)[^.;]*$/i;

/** The text before `at` puts what follows as a hypothesis or as evidence still sought, not as a finding. */
export function hypothesisBefore(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return HYPOTHESIS_BEFORE.test(before) || PURPOSE_BEFORE.test(before);
}

/** A trial's power: "powered (80%) for", "had 90% power to detect". */
const POWERED_FOR = /\b(?:powered|power)\b[^.;]{0,30}?\b(?:for|to detect|to show)\s+(?:an?\s+)?(?:[\w-]+\s+)?$/i;

/** What a treatment was tested for: "tested low-dose IL-2 as an add-on treatment to slow the progression of ALS". */
const PURPOSE_BEFORE =
  /\b(?:test(?:s|ed|ing)?|evaluat\w*|investigat\w*|assess\w*|stud(?:y|ies|ied|ying))\b[^.;]{0,100}?\b(?:treatment|therapy|drug|medicine|way|approach|add-on)\s+to\s+$/i;

/** A label in quotation marks after the verb that gives it: "called 'safe and effective'", "touted as “a cure”". */
const QUOTED_LABEL =
  /\b(?:called|calls|calling|labell?ed|dubbed|branded|(?:described|describes|touted|billed|hailed|headlined|framed|presented|pitched|sold|marketed|promoted)(?:\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:drug|treatment|therapy|result|results|study|trial|findings?)))?\s+as)\s+(?:it\s+)?["“'‘]\s*$/i;

export function benefitMatches(text: string, broad = true): BenefitMatch[] {
  const out: BenefitMatch[] = [];
  for (const m of unnegatedMatches(text, CLINICAL_BENEFIT)) {
    if (hypothesisBefore(text, m.index)) continue;
    // "powered (80%) for a two-fold reduction in the risk of death": the effect a trial was sized to detect.
    if (POWERED_FOR.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    // "which one press release called 'safe and effective'": a label quoted, not the writer's claim.
    if (QUOTED_LABEL.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const around = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10);
    if (CELL_SURVIVAL.test(m[0]) || (/surviv/i.test(m[0]) && CELL_SURVIVAL.test(around))) continue;
    if (CELL_OBJECT_AFTER.test(text.slice(m.index + m[0].length))) continue;
    out.push({ text: m[0], index: m.index });
  }
  for (const re of broad ? EXTRA_BENEFIT : []) {
    for (const m of unnegatedMatches(text, re)) {
      if (NOT_A_CLAIM_BEFORE.test(text.slice(0, m.index)) || hypothesisBefore(text, m.index)) continue;
      if (out.some((b) => b.index <= m.index && m.index < b.index + b.text.length)) continue;
      out.push({ text: m[0], index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The shared cue only (subgroup-as-whole, population-overgeneralised use this; their owners may opt
 * into `efficacyClaim` once checked against their own negatives). */
export function clinicalBenefit(s: AnalyzedSentence): string | undefined {
  return benefitMatches(s.text, false)[0]?.text;
}

/** Any claim of clinical effect, including the broader wordings. */
export function efficacyClaim(s: AnalyzedSentence): string | undefined {
  return benefitMatches(s.text)[0]?.text;
}

// Test support: run one rule on one sentence against a real claim from the compiled database.
import { claimById, claimsDb } from '../../claims/db';
import { analyzeSentence } from '../analyze';
import { documentView } from '../document-view';
import { buildMarket } from '../market';
import { journalsOf } from './journal-facts';
import { sameMainTreatment } from './study-names';
import type { Rule, RuleOutcome } from './types';

const market = buildMarket(claimsDb);
const journals = journalsOf(claimsDb.sources);

/** `published` dates the document; `today` is fixed so that tests do not age; `via` is how the sentence
 * reached the study (followed from before unless said). */
export function runRule(
  rule: Rule,
  claimId: string,
  sentence: string,
  docText: string[] = [],
  dates: {
    published?: string;
    today?: string;
    via?: 'named' | 'context' | 'standalone';
    recordOnly?: boolean;
    /** The document model's evidence per study (which studies the document discusses). */
    studies?: ReadonlyMap<string, number>;
  } = {},
): RuleOutcome {
  const found = claimById(claimId);
  if (!found) throw new Error(`no claim ${claimId} in the compiled database`);
  const s = analyzeSentence(sentence, 0);
  const { via, recordOnly, ...when } = dates;
  const doc = documentView([...docText.map((t) => analyzeSentence(t, 0)), s], { today: '2026-12-05', ...when }, market, journals);
  const siblings = claimsDb.sources.filter((o) => sameMainTreatment(o, found.source));
  return rule.check({ s, source: found.source, claim: found.claim, doc, via: via ?? 'context', recordOnly, siblings });
}

/** One check of the wrong-fact rule (a `check…` function of its own file) on one sentence, run as runRule runs a
 * whole rule. */
export function runCheck(
  check: Rule['check'],
  claimId: string,
  sentence: string,
  dates: Parameters<typeof runRule>[4] = {},
): RuleOutcome {
  return runRule({ code: 'wrong-fact', check }, claimId, sentence, [], dates);
}

export const fired = (o: RuleOutcome) => (o && 'fired' in o ? o.fired : undefined);
export const confirmed = (o: RuleOutcome) => (o && 'confirmed' in o ? o.confirmed : undefined);

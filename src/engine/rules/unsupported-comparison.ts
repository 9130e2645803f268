// "Better than existing treatments" when the study never compared the treatment with them.
import { comparison } from '../cues/claims-language';
import { hedgeLevel } from '../cues/hedges';
import { isNegatedAt } from '../cues/negation';
import { clauseAt } from './clauses';
import { conceptsOfKind, mentions } from '../concepts';
import type { Rule } from './types';

export const unsupportedComparison: Rule = {
  code: 'unsupported-comparison',
  check({ s, source }) {
    if (source.design.control === 'active') return null;
    const m = comparison().exec(s.text);
    // The hedge is the comparison's own clause's ("tofersen looks ten times better than Relyvrio, so I would wait").
    if (!m || isNegatedAt(s.text, m.index) || hedgeLevel(clauseAt(s.text, m.index).text) === 'modal') return null;
    // "Relyvrio works better than edaravone" compares Relyvrio: the study whose treatment is only the yardstick (named
    // after the comparison word, not before it) is not the one judged. In "Tofersen > edaravone" the word is inside.
    // "Unlike riluzole, tofersen…" names the yardstick first: the treatment judged is the one after it.
    const unlike = /^(?:unlike|compared)\b/i.test(m[0]);
    const word = /\s*(?:>>?|beats|outdoes)\s*/.exec(m[0]);
    const subject = s.text.slice(0, m.index + (unlike ? m[0].length : (word?.index ?? 0)));
    const own = source.topics.filter((t) => conceptsOfKind('intervention').includes(t));
    if (own.length > 0 && !unlike && !own.some((t) => mentions(subject, t)) && own.some((t) => s.has(t))) return null;
    const against =
      source.design.control === 'placebo'
        ? 'placebo'
        : source.design.control === 'none'
          ? 'nothing (no control group)'
          : 'healthy controls';
    return {
      fired: `Compares it favourably with other treatments, but ${source.name} compared it only with ${against}; there is no head-to-head evidence.`,
    };
  },
};

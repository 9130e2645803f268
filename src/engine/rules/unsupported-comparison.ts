// "Better than existing treatments" when the study never compared the treatment with them.
import { comparison } from '../cues/claims-language';
import { isNegatedAt } from '../cues/negation';
import type { Rule } from './types';

export const unsupportedComparison: Rule = {
  code: 'unsupported-comparison',
  check({ s, source }) {
    if (source.design.control === 'active') return null;
    const m = comparison().exec(s.text);
    if (!m || isNegatedAt(s.text, m.index) || s.hedge === 'modal') return null;
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

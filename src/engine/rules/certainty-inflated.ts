// "confirmed", "proven", "now established" for a finding that is associative or unconfirmed.
import { CERTAINTY, RECLASSIFY } from '../cues/claims-language';
import { isNegatedAt } from '../cues/negation';
import { isConfirmatory, whyUnconfirmed } from './evidence';
import type { Rule } from './types';

/** Uses of "confirmed" that are about diagnosis, not evidence. */
const OTHER_SENSE = /\bconfirmed (?:cases?|diagnos\w*|ALS|patients?|by (?:a |the )?(?:neurologist|doctor|test|biopsy))\b/i;

export const certaintyInflated: Rule = {
  code: 'certainty-inflated',
  check({ s, source }) {
    if (isConfirmatory(source)) return null;
    const re = new RegExp(CERTAINTY.source, 'gi');
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      if (isNegatedAt(s.text, m.index, 4) || /\b(?:yet|if|whether|to be|needs? to be)\s+$/i.test(s.text.slice(0, m.index))) continue;
      if (OTHER_SENSE.test(s.text.slice(m.index, m.index + 60))) continue;
      if (s.text.trim().endsWith('?')) continue;
      return { fired: `Says "${m[0].trim()}", but ${whyUnconfirmed(source)}.` };
    }
    // "ALS is an autoimmune disease", flatly: a category settled, where the source found a component.
    const flat = RECLASSIFY.exec(s.text);
    if (flat && s.hedge === 'asserted' && !/\b(?:partly|in part|partially|component|some cases|a form of)\b/i.test(s.text) && !isNegatedAt(s.text, flat.index + flat[0].indexOf(' is'))) {
      return { fired: `States as settled that "${flat[0]}", but ${whyUnconfirmed(source)}.` };
    }
    return null;
  },
};

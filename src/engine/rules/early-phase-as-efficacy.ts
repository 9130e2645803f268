// A phase 1 / safety / biomarker study told as showing clinical benefit.
import { efficacyClaim } from './benefit';
import { isEarlyPhase, whyUnconfirmed } from './evidence';
import type { Rule } from './types';

export const earlyPhaseAsEfficacy: Rule = {
  code: 'early-phase-as-efficacy',
  check({ s, source }) {
    if (!isEarlyPhase(source) || s.has('mouse')) return null;
    if (s.hedge !== 'asserted') return null;
    const benefit = efficacyClaim(s);
    if (!benefit) return null;
    const aim = source.primaryEndpoint ? ` Its primary aim was ${source.primaryEndpoint.description.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())}.` : '';
    return { fired: `Presents a clinical benefit ("${benefit}") as shown, but ${whyUnconfirmed(source)}; it was not built to show efficacy.${aim}` };
  },
};

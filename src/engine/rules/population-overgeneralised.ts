// A result from a narrow population (SOD1 carriers, ALS-like immune syndromes) applied to ALS at large.
import { conceptRegex } from '../concepts';
import { clinicalBenefit } from './benefit';
import type { Rule } from './types';

export const populationOvergeneralised: Rule = {
  code: 'population-overgeneralised',
  check({ s, source, claim }) {
    if (claim.qualifiers.length === 0) return null;
    // Naming the right population is necessary, not sufficient, for the sentence to be right: say nothing.
    if (claim.qualifiers.some((q) => s.has(q))) return null;
    if (s.hedge === 'modal' || !s.has('als')) return null;
    const benefit = clinicalBenefit(s);
    if (!benefit) return null;
    const narrow = claim.qualifiers
      .map((q) =>
        conceptRegex(q)
          .source.split('|')[0]!
          .replace(/\\b|\\/g, ''),
      )
      .join(', ');
    return {
      fired: `Applies the result to ALS in general, but ${source.name} studied only a narrower group (${source.design.population.replace(/\.$/, '')}); look for: ${narrow}.`,
    };
  },
};

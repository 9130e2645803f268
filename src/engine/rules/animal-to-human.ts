// A benefit seen in mice told as a benefit in people.
import { efficacyClaim } from './benefit';
import type { Rule } from './types';

const HUMAN_SUBJECT = /\b(?:patients?|people|persons?|humans?|participants?|sufferers|those with (?:ALS|MND)|individuals)\b/i;

export const animalToHuman: Rule = {
  code: 'animal-to-human',
  check({ s, source }) {
    if (s.has('mouse')) return { confirmed: 'The sentence says the result was in animals.' };
    if (s.hedge !== 'asserted' || !HUMAN_SUBJECT.test(s.text)) return null;
    const benefit = efficacyClaim(s);
    if (!benefit) return null;
    const animal = source.results.find((r) => r.population === 'animal' && r.verified);
    if (!animal) return null;
    return { fired: `Says "${benefit}" for people, but in ${source.name} that effect was seen in mice (${animal.summary.replace(/\.$/, '')}).` };
  },
};

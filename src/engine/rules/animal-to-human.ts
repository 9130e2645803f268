// A benefit seen in mice told as a benefit in people.
import { mentions } from '../concepts';
import { hedgeLevel } from '../cues/hedges';
import { benefitMatches } from './benefit';
import { clauseAt } from './clauses';
import { sentenceBefore } from './document';
import type { Rule } from './types';

const HUMAN_SUBJECT =
  /\b(?:patients?['’]?|people|persons?|humans?|participants?|sufferers|those with (?:ALS|MND)|individuals)\b/i;
/** "extends survival in ALS": the human disease, when nothing in or just before the sentence says animals. */
const IN_THE_DISEASE =
  /\b(?:in|against|for|of) (?:ALS|MND|motor neuron(?:e)? disease|Lou Gehrig)\b(?!['’]?s? (?:mice|mouse|rats?|models?))/i;
/** Animal wording the shared concept does not cover. */
const ANIMAL_EXTRA = /\b(?:models?|pre-?clinical|in vivo)\b/i;

/** An inference drawn from what came before: "…, so", "therefore", "= proof that", "which means". */
const INFERENCE =
  /(?:,\s*so\b|\bso (?:we|patients|people|doctors)\b|\btherefore\b|\bwhich means\b|\s=\s*(?:proof\s+that\b)?|\bproof that\b|\bprov(?:es|ed|ing) that\b)/i;
/** What is carried over to people: "help our patients", "the same benefit", "work in people". */
const CARRIED_OVER =
  /\b(?:help\w*|work\w*|benefit\w*|the same (?:benefit|effect|result|gains?)|slow\w*|extend\w*|protect\w*|cur(?:e|ed|es|ing)|live longer|survive)\b/i;

const HUMAN_TRIAL = /\b(?:phase[\s-]*(?:1|2|3|I{1,3})[ab]?\b|placebo|randomi[sz]ed|first-in-human|clinical trial)/i;

const animalIn = (text: string) => mentions(text, 'mouse') || ANIMAL_EXTRA.test(text);

export const animalToHuman: Rule = {
  code: 'animal-to-human',
  check({ s, source, doc }) {
    const animal = source.results.find((r) => r.population === 'animal' && r.verified);
    const tell = (benefit: string) =>
      `Says "${benefit}" for people, but in ${source.name} that effect was seen in mice (${animal!.summary.replace(/\.$/, '')}).`;
    if (animalIn(s.text)) {
      // The sentence mentions animals; it still transfers the result when another clause claims the
      // benefit for people, plainly ("…, so the same treatment will add years to patients' lives").
      if (animal) {
        // "Research in mice shows …, so we expect it to help our patients too", "experiments in mice = proof that giving
        // Tregs slows ALS in patients": the result carried over to people by an inference.
        const inferred = INFERENCE.exec(s.text);
        if (inferred) {
          const claim = s.text.slice(inferred.index + inferred[0].length);
          if (
            !animalIn(claim) &&
            HUMAN_SUBJECT.test(claim) &&
            (benefitMatches(claim).length > 0 || CARRIED_OVER.test(claim)) &&
            !/\b(?:may|might|could|perhaps|possibly|hope)\b/i.test(claim)
          )
            return { fired: tell(claim.trim().replace(/[.!]+$/, '')), span: { start: inferred.index, end: s.text.length } };
        }
        for (const b of benefitMatches(s.text)) {
          const clause = clauseAt(s.text, b.index);
          if (animalIn(clause.text) || !HUMAN_SUBJECT.test(clause.text) || hedgeLevel(clause.text) !== 'asserted') continue;
          return { fired: tell(b.text), span: { start: clause.start, end: clause.end } };
        }
      }
      return { confirmed: 'The sentence says the result was in animals.' };
    }
    if (!animal || s.hedge !== 'asserted') return null;
    const benefit = benefitMatches(s.text)[0];
    if (!benefit) return null;
    // A human trial told as the one that showed it ("the Houston phase 2a showed a clear slowing compared with placebo"):
    // the claim is that trial's, judged by its own record, not a mouse result carried over.
    if (HUMAN_TRIAL.test(s.text)) return null;
    if (!HUMAN_SUBJECT.test(s.text)) {
      // "Boosting Tregs extends survival in ALS" reads as the human disease, unless the sentence
      // before was about animals and this one continues it.
      const before = sentenceBefore(doc, s);
      if (!IN_THE_DISEASE.test(s.text) || (before && animalIn(before.text))) return null;
    }
    return { fired: tell(benefit.text) };
  },
};

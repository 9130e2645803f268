import { describe, expect, it } from 'vitest';
import { looksEnglish } from './language';

const english =
  'The trial of low-dose interleukin-2 in people with ALS did not meet its primary endpoint, but an analysis that was adjusted for a marker of nerve damage pointed to a benefit. The researchers said that a larger study would be needed before the drug could be offered to patients, and that it is too early to say whether it works.';
const french =
  "L'essai de l'interleukine-2 à faible dose chez les personnes atteintes de SLA n'a pas atteint son critère principal, mais une analyse ajustée sur un marqueur de lésion nerveuse a suggéré un bénéfice. Les chercheurs ont déclaré qu'une étude plus large serait nécessaire avant que le médicament puisse être proposé aux patients.";
const spanish =
  'El tofersen ralentiza la progresión de la ELA en los pacientes con mutaciones en el gen SOD1, según un estudio publicado en la revista, aunque el ensayo no alcanzó su objetivo principal y los investigadores piden más datos antes de recomendarlo a todos los enfermos.';

describe('looksEnglish', () => {
  it('reads English prose as English', () => expect(looksEnglish([english])).toBe(true));
  it.each([
    ['French', french],
    ['Spanish', spanish],
  ])('reads %s as not English', (_lang, text) => expect(looksEnglish([text])).toBe(false));
  it('says nothing on too little text', () => expect(looksEnglish(['Tofersen approved.'])).toBeUndefined());
  it('judges the passages together', () => expect(looksEnglish([english.slice(0, 80), english.slice(80)])).toBe(true));
});

import { describe, expect, it } from 'vitest';
import { animalToHuman } from './animal-to-human';
import { confirmed, fired, runRule } from './fixture';

const run = (s: string, before: string[] = []) => runRule(animalToHuman, 'sheean-mouse-survival', s, before);

describe('animal-to-human', () => {
  it.each([
    'Boosting Tregs extended survival in ALS patients.',
    'Raising Treg levels lengthens life in ALS, Australian researchers report.',
    'Because treated rodents lived longer, Treg boosters will add years to patients’ lives.',
    'The animals survived longer, so expanding Tregs extends survival in people with ALS too.',
    // the result carried over to people by an inference
    'Research in mice shows that boosting regulatory T cells extends survival, so we expect this treatment to help our patients too.',
    'Passive-transfer experiments in mice = proof that giving Tregs slows ALS in patients.',
  ])('fires when a mouse result is told of patients: %s', (s) => expect(fired(run(s))).toMatch(/mice/));

  it('narrows the flag to the clause about people', () => {
    const s = 'Mice given the complexes lived longer, and the same treatment can add years to patients’ lives.';
    const out = run(s);
    const painted = out && 'fired' in out && out.span ? s.slice(out.span.start, out.span.end) : '';
    expect(painted).toMatch(/the same treatment can add years to patients’ lives/);
    expect(painted).not.toMatch(/Mice/);
  });

  it('confirms when the sentence says mice', () => {
    expect(confirmed(run('Expanding Tregs extended survival in ALS mice.'))).toBeTruthy();
  });

  it.each([
    'Boosting Tregs might extend survival in patients.',
    'Patients had fewer Tregs than controls.',
    'Boosting Tregs extends survival in ALS, a mouse study finds.',
    'In mice, boosting Tregs extended survival; in patients, higher Tregs went with slower progression.',
    'Treated mice lived longer, and the authors hope the approach could help patients live longer too.',
    'Expanding Tregs extended survival in a model of ALS.',
    'Whether boosting Tregs extends survival in people with ALS has not been tested.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());

  it('stays silent when the sentence continues a paragraph about mice', () => {
    expect(
      fired(run('Boosting Tregs extended survival in ALS.', ['The researchers gave SOD1 mice IL-2 complexes.'])),
    ).toBeUndefined();
  });
});

describe('animal-to-human: an inference kept to animals, or hedged', () => {
  it.each([
    'Research in mice shows that boosting Tregs extends survival, so the next step is to test it in more mice.',
    'Research in mice shows that boosting Tregs extends survival, so it might one day help patients.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
});

describe('animal-to-human: "so now people can also be cured" (session 17)', () => {
  it('carries a cure in mice over to people', () =>
    expect(
      fired(
        run(
          'Scientists increased regulatory T cells in mice and the mice lived longer, so now people can also be cured this way.',
        ),
      ),
    ).toMatch(/seen in mice/));
});

describe('animal-to-human: a human trial told as the one that showed it (session 17)', () => {
  it('"the Houston phase 2a showed a clear slowing of ALS compared with placebo" is that trial’s claim', () =>
    expect(
      fired(
        runRule(
          animalToHuman,
          'beers2011-mouse-transfer',
          'There is also Treg cell therapy, and the Houston phase 2a showed a clear slowing of ALS compared with placebo.',
        ),
      ),
    ).toBeUndefined());
});

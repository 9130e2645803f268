import { describe, expect, it } from 'vitest';
import { correlationAsCausation } from './correlation-as-causation';
import { fired, runRule } from './fixture';

describe('correlation-as-causation', () => {
  it.each([
    ['michaelis-autoimmune-als', 'Immune attack causes ALS, researchers say.'],
    // an intervention on the measure told as its effect
    ['michaelis-survival-link', 'This means boosting IL-10 will add years to the lives of ALS patients.'],
    ['michaelis-autoimmune-als', 'ALS is triggered by autoimmune T cells.'],
    ['michaelis-autoimmune-als', 'In ALS the immune system attacks the nerves.'],
    ['michaelis-autoimmune-als', "In ALS the body's defences turn against motor neurons, the team says."],
    ['michaelis-autoimmune-als', 'Scientists discover immune system attack nerve in ALS, new hope for the patients'],
    [
      'michaelis-autoimmune-als',
      "US researchers found that the body's own immune cells attack a protein called C9orf72, destroying the nerves that control movement.",
    ],
    [
      'michaelis-autoimmune-als',
      'According to the study, these lymphocytes are the ones that destroy the motor neurons and provoke the disease.',
    ],
    ['treg1-clinical-effect', 'Higher Treg levels slowed the patients’ disease progression.'],
    ['sheean-human-correlation', 'A shortage of Tregs is what makes the disease progress so fast.'],
    ['beers2011-human-correlation', 'Losing Tregs speeds up the decline in people with ALS.'],
    ['beers2017-dysfunction', 'Faulty Tregs determine how fast ALS progresses.'],
    // session 13: an association said to explain why the neurons die
    [
      'michaelis-survival-link',
      'This discovery explains not only why the neurons die but also why ALS advances faster in some patients than in others.',
    ],
    ['henkel-foxp3-progression', 'Low FoxP3 is the reason patients decline so quickly.'],
    ['beers2011-human-correlation', 'Put plainly, a lack of Tregs drives the rapid progression.'],
    ['michaelis-survival-link', 'A vigorous IL-10 response makes people with ALS live longer.'],
    ['michaelis-survival-link', 'So IL-10 is the reason why some patients live a long time with this disease.'],
  ])('fires on causal wording (%s): %s', (claim, s) => {
    expect(fired(runRule(correlationAsCausation, claim, s))).toMatch(/States cause and effect/);
  });

  it.each([
    ['michaelis-autoimmune-als', 'T-cell reactivity was associated with ALS.'],
    ['michaelis-autoimmune-als', 'An autoimmune reaction may drive some cases of ALS.'],
    ['michaelis-autoimmune-als', 'Molecules that trigger immune attacks.'],
    [
      'imodals-treg-response',
      'ALS is a severe neurodegenerative illness of the motor neurons that causes progressive muscle weakness.',
    ],
    ['beers2011-human-correlation', 'Researchers assume that Treg dysfunction speeds up the progression of ALS.'],
    [
      'michaelis-autoimmune-als',
      'Activated microglia are found in ALS, yet their role in causing disease is still not fully understood.',
    ],
    [
      'michaelis-immune-cause-als',
      'Although the cause of ALS (also known as motor neuron disease) is not fully understood, it is known that inflammation influences motor neuron damage.',
    ],
    ['treg1-clinical-effect', 'The more Tregs rose, the slower the decline.'],
    ['treg1-clinical-effect', 'In mice, boosting Tregs slowed disease progression.'],
    ['sheean-human-correlation', 'Patients with fewer Tregs tended to progress faster.'],
    ['sheean-human-correlation', 'Researchers suspect that low Tregs make the disease progress faster.'],
    ['beers2011-human-correlation', 'Fewer Tregs went hand in hand with faster progression.'],
    ['beers2011-human-correlation', 'Low Tregs do not make ALS progress faster, the authors caution.'],
    ['beers2017-dysfunction', 'That is why researchers are testing Treg therapy in ALS.'],
    // what may happen in general, and a measure found low: not a finding told as cause
    ['michaelis-autoimmune-als', 'Overactive immune cells in ALS can cause inflammation that harms motor neurons.'],
    ['sheean-human-correlation', 'In ALS, Tregs are lowered in number and weakened, so damaging inflammation can follow.'],
  ])('stays silent (%s): %s', (claim, s) => {
    expect(fired(runRule(correlationAsCausation, claim, s))).toBeUndefined();
  });
});

describe('correlation-as-causation: the disease process as the cause (session 13)', () => {
  it('stays silent on "the loss of motor neurons, which leads to paralysis"', () =>
    expect(
      fired(
        runRule(
          correlationAsCausation,
          'michaelis-survival-link',
          'The main damage is the loss of motor neurons, which leads to paralysis and finally death, but the exact trigger is unknown.',
        ),
      ),
    ).toBeUndefined());
});

describe('correlation-as-causation: genetics and denials', () => {
  const run = (s: string) => runRule(correlationAsCausation, 'michaelis-immune-cause-als', s);
  it('does not treat a gene mutation as the cause under this rule', () => {
    expect(
      fired(run('Mutations in the C9orf72 gene are a known genetic cause of ALS, and T cells react to its protein.')),
    ).toBeUndefined();
  });
  it('still fires when the immune system is the cause', () => {
    expect(fired(run('The immune system causes ALS by attacking the C9orf72 protein.'))).toBeTruthy();
  });
  it('stays silent when the sentence itself denies causation', () => {
    expect(fired(run('T cells react in ALS, but the cause of ALS is still unknown.'))).toBeUndefined();
  });
});

describe('correlation-as-causation: an antigen triggering an immune response (session 11)', () => {
  const run = (s: string) => runRule(correlationAsCausation, 'michaelis-immune-cause-als', s);
  it('what an autoantigen does in the lab is not a cause of ALS', () =>
    expect(
      fired(
        run(
          'For the first time the work identifies a specific autoantigen that triggers an autoimmune response in people with ALS.',
        ),
      ),
    ).toBeUndefined());
  it('the immune system triggering the disease still is', () =>
    expect(fired(run('The study shows the immune system triggers ALS.'))).toBeTruthy());
});

describe('correlation-as-causation: set-41 wordings (session 13)', () => {
  it.each([
    [
      'michaelis-autoimmune-als',
      'They describe an autoimmune component, which is a more careful claim than saying the immune system causes the disease.',
    ],
    [
      'henkel-foxp3-progression',
      'Her team follows up a 2013 result in which FoxP3 levels tracked disease progression in 80 percent of patients.',
    ],
  ])('stays silent (%s): %s', (claim, s) => expect(fired(runRule(correlationAsCausation, claim, s))).toBeUndefined());
  it('still fires on the claim itself', () =>
    expect(
      fired(runRule(correlationAsCausation, 'michaelis-autoimmune-als', 'The immune system causes the disease.')),
    ).toBeDefined());
});

describe('correlation-as-causation: the writer’s own neurons (session 17)', () => {
  it('"my own T cells are killing my motor neurons" states cause and effect', () =>
    expect(
      fired(
        runRule(
          correlationAsCausation,
          'michaelis-autoimmune-als',
          'I read the Nature paper, and it proved my own T cells are killing my motor neurons.',
        ),
      ),
    ).toMatch(/cause and effect/));
});

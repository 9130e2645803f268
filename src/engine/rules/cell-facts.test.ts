import { describe, expect, it } from 'vitest';
import { fired, runCheck } from './fixture';
import { checkCells, checkTargets } from './cell-facts';

const named = (s: string) => runCheck(checkCells, 'michaelis-survival-link', s, { via: 'named' });
const followed = (s: string) => runCheck(checkCells, 'michaelis-survival-link', s, { via: 'context' });

describe('cells: which immune cells responded', () => {
  it.each([
    'In the Michaelis study, the T cells that reacted to C9orf72 were CD8 killer T cells.',
    'Michaelis and colleagues found cytotoxic T cells attacking the C9orf72 protein.',
  ])('fires on the wrong cells (named): %s', (s) => expect(fired(named(s))).toMatch(/CD4\+ \(helper\) T cells/));
  it.each([
    'The reacting cells were mostly CD8 killer T cells.',
    'Question 4: the T cells that reacted were CD8 killer T cells.',
  ])('fires on the cells as the subject of a sentence following the study: %s', (s) =>
    expect(fired(followed(s))).toMatch(/not CD8/),
  );
  it.each([
    'In the Michaelis study, the T cells that reacted were CD4 helper cells.',
    'In the Michaelis study, it was not CD8 killer T cells that reacted but CD4 cells.',
    'Whether CD8 killer T cells also react in the Michaelis study is unknown.',
  ])('stays silent: %s', (s) => expect(fired(named(s))).toBeUndefined());
  it('stays silent on cells in general, not told as the study’s', () =>
    expect(fired(followed('CD8 killer T cells react to viruses.'))).toBeUndefined());
});

describe('targets: other proteins told as targeted too', () => {
  const followedT = (s: string) => runCheck(checkTargets, 'michaelis-survival-link', s, { via: 'context' });
  it.each([
    'Reply from @hopeful_h: they also found the T cells going after TDP-43 and SOD1 in the same way.',
    "The ALS patients' T cells attacked also the TDP-43 and SOD1 proteins very strongly.",
  ])('fires: %s', (s) => expect(fired(followedT(s))).toMatch(/TDP-43 and SOD1 were not preferentially targeted/));
  it.each([
    'The T cells reacted much less strongly to TDP-43 and SOD1.',
    'They did not find T cells going after TDP-43.',
    'SOD1 mutations cause about 2% of ALS.',
    // what was tested, not what was found (session 13)
    'The paper took T cells from ALS patients and examined in detail how they respond to peptides from TDP-43, SOD1 and C9orf72.',
  ])('stays silent: %s', (s) => expect(fired(followedT(s))).toBeUndefined());
});

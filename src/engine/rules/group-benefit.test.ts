import { describe, expect, it } from 'vitest';
import { confirmed, fired, runCheck } from './fixture';
import { checkGroupBenefit } from './group-benefit';

const riluzole = (s: string) => runCheck(checkGroupBenefit, 'riluzole1994-survival', s, { via: 'named' });
const mirocals = (s: string) => runCheck(checkGroupBenefit, 'mirocals-efficacy', s, { via: 'named' });

describe('group benefit: where a trial’s benefit was clearest', () => {
  it.each([
    'The first riluzole trial, in 1994, found the biggest benefit in people whose disease started in their arms and legs.',
    "In the 1994 trial, riluzole's benefit came entirely from limb-onset patients.",
    'The 1994 riluzole trial found the benefit equally in limb-onset and bulbar-onset patients.',
  ])('fires: %s', (s) => expect(fired(riluzole(s))).toMatch(/clearest in bulbar-onset disease/));
  it('fires on the group with no benefit told as the one that gained most', () =>
    expect(fired(mirocals('In MIROCALS, the benefit was strongest in people with fast, aggressive disease.'))).toMatch(
      /lower CSF-pNFH group/,
    ));
  it('confirms the right group, and stays silent without a ranking or with a hedge', () => {
    expect(confirmed(riluzole('In the 1994 trial the benefit was clearest in bulbar-onset disease.'))).toBeTruthy();
    expect(
      fired(riluzole('The 1994 trial enrolled people whose ALS began in the limbs or in the bulbar muscles.')),
    ).toBeUndefined();
    expect(fired(riluzole('It is unclear whether the 1994 trial’s benefit was mainly in limb-onset patients.'))).toBeUndefined();
  });
});

describe('group benefit: a sentence followed from the trial', () => {
  const followed = (s: string) => runCheck(checkGroupBenefit, 'riluzole1994-survival', s, { via: 'context' });
  it('fires on the weaker group told as the one that gained most', () =>
    expect(fired(followed('The benefit was clearest in patients whose disease began in the limbs.'))).toMatch(/bulbar/));
  it('stays silent when the sentence names another treatment', () =>
    expect(fired(followed('Edaravone’s benefit was clearest in patients whose disease began in the limbs.'))).toBeUndefined());
});

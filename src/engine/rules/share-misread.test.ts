import { describe, expect, it } from 'vitest';
import { confirmed, fired, runRule } from './fixture';
import { shareMisread } from './share-misread';

const run = (s: string) => runRule(shareMisread, 'mirocals-efficacy', s);

describe('share-misread', () => {
  it.each([
    'Roughly 70% of patients on IL-2 survived longer.',
    'About 80 per cent of trial participants benefited from the drug.',
    'Some 79% of people treated responded to low-dose IL-2.',
    'Eight in ten patients given IL-2 survived longer than those on placebo.',
    'Four out of five people on the drug saw their illness slow.',
    'The analysis showed the injections worked in 70 per cent of the people who got them.',
    'Researchers say it helped in about 80% of participants.',
    'Seventy per cent of the patients who got the injections survived longer.',
    'Roughly eighty out of every hundred people on the drug lived longer.',
    'This means that nearly four out of five patients treated with IL-2 were protected from death.',
    'That means the treatment works for around 70 per cent of everyone with the disease.',
    "'Breakthrough' MND drug saves four in five patients, trial finds",
  ])('fires when a subgroup share is told as an outcome: %s', (s) => {
    expect(fired(run(s))).toMatch(/share of participants in a subgroup/);
  });

  it('confirms when the share frames the subgroup', () => {
    expect(confirmed(run('The benefit was seen in the 70% of participants with lower pNFH.'))).toBeTruthy();
  });

  it.each([
    'About 55% of patients survived in both groups.',
    '80% of the budget went to recruitment.',
    'Fact check: No, a UK-French trial did not show that IL-2 saves 80 percent of MND patients',
    'The trial was 80% powered to detect a halving of deaths.',
    // the share sits in brackets, and the outcome belongs to the sentence around it
    'Lower-marker group (roughly 70% of participants): a 48% lower hazard; decline about a fifth slower.',
    'In the larger stratum (about 80% of participants); survival was better with the drug.',
  ])('stays silent on other percentages: %s', (s) => {
    expect(fired(run(s))).toBeUndefined();
  });
});

describe('share-misread: the share told as the group it is', () => {
  it.each([
    'About 70 per cent of participants had lower levels of that marker, and in that group the risk of death was 48 per cent lower, but that is a share of the trial, not a survival rate.',
    '70% of patients had low-to-moderate pNFH levels.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
  it('still fires when the same clause gives the share an outcome', () =>
    expect(fired(run('About 70 per cent of participants survived, the charity said.'))).toBeDefined());
});

describe('share-misread: lives saved', () =>
  it('fires on "saved the lives of 80% of the people who took it"', () =>
    expect(fired(run('Those early results showed that the drug saved the lives of 80% of the people who took it.'))).toMatch(
      /share of participants in a subgroup/,
    )));

describe('share-misread: the misreading named to correct it', () => {
  it('stays silent on "not the same as saying seven in ten patients were helped"', () =>
    expect(
      fired(run('That is not the same as saying seven in ten patients were helped; it is the share in that group.')),
    ).toBeUndefined());
});

describe('share-misread: the outcome denied in a correction', () => {
  it('stays silent on "how many had lower levels of some marker, not how many it helped"', () =>
    expect(
      fired(
        run('Tom: I think that 80% is how many people in the trial had lower levels of some marker, not how many it helped.'),
      ),
    ).toBeUndefined());
  it('still fires on the misreading itself', () =>
    expect(fired(run('So that 80% is how many people in the trial it helped.'))).toBeDefined());
});

describe('share-misread: a relative reduction in the risk of death read as the share saved (session 17)', () => {
  it.each([
    'MIROCALS: 19% fewer deaths means one in five patients was saved.',
    'In MIROCALS, 19% fewer deaths means that 19% of patients survived because of the drug.',
    'So roughly 19 out of every 100 patients given IL-2 were saved by it.', // the same figure, told alone
  ])('fires: %s', (s) => expect(fired(run(s))).toMatch(/relative reduction in the risk of death/));
  it('"eight patients out of ten" is a share with its people inside it', () =>
    expect(fired(run('In total, the treatment saved the lives of eight patients out of ten.'))).toMatch(/share of participants/));
  it.each([
    'MIROCALS found 19% fewer deaths, which is not the same as saying one in five patients was saved.',
    'MIROCALS: 19% fewer deaths, not significant.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
});

describe('share-misread: a share told beside another figure, or quoted as others words (session 19)', () => {
  it.each([
    'Early coverage used different numbers (79% of participants and a 43% lower risk) from the paper.',
    "I have seen that subgroup described as '80% of patients survived', which confuses a group's size with survival.",
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
  it("still fires on the misreading told as the writer's own", () =>
    expect(fired(run('80% of patients survived, with a 43% lower risk.'))).toMatch(/share of participants/));
});

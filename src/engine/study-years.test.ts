import { describe, expect, it } from 'vitest';
import { claimById } from '../claims/db';
import { datedByOtherYear, otherYearStudy, sameYearStudy, yearsOf } from './study-years';

const source = (claim: string) => claimById(claim)!.source;

describe('study years', () => {
  it("reads a study's years from its status dates and events", () =>
    expect(yearsOf(source('treg2a-efficacy')).has('2022')).toBe(true));
  it('tells a study dated by another year in the sentence', () => {
    expect(otherYearStudy(source('treg2a-efficacy'), 'The 2018 study randomised 40 patients.')).toBe(true);
    expect(otherYearStudy(source('treg2a-efficacy'), 'The 2022 trial randomised 40 patients.')).toBe(false);
    expect(otherYearStudy(source('treg2a-efficacy'), 'The trial randomised 40 patients.')).toBe(false);
    expect(sameYearStudy(source('treg2a-efficacy'), 'The 2022 trial randomised 40 patients.')).toBe(true);
  });
  it('tells a phrase dated by years none of which are the study’s', () => {
    expect(datedByOtherYear(source('riluzole1996-survival'), 'a 155-patient study published in the NEJM in 1994')).toBe(true);
    expect(datedByOtherYear(source('riluzole1996-survival'), 'a study of 959 patients published in The Lancet in 1996')).toBe(
      false,
    );
    expect(datedByOtherYear(source('riluzole1996-survival'), 'a study of 959 patients')).toBe(false);
  });
});

describe('study years: a trial dated by its own work, not by its drug’s approvals', () => {
  it('"the larger 1996 trial" is not the 1994 trial, though the drug was licensed in Europe in 1996', () => {
    expect(otherYearStudy(source('riluzole1994-survival'), 'In the larger 1996 trial, the 100 mg dose did best.')).toBe(true);
    expect(sameYearStudy(source('riluzole1996-survival'), 'In the larger 1996 trial, the 100 mg dose did best.')).toBe(true);
  });
});

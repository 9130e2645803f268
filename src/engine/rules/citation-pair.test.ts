import { describe, expect, it } from 'vitest';
import { claimsDb } from '../../claims/db';
import { checkText } from '../index';
import { journalsOf, statedJournals } from './journal-facts';

const flagOn = (text: string, sentence: string) =>
  checkText(text, { today: '2026-12-05' })
    .filter((f) => f.verdict !== 'supported')
    .find((f) => sentence.includes(f.text) || f.text.includes(sentence));

describe('a paper cited by a journal and a year that belong to two papers', () => {
  it('calls "the 2017 JAMA Neurology paper" on Treg dysfunction a mix-up, citing both papers', () => {
    const line = 'The 2017 JAMA Neurology paper showed that ALS Tregs are dysfunctional in lab tests.';
    const f = flagOn(`Tregs in ALS\n${line}\n`, line);
    expect(f?.verdict).toBe('misreported');
    expect(f?.reasons[0]?.message).toMatch(/JCI Insight in 2017/);
    expect(f?.sources).toEqual(expect.arrayContaining(['pmid:28289705', 'pmid:29507931']));
  });
  it('says nothing where the journal and the year are one paper’s', () => {
    const line = 'A 2018 JAMA Neurology paper linked Treg levels to how fast the disease progressed.';
    expect(flagOn(`Tregs in ALS\n${line}\n`, line)).toBeUndefined();
  });
});

describe('statedJournals', () => {
  const journals = journalsOf(claimsDb.sources);
  it.each([
    ['The 2017 JAMA Neurology paper showed it.', 'JAMA Neurology'],
    ['It was published in The Lancet in 1994.', 'The Lancet'],
    ['Their JCI Insight study found it.', 'JCI Insight'],
  ])('reads the journal in "%s"', (text, name) => expect(statedJournals(text, journals).map((j) => j.name)).toEqual([name]));
  it('reads no journal named only in passing', () =>
    expect(statedJournals('The Lancet editor said JAMA Neurology reviewers were strict.', journals)).toEqual([]));
});

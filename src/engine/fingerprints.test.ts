import { describe, expect, it } from 'vitest';
import { claimsDb } from '../claims/db';
import type { ClaimsDb } from '../claims/schema';
import { analyzeSentence } from './analyze';
import { useDatabaseVocabulary } from './vocabulary';
import { buildFingerprints, fingerprintEvidence } from './fingerprints';
import { checkText } from './index';
import { splitSentences } from './segment';

const fingerprints = buildFingerprints(claimsDb);
const sentencesOf = (text: string) => {
  useDatabaseVocabulary(claimsDb);
  return splitSentences(text).map((s) => analyzeSentence(s.text, s.start));
};
const evidence = (text: string) => fingerprintEvidence(fingerprints, sentencesOf(text));

describe('fingerprints: figures only one study reported', () => {
  it('keeps a verified size and verified percentages of one study', () => {
    expect(fingerprints.get('n:220')?.id).toBe('mirocals');
    expect(fingerprints.get('p:48')?.id).toBe('mirocals');
    expect(fingerprints.get('n:664')?.id).toBe('phoenix');
  });

  it('drops a figure two studies share (137 patients in two trials), small counts and round halves', () => {
    expect(fingerprints.has('n:137')).toBe(false);
    expect(fingerprints.has('n:3')).toBe(false);
    expect(fingerprints.has('p:50')).toBe(false);
  });

  it('drops unverified figures', () => {
    const db: ClaimsDb = {
      ...claimsDb,
      sources: claimsDb.sources.map((s) =>
        s.id === 'mirocals' ? { ...s, design: { ...s.design, n: { ...s.design.n!, verified: false } } } : s,
      ),
    };
    expect(buildFingerprints(db).has('n:220')).toBe(false);
  });
});

describe('fingerprints: evidence of the study a document never names', () => {
  const chat = [
    'Family chat about MND.',
    'Did you see the news, there is a drug that worked in 80% of patients!',
    'It was 220 people, half on the drug and half on placebo.',
  ].join('\n');

  it('two different figures of one study make it the document’s study', () =>
    expect(evidence(chat).get('mirocals')).toBeGreaterThan(0));

  it('one figure alone is a coincidence', () =>
    expect(evidence('Family chat about MND.\nIt was 220 people in the end.').size).toBe(0));

  it('the same figure twice is still one figure', () =>
    expect(evidence('MND news.\nIt had 220 people.\nYes, 220 people in all.').size).toBe(0));

  it('a document not about the disease gives no evidence', () =>
    expect(evidence('Budget report.\n80% of staff agreed.\nThe survey asked 220 people.').size).toBe(0));

  it('a sentence of such a document is then checked against that study', () => {
    const text = [
      'Forum: MND news',
      'So the paper is finally out and the headline number is that 80% of patients survived on the drug.',
      'In the group with less of the marker the risk of dying was 48% lower.',
    ].join('\n');
    const found = checkText(text, { today: '2026-12-05' });
    expect(found.flatMap((f) => f.reasons.map((r) => r.code))).toContain('share-misread');
    expect(found.find((f) => f.reasons.some((r) => r.code === 'share-misread'))?.sources).toContain('NCT03039673');
  });

  it('without the second figure the same sentence stays silent (no study to check it against)', () => {
    const text = [
      'Forum: MND news',
      'So the paper is finally out and the headline number is that 80% of patients survived on the drug.',
    ].join('\n');
    expect(checkText(text, { today: '2026-12-05' }).filter((f) => f.reasons.some((r) => r.code === 'share-misread'))).toEqual([]);
  });
});

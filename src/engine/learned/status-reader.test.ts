import { describe, expect, it } from 'vitest';
import '../../claims/db';
import { analyzeSentence } from '../analyze';
import { checkText } from '../index';
import { FEATURE_BUCKETS, statusTokens } from './status-features';
import model from './status-model.json';
import {
  askable,
  LEARNED_KINDS,
  LEARNED_THRESHOLD,
  learnedStatus,
  outsideLearnedReading,
  type StatusModel,
  useStatusModel,
} from './status-reader';

const shipped = model as StatusModel;
const OFFER =
  'Its products include AMX0035, sold in the United States as Relyvrio, a combination of sodium phenylbutyrate and taurursodiol for treating ALS in adults.';

describe('learned status reader: what it sees', () => {
  it('sees a treatment or a study the database knows as a placeholder, never by its name', () => {
    const t = 'Tofersen and Relyvrio are under review by the FDA since 12 May 2023, and MIROCALS (NCT03039673) is over.';
    const tokens = statusTokens(t);
    for (const name of ['tofersen', 'relyvrio', 'mirocals', 'nct']) expect(tokens).not.toContain(name);
    expect(tokens.filter((w) => w === '<drug>')).toHaveLength(2);
    expect(tokens.filter((w) => w === '<study>')).toHaveLength(2);
    expect(tokens).toEqual(expect.arrayContaining(['<year>', '<month>', 'under', 'review']));
  });

  it('reads "may" as a month only beside a day or a year', () => {
    expect(statusTokens('The paper may appear in May 2025.')).toEqual([
      'the',
      'paper',
      'may',
      'appear',
      'in',
      '<month>',
      '<year>',
    ]);
    expect(statusTokens('Approved on 5 May.')).toEqual(['approved', 'on', '<month>']);
  });

  it('ships a model whose shape is the reader’s: its classes, its buckets, one weight per class in each row', () => {
    expect(shipped.classes).toEqual(['none', ...LEARNED_KINDS, 'other']);
    expect(shipped.buckets).toBe(FEATURE_BUCKETS);
    expect(shipped.rows.length).toBeGreaterThan(500);
    for (const r of shipped.rows) {
      expect(r).toHaveLength(shipped.classes.length + 1);
      expect(r[0]).toBeGreaterThanOrEqual(0);
      expect(r[0]).toBeLessThan(FEATURE_BUCKETS);
    }
  });
});

describe('learned status reader: where it reads', () => {
  it('reads a paper told as still awaited, in words the phrase frame has no entry for', () => {
    const t = 'Families are still waiting on the MIROCALS paper.';
    expect(
      analyzeSentence(t, 0)
        .statuses()
        .filter((a) => a.learned === undefined),
    ).toEqual([]);
    const r = learnedStatus(t);
    expect(r?.kind).toBe('publication-pending');
    expect(r!.p).toBeGreaterThanOrEqual(LEARNED_THRESHOLD);
    expect(analyzeSentence(t, 0).status('publication-pending')?.learned).toBeCloseTo(r!.p);
  });

  it('reads a withdrawn drug listed among a company’s products as on offer', () => {
    expect(learnedStatus(OFFER)?.kind).toBe('available');
  });

  it.each([
    ['a negation', 'Edaravone has no marketing authorisation in the European Union, and no application is pending.'],
    ['a forecast', 'A decision on tofersen from the European Medicines Agency is expected later this year.'],
    ['a forecast', 'The full results will now be written up for a peer-reviewed journal.'],
    ['history', 'Tofersen was under review by the FDA until April 2023.'],
  ])('leaves %s alone: %s', (_why, t) => {
    expect(outsideLearnedReading(t)).toBe(true);
    expect(askable(t)).toBe(false);
    expect(learnedStatus(t)).toBeUndefined();
  });

  it('says nothing where the phrase frame reads a status: the frame’s reading stands alone', () => {
    const s = analyzeSentence('Regulators in Europe are still assessing the application.', 0);
    expect(s.statuses().map((a) => a.kind)).toEqual(['decision-pending']);
    expect(s.statuses().every((a) => a.learned === undefined)).toBe(true);
  });

  it('says nothing of a sentence with no status in it', () => {
    expect(learnedStatus('The trial enrolled 220 people with ALS in France and the UK.')).toBeUndefined();
    expect(learnedStatus('Motor neurons die in ALS, and the disease is fatal.')).toBeUndefined();
  });
});

describe('learned status reader: its reading goes to the same judges', () => {
  // A company profile of June 2023 listing Relyvrio among its products: only the reader reads this sentence as an offer;
  // the withdrawn-drug check judges it against the verified withdrawal of April 2024.
  const page = `Amylyx Pharmaceuticals: company profile. ${OFFER}`;
  const findings = () => checkText(page, { published: '2023-06-01' }).filter((f) => f.verdict !== 'supported');

  it('with the reader, the withdrawn drug told as on offer is flagged outdated since the withdrawal', () => {
    useStatusModel(shipped);
    const f = findings();
    expect(f).toHaveLength(1);
    expect(f[0]!.verdict).toBe('outdated');
    expect(f[0]!.event?.date).toBe('2024-04-04');
    expect(f[0]!.text).toBe(OFFER);
  });

  it('without it (an empty model), the same page gives no finding: the catch is the reader’s', () => {
    useStatusModel({ ...shipped, rows: [] });
    try {
      expect(findings()).toEqual([]);
    } finally {
      useStatusModel(shipped);
    }
  });
});

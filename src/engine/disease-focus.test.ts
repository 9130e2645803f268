import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './analyze';
import { aboutOtherDisease } from './disease-focus';

const read = (...texts: string[]) => texts.map((t, i) => analyzeSentence(t, i * 200));
const none = () => false;

describe('aboutOtherDisease', () => {
  it('carries another disease named first to the sentences that name none', () => {
    const s = read(
      'Proleukin (aldesleukin) powder for solution',
      'It is licensed for metastatic renal cell carcinoma.',
      'High-dose treatment is given as an infusion every eight hours.',
      'Aldesleukin is not licensed for ALS.',
      'In that trial most patients survived.',
    );
    expect(aboutOtherDisease(s, none)).toEqual([false, true, true, false, false]);
  });

  it('does not carry it on a page that named ALS first', () => {
    const s = read(
      'Cancer drug turns back the clock on ALS',
      'Interleukin-2 has been used at much higher doses to treat some cancers.',
      'It is, quite simply, the biggest advance against the disease since riluzole.',
    );
    expect(aboutOtherDisease(s, none)).toEqual([false, true, false]);
  });

  it('returns to ALS at a sentence that names one of its studies', () => {
    const s = read(
      'Alzheimer antibody approved in Europe',
      'The approval rests on a trial of 1,795 people.',
      'MIROCALS gave a different answer.',
      'Its effect was larger.',
    );
    expect(aboutOtherDisease(s, (i) => i === 2)).toEqual([true, true, false, false]);
  });

  it('reads edaravone in stroke and antisense drugs in SMA as other diseases', () => {
    const s = read(
      'Edaravone was first approved in Japan in 2001 for acute ischaemic stroke.',
      'Nusinersen was the first drug for SMA.',
    );
    expect(aboutOtherDisease(s, none)).toEqual([true, true]);
  });
});

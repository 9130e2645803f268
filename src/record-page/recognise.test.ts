import { describe, expect, it } from 'vitest';
import { recogniseRecordPage } from './recognise';

describe('recogniseRecordPage', () => {
  it('recognises registry and PubMed URLs', () => {
    expect(recogniseRecordPage('https://clinicaltrials.gov/study/NCT04952155?tab=results')).toEqual({
      kind: 'registry',
      id: 'NCT04952155',
    });
    expect(recogniseRecordPage('https://classic.clinicaltrials.gov/ct2/show/NCT03039673')).toEqual({
      kind: 'registry',
      id: 'NCT03039673',
    });
    expect(recogniseRecordPage('https://pubmed.ncbi.nlm.nih.gov/29845093/')).toEqual({ kind: 'pubmed', id: 'pmid:29845093' });
  });

  it('recognises a registry record by its wording when served elsewhere', () => {
    const text = [
      'Low Dose IL-2 in the Treatment of Immune-associated ALS Syndrome',
      'ClinicalTrials.gov Identifier: NCT04952155 |',
      'Recruitment Status :\nRecruiting\nFirst Posted : July 7, 2021\nLast Update Posted : August 18, 2021',
      'Study Type : | Interventional (Clinical Trial) |',
    ].join('\n');
    expect(recogniseRecordPage('http://127.0.0.1:8080/registry.html', text)).toEqual({ kind: 'registry', id: 'NCT04952155' });
  });

  it('does not take a news article that cites a registry ID for a record page', () => {
    const news =
      'The phase 2b trial (ClinicalTrials.gov Identifier: NCT03039673) enrolled 220 people with ALS. The study type was randomised.';
    expect(recogniseRecordPage('https://news.example/als-trial', news)).toBeNull();
    expect(
      recogniseRecordPage(
        'https://news.example/x',
        'A small Phase 1 clinical trial (NCT03241784) assessed safety. PMID: 29845093',
      ),
    ).toBeNull();
  });

  it('recognises a PubMed-like page by its wording', () => {
    const text =
      'PubMed\nExpansion of regulatory T cells ... Abstract\nBackground ...\nPMID: 29845093\nPMCID: PMC5961523\ndoi: 10.1212/NXI.0000000000000465';
    expect(recogniseRecordPage('http://mirror.example/a', text)).toEqual({ kind: 'pubmed', id: 'pmid:29845093' });
  });
});

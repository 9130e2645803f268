import { describe, expect, it } from 'vitest';
import { readDocumentKind, RUNNING_STATUS_FIELD } from './document-kind';

const lines = (text: string) => text.split('\n');

describe('readDocumentKind', () => {
  it('reads a registry record by its fields', () => {
    const record = lines(
      'Low-dose IL-2 in ALS\nClinicalTrials.gov ID: NCT03039673\nRecruitment Status: Recruiting\nStudy Type: Interventional\nPhase: Phase 2\nEnrollment (Estimated): 216\nLocations: United Kingdom, France',
    );
    expect(readDocumentKind(record)).toEqual({ kind: 'registry-record', record: 'NCT03039673' });
  });

  it('reads a record copied as prose by what only a record says', () => {
    const prose = lines(
      [
        'Phase 3 trial of a drug for ALS, ClinicalTrials.gov record NCT05021536',
        'Last update posted: January 6, 2023',
        'The recruitment status of the study is active, not recruiting.',
        'It is a phase 3 interventional study with an estimated enrolment of 600 participants.',
        'Primary completion is estimated for 1 November 2023.',
      ].join('\n'),
    );
    expect(readDocumentKind(prose)).toEqual({ kind: 'registry-record', record: 'NCT05021536' });
  });

  it('leaves a news story that quotes a field or two an article', () => {
    const news = lines(
      'New ALS trial opens in Leeds\nThe trial (NCT03039673) is sponsored by the hospital.\nStatus: recruiting.\nPhase: 2\nPatients who meet the eligibility rules can ask their neurologist.',
    );
    expect(readDocumentKind(news)).toEqual({ kind: 'article' });
  });
});

describe('RUNNING_STATUS_FIELD', () => {
  it.each([
    'Recruitment Status: Recruiting',
    'Overall status: Active, not recruiting',
    'Status: not yet recruiting',
    'Status: Enrolling by invitation',
  ])('reads "%s" as a trial still running', (line) => expect(RUNNING_STATUS_FIELD.test(line)).toBe(true));
  it.each([
    'Recruitment Status: Completed',
    'Status: Terminated',
    'Status: Unknown',
    'The status of the drug is unclear: recruiting is hard',
  ])('does not read "%s" as running', (line) => expect(RUNNING_STATUS_FIELD.test(line)).toBe(false));
});

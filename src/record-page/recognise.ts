// Recognises a primary-source record page: a ClinicalTrials.gov study record or a PubMed article
// page, by its URL or, for copies and mirrors, by the record's own wording. Pure and tiny: the
// content script runs it before anything else.

export interface RecordPage {
  kind: 'registry' | 'pubmed';
  /** NCT… or pmid:… */
  id: string;
}

const REGISTRY_URL = /^https?:\/\/(?:www\.|classic\.)?clinicaltrials\.gov\/(?:study|ct2\/show(?:\/record)?)\/(NCT\d{8})\b/i;
const PUBMED_URL = /^https?:\/\/(?:pubmed\.ncbi\.nlm\.nih\.gov\/|(?:www\.)?ncbi\.nlm\.nih\.gov\/pubmed\/)(\d{6,9})\b/i;

/** A record page's own label next to its ID. News articles cite IDs too, so more is required. */
const REGISTRY_LABEL = /ClinicalTrials\.gov Identifier\s*:?\s*\|?\s*(NCT\d{8})/i;
/** Field names of a registry record; a page must show several of them. */
const REGISTRY_FIELDS = [
  /Recruitment Status/i,
  /First Posted/i,
  /Last Update Posted/i,
  /Study Type/i,
  /Intervention Model/i,
  /Masking/i,
  /Inclusion Criteria/i,
  /Estimated (?:Primary )?Completion Date|Actual (?:Primary )?Completion Date|Study Start/i,
];
const PUBMED_LABEL = /\bPMID:\s*(\d{6,9})\b/;
const PUBMED_FIELDS = [/\bPubMed\b/, /\bAbstract\b/, /\bdoi:\s*10\./i, /\bPMCID:/, /\bCopyright\b|©/];

/** How much of the page's text the wording check reads: a record page says what it is early on. */
export const RECORD_HEAD_CHARS = 20000;

export function recogniseRecordPage(url: string, text = ''): RecordPage | null {
  const reg = REGISTRY_URL.exec(url);
  if (reg) return { kind: 'registry', id: reg[1]!.toUpperCase() };
  const pm = PUBMED_URL.exec(url);
  if (pm) return { kind: 'pubmed', id: `pmid:${pm[1]}` };
  const head = text.slice(0, RECORD_HEAD_CHARS);
  const label = REGISTRY_LABEL.exec(head);
  if (label && REGISTRY_FIELDS.filter((f) => f.test(head)).length >= 3) {
    return { kind: 'registry', id: label[1]!.toUpperCase() };
  }
  const pmLabel = PUBMED_LABEL.exec(head);
  if (pmLabel && PUBMED_FIELDS.filter((f) => f.test(head)).length >= 3) {
    return { kind: 'pubmed', id: `pmid:${pmLabel[1]}` };
  }
  return null;
}

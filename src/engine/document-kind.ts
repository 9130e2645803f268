// What kind of document this is, for the document model: a trial registry record (its "Status:", "Enrollment:",
// "Phase:" fields) is read differently from prose. In a record, a bare field is about the one trial the record
// registers, and its status is the status on the day the record was last updated; in an article the same line
// could be about any trial. Pure text analysis: no study, drug or registry record of the database lives here.

export type DocumentKind = 'registry-record' | 'article';

/** A registry field label at the start of a line ("Recruitment Status:", "Study Type:", "Enrollment (Estimated):"). */
const FIELD_LINE =
  /^\s*(?:(?:overall|recruitment|study|trial|current)\s+status|status|study\s+type|(?:study\s+)?design|treatments?|arms?|(?:actual\s+|estimated\s+|target\s+)?enrol(?:l)?ment(?:\s*\((?:estimated|actual|anticipated)\))?|target\s+(?:size|recruitment|sample size)|phase(?:s)?|sponsor|lead sponsor|collaborators?|conditions?|interventions?|locations?|eligibility|ages? eligible(?:\s+for study)?|sexes? eligible|(?:study|primary)\s+(?:start|completion)(?:\s+date)?(?:\s*\((?:estimated|actual|anticipated)\))?|(?:first|last update)\s+(?:posted|submitted)|(?:first\s+)?received|clinicaltrials\.gov\s+id(?:entifier)?|(?:nct|trial|registry|secondary)\s+(?:id|number|identifier)s?|primary\s+(?:outcome|purpose|endpoint)(?:\s+measures?)?|allocation|masking|intervention\s+model|official\s+title|brief\s+(?:title|summary)|responsible\s+party|information\s+provided\s+by)\s*(?:\([^)]{0,20}\))?\s*[:：]/i;

/** How many field lines make a record: a news article may quote one or two ("Status: recruiting"); a record has many. */
const MIN_FIELDS = 5;

/** What a registry record speaks of, in fields or in prose ("The record was first posted on 25 August 2021", "the
 * recruitment status of the study is active"): the first ones only a record (or a copy of one) says. */
const RECORD_ONLY_CUES = [
  /\blast updated? (?:posted|submitted)\b|\b(?:record|study|trial) was first posted\b|\bfirst posted\b|\bfirst received\b/i,
  /\b(?:recruitment|overall) status\b/i,
  /\bprimary completion\b|\bstudy completion\b/i,
  /\bofficial title\b|\bbrief summary\b/i,
  /\b(?:primary |secondary )?outcome measures?\b/i,
  /\bregistry (?:record|entry|page|mirror|listing)\b|\bclinicaltrials\.gov (?:record|entry|page|identifier|id)\b/i,
  /\b(?:intervention model|masking|allocation)\b\s*[:：]/i,
];
const OTHER_CUES = [
  /\bNCT\d{8}\b/,
  /\b(?:estimated |actual |target )?enrol(?:l)?ment\b/i,
  /\binclusion criteria\b|\bages? eligible\b|\beligibility\b/i,
  /\b(?:lead )?sponsor\b/i,
  /\bstudy type\b|\binterventional (?:study|trial)\b/i,
];
/** Cues a record gives, of which at least RECORD_CUES are the record's own. */
const MIN_CUES = 5;
const RECORD_CUES = 3;

/** The document's kind and, for a registry record, the registry ID it registers (the first one it gives). */
export function readDocumentKind(lines: readonly string[]): { kind: DocumentKind; record?: string } {
  const text = lines.join('\n');
  const record = () => {
    const id = REGISTRY_ID.exec(text)?.[0];
    return { kind: 'registry-record' as const, ...(id ? { record: id } : {}) };
  };
  let fields = 0;
  for (const line of lines) if (FIELD_LINE.test(line) && ++fields >= MIN_FIELDS) return record();
  const own = RECORD_ONLY_CUES.filter((re) => re.test(text)).length;
  const other = OTHER_CUES.filter((re) => re.test(text)).length;
  return own >= RECORD_CUES && own + other >= MIN_CUES ? record() : { kind: 'article' };
}

const REGISTRY_ID = /\bNCT\d{8}\b/;

/** A registry record's status field, told as still running or still to start ("Recruitment Status: Recruiting",
 * "Overall status: Active, not recruiting", "Status: not yet recruiting"). A record's "Completed", "Terminated" or
 * "Unknown" tells of no trial still running. */
export const RUNNING_STATUS_FIELD =
  /^\s*(?:(?:overall|recruitment|study|trial|current)\s+)?status\s*[:：]\s*(?:recruiting|not yet recruiting|active,?\s+not recruiting|enrolling(?:\s+by invitation)?|ongoing|open(?:\s+to recruitment)?|in progress)\b/i;

// "This flag is wrong": the prefilled report a reader copies or opens as a new issue. The page's
// address is included only when the reader ticks the box.
import { ISSUE_TRACKER_NEW } from './tracker';

export interface FlagReportInput {
  sentence: string;
  verdict: string;
  reasons: { code: string; message: string }[];
  claim: string;
  database: string;
  /** Only when the reader chose to include it. */
  pageUrl?: string;
}

export function flagReportTitle(r: FlagReportInput): string {
  return `Wrong flag: ${r.verdict} on claim ${r.claim}`;
}

export function flagReportBody(r: FlagReportInput): string {
  const lines = [
    'TrialTrace flagged this sentence, and I think the flag is wrong.',
    '',
    `Sentence: "${r.sentence.replace(/\s+/g, ' ').trim()}"`,
    `Verdict: ${r.verdict}`,
    ...r.reasons.map((x) => `Reason: ${x.code}: ${x.message.replace(/\s+/g, ' ').trim()}`),
    `Claim id: ${r.claim}`,
    `Claims database: ${r.database}`,
  ];
  if (r.pageUrl) lines.push(`Page: ${r.pageUrl}`);
  lines.push('', 'Why the flag is wrong (please add):', '');
  return lines.join('\n');
}

/** A new-issue link with title and body filled in (URL-encoded; nothing is sent until the user opens it). */
export function flagReportUrl(r: FlagReportInput, tracker = ISSUE_TRACKER_NEW): string {
  const u = new URL(tracker);
  u.searchParams.set('title', flagReportTitle(r));
  u.searchParams.set('body', flagReportBody(r));
  return u.toString();
}

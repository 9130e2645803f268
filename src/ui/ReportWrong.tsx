// After "This flag is wrong": the prefilled report to copy, or to open as a new issue in the
// project's tracker (a link the user clicks; the extension itself sends nothing).
import { useId, useState } from 'react';
import type { FindingView } from '../messaging/types';
import { flagReportBody, flagReportUrl, type FlagReportInput } from '../report/flag-report';

export function ReportWrong({ finding, database, pageUrl, onClose }: { finding: FindingView; database: string; pageUrl?: string; onClose?: () => void }) {
  const [withUrl, setWithUrl] = useState(false);
  const [copied, setCopied] = useState('');
  const id = useId();
  const input: FlagReportInput = {
    sentence: finding.text,
    verdict: finding.verdict,
    reasons: finding.reasons,
    claim: finding.claim,
    database,
    pageUrl: withUrl ? pageUrl : undefined,
  };
  const body = flagReportBody(input);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(body);
      setCopied('Report copied.');
    } catch {
      setCopied('Could not copy: select the text and copy it.');
    }
  };
  return (
    <section className="report-wrong" aria-label="Report a wrong flag">
      <p>
        <strong>Hidden on this page.</strong> Tell the project why it is wrong:
      </p>
      {pageUrl && (
        <label className="row">
          <input type="checkbox" checked={withUrl} onChange={(e) => setWithUrl(e.target.checked)} /> Include the page address
        </label>
      )}
      <label htmlFor={id} className="visually-hidden">
        Report text
      </label>
      <textarea id={id} readOnly value={body} rows={7} />
      <p className="actions">
        <button type="button" onClick={() => void copy()}>
          Copy report
        </button>
        <a href={flagReportUrl(input)} target="_blank" rel="noopener noreferrer">
          Open as a new issue
        </a>
        {onClose && (
          <button type="button" onClick={onClose}>
            Done
          </button>
        )}
        <span role="status">{copied}</span>
      </p>
    </section>
  );
}

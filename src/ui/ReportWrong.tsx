// After "This flag is wrong": the prefilled report to copy, or to open as a new issue in the
// project's tracker (a link the user clicks; the extension itself sends nothing).
import { i18n } from '#i18n';
import { useId, useState } from 'react';
import type { FindingView } from '../messaging/types';
import { flagReportBody, flagReportUrl, type FlagReportInput } from '../report/flag-report';

export function ReportWrong({
  finding,
  database,
  pageUrl,
  onClose,
}: {
  finding: FindingView;
  database: string;
  pageUrl?: string;
  onClose?: () => void;
}) {
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
      setCopied(i18n.t('report.copied'));
    } catch {
      setCopied(i18n.t('report.copyFailed'));
    }
  };
  return (
    <section className="report-wrong" aria-label={i18n.t('report.label')}>
      <p>
        <strong>{i18n.t('report.hidden')}</strong> {i18n.t('report.tellWhy')}
      </p>
      {pageUrl && (
        <label className="row">
          <input type="checkbox" checked={withUrl} onChange={(e) => setWithUrl(e.target.checked)} /> {i18n.t('report.includeUrl')}
        </label>
      )}
      <label htmlFor={id} className="visually-hidden">
        {i18n.t('report.text')}
      </label>
      <textarea id={id} readOnly value={body} rows={7} />
      <p className="actions">
        <button type="button" onClick={() => void copy()}>
          {i18n.t('report.copy')}
        </button>
        <a href={flagReportUrl(input)} target="_blank" rel="noopener noreferrer">
          {i18n.t('report.openIssue')}
        </a>
        {onClose && (
          <button type="button" onClick={onClose}>
            {i18n.t('report.done')}
          </button>
        )}
        <span role="status">{copied}</span>
      </p>
    </section>
  );
}

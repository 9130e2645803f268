// The checker: paste or type copy, see it annotated as a page would be, list the findings, open a
// finding's card and source chain, export the report (the CLI's Markdown and JSON).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { sendMessage } from '../../messaging/protocol';
import { takePending } from '../../messaging/open-checker';
import type { FindingView } from '../../messaging/types';
import { toReport } from '../../report/to-report';
import { formatMarkdown } from '../../report/markdown';
import { formatJson } from '../../report/json';
import { AnnotatedText } from '../AnnotatedText';
import { FindingCard } from '../FindingCard';
import { FindingsList } from '../FindingsList';
import { download } from './download';
import { useSettings } from './useSettings';

export const REPORT_INPUT = 'checker';

export function Checker() {
  const settings = useSettings();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<{ text: string; findings: FindingView[] } | null>(null);
  const [selected, setSelected] = useState<number>();
  const [busy, setBusy] = useState(false);

  // Stable across renders (it only uses state setters), so the effect below runs once.
  const check = useCallback(async (t: string) => {
    setBusy(true);
    try {
      const findings = await sendMessage('checkText', { text: t });
      setChecked({ text: t, findings });
      setSelected(undefined);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    const key = new URLSearchParams(location.search).get('pending');
    void takePending(key).then((t) => {
      if (t) {
        setText(t);
        void check(t);
      }
    });
  }, [check]);

  const listed = useMemo(
    () => (checked?.findings ?? []).filter((f) => f.verdict !== 'supported' || settings.showSupported),
    [checked, settings.showSupported],
  );
  const report = () => toReport([{ input: REPORT_INPUT, findings: checked?.findings ?? [] }]);
  const pick = (f: FindingView) => setSelected(checked!.findings.indexOf(f));

  return (
    <main className="checker">
      <h1>TrialTrace checker</h1>
      <p className="hint">Paste copy about ALS treatments. It is checked on this computer; nothing leaves the machine.</p>
      <textarea
        aria-label="Text to check"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={10}
        placeholder="Paste a draft, a press release or an article…"
      />
      <div className="actions">
        <button type="button" onClick={() => void check(text)} disabled={busy || !text.trim()}>
          Check
        </button>
        <button type="button" disabled={!checked} onClick={() => download('trialtrace-report.md', formatMarkdown(report()), 'text/markdown')}>
          Export Markdown
        </button>
        <button type="button" disabled={!checked} onClick={() => download('trialtrace-report.json', formatJson(report()), 'application/json')}>
          Export JSON
        </button>
        {checked && (
          <span className="count" data-testid="count">
            {listed.length} finding{listed.length === 1 ? '' : 's'}
          </span>
        )}
      </div>
      {checked && (
        <div className="result">
          <section>
            <h2>Annotated</h2>
            <AnnotatedText text={checked.text} findings={checked.findings} settings={settings} selected={selected} onPick={setSelected} />
          </section>
          <section>
            <h2>Findings</h2>
            <FindingsList findings={listed} onPick={(i) => pick(listed[i]!)} selected={selected === undefined ? undefined : listed.indexOf(checked.findings[selected]!)} />
            {selected !== undefined && checked.findings[selected] && <FindingCard finding={checked.findings[selected]!} level={settings.readingLevel} />}
          </section>
        </div>
      )}
    </main>
  );
}

// The checker: paste or type copy, see it annotated as a page would be, list the findings, open a
// finding's card and source chain (with the accurate wording when the database has one), say a flag
// is wrong, export the report (the CLI's Markdown and JSON, with check date and database version).
import { i18n } from '#i18n';
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
import { Legend } from '../Legend';
import { ReportWrong } from '../ReportWrong';
import { download } from './download';
import { useSettings } from './useSettings';

export const REPORT_INPUT = 'checker';

/** Above this many characters the check shows that it is working. */
export const LONG_COPY = 4000;

function words(t: string): number {
  return t.split(/\s+/).filter(Boolean).length;
}

export function Checker() {
  const settings = useSettings();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<{ text: string; findings: FindingView[]; at: string } | null>(null);
  const [selected, setSelected] = useState<number>();
  const [busy, setBusy] = useState<string | null>(null);
  const [hidden, setHidden] = useState<Set<number>>(new Set());
  const [reported, setReported] = useState<FindingView | null>(null);
  const [database, setDatabase] = useState('');

  useEffect(() => {
    void sendMessage('about', undefined)
      .then((a) => setDatabase(a.database))
      .catch(() => undefined);
  }, []);

  // Stable across renders (it only uses state setters), so the mount effect below runs once.
  const check = useCallback(async (t: string) => {
    setBusy(t.length > LONG_COPY ? i18n.t('checker.checkingWords', [words(t).toLocaleString()]) : i18n.t('checker.checking'));
    try {
      const findings = await sendMessage('checkText', { text: t });
      setChecked({ text: t, findings, at: new Date().toISOString() });
      setSelected(undefined);
      setHidden(new Set());
      setReported(null);
    } finally {
      setBusy(null);
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

  const visible = useMemo(() => (checked?.findings ?? []).filter((_, i) => !hidden.has(i)), [checked, hidden]);
  const listed = useMemo(
    () => visible.filter((f) => f.verdict !== 'supported' || settings.showSupported),
    [visible, settings.showSupported],
  );
  const report = () =>
    toReport([{ input: REPORT_INPUT, findings: visible }], {
      checked: checked?.at ?? new Date().toISOString(),
      database: database || 'unknown',
    });
  const pick = (f: FindingView) => setSelected(checked!.findings.indexOf(f));
  const wrong = (f: FindingView) => {
    const i = checked!.findings.indexOf(f);
    setHidden((h) => new Set([...h, i]));
    if (selected === i) setSelected(undefined);
    setReported(f);
  };

  return (
    <main className="checker">
      <h1>{i18n.t('checker.title')}</h1>
      <p className="hint">{i18n.t('checker.hint')}</p>
      <textarea
        aria-label={i18n.t('checker.textLabel')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={10}
        placeholder={i18n.t('checker.placeholder')}
      />
      <div className="actions">
        <button type="button" onClick={() => void check(text)} disabled={!!busy || !text.trim()}>
          {i18n.t('checker.check')}
        </button>
        <button
          type="button"
          disabled={!checked}
          onClick={() => download('trialtrace-report.md', formatMarkdown(report()), 'text/markdown')}
        >
          {i18n.t('checker.exportMarkdown')}
        </button>
        <button
          type="button"
          disabled={!checked}
          onClick={() => download('trialtrace-report.json', formatJson(report()), 'application/json')}
        >
          {i18n.t('checker.exportJson')}
        </button>
        {busy && (
          <span className="busy" role="status" data-testid="progress">
            <progress aria-label={i18n.t('checker.progress')} /> {busy}
          </span>
        )}
        {checked && !busy && (
          <span className="count" data-testid="count" role="status">
            {i18n.t('checker.findings', listed.length)}
          </span>
        )}
      </div>
      {checked && (
        <div className="result">
          <section aria-labelledby="annotated-h">
            <h2 id="annotated-h">{i18n.t('checker.annotated')}</h2>
            <AnnotatedText
              text={checked.text}
              findings={checked.findings}
              settings={settings}
              hidden={hidden}
              selected={selected}
              onPick={setSelected}
            />
            <Legend showSupported={settings.showSupported} />
          </section>
          <section aria-labelledby="findings-h">
            <h2 id="findings-h">{i18n.t('checker.findingsTitle')}</h2>
            {reported && <ReportWrong finding={reported} database={database} onClose={() => setReported(null)} />}
            <FindingsList
              findings={listed}
              level={settings.readingLevel}
              onPick={(i) => pick(listed[i]!)}
              pickLabel={i18n.t('list.showCard')}
              onWrong={(i) => wrong(listed[i]!)}
              where="text"
              selected={selected === undefined ? undefined : listed.indexOf(checked.findings[selected]!)}
            />
            {selected !== undefined && checked.findings[selected] && (
              <FindingCard finding={checked.findings[selected]!} level={settings.readingLevel} />
            )}
          </section>
        </div>
      )}
    </main>
  );
}

// The popup: the tab's findings (click to scroll to one), a trial card on record pages, the
// per-site switch, the checker and the options. `?tabId=N` shows another tab's findings.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../messaging/protocol';
import { setSiteDisabled } from '../../messaging/settings';
import { siteDisabled, type TabState } from '../../messaging/types';
import { FindingsList } from '../FindingsList';
import { TrialCard } from '../TrialCard';
import { useSettings } from './useSettings';

async function resolveTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

export function Popup() {
  const settings = useSettings();
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<TabState | null>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    void resolveTabId().then(async (id) => {
      setTabId(id);
      setState(id === undefined ? null : await sendMessage('tabState', { tabId: id }).catch(() => null));
    });
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    const t = setInterval(() => void sendMessage('tabState', { tabId }).then(setState).catch(() => undefined), 1500);
    return () => clearInterval(t);
  }, [tabId]);

  const host = hostOf(state?.url);
  const listed = (state?.findings ?? []).filter((f) => f.verdict !== 'supported' || settings.showSupported);
  const off = host ? siteDisabled(settings, host) : false;

  const focus = async (i: number) => {
    const f = listed[i];
    if (!f || tabId === undefined) return;
    const ok = await sendMessage('focus', { index: f.index }, tabId).catch(() => false);
    setMessage(ok ? '' : 'This sentence is listed but could not be highlighted in the page.');
  };

  return (
    <main className="popup">
      <header>
        <h1>TrialTrace</h1>
        <span className="count" data-testid="count">
          {state === undefined ? '…' : state?.record ? 'Study record' : `${state?.painted ?? 0} flagged`}
        </span>
      </header>
      {state === null && <p className="empty">Nothing about ALS immune therapies was found on this page.</p>}
      {state?.disabled && <p className="empty">TrialTrace is off on {host}.</p>}
      {state?.record && <TrialCard study={state.record} />}
      {state && !state.record && !state.disabled && <FindingsList findings={listed} onPick={(i) => void focus(i)} />}
      {message && <p className="note">{message}</p>}
      <footer>
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/checker.html') })}>
          Check text…
        </button>
        {host && (
          <label className="site-switch">
            <input type="checkbox" checked={!off} onChange={(e) => void setSiteDisabled(host, !e.target.checked)} /> On for {host}
          </label>
        )}
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </footer>
    </main>
  );
}

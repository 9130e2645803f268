// The tab's findings, live: the popup and the side panel are this one view. On a record page it
// shows the trial card. `?tabId=N` pins another tab (tests, the demo); the side panel otherwise
// follows the active tab.
import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../messaging/protocol';
import { setSiteDisabled } from '../../messaging/settings';
import { siteDisabled, type TabFinding, type TabState } from '../../messaging/types';
import { FindingsList } from '../FindingsList';
import { Legend } from '../Legend';
import { ReportWrong } from '../ReportWrong';
import { TrialCard } from '../TrialCard';
import { useSettings } from './useSettings';

function pinnedTabId(): number | undefined {
  const param = new URLSearchParams(location.search).get('tabId');
  return param && /^\d+$/.test(param) ? Number(param) : undefined;
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type PanelApis = {
  sidePanel?: { open(o: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/** Chrome's side panel or Firefox's sidebar (both need the user's click, which this is). */
function canOpenPanel(): boolean {
  const b = browser as unknown as PanelApis;
  return !!(b.sidePanel?.open || b.sidebarAction?.open);
}

async function openPanel(): Promise<void> {
  const b = browser as unknown as PanelApis;
  if (b.sidebarAction?.open) return b.sidebarAction.open();
  const win = await browser.windows.getCurrent();
  if (b.sidePanel && win.id !== undefined) await b.sidePanel.open({ windowId: win.id });
  window.close();
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** Refreshes the tab's state when the background stores it, and every second as a fallback. */
function useTabState(follow: boolean): { tabId?: number; state: TabState | null | undefined; refresh: () => void } {
  const [tabId, setTabId] = useState<number | undefined>(pinnedTabId());
  const [state, setState] = useState<TabState | null>();
  const refresh = useCallback(() => {
    void (async () => {
      const id = pinnedTabId() ?? (follow || tabId === undefined ? await activeTabId() : tabId);
      setTabId(id);
      setState(id === undefined ? null : await sendMessage('tabState', { tabId: id }).catch(() => null));
    })();
  }, [follow, tabId]);
  useEffect(() => {
    refresh();
    const t = setInterval(refresh, 1000);
    const onChanged = () => refresh();
    browser.storage.session?.onChanged?.addListener(onChanged);
    return () => {
      clearInterval(t);
      browser.storage.session?.onChanged?.removeListener(onChanged);
    };
  }, [refresh]);
  return { tabId, state, refresh };
}

export function TabView({ kind }: { kind: 'popup' | 'sidepanel' }) {
  const settings = useSettings();
  const { tabId, state, refresh } = useTabState(kind === 'sidepanel');
  const [message, setMessage] = useState('');
  const [reported, setReported] = useState<TabFinding | null>(null);
  const [database, setDatabase] = useState('');

  useEffect(() => {
    void sendMessage('about', undefined)
      .then((a) => setDatabase(a.database))
      .catch(() => undefined);
  }, []);

  const host = hostOf(state?.url);
  const listed = (state?.findings ?? []).filter((f) => f.verdict !== 'supported' || settings.showSupported);
  const off = host ? siteDisabled(settings, host) : false;

  const focus = async (i: number) => {
    const f = listed[i];
    if (!f || tabId === undefined) return;
    const ok = await sendMessage('focus', { index: f.index }, tabId).catch(() => false);
    setMessage(ok ? '' : i18n.t('tab.notAnchored'));
  };
  const wrong = async (i: number) => {
    const f = listed[i];
    if (!f || tabId === undefined) return;
    setReported(f);
    await sendMessage('dismissFlag', { index: f.index }, tabId).catch(() => false);
    refresh();
  };

  return (
    <main className={`tabview ${kind}`}>
      <header>
        <h1>TrialTrace</h1>
        <span className="count" data-testid="count" role="status">
          {state === undefined
            ? '…'
            : state?.record
              ? i18n.t('tab.studyRecord')
              : i18n.t('tab.flagged', [String(state?.painted ?? 0)])}
        </span>
      </header>
      <div className="scroll" data-testid="list">
        {reported && (
          <ReportWrong finding={reported} database={database} pageUrl={state?.url} onClose={() => setReported(null)} />
        )}
        {state === null && <p className="empty">{i18n.t('tab.nothingFound')}</p>}
        {state?.disabled && <p className="empty">{i18n.t('tab.offOn', [host])}</p>}
        {state?.record && <TrialCard study={state.record} />}
        {state && !state.record && !state.disabled && (
          <FindingsList
            findings={listed}
            level={settings.readingLevel}
            onPick={(i) => void focus(i)}
            pickLabel={i18n.t('list.showInPage')}
            onWrong={(i) => void wrong(i)}
          />
        )}
        {state?.notEnglish && (
          <p className="note" data-testid="not-english">
            {i18n.t('tab.notEnglish')}
          </p>
        )}
        {state?.partial && (
          <p className="note" data-testid="partial">
            {i18n.t('tab.partial', [String(state.partial.checked), String(state.partial.skipped)])}
          </p>
        )}
        {message && (
          <p className="note" role="status">
            {message}
          </p>
        )}
      </div>
      <footer>
        <Legend showSupported={settings.showSupported} />
        <p className="footer-row">
          <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/checker.html') })}>
            {i18n.t('tab.checkText')}
          </button>
          {host && (
            <label className="site-switch">
              <input type="checkbox" checked={!off} onChange={(e) => void setSiteDisabled(host, !e.target.checked)} />{' '}
              {i18n.t('tab.onFor', [host])}
            </label>
          )}
          {kind === 'popup' && canOpenPanel() && (
            <button type="button" className="link" onClick={() => void openPanel()}>
              {i18n.t('tab.openPanel')}
            </button>
          )}
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {i18n.t('tab.options')}
          </button>
        </p>
      </footer>
    </main>
  );
}

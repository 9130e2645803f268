// Background service worker: runs the engine on candidate passages from content scripts, keeps
// per-tab state, sets the badge, and opens the checker from the context menu / keyboard shortcut.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { sourceByIdentifier } from '../src/claims/db';
import { checkPassages, checkText, looksEnglish } from '../src/engine';
import { badgeText, badgeTitle } from '../src/messaging/badge';
import { addDismissal, dismissedOn } from '../src/messaging/dismissals';
import { openChecker } from '../src/messaging/open-checker';
import { onMessage, sendMessage } from '../src/messaging/protocol';
import { loadSettings } from '../src/messaging/settings';
import { TabStore } from '../src/messaging/tab-store';
import { SerialQueue } from '../src/worker/serial-queue';
import { checkInSlices } from '../src/worker/sliced-check';
import { siteDisabled, type TabState } from '../src/messaging/types';
import { newOnly, toViews } from '../src/messaging/views';
import { databaseVersion } from '../src/report/db-version';
import { trialModel } from '../src/ui/card-model';
import { summariseStudy } from '../src/ui/study';

const MENU_ID = 'trialtrace-check-selection';
const COMMAND = 'check-selection';
/** Next / previous flag in the page (wxt.config.ts names the keys). */
const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-flag': 1, 'previous-flag': -1 };

export default defineBackground(() => {
  const tabs = new TabStore(browser.storage.session as never);
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  async function showBadge(tabId: number, state: TabState | null) {
    await action.setBadgeText({ tabId, text: badgeText(state) });
    await action.setTitle({ tabId, title: badgeTitle(state) });
  }

  void action.setBadgeBackgroundColor({ color: '#b3261e' });

  onMessage('hello', async ({ data, sender }) => {
    const settings = await loadSettings();
    const enabled = !siteDisabled(settings, data.host);
    const tabId = sender.tab?.id;
    if (!enabled && tabId !== undefined) await showBadge(tabId, await tabs.setDisabled(tabId, data.url));
    return { enabled, settings, dismissed: enabled ? await dismissedOn(data.url) : [] };
  });

  onMessage('dismiss', ({ data }) => addDismissal(data.url, data.key));

  // Engine work in bounded slices with a per-page budget; one tab's batches run in order, and the
  // worker yields between slices so other tabs and the popup are answered.
  const pageQueue = new SerialQueue<number>();
  onMessage('scan', ({ data, sender }) => {
    const tabId = sender.tab?.id ?? -1;
    return pageQueue.run(tabId, async () => {
      const all = tabs.batch(tabId, data.url, data.passages, data.reset);
      const context = all.slice(0, all.length - data.passages.length);
      const spend = tabs.spend(tabId);
      const skippedBefore = spend.skipped;
      const found = await checkInSlices(context, data.passages, spend, {
        check: (ps) => checkPassages(ps, { published: data.page?.published, head: data.page?.head }),
        now: () => performance.now(),
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      });
      if (spend.skipped > skippedBefore) await tabs.setPartial(tabId, data.url, spend);
      if (looksEnglish(data.passages.map((p) => p.text)) === false) await tabs.setNotEnglish(tabId, data.url);
      return toViews(newOnly(found, data.from));
    });
  });

  onMessage('painted', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const views = toViews(data.findings.map((f) => f.finding));
    await showBadge(
      tabId,
      await tabs.setPainted(
        tabId,
        data.url,
        data.findings.map((f, i) => ({ ...f, finding: views[i]! })),
      ),
    );
  });

  onMessage('record', async ({ data, sender }) => {
    const source = sourceByIdentifier(data.id);
    const summary = source ? summariseStudy(source) : null;
    const study = summary ? { ...summary, model: trialModel(summary) } : null;
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await showBadge(tabId, await tabs.setRecord(tabId, data.url, study));
    return study;
  });

  onMessage('tabState', ({ data }) => tabs.get(data.tabId));

  onMessage('about', () => ({ database: databaseVersion() }));

  onMessage('checkText', ({ data }) => toViews(checkText(data.text)));

  browser.tabs.onRemoved.addListener((tabId) => void tabs.clear(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    // A new document is loading in the tab: its content script reports afresh.
    if (info.status === 'loading') void tabs.clear(tabId).then(() => showBadge(tabId, null));
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Check selection with TrialTrace', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void openChecker(info.selectionText ?? '', tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    const step = STEP_COMMANDS[command];
    if (step && tab?.id !== undefined) {
      await sendMessage('step', { dir: step }, tab.id).catch(() => false);
      return;
    }
    if (command !== COMMAND) return;
    let text = '';
    if (tab?.id !== undefined) text = await sendMessage('selection', undefined, tab.id).catch(() => '');
    await openChecker(text, tab?.id);
  });
});

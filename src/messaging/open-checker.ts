// Opens the checker page on a piece of text (context menu, keyboard shortcut). The text goes through
// storage.session under a one-time key, never through the URL or the network.
import { browser } from 'wxt/browser';

export const PENDING_PREFIX = 'pending:';

export async function openChecker(text: string, openerTabId?: number): Promise<void> {
  const key = `${PENDING_PREFIX}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  if (text) await browser.storage.session.set({ [key]: text });
  const url = browser.runtime.getURL(text ? `/checker.html?pending=${encodeURIComponent(key)}` : '/checker.html');
  await browser.tabs.create({ url, openerTabId });
}

/** Reads and forgets the text the checker was opened on. */
export async function takePending(key: string | null): Promise<string> {
  if (!key?.startsWith(PENDING_PREFIX)) return '';
  const got = await browser.storage.session.get(key);
  await browser.storage.session.remove(key);
  const value = got[key];
  return typeof value === 'string' ? value : '';
}

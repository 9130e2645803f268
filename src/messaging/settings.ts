// The options, kept in wxt storage (sync area) as one item. Read by the background, the popup and
// the options page; the content script gets them from the background (it does not bundle storage).
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './types';

export const SETTINGS_KEY = 'sync:settings' as const;

export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, { fallback: DEFAULT_SETTINGS });

/** Settings with defaults filled in for fields an older version did not store. */
export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Turns the extension off (or back on) for one site. */
export async function setSiteDisabled(host: string, disabled: boolean): Promise<Settings> {
  const s = await loadSettings();
  const h = host.toLowerCase();
  const sites = s.disabledSites.filter((x) => x !== h);
  if (disabled) sites.push(h);
  return updateSettings({ disabledSites: sites });
}

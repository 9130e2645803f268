// "This flag is wrong" dismissals, kept on this computer (storage.local), per page.
import { storage } from 'wxt/utils/storage';
import { dismissalPage } from '../ui/page/dismissal';

export type Dismissals = Record<string, string[]>;

export const dismissalsItem = storage.defineItem<Dismissals>('local:dismissed', { fallback: {} });

/** Pages remembered at most; the oldest are forgotten first. */
export const MAX_PAGES = 500;

export async function dismissedOn(url: string): Promise<string[]> {
  return (await dismissalsItem.getValue())[dismissalPage(url)] ?? [];
}

export async function addDismissal(url: string, key: string): Promise<void> {
  const all = { ...(await dismissalsItem.getValue()) };
  const page = dismissalPage(url);
  const keys = new Set(all[page] ?? []);
  keys.add(key);
  delete all[page];
  all[page] = [...keys];
  const pages = Object.keys(all);
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_PAGES))) delete all[old];
  await dismissalsItem.setValue(all);
}

export async function clearDismissals(): Promise<void> {
  await dismissalsItem.setValue({});
}

export async function dismissalCount(): Promise<number> {
  return Object.values(await dismissalsItem.getValue()).reduce((n, k) => n + k.length, 0);
}

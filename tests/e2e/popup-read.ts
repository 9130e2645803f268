// Reads the popup's list: one entry per li, as the user sees it.
import type { Page } from '@playwright/test';

export interface PopupItem {
  verdict: string;
  sentence: string;
  reasons: string[];
  sources: string;
  text: string;
}

export async function popupItems(popup: Page): Promise<PopupItem[]> {
  await popup.waitForSelector('[data-testid=count]:not(:text("…"))');
  return popup.$$eval('ol.findings > li', (lis) =>
    lis.map((li) => ({
      verdict: li.getAttribute('data-verdict') ?? '',
      sentence: li.querySelector('.sentence')?.textContent ?? '',
      reasons: [...li.querySelectorAll('.reason')].map((r) => r.getAttribute('data-code') ?? ''),
      sources: li.querySelector('.source-ids')?.textContent ?? '',
      text: li.textContent ?? '',
    })),
  );
}

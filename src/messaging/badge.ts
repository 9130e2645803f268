// The badge: the number of flags highlighted on the tab, as the page reported it.
import type { TabState } from './types';

export function badgeText(state: TabState | null): string {
  if (!state || state.painted <= 0) return '';
  return state.painted > 99 ? '99+' : String(state.painted);
}

export function badgeTitle(state: TabState | null): string {
  if (!state) return 'TrialTrace';
  if (state.disabled) return 'TrialTrace — off on this site';
  if (state.record) return `TrialTrace — ${state.record.name}: about this study`;
  if (state.painted === 0) return 'TrialTrace — nothing flagged on this page';
  return `TrialTrace — ${state.painted} claim${state.painted === 1 ? '' : 's'} flagged on this page`;
}

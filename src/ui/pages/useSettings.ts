// The options as React state, kept in sync with wxt storage. `apply` updates the view at once
// (controlled inputs must not wait for the storage round trip) and then stores the change.
import { useCallback, useEffect, useState } from 'react';
import { loadSettings, settingsItem, updateSettings } from '../../messaging/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../messaging/types';

export function useSettings(): Settings {
  return useSettingsState()[0];
}

export function useSettingsState(): [Settings, (patch: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return settingsItem.watch((v) => setSettings({ ...DEFAULT_SETTINGS, ...v }));
  }, []);
  const apply = useCallback((patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    void updateSettings(patch);
  }, []);
  return [settings, apply];
}

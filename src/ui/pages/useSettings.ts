// The options as React state, kept in sync with wxt storage.
import { useEffect, useState } from 'react';
import { loadSettings, settingsItem } from '../../messaging/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../messaging/types';

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return settingsItem.watch((v) => setSettings({ ...DEFAULT_SETTINGS, ...v }));
  }, []);
  return settings;
}

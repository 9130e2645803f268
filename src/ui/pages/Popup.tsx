// The popup: the tab's findings (TabView). `?tabId=N` shows another tab's findings.
import { TabView } from './TabView';

export function Popup() {
  return <TabView kind="popup" />;
}

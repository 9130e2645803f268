// Content script: extraction + keyword prefilter + painting only (no engine, no React, no zod).
// The background runs the engine and keeps the tab's state.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../src/messaging/protocol';
import { PageScanner } from '../../src/ui/page/scanner';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const scanner = new PageScanner(document, {
      hello: (d) => sendMessage('hello', d),
      scan: (d) => sendMessage('scan', d),
      painted: (d) => sendMessage('painted', d),
      record: (d) => sendMessage('record', d),
      dismiss: (d) => sendMessage('dismiss', d),
    });
    onMessage('focus', ({ data }) => scanner.focus(data.index));
    onMessage('selection', () => scanner.selection());
    onMessage('step', ({ data }) => scanner.step(data.dir));
    onMessage('dismissFlag', ({ data }) => scanner.dismiss(data.index));
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync' && 'settings' in changes) void scanner.refreshSettings();
    });
    window.addEventListener('pageshow', (e) => {
      if (e.persisted) void scanner.resume();
    });
    void scanner.start().catch(() => {
      /* the extension was reloaded or the background is unavailable: leave the page alone */
    });
  },
});

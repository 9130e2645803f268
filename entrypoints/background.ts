// Background service worker: owns the engine and per-tab state (filled in by the extension work).
export default defineBackground(() => {});

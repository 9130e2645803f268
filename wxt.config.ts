import { defineConfig } from 'wxt';
import { reactDomNoInnerHtml } from './src/build/react-dom-no-inner-html';

// `npm run dev` opens a browser with the extension loaded; with no display (CI, SSH) web-ext cannot
// start one and the dev server crashed with ECONNRESET, so it then only builds and serves, and says so.
const HAS_DISPLAY = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

// Manifest and build settings. Entrypoints live one level deep in entrypoints/;
// helpers stay outside it (src/).
export default defineConfig({
  // @wxt-dev/i18n: UI strings from locales/<lang>.yml (English: locales/en.yml), compiled to _locales.
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  vite: () => ({ plugins: [reactDomNoInnerHtml()] }),
  webExt: {
    disabled: !HAS_DISPLAY,
    // Debian's browsers (what .ci/setup installs); the variables let other machines point elsewhere.
    binaries: {
      chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    },
  },
  hooks: {
    'server:started': (wxt) => {
      if (!HAS_DISPLAY) {
        wxt.logger.warn(`No display (DISPLAY unset): not opening a browser. Load ${wxt.config.outDir} as an unpacked extension.`);
      }
    },
  },
  // The sources zip AMO asks for (`npm run zip:firefox`): what rebuilds the extension, not the
  // README screenshots or test output.
  zip: { excludeSources: ['tests/e2e/screenshots/**', 'test-results/**', 'playwright-report/**'] },
  manifest: ({ browser }) => ({
    name: 'TrialTrace',
    default_locale: 'en',
    description: 'Checks health news about ALS immune therapies against the trial registries and papers it reports on.',
    // Each permission is justified in the README ("Permissions").
    permissions: ['storage', 'contextMenus'],
    commands: {
      'check-selection': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Check the selected text with TrialTrace',
      },
      'next-flag': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next flagged sentence in the page' },
      'previous-flag': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous flagged sentence in the page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'trialtrace@trialtrace.invalid',
              strict_min_version: '140.0', // CSS Custom Highlight API; data_collection_permissions
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint:
            // KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION); the highlight API is there too.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

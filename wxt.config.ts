import { defineConfig } from 'wxt';

// Manifest and build settings. Entrypoints live one level deep in entrypoints/;
// helpers stay outside it (src/).
export default defineConfig({
  // @wxt-dev/i18n: UI strings from locales/<lang>.yml (English: locales/en.yml), compiled to _locales.
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
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
      'previous-flag': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous flagged sentence in the page' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'trialtrace@trialtrace.invalid',
              strict_min_version: '140.0', // CSS Custom Highlight API; data_collection_permissions,
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

import { defineConfig } from 'wxt';

// Manifest and build settings. Entrypoints live one level deep in entrypoints/;
// helpers stay outside it (src/).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  manifest: {
    name: 'TrialTrace',
    description: 'Checks health news about ALS immune therapies against the trial registries and papers it reports on.',
  },
});

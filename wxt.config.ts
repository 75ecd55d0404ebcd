import { defineConfig, type UserManifest } from 'wxt';
import { DEFAULT_MATCHES } from './src/settings/sites';

/**
 * `HEARD_E2E=1 wxt build` (npm run build:e2e) builds the browser-test build into .output/e2e/chrome-mv3:
 * the same extension, plus http://localhost/* and http://127.0.0.1/* in the content-script matches and host
 * permissions so it runs on the fixture server. The production build never contains localhost.
 */
const E2E = process.env.HEARD_E2E === '1';
const E2E_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * Firefox: Heard's id on addons.mozilla.org, and the oldest Firefox that has everything the code uses —
 * 140 (an ESR release) brings the built-in data-collection consent; 128 brought match_origin_as_fallback and
 * scripting.registerContentScripts({ matchOriginAsFallback }), and MV3 host permissions granted at install.
 */
const FIREFOX_ONLY: UserManifest = {
  browser_specific_settings: {
    gecko: {
      id: 'heard@heard.app',
      strict_min_version: '140.0',
      // Heard collects and transmits nothing (README, Privacy).
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android reads data_collection_permissions from 142 on.
    gecko_android: { strict_min_version: '142.0' },
  },
};

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  // MV3 for every browser: Firefox included (the code uses browser.action and MV3 host permissions).
  manifestVersion: 3,
  outDir: E2E ? '.output/e2e' : '.output',
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!E2E) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...new Set([...(script.matches ?? []), ...E2E_MATCHES])];
      }
      manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...E2E_MATCHES])];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    host_permissions: [...DEFAULT_MATCHES],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The keyboard command that opens the card at the caret: remappable in the browser's shortcut settings.
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandOpenCard__',
      },
    },
    action: {
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    // Chrome's manifest stays free of Firefox-only keys.
    ...(browser === 'firefox' ? FIREFOX_ONLY : {}),
  }),
  zip: {
    // The Firefox sources package: exactly what a reviewer needs to rebuild the add-on (README explains how).
    includeSources: [
      'entrypoints/**',
      'src/**',
      'public/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
    ],
    excludeSources: ['test/**', 'docs/**', 'scripts/**', '**/*.map'],
  },
});

import { defineConfig } from 'wxt';
import { DEFAULT_MATCHES } from './src/settings/sites';

/**
 * `HEARD_E2E=1 wxt build` (npm run build:e2e) builds the browser-test build into .output/e2e/chrome-mv3:
 * the same extension, plus http://localhost/* and http://127.0.0.1/* in the content-script matches and host
 * permissions so it runs on the fixture server. The production build never contains localhost.
 */
const E2E = process.env.HEARD_E2E === '1';
const E2E_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
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
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    host_permissions: [...DEFAULT_MATCHES],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: {
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
  },
});

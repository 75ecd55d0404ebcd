/**
 * Background wiring: the toolbar badge, content scripts for user-added sites, and keeping settings and
 * optional host permissions in step. Every listener is registered synchronously at start-up (MV3 service
 * workers are woken by events and must find their listeners registered).
 */
import { browser } from 'wxt/browser';
import { isBackgroundRequest, type ContentRequest } from '../messaging/protocol';
import { OPEN_CARD_COMMAND, openCardShortcut } from '../messaging/shortcut';
import {
  loadSettings,
  patternHost,
  removeSiteAccess,
  removedSites,
  updateSettings,
  watchSettings,
  withAddedSite,
  withoutAddedSite,
  grantedPatterns,
  type Settings,
} from '../settings';
import { BadgeController } from './badge';
import { coveredByManifest, injectIntoExistingTabs, injectIntoOpenTabs, syncRegistrations } from './registration';

/** storage.local key set once the welcome page was opened (see the onInstalled handler). */
const WELCOMED_KEY = 'heard.welcomed';

// The engine is bundled lazily: the service worker builds it on the first analysis, not on every wake-up.
let engine: Promise<typeof import('../engine')> | null = null;
function loadEngine(): Promise<typeof import('../engine')> {
  engine ??= import('../engine');
  return engine;
}

/** Hosts of specific origins in a permissions event ("https://example.com/*" → "example.com"). */
export function hostsOfOrigins(origins: readonly string[] | undefined): string[] {
  const hosts = new Set<string>();
  for (const origin of origins ?? []) {
    const host = patternHost(origin);
    if (!host || host.includes('*')) continue; // Broad patterns are never what Heard asks for.
    if (coveredByManifest(host)) continue; // Default sites are host_permissions, not added sites.
    hosts.add(host);
  }
  return [...hosts];
}

export function startBackground(): void {
  let settings: Settings | undefined;
  const badge = new BadgeController(() => settings);
  const ready = loadSettings().then((s) => {
    settings = s;
    return s;
  });

  async function resync(current: Settings): Promise<void> {
    const newHosts = await syncRegistrations(current);
    for (const host of newHosts) {
      const patterns = await grantedPatterns(host);
      await injectIntoOpenTabs((h) => h === host, patterns);
    }
  }

  /* Tone engine for the content scripts ------------------------------------------------------- */
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundRequest(message)) return undefined;
    if (message.type === 'heard:analyze') return loadEngine().then(({ analyze }) => analyze(message.text, message.options));
    if (message.type === 'heard:gentle') {
      return loadEngine().then(({ sayItGently }) => sayItGently(message.text, message.options, message.request));
    }
    return undefined;
  });

  /* The "open the card" command ------------------------------------------------------------- */
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundRequest(message) || message.type !== 'heard:shortcut') return undefined;
    return openCardShortcut();
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_CARD_COMMAND || tab?.id === undefined) return;
    const request: ContentRequest = { type: 'heard:open-card' };
    // No content script in the tab (a page Heard does not run on): nothing to open.
    browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });

  /* Toolbar badge --------------------------------------------------------------------------- */
  void badge.init();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundRequest(message) || message.type !== 'heard:badge') return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    badge.report(tabId, sender.frameId ?? 0, message.count, { frame: sender.url, tab: sender.tab?.url });
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => badge.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A new document starts with no findings (the browser also clears tab-specific badges then).
    if (changeInfo.status === 'loading') badge.reset(tabId);
  });

  /* Settings ---------------------------------------------------------------------------------- */
  watchSettings((next) => {
    const previous = settings;
    settings = next;
    badge.renderAll();
    if (previous) {
      // A site removed anywhere (popup, options, another device) gives up its permission here too.
      for (const host of removedSites(previous, next)) void removeSiteAccess(host);
    }
    void resync(next).catch((error: unknown) => console.warn('[Heard] Could not update site scripts', error));
  });

  /* Optional host permissions ------------------------------------------------------------------ */
  browser.permissions.onAdded.addListener((permissions) => {
    const hosts = hostsOfOrigins(permissions.origins);
    if (hosts.length === 0) return;
    void (async () => {
      const current = await ready;
      const missing = hosts.filter((h) => !current.addedSites.includes(h) || current.disabledSites.includes(h));
      if (missing.length > 0) {
        settings = await updateSettings((s) => missing.reduce<Partial<Settings>>((patch, host) => {
          const merged = { ...s, ...patch } as Settings;
          return { ...patch, ...withAddedSite(merged, host) };
        }, {}));
      }
      await resync(settings ?? current);
    })().catch((error: unknown) => console.warn('[Heard] Could not switch on the new site', error));
  });

  browser.permissions.onRemoved.addListener((permissions) => {
    const hosts = hostsOfOrigins(permissions.origins);
    if (hosts.length === 0) return;
    void (async () => {
      const current = await ready;
      // Access withdrawn for one scheme may leave the other; drop the site only when none is left.
      const gone: string[] = [];
      for (const host of hosts) if ((await grantedPatterns(host)).length === 0) gone.push(host);
      const toDrop = gone.filter((h) => current.addedSites.includes(h));
      if (toDrop.length > 0) {
        settings = await updateSettings((s) => toDrop.reduce<Partial<Settings>>((patch, host) => {
          const merged = { ...s, ...patch } as Settings;
          return { ...patch, ...withoutAddedSite(merged, host) };
        }, {}));
      }
      await resync(settings ?? current);
    })().catch((error: unknown) => console.warn('[Heard] Could not switch off the site', error));
  });

  /* Start-up ------------------------------------------------------------------------------------- */
  browser.runtime.onInstalled.addListener((details) => {
    void ready.then(async (current) => {
      await resync(current);
      if (details.reason === 'install' || details.reason === 'update') await injectIntoExistingTabs(current);
    });
  });
  // First run: the welcome page, once. onInstalled says 'install' for a fresh install — but Chromium also
  // says it on every start for an extension loaded with --load-extension, whose storage survives; so a
  // flag in storage.local (gone with a real uninstall) keeps it to once per profile.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void (async () => {
      if ((await browser.storage.local.get(WELCOMED_KEY))[WELCOMED_KEY] === true) return;
      await browser.storage.local.set({ [WELCOMED_KEY]: true });
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    })().catch((error: unknown) => console.warn('[Heard] Could not open the welcome page', error));
  });
  browser.runtime.onStartup.addListener(() => {
    void ready.then(resync);
  });
}


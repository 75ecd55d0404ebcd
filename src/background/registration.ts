/**
 * Content scripts for sites the user added. Default sites get the content script from the manifest; an
 * added site gets the same built file registered at run time (scripting.registerContentScripts), one
 * registration per host, only while its host permission is granted. Newly registered sites also get the
 * script injected into their open tabs, so no reload is needed.
 */
import { browser, type PublicPath } from 'wxt/browser';
import {
  DEFAULT_MATCHES,
  classifyUrl,
  grantedPatterns,
  hostForScriptId,
  hostMatches,
  patternHost,
  scriptIdForHost,
  siteForHost,
  type Settings,
} from '../settings';
import type { TabState } from '../messaging/protocol';

/** How the built content script is injected, read from the manifest so it always matches the build. */
export interface ContentScriptSpec {
  js: string[];
  css: string[];
  runAt: 'document_start' | 'document_end' | 'document_idle';
  allFrames: boolean;
  matchOriginAsFallback: boolean;
}

/** WXT builds entrypoints/content.ts to this file. */
export const DEFAULT_CONTENT_SCRIPT = 'content-scripts/content.js';

interface ManifestContentScript {
  matches?: string[];
  js?: string[];
  css?: string[];
  run_at?: string;
  all_frames?: boolean;
  match_origin_as_fallback?: boolean;
  match_about_blank?: boolean;
}

function manifestContentScripts(): ManifestContentScript[] {
  const manifest = browser.runtime.getManifest() as { content_scripts?: ManifestContentScript[] };
  return manifest.content_scripts ?? [];
}

/**
 * Whether the manifest's content script already runs on `host` (the default sites, and in the e2e build the
 * fixture server too). Such hosts never get a second, registered copy.
 */
export function coveredByManifest(host: string): boolean {
  if (siteForHost(host)) return true;
  return manifestContentScripts().some((cs) =>
    (cs.matches ?? []).some((pattern) => {
      const part = patternHost(pattern);
      return part !== null && hostMatches(host, part);
    }),
  );
}

export function contentScriptSpec(): ContentScriptSpec {
  const entries = manifestContentScripts();
  const entry = entries.find((cs) => cs.js?.includes(DEFAULT_CONTENT_SCRIPT)) ?? entries.find((cs) => (cs.js?.length ?? 0) > 0);
  const runAt = entry?.run_at;
  return {
    js: entry?.js?.length ? entry.js : [DEFAULT_CONTENT_SCRIPT],
    css: entry?.css ?? [],
    runAt: runAt === 'document_start' || runAt === 'document_end' ? runAt : 'document_idle',
    allFrames: entry?.all_frames ?? false,
    matchOriginAsFallback: entry?.match_origin_as_fallback ?? entry?.match_about_blank ?? false,
  };
}

/** Whether a content script of this extension answers in the tab (avoids injecting a second copy). */
export async function hasLiveContentScript(tabId: number, timeoutMs = 600): Promise<boolean> {
  const ask = browser.tabs
    .sendMessage(tabId, { type: 'heard:get-state' })
    .then((reply: unknown) => typeof reply === 'object' && reply !== null && 'host' in (reply as TabState))
    .catch(() => false);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([ask, timeout]);
}

/** Injects the content script into one tab unless one is already running there. */
export async function injectIntoTab(tabId: number, spec: ContentScriptSpec = contentScriptSpec()): Promise<boolean> {
  if (await hasLiveContentScript(tabId)) return false;
  try {
    if (spec.css.length > 0) {
      await browser.scripting.insertCSS({ target: { tabId, allFrames: spec.allFrames }, files: spec.css });
    }
    await browser.scripting.executeScript({
      target: { tabId, allFrames: spec.allFrames },
      // WXT types `files` as the build's known script paths; the manifest's content script is one of them.
      files: spec.js as Extract<PublicPath, `${string}.js`>[],
    });
    return true;
  } catch {
    return false; // No access (anymore), or a page where extensions cannot run.
  }
}

/** Injects into every open tab whose top frame is on `host` (or on any default site when host is omitted). */
export async function injectIntoOpenTabs(hosts: (host: string) => boolean, patterns: string[]): Promise<number> {
  if (patterns.length === 0) return 0;
  const spec = contentScriptSpec();
  const tabs = await browser.tabs.query({ url: patterns }).catch(() => []);
  let injected = 0;
  for (const tab of tabs) {
    // A tab still loading gets the (manifest or registered) script by itself once it is ready.
    if (tab.id === undefined || !tab.url || tab.status !== 'complete') continue;
    const page = classifyUrl(tab.url);
    // tabs.query ignores `url` without access to it, so check every tab's host ourselves.
    if (page.kind !== 'web' || !hosts(page.host)) continue;
    if (await injectIntoTab(tab.id, spec)) injected += 1;
  }
  return injected;
}

interface Desired {
  host: string;
  matches: string[];
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered content scripts match the settings and granted permissions. Returns the hosts that
 * were newly registered. Calls are serialised.
 */
export function syncRegistrations(settings: Settings): Promise<string[]> {
  const run = queue.then(() => doSync(settings));
  queue = run.catch(() => undefined);
  return run;
}

async function doSync(settings: Settings): Promise<string[]> {
  const spec = contentScriptSpec();
  const desired = new Map<string, Desired>();
  for (const host of settings.addedSites) {
    if (coveredByManifest(host)) continue; // The manifest's content script already runs there.
    const matches = await grantedPatterns(host);
    if (matches.length > 0) desired.set(scriptIdForHost(host), { host, matches });
  }

  const existing = (await browser.scripting.getRegisteredContentScripts()).filter((s) => hostForScriptId(s.id) !== null);
  const stale: string[] = [];
  const unchanged = new Set<string>();
  for (const script of existing) {
    const want = desired.get(script.id);
    if (want && sameList(script.matches, want.matches) && sameList(script.js, spec.js)) unchanged.add(script.id);
    else stale.push(script.id);
  }
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });

  const toRegister = [...desired.entries()].filter(([id]) => !unchanged.has(id));
  const previouslyRegistered = new Set(existing.map((s) => s.id));
  const added: string[] = [];
  for (const [id, want] of toRegister) {
    try {
      await browser.scripting.registerContentScripts([
        {
          id,
          matches: want.matches,
          js: spec.js,
          ...(spec.css.length > 0 ? { css: spec.css } : {}),
          runAt: spec.runAt,
          allFrames: spec.allFrames,
          ...(spec.matchOriginAsFallback ? { matchOriginAsFallback: true } : {}),
          persistAcrossSessions: true,
        },
      ]);
      if (!previouslyRegistered.has(id)) added.push(want.host);
    } catch (error) {
      console.warn(`[Heard] Could not register the content script for ${want.host}`, error);
    }
  }
  return added;
}

/** After install or update: start Heard in tabs that were already open (no reload needed). */
export async function injectIntoExistingTabs(settings: Settings): Promise<void> {
  const added = settings.addedSites.filter((h) => !coveredByManifest(h));
  const manifestPatterns = manifestContentScripts().flatMap((cs) => cs.matches ?? []);
  await injectIntoOpenTabs(coveredByManifest, manifestPatterns.length > 0 ? manifestPatterns : [...DEFAULT_MATCHES]);
  for (const host of added) {
    const patterns = await grantedPatterns(host);
    await injectIntoOpenTabs((h) => h === host, patterns);
  }
}

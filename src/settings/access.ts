/**
 * Host access for sites the user adds (optional host permissions). Browser-bound; the pure parts
 * (which origins a host needs) live in hosts.ts.
 *
 * Note for callers in a click handler: call requestSiteAccess() before awaiting anything else, so the
 * browser still sees the user's gesture.
 */
import { browser } from 'wxt/browser';
import { hostMatches, originPatternsForHost, patternHost } from './hosts';

/** Whether the manifest's own host_permissions cover `host` (default sites; the fixture host in e2e builds). */
function isRequiredHost(host: string): boolean {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[] };
  return (manifest.host_permissions ?? []).some((pattern) => {
    const part = patternHost(pattern);
    return part !== null && part !== '*' && hostMatches(host, part);
  });
}

/** The match patterns of `host` Heard currently holds host permission for. */
export async function grantedPatterns(host: string): Promise<string[]> {
  const patterns = originPatternsForHost(host);
  const granted = await Promise.all(
    patterns.map((origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false)),
  );
  return patterns.filter((_, i) => granted[i]);
}

/** Asks the browser (with its own prompt) for access to `host`. Resolves false when refused or impossible. */
export function requestSiteAccess(host: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: originPatternsForHost(host) }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives up Heard's optional access to `host` (never the manifest's own host access). Never throws. */
export async function removeSiteAccess(host: string): Promise<boolean> {
  if (isRequiredHost(host)) return false;
  try {
    return await browser.permissions.remove({ origins: originPatternsForHost(host) });
  } catch {
    return false;
  }
}

interface HostAccessRequestApi {
  addHostAccessRequest?: (request: { tabId: number }) => Promise<void>;
}

/** Whether the browser can show its own "Allow" for a tab whose address Heard cannot see (Chrome 133+). */
export function canRequestAccessForTab(): boolean {
  const api = browser.permissions as unknown as HostAccessRequestApi;
  return typeof api.addHostAccessRequest === 'function';
}

/**
 * Asks the browser to offer "Allow" for the site in `tabId` (in its extensions menu). When the user
 * accepts, permissions.onAdded fires with that origin and the background switches Heard on there.
 */
export async function requestAccessForTab(tabId: number): Promise<boolean> {
  const api = browser.permissions as unknown as HostAccessRequestApi;
  if (typeof api.addHostAccessRequest !== 'function') return false;
  try {
    await api.addHostAccessRequest({ tabId });
    return true;
  } catch {
    return false;
  }
}

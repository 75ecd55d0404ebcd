/**
 * Pure helpers about hosts and sites: which default site a hostname belongs to, whether Heard is on for a
 * hostname, and which origins an added site needs. No browser API here (unit-tested in Node).
 */
import { DEFAULT_SITES, type DefaultSite } from './sites';
import type { Settings } from './types';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** True for a plain lowercase hostname such as "example.com", "localhost", "10.0.0.2" or "[::1]". */
export function isValidHostname(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  if (IPV6.test(host)) return true;
  return host.split('.').every((label) => LABEL.test(label));
}

/**
 * Turns what a user typed or a URL ("https://Example.com/inbox", "www.example.com:8080", "example.com.")
 * into a bare lowercase hostname, or null when it is not one.
 */
export function normalizeHost(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return isValidHostname(host) ? host : null;
}

/** The host part of a match pattern ("https://*.example.com/*" → "*.example.com"), or null. */
export function patternHost(pattern: string): string | null {
  const match = /^(?:\*|https?|wss?):\/\/([^/]+)\//.exec(pattern);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Whether `host` is covered by the host part of a match pattern ("*", "*.example.com" or exact). */
export function hostMatches(host: string, patternHostPart: string): boolean {
  if (patternHostPart === '*') return true;
  if (patternHostPart.startsWith('*.')) {
    const base = patternHostPart.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === patternHostPart;
}

/** The default site a hostname belongs to ("mail.google.com" → Gmail), if any. */
export function siteForHost(hostname: string): DefaultSite | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return DEFAULT_SITES.find((site) =>
    site.matches.some((pattern) => {
      const part = patternHost(pattern);
      return part !== null && hostMatches(host, part);
    }),
  );
}

/** Whether Heard is paused everywhere at `now`. */
export function isPaused(settings: Pick<Settings, 'pausedUntil'>, now: number = Date.now()): boolean {
  return settings.pausedUntil > now;
}

/**
 * Whether Heard should read fields on `hostname`: a default site that is not switched off, or a site the
 * user added (and did not switch off), and Heard is not paused.
 */
export function isSiteEnabled(
  settings: Pick<Settings, 'pausedUntil' | 'disabledSites' | 'addedSites'>,
  hostname: string,
  now: number = Date.now(),
): boolean {
  if (isPaused(settings, now)) return false;
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return false;
  const site = siteForHost(host);
  if (site) return !settings.disabledSites.includes(site.id);
  return settings.addedSites.includes(host) && !settings.disabledSites.includes(host);
}

/** Whether the user switched this host's site on (ignoring the global pause). */
export function isSiteSwitchedOn(
  settings: Pick<Settings, 'disabledSites' | 'addedSites'>,
  hostname: string,
): boolean {
  return isSiteEnabled({ ...settings, pausedUntil: 0 }, hostname);
}

/** Match patterns (and so optional host permissions) Heard uses for a site the user added. */
export function originPatternsForHost(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}

/** Registered content-script id for an added site. */
export function scriptIdForHost(host: string): string {
  return `heard-site-${host}`;
}

/** The host of an added-site script id, or null for ids that are not ours. */
export function hostForScriptId(id: string): string | null {
  return id.startsWith('heard-site-') ? id.slice('heard-site-'.length) : null;
}

/** Pages where no extension may run a content script, whatever its permissions. */
const STORE_PAGES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

export type PageKind = { kind: 'web'; host: string; url: string } | { kind: 'restricted'; url: string };

/** Classifies a tab URL: a web page Heard could run on, or a page where extensions cannot run. */
export function classifyUrl(rawUrl: string): PageKind {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { kind: 'restricted', url: rawUrl };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'restricted', url: rawUrl };
  const host = url.hostname.toLowerCase();
  const store = STORE_PAGES.some((p) => p.host === host && (p.path === undefined || url.pathname.startsWith(p.path)));
  if (store) return { kind: 'restricted', url: rawUrl };
  return { kind: 'web', host, url: rawUrl };
}

/** A readable name for a host: the default site's name ("Gmail") or the hostname without "www.". */
export function displayNameForHost(host: string): string {
  return siteForHost(host)?.name ?? host.replace(/^www\./, '');
}

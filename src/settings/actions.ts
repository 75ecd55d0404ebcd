/**
 * Pure patch builders for the changes the UI makes. Each returns the fields to save; none mutates its input.
 * Use with updateSettings(fn) so the change applies to the freshest stored settings.
 */
import { LIMITS, PAUSE_DURATION_MS } from './defaults';
import { siteForHost } from './hosts';
import { normalizePhrase } from './schema';
import type { Settings } from './types';
import { CATEGORIES, type AnalyzeOptions } from '../engine/types';

type Sites = Pick<Settings, 'disabledSites' | 'addedSites'>;

/** Adds a phrase to the ignore list (normalised); the oldest entries give way past the limit. */
export function withIgnoredPhrase(settings: Pick<Settings, 'ignoredPhrases'>, phrase: string): Partial<Settings> {
  const normalized = normalizePhrase(phrase);
  if (normalized === null) return {};
  const rest = settings.ignoredPhrases.filter((p) => p !== normalized);
  const next = [...rest, normalized];
  return { ignoredPhrases: next.slice(Math.max(0, next.length - LIMITS.ignoredPhrases)) };
}

export function withoutIgnoredPhrase(settings: Pick<Settings, 'ignoredPhrases'>, phrase: string): Partial<Settings> {
  const normalized = normalizePhrase(phrase) ?? phrase;
  return { ignoredPhrases: settings.ignoredPhrases.filter((p) => p !== normalized) };
}

/** Adds a phrase to the ignore list of one site (by hostname); the oldest entries give way past the limit. */
export function withSiteIgnoredPhrase(settings: Pick<Settings, 'siteIgnoredPhrases'>, hostname: string, phrase: string): Partial<Settings> {
  const normalized = normalizePhrase(phrase);
  if (normalized === null) return {};
  const site = siteKey(hostname);
  const next = [...(settings.siteIgnoredPhrases[site] ?? []).filter((p) => p !== normalized), normalized];
  const kept = next.slice(Math.max(0, next.length - LIMITS.siteIgnoredPhrases));
  return { siteIgnoredPhrases: { ...settings.siteIgnoredPhrases, [site]: kept } };
}

/** Removes a phrase from one site's ignore list (`site` is a site key, as stored); an empty list goes. */
export function withoutSiteIgnoredPhrase(settings: Pick<Settings, 'siteIgnoredPhrases'>, site: string, phrase: string): Partial<Settings> {
  const normalized = normalizePhrase(phrase) ?? phrase;
  const { [site]: list = [], ...others } = settings.siteIgnoredPhrases;
  const rest = list.filter((p) => p !== normalized);
  return { siteIgnoredPhrases: rest.length > 0 ? { ...others, [site]: rest } : others };
}

/** The phrases ignored on the site of `hostname`. */
export function siteIgnoredPhrases(settings: Pick<Settings, 'siteIgnoredPhrases'>, hostname: string): string[] {
  return settings.siteIgnoredPhrases[siteKey(hostname)] ?? [];
}

/** What the engine is asked for on the site of `hostname`: the categories on, the sensitivity, the ignored phrases. */
export function analyzeOptionsFor(settings: Settings, hostname: string): AnalyzeOptions {
  return {
    categories: CATEGORIES.filter((c) => settings.categories[c] !== false),
    sensitivity: settings.sensitivity,
    ignore: [...settings.ignoredPhrases, ...siteIgnoredPhrases(settings, hostname)],
  };
}

/** The key under which a site is switched off: a default site's id, or the hostname of an added site. */
export function siteKey(hostname: string): string {
  const host = hostname.toLowerCase();
  return siteForHost(host)?.id ?? host;
}

/** Switches a default site (by hostname or id) or an added site on or off, keeping it in the list. */
export function withSiteSwitched(settings: Sites, hostOrId: string, on: boolean): Partial<Settings> {
  const key = hostOrId.includes('.') || hostOrId.startsWith('[') ? siteKey(hostOrId) : hostOrId.toLowerCase();
  const rest = settings.disabledSites.filter((k) => k !== key);
  return { disabledSites: on ? rest : [...rest, key] };
}

/** Adds a site (a hostname) the user switched on, and makes sure it is not switched off. */
export function withAddedSite(settings: Sites, host: string): Partial<Settings> {
  const h = host.toLowerCase();
  if (siteForHost(h)) return withSiteSwitched(settings, h, true);
  const added = settings.addedSites.includes(h) ? settings.addedSites : [...settings.addedSites, h];
  return { addedSites: added, disabledSites: settings.disabledSites.filter((k) => k !== h) };
}

/** Removes an added site entirely. */
export function withoutAddedSite(settings: Sites, host: string): Partial<Settings> {
  const h = host.toLowerCase();
  return {
    addedSites: settings.addedSites.filter((s) => s !== h),
    disabledSites: settings.disabledSites.filter((k) => k !== h),
  };
}

export function pausedFromNow(now: number = Date.now(), durationMs: number = PAUSE_DURATION_MS): Partial<Settings> {
  return { pausedUntil: now + durationMs };
}

export function resumed(): Partial<Settings> {
  return { pausedUntil: 0 };
}

/** Hosts that were in `before.addedSites` and are not in `after.addedSites`. */
export function removedSites(before: Pick<Settings, 'addedSites'>, after: Pick<Settings, 'addedSites'>): string[] {
  return before.addedSites.filter((host) => !after.addedSites.includes(host));
}

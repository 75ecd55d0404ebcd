import { CATEGORIES } from '../engine/types';
import type { Settings } from './types';

/** Current schema version of the stored settings blob. Bump it and add a migration in migrate.ts. */
export const SETTINGS_VERSION = 1;

/** The single storage key the settings blob lives under (in storage.sync, or storage.local as fallback). */
export const SETTINGS_KEY = 'heard.settings';

/** How long "Pause everywhere" lasts. */
export const PAUSE_DURATION_MS = 60 * 60 * 1000;

/** Upper bounds that keep a corrupt or hostile blob from growing without limit. */
export const LIMITS = {
  addedSites: 200,
  disabledSites: 200,
  ignoredPhrases: 500,
  /** Sites with phrases ignored there, and phrases per site. */
  sitesWithIgnores: 200,
  siteIgnoredPhrases: 200,
  phraseLength: 200,
  /** A pause can never be longer than this from now (guards against a garbage far-future value). */
  maxPauseMs: 7 * 24 * 60 * 60 * 1000,
} as const;

function defaultCategories(): Settings['categories'] {
  return Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Settings['categories'];
}

/** A fresh copy of the defaults (callers may mutate it). */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    categories: defaultCategories(),
    sensitivity: 'balanced',
    disabledSites: [],
    addedSites: [],
    ignoredPhrases: [],
    siteIgnoredPhrases: {},
    hints: 'inline',
    pausedUntil: 0,
  };
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaultSettings());

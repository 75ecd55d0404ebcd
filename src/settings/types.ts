import type { Category, Sensitivity } from '../engine/types';

/** Everything the user can change. Stored under one key; see the settings module for schema and migrations. */
export interface Settings {
  /** Schema version, for migrations. */
  version: number;
  /** Category switches; a missing category counts as on. */
  categories: Record<Category, boolean>;
  sensitivity: Sensitivity;
  /**
   * Sites the user switched off while keeping them: default sites by id (from DEFAULT_SITES), added sites
   * by hostname (the options page can switch an added site off without removing it).
   */
  disabledSites: string[];
  /** Sites the user added, as hostnames ("example.com"); each has its optional host permission granted. */
  addedSites: string[];
  /** Phrases the user chose to ignore, lowercased. */
  ignoredPhrases: string[];
  /** Phrases ignored on one site only: site key (a default site's id or a hostname) → phrases, lowercased. */
  siteIgnoredPhrases: Record<string, string[]>;
  /** 'inline' shows underlines and cards; 'popup' only counts findings for the popup and badge. */
  hints: 'inline' | 'popup';
  /** Epoch ms until which Heard is paused everywhere; 0 when not paused. */
  pausedUntil: number;
}

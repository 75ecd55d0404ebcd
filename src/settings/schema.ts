/**
 * Field-by-field validation of a settings blob. Anything corrupt, foreign or out of range falls back to the
 * default for that field only; the rest of the blob is kept. Pure (unit-tested in Node).
 */
import { CATEGORIES, type Category, type Sensitivity } from '../engine/types';
import { LIMITS, SETTINGS_VERSION, defaultSettings } from './defaults';
import { isValidHostname, normalizeHost } from './hosts';
import type { Settings } from './types';

export type SettingsField = Exclude<keyof Settings, 'version'>;

export const SETTINGS_FIELDS: readonly SettingsField[] = [
  'categories',
  'sensitivity',
  'disabledSites',
  'addedSites',
  'ignoredPhrases',
  'siteIgnoredPhrases',
  'hints',
  'pausedUntil',
];

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];
const HINTS: readonly Settings['hints'][] = ['inline', 'popup'];
const SITE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Result of validating one field: `value` is undefined when nothing usable was there. */
interface FieldResult<T> {
  value: T | undefined;
  /** True when the raw value was present but (partly) unusable. */
  repaired: boolean;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: unknown): FieldResult<T> =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value)
      ? { value: value as T, repaired: false }
      : { value: undefined, repaired: true };
}

/** Keeps the valid, normalised, unique elements of an array (up to `max`). */
function listOf(normalize: (item: unknown) => string | null, max: number) {
  return (value: unknown): FieldResult<string[]> => {
    if (!Array.isArray(value)) return { value: undefined, repaired: true };
    const out: string[] = [];
    let repaired = false;
    for (const item of value) {
      const normalized = normalize(item);
      if (normalized === null) {
        repaired = true;
        continue;
      }
      if (out.includes(normalized)) continue;
      if (out.length >= max) {
        repaired = true;
        break;
      }
      out.push(normalized);
    }
    return { value: out, repaired };
  };
}

/** A disabled-site entry: a default site id ("gmail") or an added site's hostname. */
export function normalizeSiteKey(item: unknown): string | null {
  if (typeof item !== 'string') return null;
  const key = item.trim().toLowerCase();
  if (SITE_ID.test(key)) return key;
  return isValidHostname(key) ? key : null;
}

function normalizeAddedSite(item: unknown): string | null {
  if (typeof item !== 'string') return null;
  return normalizeHost(item);
}

/** Ignored phrases are compared case-insensitively: stored trimmed, lowercased, whitespace collapsed. */
export function normalizePhrase(item: unknown): string | null {
  if (typeof item !== 'string') return null;
  const phrase = item.replace(/\s+/g, ' ').trim().toLowerCase();
  if (phrase === '' || phrase.length > LIMITS.phraseLength) return null;
  return phrase;
}

function validateCategories(value: unknown): FieldResult<Record<Category, boolean>> {
  if (!isPlainObject(value)) return { value: undefined, repaired: true };
  const out = defaultSettings().categories;
  let repaired = false;
  for (const category of CATEGORIES) {
    if (!(category in value)) continue;
    const flag = value[category];
    if (typeof flag === 'boolean') out[category] = flag;
    else repaired = true;
  }
  return { value: out, repaired };
}

function validatePausedUntil(value: unknown, now: number): FieldResult<number> {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return { value: undefined, repaired: true };
  if (value > now + LIMITS.maxPauseMs) return { value: undefined, repaired: true };
  return { value: Math.floor(value), repaired: false };
}

function validateSiteIgnoredPhrases(value: unknown): FieldResult<Record<string, string[]>> {
  if (!isPlainObject(value)) return { value: undefined, repaired: true };
  const phrases = listOf(normalizePhrase, LIMITS.siteIgnoredPhrases);
  const out: Record<string, string[]> = {};
  let repaired = false;
  for (const [site, list] of Object.entries(value)) {
    const key = normalizeSiteKey(site);
    const checked = phrases(list);
    if (key === null || checked.value === undefined || Object.keys(out).length >= LIMITS.sitesWithIgnores) {
      repaired = true;
      continue;
    }
    repaired ||= checked.repaired;
    if (checked.value.length > 0) out[key] = checked.value;
  }
  return { value: out, repaired };
}

type Validators = { [K in SettingsField]: (value: unknown, now: number) => FieldResult<Settings[K]> };

const VALIDATORS: Validators = {
  categories: validateCategories,
  sensitivity: oneOf(SENSITIVITIES),
  disabledSites: listOf(normalizeSiteKey, LIMITS.disabledSites),
  addedSites: listOf(normalizeAddedSite, LIMITS.addedSites),
  ignoredPhrases: listOf(normalizePhrase, LIMITS.ignoredPhrases),
  siteIgnoredPhrases: validateSiteIgnoredPhrases,
  hints: oneOf(HINTS),
  pausedUntil: validatePausedUntil,
};

export interface ValidationResult {
  settings: Settings;
  /** Fields that were present but unusable (fell back to the default) or partly repaired. */
  repaired: SettingsField[];
  /** Fields that were missing and took their default. */
  missing: SettingsField[];
}

/**
 * Validates any value as a settings blob. Never throws: a non-object gives the defaults; each field that
 * does not validate gives that field's default; unknown fields are ignored (and left in storage).
 */
export function validateSettings(raw: unknown, now: number = Date.now()): ValidationResult {
  const settings = defaultSettings();
  const repaired: SettingsField[] = [];
  const missing: SettingsField[] = [];
  const blob = isPlainObject(raw) ? raw : {};
  for (const field of SETTINGS_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(blob, field) || blob[field] === undefined) {
      missing.push(field);
      continue;
    }
    const result = VALIDATORS[field](blob[field], now);
    if (result.repaired) repaired.push(field);
    if (result.value !== undefined) assignField(settings, field, result.value);
  }
  settings.version = SETTINGS_VERSION;
  return { settings, repaired, missing };
}

/** Validates one field on its own; `value` is undefined when nothing usable was there. */
export function validateField<K extends SettingsField>(
  field: K,
  value: unknown,
  now: number = Date.now(),
): { value: Settings[K] | undefined; repaired: boolean } {
  return VALIDATORS[field](value, now);
}

function assignField<K extends SettingsField>(target: Settings, field: K, value: Settings[K]): void {
  target[field] = value;
}

/**
 * Validates a patch strictly (for the app's own writes): every field given must validate as a whole,
 * otherwise a TypeError names it. Values come back normalised (lowercased hosts, deduplicated lists...).
 */
export function validatePatch(patch: Partial<Settings>, now: number = Date.now()): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const field of SETTINGS_FIELDS) {
    if (!(field in patch) || patch[field] === undefined) continue;
    const result = VALIDATORS[field](patch[field], now);
    if (result.value === undefined || result.repaired) {
      throw new TypeError(`Invalid value for setting "${field}"`);
    }
    assignPatch(out, field, result.value);
  }
  return out;
}

function assignPatch<K extends SettingsField>(target: Partial<Settings>, field: K, value: Settings[K]): void {
  target[field] = value;
}

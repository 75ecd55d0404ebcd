/**
 * Heard's settings: one typed module for every extension context (background, popup, options, content).
 *
 *   const settings = await loadSettings();
 *   await updateSettings((s) => withIgnoredPhrase(s, 'whatever'));
 *   const stop = watchSettings((s) => ...);           // fires for changes from any context / device
 *   isSiteEnabled(settings, location.hostname);
 *
 *   // Choice counts (storage.local only, see choices.ts); usable from content scripts:
 *   const key = alternativeKey(suggestion, finding.suggestions.indexOf(suggestion));
 *   void recordChoiceApplied(finding.rule, key);      // or recordChoiceIgnored(finding.rule)
 *   orderAlternatives(finding.suggestions, ruleChoices(await loadChoices(), finding.rule));
 *
 * Pure parts (schema, migrations, hosts, actions) are exported too and have no browser dependency; the
 * functions below bind the store to browser.storage (sync, with storage.local as fallback).
 */
import { browser } from 'wxt/browser';
import { createChoicesStore, type Choices, type ChoicesStore } from './choices';
import {
  createSettingsStore,
  type ImportResult,
  type SettingsStore,
  type StorageAreaLike,
  type StorageChangeListener,
  type StorageChangeSource,
} from './store';
import type { Settings } from './types';

export type { Settings } from './types';
export { DEFAULT_SITES, DEFAULT_MATCHES, type DefaultSite } from './sites';
export * from './defaults';
export * from './schema';
export * from './migrate';
export * from './hosts';
export * from './actions';
export * from './store';
export * from './access';
export * from './choices';

interface RawArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

function adapt(area: RawArea | undefined): StorageAreaLike | null {
  if (!area) return null;
  return {
    get: (keys) => area.get(keys),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}

interface RawStorage {
  sync?: RawArea;
  local: RawArea;
  onChanged: StorageChangeSource;
}

const rawStorage = (): RawStorage => browser.storage as unknown as RawStorage;

function onChangedOf(storage: RawStorage): StorageChangeSource {
  return {
    addListener: (listener: StorageChangeListener) => storage.onChanged.addListener(listener),
    removeListener: (listener: StorageChangeListener) => storage.onChanged.removeListener(listener),
  };
}

let store: SettingsStore | undefined;

function defaultStore(): SettingsStore {
  if (store) return store;
  const storage = rawStorage();
  let sync: StorageAreaLike | null = null;
  try {
    sync = adapt(storage.sync);
  } catch {
    sync = null; // storage.sync can throw on access where sync is unsupported.
  }
  const local = adapt(storage.local);
  if (!local) throw new Error('browser.storage.local is not available');
  store = createSettingsStore({
    sync,
    local,
    onChanged: onChangedOf(storage),
    onWarning: (message, error) => console.warn(`[Heard] ${message}`, error),
  });
  return store;
}

export function loadSettings(): Promise<Settings> {
  return defaultStore().load();
}

/** Read-modify-write: `fn` gets the current settings and returns the fields to change. */
export function updateSettings(fn: (current: Settings) => Partial<Settings>): Promise<Settings> {
  return defaultStore().update(fn);
}

/** Calls back with the new settings whenever they change (in either storage area). Returns unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return defaultStore().watch(callback);
}

export function exportSettings(): Promise<string> {
  return defaultStore().exportJson();
}

/** Imports an exported file's text. Throws SettingsImportError for a file that holds no settings. */
export function importSettings(json: string): Promise<ImportResult> {
  return defaultStore().importJson(json);
}

export function resetSettings(): Promise<Settings> {
  return defaultStore().reset();
}

let choicesStore: ChoicesStore | undefined;

function defaultChoicesStore(): ChoicesStore {
  if (choicesStore) return choicesStore;
  const storage = rawStorage();
  const local = adapt(storage.local);
  if (!local) throw new Error('browser.storage.local is not available');
  choicesStore = createChoicesStore({
    local,
    onChanged: onChangedOf(storage),
    onWarning: (message, error) => console.warn(`[Heard] ${message}`, error),
  });
  return choicesStore;
}

/** The choice counts on this device (empty when none, or unreadable). Never rejects. */
export function loadChoices(): Promise<Choices> {
  return defaultChoicesStore().load();
}

/** Counts that the writer applied an alternative (key: alternativeKey(suggestion, engineIndex)). Never rejects. */
export function recordChoiceApplied(ruleId: string, alternative: string): Promise<void> {
  return defaultChoicesStore().recordApplied(ruleId, alternative);
}

/** Counts that a card for this rule closed with no alternative applied. Never rejects. */
export function recordChoiceIgnored(ruleId: string): Promise<void> {
  return defaultChoicesStore().recordIgnored(ruleId);
}

export function clearChoices(): Promise<void> {
  return defaultChoicesStore().clear();
}

/** Calls back with the new counts whenever they change in any context. Returns unsubscribe. */
export function watchChoices(callback: (choices: Choices) => void): () => void {
  return defaultChoicesStore().watch(callback);
}

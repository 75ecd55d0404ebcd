/**
 * Heard's settings: one typed module for every extension context (background, popup, options, content).
 *
 *   const settings = await loadSettings();
 *   await updateSettings((s) => withIgnoredPhrase(s, 'whatever'));
 *   const stop = watchSettings((s) => ...);           // fires for changes from any context / device
 *   isSiteEnabled(settings, location.hostname);
 *
 * Pure parts (schema, migrations, hosts, actions) are exported too and have no browser dependency; the
 * functions below bind the store to browser.storage (sync, with storage.local as fallback).
 */
import { browser } from 'wxt/browser';
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

let store: SettingsStore | undefined;

function defaultStore(): SettingsStore {
  if (store) return store;
  const storage = browser.storage as unknown as {
    sync?: RawArea;
    local: RawArea;
    onChanged: StorageChangeSource;
  };
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
    onChanged: {
      addListener: (listener: StorageChangeListener) => storage.onChanged.addListener(listener),
      removeListener: (listener: StorageChangeListener) => storage.onChanged.removeListener(listener),
    },
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

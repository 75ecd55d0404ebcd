/**
 * The storage adapter for settings. It is created with the storage areas it should use, so it runs in
 * unit tests with fake areas and in the extension with browser.storage (see index.ts).
 *
 * Layout: one key (SETTINGS_KEY) holding the settings blob plus `savedAt`. Writes go to storage.sync;
 * when sync fails (quota, sync unavailable) the blob goes to storage.local instead. Reads look at both
 * areas and take the most recently saved blob, so a fallback write is never shadowed by an older sync copy.
 */
import { SETTINGS_KEY, SETTINGS_VERSION, defaultSettings } from './defaults';
import { migrateBlob, parseStoredSettings, readVersion, type SettingsBlob } from './migrate';
import { SETTINGS_FIELDS, isPlainObject, validateField, validatePatch, type SettingsField } from './schema';
import type { Settings } from './types';

/** The subset of a WebExtension storage area the store needs. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChangeLike {
  oldValue?: unknown;
  newValue?: unknown;
}

export type StorageChangeListener = (changes: Record<string, StorageChangeLike>, areaName: string) => void;

export interface StorageChangeSource {
  addListener(listener: StorageChangeListener): void;
  removeListener(listener: StorageChangeListener): void;
}

export interface SettingsStoreOptions {
  /** storage.sync; null/undefined when the browser has none. */
  sync?: StorageAreaLike | null;
  local: StorageAreaLike;
  onChanged?: StorageChangeSource;
  now?: () => number;
  key?: string;
  /** Called with recoverable problems (sync write failed and fell back, unreadable area...). */
  onWarning?: (message: string, error?: unknown) => void;
}

export type SettingsArea = 'sync' | 'local';

export interface ImportResult {
  settings: Settings;
  /** Fields taken from the file. */
  applied: SettingsField[];
  /** Fields in the file that were not valid and were left as they were. */
  skipped: SettingsField[];
}

export class SettingsImportError extends Error {
  constructor(
    readonly code: 'not-json' | 'not-settings',
    message: string,
  ) {
    super(message);
    this.name = 'SettingsImportError';
  }
}

/** Fields that are exported and imported; a pause is a moment's state, not a preference. */
const PORTABLE_FIELDS: readonly SettingsField[] = SETTINGS_FIELDS.filter((f) => f !== 'pausedUntil');

export const EXPORT_FORMAT = 'heard-settings';

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Which area the current settings were read from (undefined when nothing is stored yet). */
  currentArea(): Promise<SettingsArea | undefined>;
  save(patch: Partial<Settings>): Promise<Settings>;
  update(fn: (current: Settings) => Partial<Settings>): Promise<Settings>;
  watch(callback: (settings: Settings) => void): () => void;
  exportJson(): Promise<string>;
  importJson(json: string): Promise<ImportResult>;
  reset(): Promise<Settings>;
}

interface StoredRead {
  raw: unknown;
  area: SettingsArea | undefined;
}

function savedAt(blob: unknown): number {
  if (!isPlainObject(blob)) return -1;
  const value = blob.savedAt;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const key = options.key ?? SETTINGS_KEY;
  const now = options.now ?? (() => Date.now());
  const warn = options.onWarning ?? (() => undefined);
  const sync = options.sync ?? null;
  const local = options.local;

  /** Serialises read-modify-write cycles made through this store. */
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function readArea(area: StorageAreaLike | null, name: SettingsArea): Promise<unknown> {
    if (!area) return undefined;
    try {
      const items = await area.get(key);
      return isPlainObject(items) ? items[key] : undefined;
    } catch (error) {
      warn(`Could not read settings from storage.${name}`, error);
      return undefined;
    }
  }

  async function readStored(): Promise<StoredRead> {
    const [fromSync, fromLocal] = await Promise.all([readArea(sync, 'sync'), readArea(local, 'local')]);
    const hasSync = fromSync !== undefined;
    const hasLocal = fromLocal !== undefined;
    if (hasSync && hasLocal) {
      return savedAt(fromLocal) > savedAt(fromSync) ? { raw: fromLocal, area: 'local' } : { raw: fromSync, area: 'sync' };
    }
    if (hasSync) return { raw: fromSync, area: 'sync' };
    if (hasLocal) return { raw: fromLocal, area: 'local' };
    return { raw: undefined, area: undefined };
  }

  async function write(blob: SettingsBlob): Promise<void> {
    if (sync) {
      try {
        await sync.set({ [key]: blob });
        // The sync copy is now the newest; drop a stale fallback copy (harmless if there is none).
        await local.remove(key).catch((error: unknown) => warn('Could not clear the local settings copy', error));
        return;
      } catch (error) {
        warn('Saving settings to storage.sync failed; using storage.local', error);
      }
    }
    await local.set({ [key]: blob });
  }

  /**
   * The blob to write a patch onto: for a blob of this or an older version, migrated with every known field
   * normalised (corrupt values replaced by defaults); for a newer blob, untouched so that fields this
   * version does not understand survive.
   */
  function baseBlob(raw: unknown): SettingsBlob {
    const migrated = migrateBlob(raw);
    if (migrated.newer) return migrated.blob;
    const { settings } = parseStoredSettings(raw, now());
    return { ...migrated.blob, ...settings };
  }

  async function applyPatch(patch: Partial<Settings>): Promise<Settings> {
    const valid = validatePatch(patch, now());
    const { raw } = await readStored();
    const base = baseBlob(raw);
    const next: SettingsBlob = { ...base, ...valid };
    if (valid.categories && isPlainObject(base.categories)) {
      // Keep categories a newer version may have added.
      next.categories = { ...base.categories, ...valid.categories };
    }
    next.version = Math.max(readVersion(base), SETTINGS_VERSION);
    next.savedAt = now();
    await write(next);
    return parseStoredSettings(next, now()).settings;
  }

  async function load(): Promise<Settings> {
    const { raw } = await readStored();
    return parseStoredSettings(raw, now()).settings;
  }

  return {
    load,

    async currentArea() {
      return (await readStored()).area;
    },

    save(patch) {
      return serial(() => applyPatch(patch));
    },

    update(fn) {
      return serial(async () => applyPatch(fn(await load())));
    },

    watch(callback) {
      const source = options.onChanged;
      if (!source) return () => undefined;
      let last = '';
      let active = true;
      let generation = 0;
      const listener: StorageChangeListener = (changes, areaName) => {
        if (areaName !== 'sync' && areaName !== 'local') return;
        if (!Object.prototype.hasOwnProperty.call(changes, key)) return;
        const mine = ++generation;
        void load().then(
          (settings) => {
            if (!active || mine !== generation) return;
            const serialized = JSON.stringify(settings);
            if (serialized === last) return;
            last = serialized;
            callback(settings);
          },
          (error: unknown) => warn('Could not reload settings after a change', error),
        );
      };
      source.addListener(listener);
      return () => {
        active = false;
        source.removeListener(listener);
      };
    },

    async exportJson() {
      const settings = await load();
      const portable: Record<string, unknown> = { version: SETTINGS_VERSION };
      for (const field of PORTABLE_FIELDS) portable[field] = settings[field];
      return JSON.stringify(
        { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: new Date(now()).toISOString(), settings: portable },
        null,
        2,
      );
    },

    importJson(json) {
      return serial(async () => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(json);
        } catch {
          throw new SettingsImportError('not-json', 'The file is not valid JSON.');
        }
        if (!isPlainObject(parsed)) throw new SettingsImportError('not-settings', 'The file holds no Heard settings.');
        let blob: unknown = parsed;
        if (parsed.format === EXPORT_FORMAT) {
          if (!isPlainObject(parsed.settings)) {
            throw new SettingsImportError('not-settings', 'The file holds no Heard settings.');
          }
          blob = { version: parsed.version, ...parsed.settings };
        }
        const migrated = migrateBlob(blob);
        const applied: SettingsField[] = [];
        const skipped: SettingsField[] = [];
        const patch: Partial<Settings> = {};
        for (const field of PORTABLE_FIELDS) {
          if (!Object.prototype.hasOwnProperty.call(migrated.blob, field)) continue;
          const result = validateField(field, migrated.blob[field], now());
          if (result.value === undefined) {
            skipped.push(field);
            continue;
          }
          setPatchField(patch, field, result.value);
          applied.push(field);
        }
        if (applied.length === 0 && skipped.length === 0) {
          throw new SettingsImportError('not-settings', 'The file holds no Heard settings.');
        }
        const settings = applied.length > 0 ? await applyPatch(patch) : await load();
        return { settings, applied, skipped };
      });
    },

    reset() {
      return serial(async () => {
        const blob: SettingsBlob = { ...defaultSettings(), savedAt: now() };
        await write(blob);
        return parseStoredSettings(blob, now()).settings;
      });
    },
  };
}

function setPatchField<K extends SettingsField>(patch: Partial<Settings>, field: K, value: Settings[K]): void {
  patch[field] = value;
}

/** In-memory stand-ins for WebExtension storage areas, for the settings store tests. */
import type { StorageAreaLike, StorageChangeListener, StorageChangeSource } from '../../src/settings/store';

export class FakeChanges implements StorageChangeSource {
  readonly listeners = new Set<StorageChangeListener>();
  addListener(listener: StorageChangeListener): void {
    this.listeners.add(listener);
  }
  removeListener(listener: StorageChangeListener): void {
    this.listeners.delete(listener);
  }
  emit(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): void {
    for (const listener of this.listeners) listener(changes, area);
  }
}

export interface FakeAreaOptions {
  name: 'sync' | 'local';
  changes?: FakeChanges;
  /** Items larger than this (JSON length of key + value) are rejected like sync's QUOTA_BYTES_PER_ITEM. */
  quotaBytesPerItem?: number;
  failGet?: boolean;
  failSet?: boolean;
}

export class FakeArea implements StorageAreaLike {
  readonly data = new Map<string, unknown>();
  sets = 0;
  constructor(readonly options: FakeAreaOptions) {}

  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    if (this.options.failGet) throw new Error(`storage.${this.options.name} is unavailable`);
    const out: Record<string, unknown> = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.options.failSet) throw new Error(`storage.${this.options.name} is unavailable`);
    const limit = this.options.quotaBytesPerItem;
    for (const [key, value] of Object.entries(items)) {
      if (limit !== undefined && key.length + JSON.stringify(value).length > limit) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
    }
    this.sets += 1;
    for (const [key, value] of Object.entries(items)) {
      const oldValue = this.data.get(key);
      this.data.set(key, structuredClone(value));
      this.options.changes?.emit({ [key]: { oldValue, newValue: structuredClone(value) } }, this.options.name);
    }
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      if (!this.data.has(key)) continue;
      const oldValue = this.data.get(key);
      this.data.delete(key);
      this.options.changes?.emit({ [key]: { oldValue } }, this.options.name);
    }
  }
}

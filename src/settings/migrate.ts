/**
 * Migrations of the stored settings blob, keyed by the version they migrate FROM. A blob written by a newer
 * version of Heard is never migrated (we cannot know its future shape): its known fields are validated
 * and kept, its unknown fields are left untouched in storage. Pure (unit-tested in Node).
 */
import { SETTINGS_VERSION } from './defaults';
import { isPlainObject, validateSettings, type SettingsField } from './schema';
import type { Settings } from './types';

export type SettingsBlob = Record<string, unknown>;
export type Migration = (blob: SettingsBlob) => SettingsBlob;

/**
 * MIGRATIONS[n] turns a version-n blob into a version-(n + 1) blob.
 * Version 0 is a blob without a `version` field; it already has the version-1 shape.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (blob) => ({ ...blob, version: 1 }),
};

/** The version a blob claims; 0 when it has none or the value is garbage. */
export function readVersion(raw: unknown): number {
  if (!isPlainObject(raw)) return 0;
  const version = raw.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

export interface MigrationResult {
  blob: SettingsBlob;
  /** Version the blob claimed. */
  from: number;
  /** Version the blob has after migrating (== from for a newer blob). */
  to: number;
  /** The blob came from a newer version of Heard. */
  newer: boolean;
  /** Migrations that threw; the blob is then validated as it was before that step. */
  failed: number[];
}

export function migrateBlob(
  raw: unknown,
  target: number = SETTINGS_VERSION,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): MigrationResult {
  const from = readVersion(raw);
  let blob: SettingsBlob = isPlainObject(raw) ? { ...raw } : {};
  if (from > target) return { blob, from, to: from, newer: true, failed: [] };
  const failed: number[] = [];
  let version = from;
  while (version < target) {
    const step = migrations[version];
    if (step) {
      try {
        const next = step({ ...blob });
        if (isPlainObject(next)) blob = next;
        else failed.push(version);
      } catch {
        failed.push(version);
      }
    }
    version += 1;
  }
  blob.version = target;
  return { blob, from, to: target, newer: false, failed };
}

export interface ParsedSettings {
  settings: Settings;
  from: number;
  newer: boolean;
  repaired: SettingsField[];
  missing: SettingsField[];
}

/** Migrate, then validate field by field. Never throws, whatever is stored. */
export function parseStoredSettings(
  raw: unknown,
  now: number = Date.now(),
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SETTINGS_VERSION,
): ParsedSettings {
  const migrated = migrateBlob(raw, target, migrations);
  const { settings, repaired, missing } = validateSettings(migrated.blob, now);
  return { settings, from: migrated.from, newer: migrated.newer, repaired, missing };
}

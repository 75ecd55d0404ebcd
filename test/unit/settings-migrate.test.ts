import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, defaultSettings } from '../../src/settings/defaults';
import { MIGRATIONS, migrateBlob, parseStoredSettings, readVersion, type Migration } from '../../src/settings/migrate';

const NOW = 1_700_000_000_000;

describe('readVersion', () => {
  it.each([
    [{ version: 3 }, 3],
    [{ version: 0 }, 0],
    [{}, 0],
    [{ version: '2' }, 0],
    [{ version: 1.5 }, 0],
    [{ version: -4 }, 0],
    [null, 0],
    ['v1', 0],
  ])('%p → %i', (raw, expected) => {
    expect(readVersion(raw)).toBe(expected);
  });
});

describe('the real migrations', () => {
  it('cover every version below the current one', () => {
    for (let v = 0; v < SETTINGS_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
  });
  it('turn an unversioned blob into the current version, keeping its fields', () => {
    const result = migrateBlob({ sensitivity: 'strict' });
    expect(result).toMatchObject({ from: 0, to: SETTINGS_VERSION, newer: false, failed: [] });
    expect(result.blob.sensitivity).toBe('strict');
    expect(result.blob.version).toBe(SETTINGS_VERSION);
  });
  it('leave a current blob as it is', () => {
    const blob = { ...defaultSettings(), hints: 'popup' };
    expect(migrateBlob(blob).blob).toEqual(blob);
  });
});

describe('migrateBlob with a custom table', () => {
  // A made-up history: v1 had `inlineHints: boolean`, v2 renamed it to `hints`, v3 lowercased phrases.
  const table: Record<number, Migration> = {
    1: ({ inlineHints, ...rest }) => ({ ...rest, hints: inlineHints === false ? 'popup' : 'inline' }),
    2: (blob) => ({
      ...blob,
      ignoredPhrases: Array.isArray(blob.ignoredPhrases)
        ? blob.ignoredPhrases.map((p) => (typeof p === 'string' ? p.toLowerCase() : p))
        : blob.ignoredPhrases,
    }),
  };

  it('runs each step in order from the stored version', () => {
    const out = migrateBlob({ version: 1, inlineHints: false, ignoredPhrases: ['Calm Down'] }, 3, table);
    expect(out.blob).toEqual({ version: 3, hints: 'popup', ignoredPhrases: ['calm down'] });
    expect(out).toMatchObject({ from: 1, to: 3 });
  });

  it('starts in the middle for a v2 blob', () => {
    const out = migrateBlob({ version: 2, hints: 'inline', inlineHints: false }, 3, table);
    expect(out.blob.hints).toBe('inline');
  });

  it('records a step that throws and carries on', () => {
    const broken: Record<number, Migration> = {
      1: () => {
        throw new Error('boom');
      },
      2: (b) => ({ ...b, touched: true }),
    };
    const out = migrateBlob({ version: 1, hints: 'popup' }, 3, broken);
    expect(out.failed).toEqual([1]);
    expect(out.blob).toMatchObject({ hints: 'popup', touched: true, version: 3 });
  });

  it('records a step that returns garbage', () => {
    const garbage: Record<number, Migration> = { 1: () => null as unknown as Record<string, unknown> };
    const out = migrateBlob({ version: 1, hints: 'popup' }, 2, garbage);
    expect(out.failed).toEqual([1]);
    expect(out.blob.hints).toBe('popup');
  });

  it('does not mutate its input', () => {
    const input = { version: 1, inlineHints: false };
    migrateBlob(input, 3, table);
    expect(input).toEqual({ version: 1, inlineHints: false });
  });
});

describe('a blob from a newer version', () => {
  const future = {
    version: SETTINGS_VERSION + 5,
    sensitivity: 'strict',
    hints: 'ambient', // a value this version does not know
    categories: { blame: false, sarcasm: true },
    quietHours: { from: 22, to: 7 },
  };

  it('is not migrated and is flagged newer', () => {
    const out = migrateBlob(future);
    expect(out.newer).toBe(true);
    expect(out.blob).toEqual(future);
  });

  it('keeps the known fields that validate, defaults the rest, and does not crash', () => {
    const parsed = parseStoredSettings(future, NOW);
    expect(parsed.newer).toBe(true);
    expect(parsed.settings.sensitivity).toBe('strict');
    expect(parsed.settings.hints).toBe('inline');
    expect(parsed.settings.categories.blame).toBe(false);
    expect(parsed.settings.version).toBe(SETTINGS_VERSION);
  });
});

describe('parseStoredSettings', () => {
  it('gives defaults for nothing stored', () => {
    expect(parseStoredSettings(undefined, NOW).settings).toEqual(defaultSettings());
  });
  it('migrates then validates', () => {
    const parsed = parseStoredSettings({ version: 0, hints: 'popup', pausedUntil: -3 }, NOW);
    expect(parsed.settings.hints).toBe('popup');
    expect(parsed.settings.pausedUntil).toBe(0);
    expect(parsed.repaired).toEqual(['pausedUntil']);
    expect(parsed.from).toBe(0);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY, SETTINGS_VERSION, defaultSettings } from '../../src/settings/defaults';
import { EXPORT_FORMAT, SettingsImportError, createSettingsStore, type SettingsStoreOptions } from '../../src/settings/store';
import { withIgnoredPhrase } from '../../src/settings/actions';
import type { Settings } from '../../src/settings/types';
import { FakeArea, FakeChanges } from './settings-fakes';

const NOW = 1_700_000_000_000;

function setup(opts: { sync?: Partial<ConstructorParameters<typeof FakeArea>[0]> | null; local?: Partial<ConstructorParameters<typeof FakeArea>[0]> } = {}) {
  const changes = new FakeChanges();
  const sync = opts.sync === null ? null : new FakeArea({ name: 'sync', changes, ...opts.sync });
  const local = new FakeArea({ name: 'local', changes, ...opts.local });
  let clock = NOW;
  const warnings: string[] = [];
  const options: SettingsStoreOptions = {
    sync,
    local,
    onChanged: changes,
    now: () => clock,
    onWarning: (m) => warnings.push(m),
  };
  const store = createSettingsStore(options);
  return {
    store,
    sync,
    local,
    changes,
    warnings,
    tick: (ms = 1) => {
      clock += ms;
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('load', () => {
  it('gives defaults when nothing is stored', async () => {
    const { store } = setup();
    expect(await store.load()).toEqual(defaultSettings());
    expect(await store.currentArea()).toBeUndefined();
  });

  it('reads what is in sync', async () => {
    const { store, sync } = setup();
    sync?.data.set(SETTINGS_KEY, { version: 1, sensitivity: 'gentle' });
    expect((await store.load()).sensitivity).toBe('gentle');
    expect(await store.currentArea()).toBe('sync');
  });

  it('falls back per field for garbage in storage', async () => {
    const { store, sync } = setup();
    sync?.data.set(SETTINGS_KEY, { version: 1, sensitivity: 42, hints: 'popup', addedSites: 'example.com' });
    const s = await store.load();
    expect(s.sensitivity).toBe('balanced');
    expect(s.hints).toBe('popup');
    expect(s.addedSites).toEqual([]);
  });

  it('gives defaults for a non-object blob', async () => {
    const { store, sync } = setup();
    sync?.data.set(SETTINGS_KEY, 'corrupted');
    expect(await store.load()).toEqual(defaultSettings());
  });

  it('reads local when sync cannot be read', async () => {
    const { store, local, warnings } = setup({ sync: { failGet: true } });
    local.data.set(SETTINGS_KEY, { version: 1, hints: 'popup', savedAt: 1 });
    expect((await store.load()).hints).toBe('popup');
    expect(warnings.join()).toMatch(/storage\.sync/);
  });

  it('works with no sync area at all', async () => {
    const { store, local } = setup({ sync: null });
    await store.save({ sensitivity: 'strict' });
    expect(local.data.get(SETTINGS_KEY)).toMatchObject({ sensitivity: 'strict' });
    expect((await store.load()).sensitivity).toBe('strict');
  });

  it('takes the most recently saved copy when both areas hold one', async () => {
    const { store, sync, local } = setup();
    sync?.data.set(SETTINGS_KEY, { version: 1, hints: 'inline', savedAt: 10 });
    local.data.set(SETTINGS_KEY, { version: 1, hints: 'popup', savedAt: 20 });
    expect((await store.load()).hints).toBe('popup');
    expect(await store.currentArea()).toBe('local');
    local.data.set(SETTINGS_KEY, { version: 1, hints: 'popup', savedAt: 5 });
    expect((await store.load()).hints).toBe('inline');
  });
});

describe('save', () => {
  it('writes to sync with version and savedAt', async () => {
    const { store, sync } = setup();
    await store.save({ hints: 'popup' });
    expect(sync?.data.get(SETTINGS_KEY)).toMatchObject({ version: SETTINGS_VERSION, hints: 'popup', savedAt: NOW });
  });

  it('returns the new settings', async () => {
    const { store } = setup();
    const s = await store.save({ sensitivity: 'strict' });
    expect(s.sensitivity).toBe('strict');
  });

  it('keeps other fields', async () => {
    const { store } = setup();
    await store.save({ sensitivity: 'strict' });
    await store.save({ hints: 'popup' });
    const s = await store.load();
    expect(s).toMatchObject({ sensitivity: 'strict', hints: 'popup' });
  });

  it('rejects an invalid patch and writes nothing', async () => {
    const { store, sync } = setup();
    await expect(store.save({ hints: 'shout' as Settings['hints'] })).rejects.toThrow(TypeError);
    expect(sync?.sets).toBe(0);
  });

  it('repairs corrupt fields of a same-version blob when writing', async () => {
    const { store, sync } = setup();
    sync?.data.set(SETTINGS_KEY, { version: 1, sensitivity: 'LOUD', ignoredPhrases: ['ok', 3] });
    await store.save({ hints: 'popup' });
    expect(sync?.data.get(SETTINGS_KEY)).toMatchObject({ sensitivity: 'balanced', ignoredPhrases: ['ok'], hints: 'popup' });
  });

  it('migrates an old blob when writing', async () => {
    const { store, sync } = setup();
    sync?.data.set(SETTINGS_KEY, { sensitivity: 'gentle' });
    await store.save({ hints: 'popup' });
    expect(sync?.data.get(SETTINGS_KEY)).toMatchObject({ version: SETTINGS_VERSION, sensitivity: 'gentle', hints: 'popup' });
  });
});

describe('a blob from a newer version', () => {
  const future = {
    version: SETTINGS_VERSION + 1,
    sensitivity: 'strict',
    hints: 'ambient',
    categories: { blame: false, sarcasm: false },
    quietHours: { from: 22, to: 7 },
    savedAt: 1,
  };

  it('loads without crashing, keeping valid known fields', async () => {
    const { store, sync } = setup();
    sync?.data.set(SETTINGS_KEY, future);
    const s = await store.load();
    expect(s.sensitivity).toBe('strict');
    expect(s.hints).toBe('inline');
    expect(s.categories.blame).toBe(false);
  });

  it('keeps unknown fields, unknown values and its version when we write one field', async () => {
    const { store, sync } = setup();
    sync?.data.set(SETTINGS_KEY, structuredClone(future));
    await store.save({ sensitivity: 'gentle', categories: { ...defaultSettings().categories, contempt: false } });
    const stored = sync?.data.get(SETTINGS_KEY) as Record<string, unknown>;
    expect(stored.version).toBe(SETTINGS_VERSION + 1);
    expect(stored.quietHours).toEqual({ from: 22, to: 7 });
    expect(stored.hints).toBe('ambient');
    expect(stored.sensitivity).toBe('gentle');
    expect(stored.categories).toMatchObject({ sarcasm: false, contempt: false });
  });
});

describe('quota and availability fallback', () => {
  it('falls back to local when sync rejects for quota', async () => {
    const { store, sync, local, warnings } = setup({ sync: { quotaBytesPerItem: 300 } });
    const phrases = Array.from({ length: 40 }, (_, i) => `phrase number ${i}`);
    await store.save({ ignoredPhrases: phrases });
    expect(sync?.data.has(SETTINGS_KEY)).toBe(false);
    expect((local.data.get(SETTINGS_KEY) as Settings).ignoredPhrases).toHaveLength(40);
    expect((await store.load()).ignoredPhrases).toHaveLength(40);
    expect(await store.currentArea()).toBe('local');
    expect(warnings.join()).toMatch(/falling|fell|using storage\.local/);
  });

  it('a fallback write is not shadowed by the older sync copy', async () => {
    const { store, sync, tick } = setup({ sync: { quotaBytesPerItem: 400 } });
    await store.save({ sensitivity: 'gentle' }); // fits in sync
    expect(await store.currentArea()).toBe('sync');
    tick();
    await store.save({ ignoredPhrases: Array.from({ length: 40 }, (_, i) => `phrase ${i}`) });
    expect((sync?.data.get(SETTINGS_KEY) as Settings).ignoredPhrases).toEqual([]);
    const s = await store.load();
    expect(s.ignoredPhrases).toHaveLength(40);
    expect(s.sensitivity).toBe('gentle');
  });

  it('moves back to sync and clears the local copy once sync accepts again', async () => {
    const { store, sync, local, tick } = setup({ sync: { quotaBytesPerItem: 400 } });
    await store.save({ ignoredPhrases: Array.from({ length: 40 }, (_, i) => `phrase ${i}`) });
    expect(local.data.has(SETTINGS_KEY)).toBe(true);
    tick();
    await store.save({ ignoredPhrases: ['just one'] });
    expect(local.data.has(SETTINGS_KEY)).toBe(false);
    expect((sync?.data.get(SETTINGS_KEY) as Settings).ignoredPhrases).toEqual(['just one']);
  });

  it('falls back when sync set fails for any reason', async () => {
    const { store, local } = setup({ sync: { failSet: true } });
    await store.save({ hints: 'popup' });
    expect(local.data.get(SETTINGS_KEY)).toMatchObject({ hints: 'popup' });
  });

  it('rejects when neither area can be written', async () => {
    const { store } = setup({ sync: { failSet: true }, local: { failSet: true } });
    await expect(store.save({ hints: 'popup' })).rejects.toThrow(/unavailable/);
  });
});

describe('update', () => {
  it('applies a function to the freshest settings', async () => {
    const { store } = setup();
    await store.update((s) => withIgnoredPhrase(s, 'calm down'));
    await store.update((s) => withIgnoredPhrase(s, 'whatever'));
    expect((await store.load()).ignoredPhrases).toEqual(['calm down', 'whatever']);
  });

  it('serialises concurrent updates so none is lost', async () => {
    const { store } = setup();
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((p) => store.update((s) => withIgnoredPhrase(s, p))));
    expect((await store.load()).ignoredPhrases.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps going after a failed update', async () => {
    const { store } = setup();
    await expect(
      store.update(() => {
        throw new Error('nope');
      }),
    ).rejects.toThrow('nope');
    await store.save({ hints: 'popup' });
    expect((await store.load()).hints).toBe('popup');
  });
});

describe('watch', () => {
  it('calls back with new settings after a change in sync', async () => {
    const { store } = setup();
    const seen: Settings[] = [];
    store.watch((s) => seen.push(s));
    await store.save({ hints: 'popup' });
    await flush();
    expect(seen.at(-1)?.hints).toBe('popup');
  });

  it('hears changes in local too (fallback writes, other contexts)', async () => {
    const { store, local, changes } = setup();
    const cb = vi.fn();
    store.watch(cb);
    local.data.set(SETTINGS_KEY, { version: 1, sensitivity: 'strict', savedAt: NOW + 5 });
    changes.emit({ [SETTINGS_KEY]: { newValue: local.data.get(SETTINGS_KEY) } }, 'local');
    await flush();
    expect(cb).toHaveBeenCalledWith(expect.objectContaining({ sensitivity: 'strict' }));
  });

  it('ignores other keys and other areas', async () => {
    const { store, changes } = setup();
    const cb = vi.fn();
    store.watch(cb);
    changes.emit({ other: { newValue: 1 } }, 'sync');
    changes.emit({ [SETTINGS_KEY]: { newValue: {} } }, 'session');
    await flush();
    expect(cb).not.toHaveBeenCalled();
  });

  it('does not repeat identical settings', async () => {
    const { store, changes } = setup();
    const cb = vi.fn();
    store.watch(cb);
    await store.save({ hints: 'popup' });
    await flush();
    changes.emit({ [SETTINGS_KEY]: {} }, 'sync');
    await flush();
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('stops after unsubscribe', async () => {
    const { store, changes } = setup();
    const cb = vi.fn();
    const stop = store.watch(cb);
    stop();
    expect(changes.listeners.size).toBe(0);
    await store.save({ hints: 'popup' });
    await flush();
    expect(cb).not.toHaveBeenCalled();
  });
});

describe('export and import', () => {
  it('exports portable fields with a format marker, without the pause', async () => {
    const { store } = setup();
    await store.save({ sensitivity: 'strict', pausedUntil: NOW + 1000 });
    const json = JSON.parse(await store.exportJson()) as Record<string, unknown>;
    expect(json.format).toBe(EXPORT_FORMAT);
    expect(json.version).toBe(SETTINGS_VERSION);
    expect(json.settings).toMatchObject({ sensitivity: 'strict' });
    expect(json.settings).not.toHaveProperty('pausedUntil');
  });

  it('round-trips into another store', async () => {
    const a = setup();
    await a.store.save({ sensitivity: 'gentle', hints: 'popup', ignoredPhrases: ['k'], disabledSites: ['slack'] });
    const b = setup();
    const result = await b.store.importJson(await a.store.exportJson());
    expect(result.skipped).toEqual([]);
    expect(result.settings).toMatchObject({ sensitivity: 'gentle', hints: 'popup', ignoredPhrases: ['k'], disabledSites: ['slack'] });
  });

  it('accepts a bare settings object', async () => {
    const { store } = setup();
    const result = await store.importJson(JSON.stringify({ sensitivity: 'strict' }));
    expect(result.applied).toEqual(['sensitivity']);
    expect(result.settings.sensitivity).toBe('strict');
  });

  it('skips invalid fields and keeps the current value for them', async () => {
    const { store } = setup();
    await store.save({ hints: 'popup' });
    const result = await store.importJson(JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: { hints: 'loud', sensitivity: 'gentle' } }));
    expect(result.skipped).toEqual(['hints']);
    expect(result.settings).toMatchObject({ hints: 'popup', sensitivity: 'gentle' });
  });

  it('never imports a pause', async () => {
    const { store } = setup();
    const result = await store.importJson(JSON.stringify({ pausedUntil: NOW + 1000, hints: 'popup' }));
    expect(result.settings.pausedUntil).toBe(0);
  });

  it.each(['not json', '{', ''])('rejects %p as not JSON', async (text) => {
    const { store } = setup();
    await expect(store.importJson(text)).rejects.toMatchObject({ code: 'not-json' });
  });

  it.each(['[]', '42', '"x"', '{}', '{"hello":"world"}', JSON.stringify({ format: EXPORT_FORMAT, settings: 3 })])(
    'rejects %s as holding no settings',
    async (text) => {
      const { store } = setup();
      const error = await store.importJson(text).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SettingsImportError);
      expect((error as SettingsImportError).code).toBe('not-settings');
    },
  );

  it('imports a file from a newer version, taking what validates', async () => {
    const { store } = setup();
    const result = await store.importJson(
      JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION + 3, settings: { sensitivity: 'strict', hints: 'ambient', mood: 'x' } }),
    );
    expect(result.applied).toEqual(['sensitivity']);
    expect(result.skipped).toEqual(['hints']);
  });
});

describe('reset', () => {
  it('writes the defaults', async () => {
    const { store } = setup();
    await store.save({ sensitivity: 'strict', addedSites: ['example.com'] });
    expect(await store.reset()).toEqual(defaultSettings());
    expect(await store.load()).toEqual(defaultSettings());
  });

  it('clears a local fallback copy', async () => {
    const { store, local, tick } = setup({ sync: { quotaBytesPerItem: 400 } });
    await store.save({ ignoredPhrases: Array.from({ length: 40 }, (_, i) => `phrase ${i}`) });
    tick();
    await store.reset();
    expect(local.data.has(SETTINGS_KEY)).toBe(false);
    expect(await store.load()).toEqual(defaultSettings());
  });
});

import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/engine/types';
import { DEFAULT_SETTINGS, LIMITS, SETTINGS_VERSION, defaultSettings } from '../../src/settings/defaults';
import {
  normalizePhrase,
  normalizeSiteKey,
  validateField,
  validatePatch,
  validateSettings,
} from '../../src/settings/schema';

const NOW = 1_700_000_000_000;

describe('defaults', () => {
  it('have every category on', () => {
    for (const c of CATEGORIES) expect(DEFAULT_SETTINGS.categories[c]).toBe(true);
  });
  it('are balanced, inline, unpaused, with no sites or phrases', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      version: SETTINGS_VERSION,
      sensitivity: 'balanced',
      hints: 'inline',
      pausedUntil: 0,
      disabledSites: [],
      addedSites: [],
      ignoredPhrases: [],
    });
  });
  it('defaultSettings() returns a fresh, mutable copy', () => {
    const a = defaultSettings();
    a.addedSites.push('example.com');
    expect(defaultSettings().addedSites).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('validateSettings: garbage', () => {
  it.each([undefined, null, 42, 'settings', true, [], [1, 2], () => 1, new Date(0)])(
    'gives defaults for %p',
    (raw) => {
      expect(validateSettings(raw, NOW).settings).toEqual(defaultSettings());
    },
  );

  it('never throws on deeply odd values', () => {
    const odd = { categories: [], sensitivity: {}, disabledSites: 'gmail', addedSites: null, hints: 3, pausedUntil: 'x' };
    expect(validateSettings(odd, NOW).settings).toEqual(defaultSettings());
  });

  it('ignores prototype-polluting keys', () => {
    const raw = JSON.parse('{"__proto__": {"sensitivity": "strict"}, "hints": "popup"}') as unknown;
    const { settings } = validateSettings(raw, NOW);
    expect(settings.sensitivity).toBe('balanced');
    expect(settings.hints).toBe('popup');
    expect(({} as Record<string, unknown>).sensitivity).toBeUndefined();
  });
});

describe('validateSettings: field by field', () => {
  it('keeps every valid field when one is corrupt', () => {
    const { settings, repaired } = validateSettings(
      { sensitivity: 'strict', hints: 'sideways', addedSites: ['example.com'], pausedUntil: NOW + 1000 },
      NOW,
    );
    expect(settings.sensitivity).toBe('strict');
    expect(settings.hints).toBe('inline');
    expect(settings.addedSites).toEqual(['example.com']);
    expect(settings.pausedUntil).toBe(NOW + 1000);
    expect(repaired).toEqual(['hints']);
  });

  it('reports missing fields separately from repaired ones', () => {
    const { missing, repaired } = validateSettings({ sensitivity: 'gentle' }, NOW);
    expect(repaired).toEqual([]);
    expect(missing).toContain('categories');
    expect(missing).not.toContain('sensitivity');
  });

  it('always stamps the current version', () => {
    expect(validateSettings({ version: 'seven' }, NOW).settings.version).toBe(SETTINGS_VERSION);
  });
});

describe('categories', () => {
  it('fills missing categories with on', () => {
    const { settings } = validateSettings({ categories: { blame: false } }, NOW);
    expect(settings.categories.blame).toBe(false);
    expect(settings.categories.absolutist).toBe(true);
  });
  it('drops unknown categories', () => {
    const { settings } = validateSettings({ categories: { blame: false, telepathy: false } }, NOW);
    expect(Object.keys(settings.categories).sort()).toEqual([...CATEGORIES].sort());
  });
  it('treats a non-boolean switch as on and flags it', () => {
    const { settings, repaired } = validateSettings({ categories: { contempt: 'no', demand: 0 } }, NOW);
    expect(settings.categories.contempt).toBe(true);
    expect(settings.categories.demand).toBe(true);
    expect(repaired).toEqual(['categories']);
  });
});

describe('enums', () => {
  it.each(['gentle', 'balanced', 'strict'])('accepts sensitivity %s', (s) => {
    expect(validateSettings({ sensitivity: s }, NOW).settings.sensitivity).toBe(s);
  });
  it.each(['Gentle', '', 'max', null])('rejects sensitivity %p', (s) => {
    expect(validateSettings({ sensitivity: s }, NOW).settings.sensitivity).toBe('balanced');
  });
  it.each(['inline', 'popup'])('accepts hints %s', (h) => {
    expect(validateSettings({ hints: h }, NOW).settings.hints).toBe(h);
  });
});

describe('lists', () => {
  it('keeps valid entries of a mixed list', () => {
    const { settings, repaired } = validateSettings({ addedSites: ['example.com', 7, '', 'not a host', 'Foo.ORG'] }, NOW);
    expect(settings.addedSites).toEqual(['example.com', 'foo.org']);
    expect(repaired).toEqual(['addedSites']);
  });
  it('normalises added sites given as URLs', () => {
    const { settings } = validateSettings({ addedSites: ['https://chat.example.com/room/1', 'example.net:8080'] }, NOW);
    expect(settings.addedSites).toEqual(['chat.example.com', 'example.net']);
  });
  it('deduplicates', () => {
    const { settings, repaired } = validateSettings({ ignoredPhrases: ['Whatever', 'whatever ', 'WHATEVER'] }, NOW);
    expect(settings.ignoredPhrases).toEqual(['whatever']);
    expect(repaired).toEqual([]);
  });
  it('caps list length', () => {
    const many = Array.from({ length: LIMITS.addedSites + 10 }, (_, i) => `site${i}.example.com`);
    const { settings, repaired } = validateSettings({ addedSites: many }, NOW);
    expect(settings.addedSites).toHaveLength(LIMITS.addedSites);
    expect(repaired).toContain('addedSites');
  });
  it('accepts default site ids and added hosts in disabledSites', () => {
    const { settings } = validateSettings({ disabledSites: ['gmail', 'example.com', 'Bad Id!', 12] }, NOW);
    expect(settings.disabledSites).toEqual(['gmail', 'example.com']);
  });
  it('rejects over-long phrases', () => {
    expect(normalizePhrase('x'.repeat(LIMITS.phraseLength + 1))).toBeNull();
    expect(normalizePhrase('  Calm   Down ')).toBe('calm down');
  });
  it('normalizeSiteKey rejects non-strings', () => {
    expect(normalizeSiteKey({})).toBeNull();
    expect(normalizeSiteKey('Slack')).toBe('slack');
  });
});

describe('pausedUntil', () => {
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, '123', null])('falls back to 0 for %p', (v) => {
    expect(validateSettings({ pausedUntil: v }, NOW).settings.pausedUntil).toBe(0);
  });
  it('rejects a pause further away than the limit', () => {
    expect(validateSettings({ pausedUntil: NOW + LIMITS.maxPauseMs + 1 }, NOW).settings.pausedUntil).toBe(0);
  });
  it('keeps a past pause (it simply is not active)', () => {
    expect(validateSettings({ pausedUntil: NOW - 5 }, NOW).settings.pausedUntil).toBe(NOW - 5);
  });
});

describe('validateField', () => {
  it('validates one field alone', () => {
    expect(validateField('hints', 'popup', NOW)).toEqual({ value: 'popup', repaired: false });
    expect(validateField('hints', 'nope', NOW).value).toBeUndefined();
  });
});

describe('validatePatch', () => {
  it('passes valid fields through, normalised', () => {
    expect(validatePatch({ addedSites: ['Example.COM'], sensitivity: 'strict' }, NOW)).toEqual({
      addedSites: ['example.com'],
      sensitivity: 'strict',
    });
  });
  it('throws on an invalid field', () => {
    expect(() => validatePatch({ sensitivity: 'loud' as never }, NOW)).toThrow(/sensitivity/);
  });
  it('throws when a list holds an invalid entry', () => {
    expect(() => validatePatch({ addedSites: ['not a host'] }, NOW)).toThrow(/addedSites/);
  });
  it('ignores the version field and undefined values', () => {
    expect(validatePatch({ version: 99, hints: undefined }, NOW)).toEqual({});
  });
});

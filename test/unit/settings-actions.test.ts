import { describe, expect, it } from 'vitest';
import { LIMITS, PAUSE_DURATION_MS, defaultSettings } from '../../src/settings/defaults';
import {
  pausedFromNow,
  removedSites,
  resumed,
  siteKey,
  withAddedSite,
  withIgnoredPhrase,
  withSiteSwitched,
  withoutAddedSite,
  withoutIgnoredPhrase,
  siteIgnoredPhrases,
  withSiteIgnoredPhrase,
  withoutSiteIgnoredPhrase,
} from '../../src/settings/actions';
import { validateSettings } from '../../src/settings/schema';
import { isSiteEnabled } from '../../src/settings/hosts';
import type { Settings } from '../../src/settings/types';

const base = (patch: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...patch });
const NOW = 1_700_000_000_000;

describe('phrases ignored on one site', () => {
  it('adds under the site key (a default site by id), normalised, and lists them for that site only', () => {
    const once = base(withSiteIgnoredPhrase(base(), 'mail.google.com', '  You NEVER listen '));
    expect(once.siteIgnoredPhrases).toEqual({ gmail: ['you never listen'] });
    expect(siteIgnoredPhrases(once, 'mail.google.com')).toEqual(['you never listen']);
    expect(siteIgnoredPhrases(once, 'example.com')).toEqual([]);
  });
  it('removes, and drops a site whose list is empty', () => {
    const s = base({ siteIgnoredPhrases: { 'example.com': ['a', 'calm down'], gmail: ['x'] } });
    expect(withoutSiteIgnoredPhrase(s, 'example.com', 'Calm down')).toEqual({ siteIgnoredPhrases: { 'example.com': ['a'], gmail: ['x'] } });
    expect(withoutSiteIgnoredPhrase(base({ siteIgnoredPhrases: { gmail: ['x'] } }), 'gmail', 'x')).toEqual({ siteIgnoredPhrases: {} });
  });
  it('validates stored lists: bad sites and phrases go, the rest stays', () => {
    const { settings, repaired } = validateSettings({ siteIgnoredPhrases: { 'example.com': ['OK', 3], 'not a host!': ['x'], gmail: [] } });
    expect(settings.siteIgnoredPhrases).toEqual({ 'example.com': ['ok'] });
    expect(repaired).toContain('siteIgnoredPhrases');
  });
});

describe('ignored phrases', () => {
  it('adds normalised', () => {
    expect(withIgnoredPhrase(base(), '  Calm   DOWN ')).toEqual({ ignoredPhrases: ['calm down'] });
  });
  it('does not duplicate', () => {
    expect(withIgnoredPhrase(base({ ignoredPhrases: ['calm down'] }), 'Calm down')).toEqual({
      ignoredPhrases: ['calm down'],
    });
  });
  it('ignores empty input', () => {
    expect(withIgnoredPhrase(base(), '   ')).toEqual({});
  });
  it('drops the oldest past the limit', () => {
    const full = Array.from({ length: LIMITS.ignoredPhrases }, (_, i) => `p${i}`);
    const next = withIgnoredPhrase(base({ ignoredPhrases: full }), 'newest').ignoredPhrases ?? [];
    expect(next).toHaveLength(LIMITS.ignoredPhrases);
    expect(next[0]).toBe('p1');
    expect(next.at(-1)).toBe('newest');
  });
  it('removes', () => {
    expect(withoutIgnoredPhrase(base({ ignoredPhrases: ['a', 'calm down'] }), 'Calm Down')).toEqual({
      ignoredPhrases: ['a'],
    });
  });
  it('does not mutate', () => {
    const s = base({ ignoredPhrases: ['a'] });
    withIgnoredPhrase(s, 'b');
    expect(s.ignoredPhrases).toEqual(['a']);
  });
});

describe('site switches', () => {
  it('keys default sites by id and others by host', () => {
    expect(siteKey('mail.google.com')).toBe('gmail');
    expect(siteKey('Chat.Example.com')).toBe('chat.example.com');
  });
  it('switches a default site off and on by hostname', () => {
    const off = { ...base(), ...withSiteSwitched(base(), 'web.whatsapp.com', false) };
    expect(off.disabledSites).toEqual(['whatsapp']);
    expect(isSiteEnabled(off, 'web.whatsapp.com', NOW)).toBe(false);
    const on = { ...off, ...withSiteSwitched(off, 'web.whatsapp.com', true) };
    expect(on.disabledSites).toEqual([]);
  });
  it('switches a default site by id', () => {
    expect(withSiteSwitched(base(), 'slack', false)).toEqual({ disabledSites: ['slack'] });
  });
  it('switching off twice does not duplicate', () => {
    const s = base({ disabledSites: ['slack'] });
    expect(withSiteSwitched(s, 'slack', false)).toEqual({ disabledSites: ['slack'] });
  });
  it('switches an added site without removing it', () => {
    const s = base({ addedSites: ['chat.example.com'] });
    const off = { ...s, ...withSiteSwitched(s, 'chat.example.com', false) };
    expect(off.addedSites).toEqual(['chat.example.com']);
    expect(isSiteEnabled(off, 'chat.example.com', NOW)).toBe(false);
  });
});

describe('added sites', () => {
  it('adds a host and clears a stale off switch', () => {
    const s = base({ disabledSites: ['example.com'] });
    const next = { ...s, ...withAddedSite(s, 'Example.com') };
    expect(next.addedSites).toEqual(['example.com']);
    expect(isSiteEnabled(next, 'example.com', NOW)).toBe(true);
  });
  it('adding a default host switches that site on instead', () => {
    const s = base({ disabledSites: ['discord'] });
    expect(withAddedSite(s, 'discord.com')).toEqual({ disabledSites: [] });
  });
  it('adding twice keeps one entry', () => {
    const s = base({ addedSites: ['example.com'] });
    expect(withAddedSite(s, 'example.com').addedSites).toEqual(['example.com']);
  });
  it('removes a host and its switch', () => {
    const s = base({ addedSites: ['a.com', 'b.com'], disabledSites: ['b.com', 'gmail'] });
    expect(withoutAddedSite(s, 'b.com')).toEqual({ addedSites: ['a.com'], disabledSites: ['gmail'] });
  });
  it('lists removed hosts', () => {
    expect(removedSites({ addedSites: ['a.com', 'b.com'] }, { addedSites: ['b.com', 'c.com'] })).toEqual(['a.com']);
  });
});

describe('pause', () => {
  it('pauses for an hour from now', () => {
    expect(pausedFromNow(NOW)).toEqual({ pausedUntil: NOW + PAUSE_DURATION_MS });
    expect(PAUSE_DURATION_MS).toBe(3_600_000);
  });
  it('resumes', () => {
    expect(resumed()).toEqual({ pausedUntil: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/defaults';
import {
  classifyUrl,
  displayNameForHost,
  hostForScriptId,
  hostMatches,
  isPaused,
  isSiteEnabled,
  isSiteSwitchedOn,
  isValidHostname,
  normalizeHost,
  originPatternsForHost,
  patternHost,
  scriptIdForHost,
  siteForHost,
} from '../../src/settings/hosts';
import { DEFAULT_MATCHES, DEFAULT_SITES } from '../../src/settings/sites';
import type { Settings } from '../../src/settings/types';

const NOW = 1_700_000_000_000;
const with_ = (patch: Partial<Settings>): Settings => ({ ...defaultSettings(), ...patch });

describe('hostnames', () => {
  it.each(['example.com', 'localhost', 'a-b.c-d.org', '10.0.0.2', '[::1]', 'xn--bcher-kva.example'])('valid: %s', (h) => {
    expect(isValidHostname(h)).toBe(true);
  });
  it.each(['', '-a.com', 'a-.com', 'a..com', 'exa mple.com', 'Example.com', 'a_b.com', 'x'.repeat(64) + '.com'])(
    'invalid: %p',
    (h) => {
      expect(isValidHostname(h)).toBe(false);
    },
  );
  it.each([
    ['https://Mail.Example.com/u/0', 'mail.example.com'],
    ['example.com', 'example.com'],
    ['  example.com/path?q=1 ', 'example.com'],
    ['www.example.com:8080', 'www.example.com'],
    ['example.com.', 'example.com'],
    ['http://localhost:5173/', 'localhost'],
  ])('normalizeHost(%p) = %p', (input, out) => {
    expect(normalizeHost(input)).toBe(out);
  });
  it.each(['', 'ftp://example.com', 'chrome://settings', 'two words.com', 'https://'])('normalizeHost(%p) = null', (i) => {
    expect(normalizeHost(i)).toBeNull();
  });
});

describe('match patterns', () => {
  it('extracts the host part', () => {
    expect(patternHost('https://mail.google.com/*')).toBe('mail.google.com');
    expect(patternHost('*://*.example.com/*')).toBe('*.example.com');
    expect(patternHost('not a pattern')).toBeNull();
  });
  it('matches wildcards', () => {
    expect(hostMatches('a.example.com', '*.example.com')).toBe(true);
    expect(hostMatches('example.com', '*.example.com')).toBe(true);
    expect(hostMatches('badexample.com', '*.example.com')).toBe(false);
    expect(hostMatches('anything.org', '*')).toBe(true);
    expect(hostMatches('mail.google.com', 'mail.google.com')).toBe(true);
    expect(hostMatches('docs.google.com', 'mail.google.com')).toBe(false);
  });
});

describe('siteForHost', () => {
  it('finds every default site by each of its hosts', () => {
    for (const site of DEFAULT_SITES) {
      for (const pattern of site.matches) {
        expect(siteForHost(patternHost(pattern) ?? '')?.id).toBe(site.id);
      }
    }
  });
  it('is case-insensitive and tolerates a trailing dot', () => {
    expect(siteForHost('Mail.Google.com.')?.id).toBe('gmail');
  });
  it('does not match look-alike hosts', () => {
    expect(siteForHost('mail.google.com.evil.net')).toBeUndefined();
    expect(siteForHost('google.com')).toBeUndefined();
    expect(siteForHost('facebook.com')).toBeUndefined();
  });
  it('every default match pattern is covered', () => {
    expect(DEFAULT_MATCHES.length).toBeGreaterThan(DEFAULT_SITES.length);
  });
});

describe('isSiteEnabled', () => {
  it('is on for default sites by default', () => {
    expect(isSiteEnabled(defaultSettings(), 'mail.google.com', NOW)).toBe(true);
    expect(isSiteEnabled(defaultSettings(), 'discord.com', NOW)).toBe(true);
    expect(isSiteEnabled(defaultSettings(), 'old.reddit.com', NOW)).toBe(true);
  });
  it('is off for other sites by default', () => {
    expect(isSiteEnabled(defaultSettings(), 'example.com', NOW)).toBe(false);
    expect(isSiteEnabled(defaultSettings(), '', NOW)).toBe(false);
  });
  it('is off for a default site switched off, for all of its hosts', () => {
    const s = with_({ disabledSites: ['outlook'] });
    expect(isSiteEnabled(s, 'outlook.live.com', NOW)).toBe(false);
    expect(isSiteEnabled(s, 'outlook.office.com', NOW)).toBe(false);
    expect(isSiteEnabled(s, 'mail.google.com', NOW)).toBe(true);
  });
  it('is on for an added site (exact host)', () => {
    const s = with_({ addedSites: ['chat.example.com'] });
    expect(isSiteEnabled(s, 'chat.example.com', NOW)).toBe(true);
    expect(isSiteEnabled(s, 'CHAT.example.com', NOW)).toBe(true);
    expect(isSiteEnabled(s, 'example.com', NOW)).toBe(false);
    expect(isSiteEnabled(s, 'other.chat.example.com', NOW)).toBe(false);
  });
  it('is off for an added site that is switched off', () => {
    const s = with_({ addedSites: ['chat.example.com'], disabledSites: ['chat.example.com'] });
    expect(isSiteEnabled(s, 'chat.example.com', NOW)).toBe(false);
  });
  it('is off everywhere while paused, and on again after', () => {
    const s = with_({ pausedUntil: NOW + 1000, addedSites: ['example.com'] });
    expect(isSiteEnabled(s, 'mail.google.com', NOW)).toBe(false);
    expect(isSiteEnabled(s, 'example.com', NOW)).toBe(false);
    expect(isSiteEnabled(s, 'mail.google.com', NOW + 1000)).toBe(true);
    expect(isPaused(s, NOW)).toBe(true);
    expect(isPaused(s, NOW + 1001)).toBe(false);
  });
  it('isSiteSwitchedOn ignores the pause', () => {
    const s = with_({ pausedUntil: Date.now() + 60_000 });
    expect(isSiteSwitchedOn(s, 'mail.google.com')).toBe(true);
  });
});

describe('added-site helpers', () => {
  it('asks for both schemes of exactly that host', () => {
    expect(originPatternsForHost('example.com')).toEqual(['https://example.com/*', 'http://example.com/*']);
  });
  it('round-trips script ids', () => {
    expect(hostForScriptId(scriptIdForHost('chat.example.com'))).toBe('chat.example.com');
    expect(hostForScriptId('someone-else')).toBeNull();
    expect(scriptIdForHost('x.org').startsWith('_')).toBe(false);
  });
  it('names hosts', () => {
    expect(displayNameForHost('web.whatsapp.com')).toBe('WhatsApp Web');
    expect(displayNameForHost('www.example.com')).toBe('example.com');
  });
});

describe('classifyUrl', () => {
  it.each([
    'chrome://settings/',
    'chrome-extension://abc/popup.html',
    'about:blank',
    'edge://extensions',
    'file:///home/me/a.html',
    'view-source:https://example.com',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://microsoftedge.microsoft.com/addons/home',
    'not a url',
  ])('%s is restricted', (url) => {
    expect(classifyUrl(url).kind).toBe('restricted');
  });
  it.each([
    ['https://mail.google.com/mail/u/0/', 'mail.google.com'],
    ['http://localhost:3000/x', 'localhost'],
    ['https://chrome.google.com/search', 'chrome.google.com'],
  ])('%s is a web page on %s', (url, host) => {
    expect(classifyUrl(url)).toEqual({ kind: 'web', host, url });
  });
});

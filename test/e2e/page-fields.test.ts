/**
 * Which fields Heard touches and how its UI comes and goes: fields that are never touched, Gmail quoted
 * history, SPA editors added/removed/swapped, fields in shadow roots and iframes, live settings, the popup's
 * messages. Chromium + the e2e build (npm run build:e2e).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { JSHandle, Page } from 'playwright-core';
import {
  fixtureText,
  focusFixture,
  normalizeText,
  openFixture,
} from './harness';
import { card, heardUiFor, readSettings, underlines, useExtensionSession, waitFor, writeSettings } from './page-helpers';

const FLAGGED = 'honestly you never listen to me';
const SETTLE_MS = 700;

const session = useExtensionSession();

beforeEach(() => session.browser.errors.clear());

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function field(page: Page, key: string): Promise<JSHandle<HTMLElement>> {
  return page.evaluateHandle((key) => {
    const f = window.heardFixture as unknown as { fields(): Record<string, HTMLElement> };
    const el = f.fields()[key];
    if (!el) throw new Error(`no field ${key}`);
    return el;
  }, key);
}

async function focusEnd(el: JSHandle<HTMLElement>): Promise<void> {
  await el.evaluate((node) => {
    node.ownerDocument.defaultView?.focus();
    node.focus();
    if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) {
      node.setSelectionRange(node.value.length, node.value.length);
      return;
    }
    const doc = node.ownerDocument;
    const range = doc.createRange();
    range.selectNodeContents(node);
    range.collapse(false);
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  });
}

describe('fields that are never touched', () => {
  it('never.html: no UI, no hint, no change for any sensitive or opted-out field', async () => {
    const page = await openFixture(session.browser.context, session.server.url('never.html'));
    try {
      const ids = ['password', 'email', 'number', 'search', 'cc-number', 'cc-name', 'otp', 'readonly', 'gramm', 'grammarly', 'heard-off', 'heard-off-ce', 'codemirror', 'monaco'];
      for (const id of ids) {
        await page.evaluate((id) => document.getElementById(id)?.focus(), id);
        await page.keyboard.press('End');
        await page.keyboard.type(id === 'number' ? '12345' : ` ${FLAGGED}`, { delay: 5 });
      }
      await sleep(SETTLE_MS);
      const state = await page.evaluate(() => ({
        host: document.querySelector('heard-ui') !== null,
        readonly: (document.getElementById('readonly') as HTMLTextAreaElement).value,
      }));
      expect(state.host, 'heard-ui must not even be created').toBe(false);
      expect(state.readonly).toBe('You never listen to me. This text is read-only.');
      expect(session.browser.errors.list, session.browser.errors.format()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('gmail', () => {
  it('does not flag the quoted history, only what is typed above it', async () => {
    const page = await openFixture(session.browser.context, session.server.url('gmail.html'));
    try {
      const body = await page.evaluateHandle(() => document.getElementById('editor') as HTMLElement);
      await focusFixture(page);
      await page.keyboard.type('thanks, see you at the station', { delay: 5 });
      await sleep(SETTLE_MS);
      expect((await heardUiFor(body)).marks, 'quoted "You never listen to me" is not flagged').toBe(0);

      await page.keyboard.type(`. ${FLAGGED}`, { delay: 5 });
      await waitFor('underline', () => heardUiFor(body), (s) => s.marks > 0);
      const quoteTop = await page.evaluate(() => document.querySelector('.gmail_quote')?.getBoundingClientRect().top ?? 0);
      const marks = await underlines(page);
      expect(marks.length).toBe(1);
      expect(marks.every((m) => m.bottom < quoteTop)).toBe(true);
      expect(session.browser.errors.list, session.browser.errors.format()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('spa', () => {
  it('follows editors that are swapped, added and removed, and leaves nothing behind', async () => {
    const page = await openFixture(session.browser.context, session.server.url('spa.html'));
    try {
      const doc = await page.evaluateHandle(() => document.documentElement);
      // Thread view: textarea.
      await focusFixture(page);
      await page.keyboard.type(FLAGGED, { delay: 5 });
      await waitFor('underline (thread)', () => heardUiFor(doc), (s) => s.marks > 0);

      // pushState navigation replaces the editor: everything for it goes away.
      await page.click('#nav-compose');
      await waitFor('cleaned up after swap', () => heardUiFor(doc), (s) => !s.host);

      // Compose view: contenteditable.
      await focusFixture(page);
      await page.keyboard.type(FLAGGED, { delay: 5 });
      await waitFor('underline (compose)', () => heardUiFor(doc), (s) => s.marks > 0);
      await page.goBack();
      await waitFor('cleaned up after back', () => heardUiFor(doc), (s) => !s.host);

      // A reply box added later works; removing it removes everything.
      await page.click('#add-reply');
      await page.waitForSelector('#reply');
      const reply = await page.evaluateHandle(() => document.getElementById('reply') as HTMLElement);
      await focusEnd(reply);
      await page.keyboard.type(FLAGGED, { delay: 5 });
      await waitFor('underline (reply)', () => heardUiFor(doc), (s) => s.marks > 0);
      await page.click('#remove-reply');
      await waitFor('cleaned up after removal', () => heardUiFor(doc), (s) => !s.host);
      expect(session.browser.errors.list, session.browser.errors.format()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('shadow roots and iframes', () => {
  it('a textarea inside an open shadow root', async () => {
    const page = await openFixture(session.browser.context, session.server.url('shadow.html'));
    try {
      const ta = await field(page, 'textarea');
      await focusEnd(ta);
      await page.keyboard.type(FLAGGED, { delay: 5 });
      await waitFor('underline', () => heardUiFor(ta), (s) => s.marks > 0);
      const [rect, marks] = await Promise.all([ta.evaluate((n) => n.getBoundingClientRect().toJSON() as DOMRect), underlines(page)]);
      for (const m of marks) {
        expect(m.left).toBeGreaterThanOrEqual(rect.left);
        expect(m.bottom).toBeLessThanOrEqual(rect.bottom);
      }
      expect(session.browser.errors.list, session.browser.errors.format()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a same-origin child page in an iframe', async () => {
    const page = await openFixture(session.browser.context, session.server.url('iframe.html'));
    try {
      const child = await field(page, 'child');
      await focusEnd(child);
      await page.keyboard.type(FLAGGED, { delay: 5 });
      await waitFor('underline in the child frame', () => heardUiFor(child), (s) => s.marks > 0);
      const top = await page.evaluate(() => document.querySelector('heard-ui') !== null);
      expect(top, 'the top frame has no UI for a field in a child frame').toBe(false);
      expect(session.browser.errors.list, session.browser.errors.format()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('IME composition', () => {
  it('is never interrupted: no analysis while composing, hints come back after commit', async () => {
    const page = await openFixture(session.browser.context, session.server.url('textarea.html'));
    try {
      const doc = await page.evaluateHandle(() => document.documentElement);
      await focusFixture(page);
      await page.keyboard.type(`${FLAGGED} `, { delay: 5 });
      await waitFor('underline', () => heardUiFor(doc), (s) => s.marks > 0);
      const cdp = await session.browser.context.newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'に', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
      await sleep(SETTLE_MS);
      expect((await heardUiFor(doc)).marks, 'nothing drawn or analysed mid-composition').toBe(0);
      await cdp.send('Input.insertText', { text: '日本' });
      await waitFor('underline after commit', () => heardUiFor(doc), (s) => s.marks > 0);
      expect(normalizeText(await fixtureText(page))).toBe(`${FLAGGED} 日本`);
      await cdp.detach();
      expect(session.browser.errors.list, session.browser.errors.format()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('settings and popup messages', () => {
  it('reacts live: site off removes all UI, on brings it back; popup mode only counts', async () => {
    await writeSettings(session.browser);
    const page = await openFixture(session.browser.context, session.server.url('textarea.html'));
    try {
      const doc = await page.evaluateHandle(() => document.documentElement);
      await focusFixture(page);
      await page.keyboard.type(FLAGGED, { delay: 5 });
      await waitFor('underline', () => heardUiFor(doc), (s) => s.marks > 0);

      await writeSettings(session.browser, { addedSites: [] });
      await waitFor('UI removed when the site is off', () => heardUiFor(doc), (s) => !s.host);
      await writeSettings(session.browser);
      await waitFor('UI back when on again', () => heardUiFor(doc), (s) => s.marks > 0);

      await writeSettings(session.browser, { pausedUntil: Date.now() + 60_000 });
      await waitFor('UI removed while paused', () => heardUiFor(doc), (s) => !s.host);
      await writeSettings(session.browser, { hints: 'popup' });
      await sleep(SETTLE_MS);
      expect((await heardUiFor(doc)).marks, 'popup mode: no underlines').toBe(0);
      await writeSettings(session.browser);
      await waitFor('inline again', () => heardUiFor(doc), (s) => s.marks > 0);
      expect(session.browser.errors.list, session.browser.errors.format()).toEqual([]);
    } finally {
      await page.close();
      await writeSettings(session.browser);
    }
  });

  it('"Ignore everywhere" and "Turn off <category>" update settings and clear the hint', async () => {
    await writeSettings(session.browser);
    const page = await openFixture(session.browser.context, session.server.url('contenteditable.html'));
    try {
      const doc = await page.evaluateHandle(() => document.documentElement);
      await focusFixture(page);
      await page.keyboard.type(FLAGGED, { delay: 5 });
      await waitFor('underline', () => heardUiFor(doc), (s) => s.marks > 0);
      await page.keyboard.press('Alt+Shift+H');
      const opened = await waitFor('card', () => card(page), (c) => c.open);
      const ignore = opened.buttons.find((b) => b.text === 'Ignore everywhere');
      expect(ignore).toBeDefined();
      if (!ignore) return;
      await page.mouse.click(ignore.x, ignore.y);
      // The card stays a few seconds to confirm the change, with Undo (card.test.ts).
      await waitFor('hint cleared', () => heardUiFor(doc), (s) => s.marks === 0 && s.card);
      await page.keyboard.press('Escape');
      const settings = await readSettings(session.browser);
      expect(settings.ignoredPhrases.length).toBe(1);
      expect(FLAGGED).toContain(settings.ignoredPhrases[0]);

      await writeSettings(session.browser);
      await waitFor('underline again', () => heardUiFor(doc), (s) => s.marks > 0);
      await page.keyboard.press('Alt+Shift+H');
      const again = await waitFor('card', () => card(page), (c) => c.open);
      const off = again.buttons.find((b) => b.text.startsWith('Turn off '));
      expect(off).toBeDefined();
      if (!off) return;
      await page.mouse.click(off.x, off.y);
      // The card stays a few seconds to confirm the change, with Undo (card.test.ts).
      await waitFor('hint cleared', () => heardUiFor(doc), (s) => s.marks === 0 && s.card);
      await page.keyboard.press('Escape');
      const after = await readSettings(session.browser);
      expect(Object.values(after.categories)).toContain(false);
      expect(session.browser.errors.list, session.browser.errors.format()).toEqual([]);
    } finally {
      await page.close();
      await writeSettings(session.browser);
    }
  });

  it('answers the popup: get-state and apply', async () => {
    await writeSettings(session.browser);
    const page = await openFixture(session.browser.context, session.server.url('lexical.html'));
    try {
      await focusFixture(page);
      await page.keyboard.type(FLAGGED, { delay: 5 });
      await waitFor('underline', () => underlines(page), (m) => m.length > 0);
      const worker = session.browser.serviceWorker;
      if (!worker) throw new Error('no service worker');
      type Chrome = {
        tabs: {
          query(q: object): Promise<Array<{ id?: number; url?: string }>>;
          sendMessage(id: number, m: object): Promise<unknown>;
        };
      };
      const state = (await worker.evaluate(async (url) => {
        const c = (globalThis as unknown as { chrome: Chrome }).chrome;
        const [tab] = (await c.tabs.query({})).filter((t) => t.url === url);
        return c.tabs.sendMessage(tab?.id ?? -1, { type: 'heard:get-state' });
      }, page.url())) as { host: string; enabled: boolean; field: { text: string; analysis: { findings: Array<{ id: string }> } } | null };
      expect(state.host).toBe('localhost');
      expect(state.enabled).toBe(true);
      expect(state.field?.text).toBe(FLAGGED);
      const finding = state.field?.analysis.findings[0];
      expect(finding).toBeDefined();
      const result = await worker.evaluate(
        async ({ url, id }) => {
          const c = (globalThis as unknown as { chrome: Chrome }).chrome;
          const [tab] = (await c.tabs.query({})).filter((t) => t.url === url);
          return c.tabs.sendMessage(tab?.id ?? -1, { type: 'heard:apply', findingId: id, suggestionIndex: 0 });
        },
        { url: page.url(), id: finding?.id ?? '' },
      );
      expect(result).toEqual({ ok: true });
      const text = normalizeText(await fixtureText(page));
      expect(text).not.toBe(FLAGGED);
      expect(text).not.toContain('never listen');
      expect(session.browser.errors.list, session.browser.errors.format()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/**
 * Proves the fixture pages are real editors: WITHOUT the extension, type with real key events and check the
 * editor's own model, then undo. Also smoke-tests the harness (static server, error collection).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  EDITOR_PAGES,
  fixtureText,
  focusFixture,
  launchBrowser,
  normalizeText,
  openFixture,
  startFixtureServer,
  type FixtureServer,
  type LaunchedBrowser,
} from './harness';

const PHRASE = 'you never listen to me';

/** Pages whose editable() takes typed text and supports Ctrl+Z (native undo or the editor's history). */
const TYPING_PAGES = [...EDITOR_PAGES, 'iframe-child', 'gmail', 'spa', 'never'] as const;

let server: FixtureServer;
let browser: LaunchedBrowser;
let page: Page | undefined;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchBrowser({ extension: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await page?.close();
  page = undefined;
  browser.errors.clear();
});

/**
 * Focus, type `text` with real key events, wait for the model, press Ctrl+Z once (the model must change),
 * then keep undoing (CKEditor, for one, records typing in ~20-character undo steps) until the model is back
 * at `before`, at most 10 presses.
 */
async function typeAndUndo(p: Page, text: string, before: string): Promise<{ typed: string; undone: string }> {
  await focusFixture(p);
  await p.keyboard.type(text);
  // Editors commit input asynchronously (React state, Lexical update batching, CKEditor post-fixers).
  await expect.poll(async () => normalizeText(await fixtureText(p)), { timeout: 5_000 }).toContain(text);
  const typed = normalizeText(await fixtureText(p));
  await p.keyboard.press('Control+z');
  await expect.poll(async () => normalizeText(await fixtureText(p)), { timeout: 5_000 }).not.toBe(typed);
  let undone = normalizeText(await fixtureText(p));
  for (let i = 0; i < 10 && undone !== before; i++) {
    await p.keyboard.press('Control+z');
    await p.waitForTimeout(50);
    undone = normalizeText(await fixtureText(p));
  }
  return { typed, undone };
}

describe('fixture server', () => {
  it('serves pages with content types and 404s', async () => {
    expect(server.url('textarea.html')).toMatch(/^http:\/\/localhost:\d+\/textarea\.html$/);
    const ok = await fetch(server.url('textarea.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const missing = await fetch(server.url('does-not-exist.html'));
    expect(missing.status).toBe(404);
    const escape = await fetch(`${server.origin}/..%2f..%2fpackage.json`);
    expect([403, 404]).toContain(escape.status);
  });

  it('collects page errors and console errors', async () => {
    page = await openFixture(browser.context, server.url('textarea.html'));
    await page.evaluate(() => {
      console.error('fixture-test console error');
      setTimeout(() => {
        throw new Error('fixture-test uncaught');
      });
    });
    await expect.poll(() => browser.errors.list.length).toBe(2);
    expect(browser.errors.list.map((e) => e.kind).sort()).toEqual(['console', 'pageerror']);
  });
});

describe('fixture pages are real editors (no extension)', () => {
  for (const name of TYPING_PAGES) {
    it(`${name}: typing reaches the editor model and Ctrl+Z undoes it`, async () => {
      page = await openFixture(browser.context, server.url(`${name}.html`));
      const before = normalizeText(await fixtureText(page));
      const info = await page.evaluate(() => {
        const f = window.heardFixture;
        if (!f) throw new Error('no fixture');
        const el = f.editable();
        const r = el.getBoundingClientRect();
        return { name: f.name, tag: el.tagName, width: r.width, height: r.height };
      });
      expect(info.name).toBe(name);
      expect(info.width).toBeGreaterThanOrEqual(500);
      expect(info.height).toBeGreaterThanOrEqual(name === 'input' ? 30 : 90);

      const { typed, undone } = await typeAndUndo(page, PHRASE, before);
      expect(typed).toContain(PHRASE);
      expect(undone).not.toContain(PHRASE);
      // Undo restored the pre-typing state (gmail keeps its quoted text, others go back to empty).
      expect(undone).toBe(before);

      // The editable really is what holds focus (in a frame or shadow root when applicable).
      const focused = await page.evaluate(() => {
        const f = window.heardFixture;
        const el = f?.editable();
        if (!el) return false;
        const root = el.getRootNode() as Document | ShadowRoot;
        return root.activeElement === el || el.contains(root.activeElement);
      });
      expect(focused).toBe(true);
      expect(browser.errors.list, browser.errors.format()).toEqual([]);
    });
  }

  it('iframe: the same-origin child page editor also takes typing', async () => {
    page = await openFixture(browser.context, server.url('iframe.html'));
    const child = page.frames().find((f: Frame) => f.url().endsWith('/iframe-child.html'));
    expect(child).toBeDefined();
    if (!child) return;
    await child.evaluate(() => window.heardFixture?.focus());
    await page.keyboard.type(PHRASE);
    await expect.poll(() => child.evaluate(() => window.heardFixture?.getText() ?? '')).toContain(PHRASE);
    expect(normalizeText(await fixtureText(page))).toBe('');
    expect(browser.errors.list, browser.errors.format()).toEqual([]);
  });

  it('shadow: the textarea inside the shadow root takes typing', async () => {
    page = await openFixture(browser.context, server.url('shadow.html'));
    await page.locator('fixture-composer textarea').click();
    await page.keyboard.type(PHRASE);
    expect(await page.locator('fixture-composer textarea').inputValue()).toBe(PHRASE);
    expect(browser.errors.list, browser.errors.format()).toEqual([]);
  });

  it('gmail: typing lands in the typed area, the quote is untouched', async () => {
    page = await openFixture(browser.context, server.url('gmail.html'));
    await focusFixture(page);
    await page.keyboard.type(PHRASE);
    const typed = await page.evaluate(() => (window as unknown as { gmailTypedText(): string }).gmailTypedText());
    expect(normalizeText(typed)).toBe(PHRASE);
    expect(await page.locator('#editor .gmail_quote blockquote').innerText()).toContain('You never listen to me');
  });

  it('spa: reply box appears and disappears, pushState swaps the editor', async () => {
    page = await openFixture(browser.context, server.url('spa.html'));
    const p = page;
    const fieldNames = (): Promise<string[]> =>
      p.evaluate(() => Object.keys(window.heardFixture?.fields?.() ?? {}).sort());
    await p.click('#add-reply');
    await p.locator('#reply').waitFor();
    expect(await fieldNames()).toEqual(['main', 'reply']);
    await p.locator('#reply').click();
    await p.keyboard.type(PHRASE);
    expect(await p.locator('#reply').innerText()).toBe(PHRASE);
    await p.click('#remove-reply');
    await expect.poll(fieldNames).toEqual(['main']);

    expect(await p.evaluate(() => window.heardFixture?.editable().tagName)).toBe('TEXTAREA');
    await p.click('#nav-compose');
    expect(p.url()).toMatch(/\?view=compose$/);
    expect(await p.evaluate(() => window.heardFixture?.editable().id)).toBe('compose-editor');
    await focusFixture(p);
    await p.keyboard.type(PHRASE);
    expect(normalizeText(await fixtureText(p))).toBe(PHRASE);
    await p.goBack();
    await expect.poll(() => p.evaluate(() => window.heardFixture?.editable().id)).toBe('thread-editor');
    expect(browser.errors.list, browser.errors.format()).toEqual([]);
  });

  it('never: every sensitive field is present', async () => {
    page = await openFixture(browser.context, server.url('never.html'));
    const fields = await page.evaluate(() => {
      const all = window.heardFixture?.fields?.() ?? {};
      return Object.fromEntries(
        Object.entries(all).map(([k, el]) => [
          k,
          {
            tag: el.tagName,
            type: el.getAttribute('type'),
            autocomplete: el.getAttribute('autocomplete'),
            readOnly: el instanceof HTMLTextAreaElement && el.readOnly,
          },
        ]),
      );
    });
    expect(Object.keys(fields).sort()).toEqual(
      [
        'cc-name',
        'cc-number',
        'codemirror',
        'email',
        'grammarly',
        'gramm',
        'heard-off',
        'heard-off-ce',
        'monaco',
        'number',
        'otp',
        'password',
        'readonly',
        'search',
      ].sort(),
    );
    expect(fields.password?.type).toBe('password');
    expect(fields.otp?.autocomplete).toBe('one-time-code');
    expect(fields.readonly?.readOnly).toBe(true);
  });
});

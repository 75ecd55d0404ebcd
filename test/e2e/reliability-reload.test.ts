/**
 * Extension reload, update and switch-off while pages are open (Chromium + the e2e build, npm run build:e2e).
 *
 * The extension is loaded from a private copy of .output/e2e/chrome-mv3 (so a parallel rebuild cannot break the
 * reload, and the copy's manifest can be given a new version to simulate an update) into a profile with
 * developer mode on — Chromium disables an unpacked extension on chrome.runtime.reload() otherwise ("may have
 * been corrupted").
 *
 * After chrome.runtime.reload() the background re-injects the content script into open tabs
 * (registration.ts injectIntoExistingTabs); WXT's new ContentScriptContext tells the old copy to stop
 * (ctx.onInvalidated → page.stop()). Checked through CDP in each copy's own isolated world (PageWorlds): the
 * old world keeps no listener and no observer, there is never more than one heard-ui in the page (a
 * MutationObserver in the page's main world records the most present at once), the new copy shows a working
 * underline, the card applies a suggestion, and no typed word is lost.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_EXTENSION_DIR,
  fixtureText,
  focusFixture,
  launchBrowser,
  normalizeText,
  openFixture,
  startFixtureServer,
  type FixtureServer,
  type LaunchedBrowser,
} from './harness';
import { PageWorlds, card, editorHasFocus, heardFootprint, heardUiFor, underlines, waitFor, writeSettings } from './page-helpers';

const FLAGGED = 'honestly you never listen to me';

interface Setup {
  b: LaunchedBrowser;
  server: FixtureServer;
  extDir: string;
  root: string;
}

let current: Setup | null = null;

afterEach(async () => {
  if (!current) return;
  await current.b.close();
  await current.server.close();
  rmSync(current.root, { recursive: true, force: true });
  current = null;
});

async function setup(): Promise<Setup> {
  const root = mkdtempSync(path.join(tmpdir(), 'heard-reload-'));
  const extDir = path.join(root, 'extension');
  cpSync(DEFAULT_EXTENSION_DIR, extDir, { recursive: true });
  const profile = path.join(root, 'profile');
  mkdirSync(path.join(profile, 'Default'), { recursive: true });
  writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  const server = await startFixtureServer();
  const b = await launchBrowser({ extension: extDir, userDataDir: profile });
  await writeSettings(b);
  current = { b, server, extDir, root };
  return current;
}

/** chrome.runtime.reload() from the service worker; resolves with the new worker (also set on `b`). */
async function reloadExtension(s: Setup, newVersion?: string): Promise<Worker> {
  const old = s.b.serviceWorker;
  if (!old || !s.b.extensionId) throw new Error('no service worker');
  if (newVersion) {
    const file = path.join(s.extDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
    writeFileSync(file, JSON.stringify({ ...manifest, version: newVersion }));
  }
  const prefix = `chrome-extension://${s.b.extensionId}/`;
  const next = s.b.context.waitForEvent('serviceworker', { predicate: (w) => w !== old && w.url().startsWith(prefix), timeout: 20_000 });
  await old.evaluate(() => {
    const g = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
    setTimeout(() => g.chrome.runtime.reload(), 20);
  });
  const worker = await next;
  s.b.serviceWorker = worker;
  s.b.errors.watchWorker(worker);
  return worker;
}

/** Records, in the page's main world, the largest number of heard-ui elements present at the same time. */
async function watchHeardUiCount(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { heardUiMax: number };
    const count = (): number => document.querySelectorAll('heard-ui').length;
    w.heardUiMax = count();
    new MutationObserver(() => {
      w.heardUiMax = Math.max(w.heardUiMax, count());
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

function heardUiMax(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { heardUiMax: number }).heardUiMax);
}

async function uiState(page: Page): Promise<{ host: boolean; marks: number; card: boolean; count: number }> {
  const doc = await page.evaluateHandle(() => document.documentElement);
  try {
    const state = await heardUiFor(doc);
    return { ...state, count: await page.evaluate(() => document.querySelectorAll('heard-ui').length) };
  } finally {
    await doc.dispose();
  }
}

/**
 * Every listener and observer of a (stopped) isolated world. `exceptWxt`: WXT's own "a newer copy started"
 * listener on document, which only WXT removes (when a newer copy starts), is not counted.
 */
async function leftovers(worlds: PageWorlds, id: number, exceptWxt = false): Promise<number> {
  const fp = await heardFootprint(worlds, id);
  const l = fp.listeners;
  const doc = exceptWxt ? l.document.filter((t) => !t.endsWith(':wxt:content-script-started')) : l.document;
  return (
    l.window.length + doc.length + l.visualViewport.length + l.heardUi.length + l.editors +
    fp.observers.mutation + fp.observers.resize + fp.observers.intersection
  );
}

/** Hover the first underline until the card opens, then click its first alternative; returns it. */
async function applyFirstByHover(page: Page): Promise<string> {
  const marks = await waitFor('underline', () => underlines(page), (m) => m.length > 0);
  const m = marks[0];
  if (!m) throw new Error('no underline');
  await page.mouse.move((m.left + m.right) / 2, m.top - 6);
  const opened = await waitFor('card by hover', () => card(page), (c) => c.open && c.buttons.length > 0);
  const alt = opened.alternatives[0];
  if (!alt) throw new Error('no alternative');
  await page.mouse.click(alt.x, alt.y);
  return normalizeText(alt.result);
}

describe('extension reload while pages are open', () => {
  it('the old copy leaves (no ghost UI, no listeners, no observers); the new one takes over with one heard-ui', async () => {
    const s = await setup();
    const extensionId = s.b.extensionId ?? '';
    const ce = await openFixture(s.b.context, s.server.url('contenteditable.html'));
    const ta = await openFixture(s.b.context, s.server.url('textarea.html'));
    const worlds = { ce: await PageWorlds.attach(ce, extensionId), ta: await PageWorlds.attach(ta, extensionId) };
    try {
      for (const page of [ta, ce]) {
        await page.bringToFront();
        await focusFixture(page);
        await page.keyboard.type(FLAGGED, { delay: 5 });
        await waitFor('underline before the reload', () => uiState(page), (u) => u.marks > 0);
        await watchHeardUiCount(page);
      }
      const oldWorld = { ce: await worlds.ce.heardContext(), ta: await worlds.ta.heardContext() };

      await reloadExtension(s);

      for (const name of ['contenteditable', 'textarea'] as const) {
        const w = worlds[name === 'contenteditable' ? 'ce' : 'ta'];
        const old = oldWorld[name === 'contenteditable' ? 'ce' : 'ta'];
        // The background injected a new copy into the open tab…
        const fresh = await waitFor(`new Heard world (${name})`, async () => w.heardContexts().filter((id) => id > old), (l) => l.length > 0, 15_000);
        // …and the old copy stopped: nothing of it is left listening or observing.
        await waitFor(`old copy stopped (${name})`, () => leftovers(w, old), (n) => n === 0);
        expect(fresh.length, `exactly one new copy in the ${name} tab`).toBe(1);
      }

      // The focused contenteditable: the new copy picks the focused field up and draws its own underline.
      await ce.bringToFront();
      await focusFixture(ce);
      await waitFor('underline from the new copy', () => uiState(ce), (u) => u.marks > 0 && u.count === 1);
      await ce.keyboard.type('. calm down', { delay: 5 });
      await waitFor('two underlines', () => uiState(ce), (u) => u.marks >= 2);
      const alt = await applyFirstByHover(ce);
      const applied = await waitFor('applied', () => fixtureText(ce), (t) => normalizeText(t).includes(alt));
      expect(normalizeText(applied).split(alt).length - 1, 'inserted exactly once').toBe(1);
      expect(normalizeText(applied)).not.toContain('never listen');

      // The textarea tab: typing there gets a hint from the new copy, drawn once.
      await ta.bringToFront();
      await focusFixture(ta);
      await ta.keyboard.type(' whatever', { delay: 5 });
      await waitFor('textarea underline from the new copy', () => uiState(ta), (u) => u.marks > 0);
      expect(normalizeText(await fixtureText(ta))).toBe(`${FLAGGED} whatever`);

      for (const page of [ce, ta]) {
        expect((await uiState(page)).count).toBe(1);
        expect(await heardUiMax(page), 'never two heard-ui at once').toBeLessThanOrEqual(1);
      }
      const fp = await heardFootprint(worlds.ta, await worlds.ta.heardContext());
      expect(fp.listeners.window).toEqual(['focusin', 'focusout', 'keydown', 'resize', 'scroll']);
      console.log(`[reload] old copy after reload: 0 listeners, 0 observers; new copy: ${JSON.stringify(fp)}`);
      expect([...worlds.ce.exceptions, ...worlds.ta.exceptions], 'no uncaught errors in any world').toEqual([]);
      expect(s.b.errors.list, s.b.errors.format()).toEqual([]);
    } finally {
      await worlds.ce.detach();
      await worlds.ta.detach();
    }
  });

  it('an update while the card has focus: the card goes, focus returns to the editor and no word is lost', async () => {
    const s = await setup();
    const page = await openFixture(s.b.context, s.server.url('contenteditable.html'));
    const worlds = await PageWorlds.attach(page, s.b.extensionId ?? '');
    try {
      await focusFixture(page);
      await page.keyboard.type(FLAGGED, { delay: 5 });
      await waitFor('underline', () => uiState(page), (u) => u.marks > 0);
      await page.keyboard.press('Alt+Shift+H');
      await waitFor('card with focus', () => card(page), (c) => c.open && c.focusInCard);
      await watchHeardUiCount(page);
      const old = await worlds.heardContext();

      const worker = await reloadExtension(s, '0.1.1');
      expect(await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe('0.1.1');

      await waitFor('new Heard world', async () => worlds.heardContexts().filter((id) => id > old), (l) => l.length === 1, 15_000);
      await waitFor('old copy stopped', () => leftovers(worlds, old), (n) => n === 0);
      expect(await editorHasFocus(page), 'focus is back in the editor, not lost with the card').toBe(true);
      await page.keyboard.type(' ok', { delay: 5 });
      await waitFor('typing continues', () => fixtureText(page), (t) => normalizeText(t) === `${FLAGGED} ok`);
      await waitFor('underline from the new copy', () => uiState(page), (u) => u.marks > 0 && u.count === 1);
      expect(await heardUiMax(page)).toBeLessThanOrEqual(1);
      expect(worlds.exceptions, 'no uncaught errors in any world').toEqual([]);
      expect(s.b.errors.list, s.b.errors.format()).toEqual([]);
    } finally {
      await worlds.detach();
    }
  });

  it('switched off while pages are open: an orphaned copy removes itself at the next keystroke or focus, quietly', async () => {
    const s = await setup();
    const extensionId = s.b.extensionId ?? '';
    const page = await openFixture(s.b.context, s.server.url('contenteditable.html'));
    // A second tab whose copy never saw a focused field (settings not loaded yet) when the extension goes.
    const idle = await openFixture(s.b.context, s.server.url('textarea.html'));
    const worlds = await PageWorlds.attach(page, extensionId);
    const idleWorlds = await PageWorlds.attach(idle, extensionId);
    const noise: string[] = [];
    for (const p of [page, idle]) {
      p.on('console', (m) => {
        if (/Heard|Extension context/i.test(m.text())) noise.push(`${m.type()}: ${m.text()}`);
      });
    }
    try {
      await page.bringToFront();
      await focusFixture(page);
      await page.keyboard.type(FLAGGED, { delay: 5 });
      await waitFor('underline', () => uiState(page), (u) => u.marks > 0);
      const world = await worlds.heardContext();
      const idleWorld = await idleWorlds.heardContext();

      // chrome://extensions may use chrome.management on any extension.
      const manager = await s.b.context.newPage();
      await manager.goto('chrome://extensions');
      await manager.evaluate(async (id) => {
        const g = globalThis as unknown as { chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } } };
        await g.chrome.management.setEnabled(id, false);
      }, extensionId);
      await manager.close();

      await page.bringToFront();
      await focusFixture(page);
      await page.keyboard.type(' ok', { delay: 5 });
      await waitFor('UI removed', () => uiState(page), (u) => !u.host);
      await waitFor('orphaned copy stopped', () => leftovers(worlds, world, true), (n) => n === 0);
      await page.keyboard.type(' and more', { delay: 5 });
      await waitFor('typing continues', () => fixtureText(page), (t) => normalizeText(t) === `${FLAGGED} ok and more`);

      await idle.bringToFront();
      await focusFixture(idle);
      await idle.keyboard.type(FLAGGED, { delay: 5 });
      await waitFor('orphaned copy of the idle tab stopped', () => leftovers(idleWorlds, idleWorld, true), (n) => n === 0);
      expect((await uiState(idle)).host).toBe(false);
      expect(normalizeText(await fixtureText(idle))).toBe(FLAGGED);

      await new Promise((r) => setTimeout(r, 500));
      expect(noise, 'no console noise from the orphaned copies').toEqual([]);
      expect([...worlds.exceptions, ...idleWorlds.exceptions], 'no uncaught errors in any world').toEqual([]);
      expect(s.b.errors.list, s.b.errors.format()).toEqual([]);
    } finally {
      await worlds.detach();
      await idleWorlds.detach();
    }
  });
});

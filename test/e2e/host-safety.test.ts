/**
 * Heard never breaks the site it runs on (Chromium + the e2e build, npm run build:e2e):
 *
 * a. host-mutations.html records, in the page's main world, every mutation of the editor's subtree and every
 *    attribute change / node insertion anywhere in the document. The same scripted session — typing a flagged
 *    message, hovering the flagged words, the card opened and closed by hover and by keyboard — runs once in a
 *    browser without the extension and once with it; the logs must be identical (outside the editor, only
 *    heard-ui's own insertion under <html> may differ). Applying a suggestion afterwards is the positive control.
 * b. host-apply.html: editors that refuse the first apply path (one cancels insertReplacementText and drops it,
 *    two revert changes not announced by a trusted beforeinput — at once or on the next frame — and a
 *    controlled textarea). Applying must never duplicate text: the replacement ends up exactly once, or the
 *    text is unchanged and the card says it was copied (and it is on the clipboard).
 * c. host-rebuild.html: an editor that replaces all its DOM from its own model on every input keeps working:
 *    typing stays correct, underlines sit on the words, the card applies once, no errors.
 * d. host-sensitive.html: password, card-number (autocomplete cc-number / cc-name) and search fields are never
 *    read: no heard-ui, none of their text in any analysis request that reaches the background (a listener the
 *    test adds in the service worker records every 'heard:analyze' message), and — measured inside Heard's own
 *    isolated world, where the test wraps the value / selection getters of HTMLInputElement through CDP — not
 *    one read of their value. A normal textarea on the same page is the positive control.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostLog } from '../fixtures/pages/host-mutations';
import {
  fixtureText,
  focusFixture,
  launchBrowser,
  normalizeText,
  openFixture,
  startFixtureServer,
  type FixtureServer,
  type LaunchedBrowser,
} from './harness';
import { PageWorlds, card, editorHasFocus, phraseBox, underlines, waitFor, writeSettings } from './page-helpers';

const FLAGGED = 'honestly you never listen to me';
const SETTLE_MS = 700;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let server: FixtureServer;
let b: LaunchedBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  b = await launchBrowser();
  await writeSettings(b);
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

async function heardUiCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('heard-ui').length);
}

/* ------------------------------------------------------------------------------------------------ */
/* a. No DOM writes into the host                                                                    */
/* ------------------------------------------------------------------------------------------------ */

interface SessionResult {
  log: HostLog;
  text: string;
}

/** The scripted session; `heard` says whether the browser has the extension (then its states are awaited). */
async function scriptedSession(browser: LaunchedBrowser, heard: boolean): Promise<{ page: Page; result: SessionResult }> {
  const page = await openFixture(browser.context, server.url('host-mutations.html'));
  await focusFixture(page);
  await page.keyboard.type(FLAGGED, { delay: 20 });
  if (heard) await waitFor('underline', () => underlines(page), (m) => m.length > 0);
  await sleep(300);

  // Hover the flagged words (their text geometry, the same in both browsers).
  const never = await phraseBox(page, 'never');
  if (!never) throw new Error('no text');
  await page.mouse.move(never.left + never.width / 2, never.top + never.height / 2);
  if (heard) await waitFor('card by hover', () => card(page), (c) => c.open);
  else await sleep(SETTLE_MS);
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  if (heard) await waitFor('card closed', () => card(page), (c) => !c.open);

  // Open and close by keyboard.
  await page.keyboard.press('Alt+Shift+H');
  if (heard) await waitFor('card by keyboard', () => card(page), (c) => c.open && c.focusInCard);
  else await sleep(300);
  await page.keyboard.press('Escape');
  if (heard) {
    await waitFor('card closed', () => card(page), (c) => !c.open);
    expect(await editorHasFocus(page)).toBe(true);
  }
  await sleep(300);
  const log = await page.evaluate(() => {
    const l = window.hostLog;
    if (!l) throw new Error('no host log');
    return { editor: [...l.editor], attributes: [...l.attributes], tree: [...l.tree] };
  });
  return { page, result: { log, text: normalizeText(await fixtureText(page)) } };
}

describe('a. no DOM writes into the host page', () => {
  it('typing, hovering and the card by hover and keyboard: mutation logs identical with and without Heard', async () => {
    const plain = await launchBrowser({ extension: false });
    let without: SessionResult;
    try {
      without = (await scriptedSession(plain, false)).result;
      expect(plain.errors.list, plain.errors.format()).toEqual([]);
    } finally {
      await plain.close();
    }

    b.errors.clear();
    const { page, result: withHeard } = await scriptedSession(b, true);
    try {
      const isHeardUi = (line: string): boolean => /^html \+\[heard-ui\] -\[\]$|^html \+\[\] -\[heard-ui\]$/.test(line);
      console.log(
        `[host-safety] editor mutations: ${without.log.editor.length} without Heard, ${withHeard.log.editor.length} with; ` +
          `attribute changes: ${without.log.attributes.length} / ${withHeard.log.attributes.length}; ` +
          `nodes added/removed outside the editor: ${without.log.tree.length} / ${withHeard.log.tree.length} ` +
          `(${withHeard.log.tree.filter(isHeardUi).length} of them heard-ui under <html>)`,
      );
      expect(withHeard.text).toBe(FLAGGED);
      expect(without.text).toBe(FLAGGED);
      expect(without.log.editor.length).toBeGreaterThanOrEqual(FLAGGED.length);
      expect(withHeard.log.editor, 'editor mutations').toEqual(without.log.editor);
      expect(withHeard.log.attributes, 'attribute changes on host elements').toEqual(without.log.attributes);
      expect(withHeard.log.tree.filter((l) => !isHeardUi(l)), 'nodes added/removed outside the editor').toEqual(without.log.tree);

      // Positive control: applying a suggestion does write into the editor, and the recorder sees it.
      const before = withHeard.log.editor.length;
      await page.keyboard.press('Alt+Shift+H');
      await waitFor('card', () => card(page), (c) => c.open && c.focusInCard);
      await page.keyboard.press('Enter');
      await waitFor('applied', () => fixtureText(page), (t) => normalizeText(t) !== FLAGGED);
      const after = await page.evaluate(() => window.hostLog?.editor.length ?? 0);
      expect(after).toBeGreaterThan(before);
      expect(b.errors.list, b.errors.format()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/* ------------------------------------------------------------------------------------------------ */
/* b. Editors that refuse the first apply path                                                       */
/* ------------------------------------------------------------------------------------------------ */

interface ApplyState {
  text: string;
  open: boolean;
  status: string;
}

function applyState(page: Page, id: string): Promise<ApplyState> {
  return page.evaluate((id) => {
    const f = window.heardFixture as unknown as { text(id: string): string };
    const el = document.querySelector('heard-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    return {
      text: f.text(id),
      open: !!el && !el.hidden,
      status: el?.querySelector('[role="status"]')?.textContent ?? '',
    };
  }, id);
}

const occurrences = (text: string, part: string): number => (part === '' ? 0 : text.split(part).length - 1);

describe('b. editors that refuse the first apply path', () => {
  it.each(['cancel', 'revert-sync', 'revert-async', 'revert-textarea'])(
    '%s: the replacement lands once, or the text is unchanged and it was copied',
    async (id) => {
      b.errors.clear();
      await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const page = await openFixture(b.context, server.url('host-apply.html'));
      try {
        await page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
        await page.evaluate((id) => {
          const el = document.getElementById(id);
          if (!el) throw new Error(`no ${id}`);
          el.focus();
          if (el instanceof HTMLTextAreaElement) el.setSelectionRange(el.value.length, el.value.length);
          else window.getSelection()?.collapse(el, el.childNodes.length);
        }, id);
        await page.keyboard.type(FLAGGED, { delay: 5 });
        await waitFor('typed', () => applyState(page, id), (s) => normalizeText(s.text) === FLAGGED);
        await waitFor('underline', () => underlines(page), (m) => m.length > 0);
        await page.keyboard.press('Alt+Shift+H');
        const opened = await waitFor('card', () => card(page), (c) => c.open && c.focusInCard && c.buttons.length > 0);
        const alt = normalizeText(opened.alternatives[0]?.result ?? '');
        await page.keyboard.press('Enter');

        let maxSeen = 0;
        const settled = (s: ApplyState): boolean => {
          const text = normalizeText(s.text);
          maxSeen = Math.max(maxSeen, occurrences(text, alt));
          const appliedOnce = occurrences(text, alt) === 1 && !text.includes('never listen') && !s.open;
          const copied = text === FLAGGED && s.open && /Copied/.test(s.status);
          return appliedOnce || copied;
        };
        await waitFor('applied once, or unchanged and copied', () => applyState(page, id), settled);
        // Let re-renders and reverts run (two frames and a little more), then check the outcome still holds.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await sleep(300);
        const final = await applyState(page, id);
        const text = normalizeText(final.text);
        const outcome = text === FLAGGED ? 'unchanged, copied' : 'applied';
        console.log(`[host-safety] ${id}: ${outcome}; status "${final.status}"`);
        expect(settled(final), `final state ${JSON.stringify(final)}`).toBe(true);
        expect(maxSeen, 'the replacement never appeared twice').toBeLessThanOrEqual(1);
        if (outcome === 'unchanged, copied') {
          // The alternative's own words went to the clipboard: they are what its preview reads in the sentence.
          const copied = normalizeText(await page.evaluate(() => navigator.clipboard.readText()));
          expect(copied).not.toBe('(nothing copied)');
          expect(copied.length).toBeGreaterThan(0);
          expect(alt).toContain(copied);
        }
        expect(b.errors.list, b.errors.format()).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

/* ------------------------------------------------------------------------------------------------ */
/* c. An editor that rebuilds its DOM on every keystroke                                             */
/* ------------------------------------------------------------------------------------------------ */

describe('c. an editor that rebuilds its whole DOM on every input', () => {
  it('typing stays correct, underlines sit on the words, the card applies once, no errors', async () => {
    b.errors.clear();
    const page = await openFixture(b.context, server.url('host-rebuild.html'));
    const worlds = await PageWorlds.attach(page, b.extensionId ?? '');
    try {
      await focusFixture(page);
      await page.keyboard.type(FLAGGED, { delay: 10 });
      await waitFor('typed', () => fixtureText(page), (t) => t === FLAGGED);
      const marks = await waitFor('underline', () => underlines(page), (m) => m.length > 0);
      const never = await phraseBox(page, 'never');
      if (!never) throw new Error('no text');
      const left = Math.min(...marks.map((m) => m.left));
      const right = Math.max(...marks.map((m) => m.right));
      expect(left).toBeLessThanOrEqual(never.left + 4);
      expect(right).toBeGreaterThanOrEqual(never.right - 4);
      expect(marks.every((m) => m.top > never.top && m.top < never.bottom + 12)).toBe(true);

      // Typing goes on while the hint is shown (every keystroke replaces the nodes the underline was measured on).
      await page.keyboard.type(' and whatever', { delay: 10 });
      await waitFor('typed more', () => fixtureText(page), (t) => t === `${FLAGGED} and whatever`);
      await waitFor('underlines after more typing', () => underlines(page), (m) => m.length >= 2);

      // Hover → card → apply the first alternative.
      const now = await phraseBox(page, 'never');
      if (!now) throw new Error('no text');
      await page.mouse.move(now.left + now.width / 2, now.top + now.height / 2);
      const opened = await waitFor('card by hover', () => card(page), (c) => c.open && c.buttons.length > 0);
      const alt = opened.alternatives[0];
      if (!alt) throw new Error('no alternative');
      await page.mouse.click(alt.x, alt.y);
      const result = normalizeText(alt.result);
      const applied = await waitFor('applied', () => fixtureText(page), (t) => normalizeText(t).includes(result));
      expect(occurrences(normalizeText(applied), result)).toBe(1);
      expect(applied).not.toContain('never listen');
      await page.mouse.move(5, 5);

      // And typing continues at the end.
      await page.keyboard.press('End');
      await page.keyboard.type(' ok', { delay: 10 });
      await waitFor('typing continues', () => fixtureText(page), (t) => t === `${applied} ok`);
      const rebuilds = await page.evaluate(() => (window.heardFixture as unknown as { rebuilds: number }).rebuilds);
      console.log(`[host-safety] rebuilding editor: ${rebuilds} full DOM rebuilds, text intact`);
      expect(rebuilds).toBeGreaterThan(FLAGGED.length);
      expect(await heardUiCount(page)).toBe(1);
      expect(worlds.exceptions).toEqual([]);
      expect(b.errors.list, b.errors.format()).toEqual([]);
    } finally {
      await worlds.detach();
      await page.close();
    }
  });
});

/* ------------------------------------------------------------------------------------------------ */
/* d. Sensitive fields are never read                                                                */
/* ------------------------------------------------------------------------------------------------ */

describe('d. password, card-number and search fields are never read', () => {
  it('no UI, no analysis request with their text, not one read of their value in Heard\'s world', async () => {
    b.errors.clear();
    const worker = b.serviceWorker;
    if (!worker) throw new Error('no service worker');
    // Every message the background receives, recorded by an extra listener (it answers nothing).
    await worker.evaluate(() => {
      const g = globalThis as unknown as {
        heardSpy?: { analyze: string[] };
        chrome: { runtime: { onMessage: { addListener(fn: (m: unknown) => undefined): void } } };
      };
      if (g.heardSpy) return;
      const spy = { analyze: [] as string[] };
      g.heardSpy = spy;
      g.chrome.runtime.onMessage.addListener((m) => {
        const msg = m as { type?: unknown; text?: unknown };
        if (msg.type === 'heard:analyze' && typeof msg.text === 'string') spy.analyze.push(msg.text);
        return undefined;
      });
    });
    const analysed = (): Promise<string[]> =>
      worker.evaluate(() => [...((globalThis as unknown as { heardSpy: { analyze: string[] } }).heardSpy.analyze)]);

    const page = await openFixture(b.context, server.url('host-sensitive.html'));
    const worlds = await PageWorlds.attach(page, b.extensionId ?? '');
    try {
      const world = await worlds.heardContext();
      // In Heard's isolated world only (prototypes are per world): count reads of value and selection.
      await worlds.value(
        `(() => {
          const reads = (globalThis.__heardReads = []);
          for (const proto of [HTMLInputElement.prototype, HTMLTextAreaElement.prototype]) {
            for (const prop of ['value', 'selectionStart', 'selectionEnd']) {
              const d = Object.getOwnPropertyDescriptor(proto, prop);
              Object.defineProperty(proto, prop, { ...d, get() { reads.push(this.id + '.' + prop); return d.get.call(this); } });
            }
          }
          return true;
        })()`,
        world,
      );
      const reads = (): Promise<string[]> => worlds.value<string[]>('[...globalThis.__heardReads]', world);

      const secrets: Record<string, string> = {
        password: 'pw-7731 you never listen to me',
        'cc-number': '4111 1111 1111 1111 you never listen',
        'cc-name': 'cardholder-5520 you never listen to me',
        search: 'search-9014 you never listen to me',
      };
      const typeInto = async (id: string, text: string): Promise<void> => {
        await page.evaluate((id) => document.getElementById(id)?.focus(), id);
        await page.keyboard.press('End');
        await page.keyboard.type(text, { delay: 5 });
      };
      for (const [id, text] of Object.entries(secrets)) await typeInto(id, text);
      await sleep(SETTLE_MS);
      expect(await heardUiCount(page), 'no heard-ui for sensitive fields').toBe(0);

      // Positive control: the normal field is read, analysed and hinted.
      await typeInto('control', 'ctl-4242 you never listen to me');
      await waitFor('control hinted', () => underlines(page), (m) => m.length > 0);
      // With a session alive on the control, the sensitive fields are typed into once more.
      for (const [id, text] of Object.entries(secrets)) await typeInto(id, ` ${text}`);
      await sleep(SETTLE_MS);

      const texts = await analysed();
      const read = await reads();
      const markers = ['pw-7731', '4111', 'cardholder-5520', 'search-9014'];
      console.log(
        `[host-safety] sensitive fields: ${texts.length} analysis requests, ${texts.filter((t) => t.includes('ctl-4242')).length} with the control's text, ` +
          `${texts.filter((t) => markers.some((m) => t.includes(m))).length} with a sensitive field's text; ` +
          `value/selection reads in Heard's world: ${read.filter((r) => r.startsWith('control.')).length} of the control, ` +
          `${read.filter((r) => !r.startsWith('control.')).length} of the others`,
      );
      expect(texts.some((t) => t.includes('ctl-4242')), 'the spy sees the control being analysed').toBe(true);
      expect(read.some((r) => r === 'control.value'), 'the trap sees the control being read').toBe(true);
      expect(texts.filter((t) => markers.some((m) => t.includes(m))), 'analysis requests with sensitive text').toEqual([]);
      expect(read.filter((r) => !r.startsWith('control.')), 'reads of sensitive fields').toEqual([]);
      expect(await heardUiCount(page)).toBeLessThanOrEqual(1);
      expect(b.errors.list, b.errors.format()).toEqual([]);
    } finally {
      await worlds.detach();
      await page.close();
    }
  });
});

/**
 * Inline hints and in-place alternatives in every editor family (PRODUCT.md §3), in Chromium with the e2e
 * build of the extension (npm run build:e2e). For each fixture: real key events → underline over the right
 * words → card by hover and by Alt+Shift+H → an alternative lands in the editor's own model → Ctrl+Z
 * restores the original phrase in one step → typing continues → a clean message gets no underline → no page
 * errors. 14 pages: the editor families of src/page/editors/ (TinyMCE and Trix included), an iframe and a
 * shadow root.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EDITOR_PAGES,
  SCREENSHOTS_DIR,
  fixtureText,
  focusFixture,
  normalizeText,
  openFixture,
} from './harness';
import { card, editorHasFocus, near, phraseBox, underlines, useExtensionSession, waitFor } from './page-helpers';

const FLAGGED = 'honestly you never listen to me';
const SPAN = 'you never listen to me';
const PHRASE = 'never listen';
const CLEAN = 'see you at 7, thanks for waiting';

const session = useExtensionSession();

beforeAll(() => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
});

describe.each(EDITOR_PAGES)('%s', (name) => {
  it('hints, opens the card, applies in the editor model, undoes and keeps typing', async () => {
    session.browser.errors.clear();
    const page = await openFixture(session.browser.context, session.server.url(`${name}.html`));
    try {
      await focusFixture(page);
      await page.keyboard.type(FLAGGED, { delay: 15 });

      // 1. Underline over the right words.
      const marks = await waitFor('underline', () => underlines(page), (m) => m.length > 0);
      // The engine decides the exact span; it must sit on the flagged words, cover "never" and start on a word.
      const expected = await phraseBox(page, SPAN);
      const never = await phraseBox(page, 'never');
      expect(expected).not.toBeNull();
      expect(never).not.toBeNull();
      if (!expected || !never) return;
      const left = Math.min(...marks.map((m) => m.left));
      const right = Math.max(...marks.map((m) => m.right));
      const top = Math.min(...marks.map((m) => m.top));
      const wordStarts = await Promise.all(SPAN.split(' ').map((w) => phraseBox(page, w)));
      expect(left, 'underline starts within the flagged words').toBeGreaterThan(expected.left - 4);
      expect(right, 'underline ends within the flagged words').toBeLessThan(expected.right + 4);
      expect(left, 'underline covers "never"').toBeLessThan(never.left + 4);
      expect(right, 'underline covers "never"').toBeGreaterThan(never.right - 4);
      expect(
        wordStarts.some((w) => w && near(w.left, left, 4)),
        `underline left ${left} starts on a word (${wordStarts.map((w) => w?.left).join(', ')})`,
      ).toBe(true);
      expect(top, 'underline sits under the text').toBeGreaterThan(expected.top);
      expect(top).toBeLessThan(expected.top + expected.height + 12);

      if (name === 'contenteditable') await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'hint.png'), clip: { x: 0, y: 0, width: 720, height: 320 }, caret: 'initial' });

      // 2. Card by hover. Drawing, hovering and closing never write into the host's editor (no nodes, no attributes).
      const mutations = (): Promise<number | undefined> => page.evaluate(() => window.heardFixture?.mutations);
      const before = await mutations();
      const cx = (left + right) / 2;
      const cy = name === 'input' || name === 'textarea' ? (marks[0]?.top ?? 0) - 6 : expected.top + expected.height / 2;
      await page.mouse.move(cx, cy);
      const hovered = await waitFor('card on hover', () => card(page), (c) => c.open);
      expect(hovered.role).toBe('dialog');
      expect(hovered.label).toMatch(/^Heard: /);
      expect(hovered.buttons.length).toBeGreaterThanOrEqual(3);
      if (name === 'contenteditable') await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'card.png'), clip: { x: 0, y: 0, width: 720, height: 600 }, caret: 'initial' });
      await page.keyboard.press('Escape');
      await waitFor('card closed', () => card(page), (c) => !c.open);
      expect(await editorHasFocus(page)).toBe(true);
      await page.mouse.move(5, 5);
      await page.mouse.wheel(0, 40);
      await new Promise((r) => setTimeout(r, 100));
      expect(await mutations(), 'no DOM writes into the editor').toBe(before);

      // 3. Card by keyboard (Alt+Shift+H), focus in the card; Escape returns focus to the editor.
      await page.keyboard.press('Alt+Shift+H');
      const byKey = await waitFor('card by shortcut', () => card(page), (c) => c.open);
      expect(byKey.role).toBe('dialog');
      expect(byKey.focusInCard).toBe(true);
      await page.keyboard.press('Escape');
      await waitFor('card closed', () => card(page), (c) => !c.open);
      expect(await editorHasFocus(page)).toBe(true);
      // The caret is back where it was: typing continues at the end.
      await page.keyboard.type('!');
      await waitFor('text with !', () => fixtureText(page), (t) => normalizeText(t) === `${FLAGGED}!`);
      const typed = `${FLAGGED}!`;
      await waitFor('underline again', () => underlines(page), (m) => m.length > 0);

      // 4. Apply an alternative (opened by keyboard, clicked with the mouse).
      await page.keyboard.press('Alt+Shift+H');
      const opened = await waitFor('card by shortcut', () => card(page), (c) => c.open && c.buttons.length > 0);
      // Quill (like many editors) groups edits less than 1 s apart into one undo step; a writer reads the card first.
      await new Promise((r) => setTimeout(r, 1100));
      const alt = opened.alternatives[0];
      if (!alt) throw new Error('no alternative');
      await page.mouse.click(alt.x, alt.y);
      // The card's preview (its sentence without the struck words) is what the message now reads.
      const applied = await waitFor('replacement in the model', () => fixtureText(page), (t) => normalizeText(t).includes(normalizeText(alt.result)));
      expect(normalizeText(applied)).not.toContain(PHRASE);
      expect(normalizeText(applied).split(normalizeText(alt.result)).length - 1, 'inserted exactly once').toBe(1);
      await waitFor('card closed', () => card(page), (c) => !c.open);

      // 5. Undo restores the original; typing afterwards appends normally.
      await page.keyboard.press('Control+Z');
      await waitFor('undo', () => fixtureText(page), (t) => normalizeText(t) === typed);
      // Undo re-selects the restored words (as after any undo); move to the end like a writer would.
      await page.keyboard.press('End');
      await new Promise((r) => setTimeout(r, 150));
      await page.keyboard.type(' ok');
      await waitFor('typing after undo', () => fixtureText(page), (t) => normalizeText(t) === `${typed} ok`);

      // 6. A clean message gets no underline: the writer deletes what they wrote and types something else.
      // (Backspace goes through every editor's own input handling; a select-all reaches Trix's model late.)
      for (let left = normalizeText(await fixtureText(page)).length; left > 0; left--) await page.keyboard.press('Backspace');
      await waitFor('empty field', () => fixtureText(page), (t) => normalizeText(t) === '');
      await page.keyboard.type(CLEAN, { delay: 10 });
      await waitFor('clean text', () => fixtureText(page), (t) => normalizeText(t) === CLEAN);
      await new Promise((r) => setTimeout(r, 700));
      expect(await underlines(page)).toEqual([]);

      expect(session.browser.errors.list, session.browser.errors.format()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

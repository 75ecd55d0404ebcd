/**
 * Reliability under churn (Chromium + the e2e build, npm run build:e2e): a page adds and removes 1,000 editors
 * (textarea, input and contenteditable in turn), focuses a share of them, types a flagged phrase into some so
 * Heard draws underlines and opens cards (by keyboard, left open, and by hover), navigates single-page style
 * (history.pushState / back, the view and its editor replaced), resizes, scrolls and zooms (pinch zoom through
 * CDP Emulation.setPageScaleFactor and CSS zoom on <body>). Editors go away while their hint or card is shown.
 *
 * Heard's footprint is measured through CDP in the content script's isolated world (see PageWorlds):
 * - event listeners Heard added to window, document, visualViewport, heard-ui and every editor left in the
 *   page (DOMDebugger.getEventListeners on objects taken from Heard's world lists only that world's listeners);
 * - live MutationObservers / ResizeObservers / IntersectionObservers created by Heard (Runtime.queryObjects with
 *   the prototype from Heard's world, after a full GC);
 * - DOM nodes Heard's world still references although they left the document, and live Range objects;
 * - heard-ui elements and the element count inside their shadow roots (idle, and with a hint and card shown);
 * - the V8 heap of the page (one isolate for the page and Heard's world) after GC.
 * Everything must come back to the values measured after a warm-up round; the heap within 2 MB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openFixture, startFixtureServer, type FixtureServer, type LaunchedBrowser } from './harness';
import { PageWorlds, card, heardFootprint, heardUiFor, underlines, waitFor, writeSettings, type HeardFootprint } from './page-helpers';

const FLAGGED = 'you never listen to me';
const ROUNDS = 20;
const PER_ROUND = 50;
const HEAP_TOLERANCE = 2 * 1024 * 1024;

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

type Kind = 'textarea' | 'input' | 'contenteditable';

function churn(page: Page) {
  return {
    add: (n: number, kind?: Kind) => page.evaluate(({ n, kind }) => window.heardChurn?.add(n, kind) ?? [], { n, kind }),
    focusEnd: (id: string) => page.evaluate((id) => window.heardChurn?.focusEnd(id), id),
    remove: (ids: string[]) => page.evaluate((ids) => ids.forEach((id) => window.heardChurn?.remove(id)), ids),
    clear: () => page.evaluate(() => window.heardChurn?.clear()),
    navigate: () => page.evaluate(() => window.heardChurn?.navigate() ?? -1),
    viewId: () => page.evaluate(() => window.heardFixture?.editable().id ?? ''),
    created: () => page.evaluate(() => window.heardChurn?.created() ?? 0),
  };
}

async function uiState(page: Page): Promise<{ host: boolean; marks: number; card: boolean }> {
  const doc = await page.evaluateHandle(() => document.documentElement);
  try {
    return await heardUiFor(doc);
  } finally {
    await doc.dispose();
  }
}

async function typeAndWaitForHint(page: Page): Promise<void> {
  await page.keyboard.type(FLAGGED);
  await waitFor('underline', () => uiState(page), (s) => s.marks > 0, 10_000);
  expect(await page.evaluate(() => document.querySelectorAll('heard-ui').length), 'one heard-ui').toBe(1);
}

describe('churn', () => {
  it('1,000 editors added, used and removed, SPA navigation, resize, scroll, zoom: Heard returns to its baseline', async () => {
    const page = await openFixture(b.context, server.url('churn.html'));
    const extensionId = b.extensionId;
    if (!extensionId) throw new Error('no extension');
    const worlds = await PageWorlds.attach(page, extensionId);
    const c = churn(page);
    try {
      const world = await worlds.heardContext();

      /** One editor, a hint and an open card; measured with the card open; then the editor goes away. */
      const activeRound = async (): Promise<HeardFootprint> => {
        const [id] = await c.add(1, 'contenteditable');
        if (!id) throw new Error('no editor');
        await c.focusEnd(id);
        await typeAndWaitForHint(page);
        await page.keyboard.press('Alt+Shift+H');
        await waitFor('card', () => card(page), (k) => k.open);
        const fp = await heardFootprint(worlds, world);
        await page.keyboard.press('Escape');
        await waitFor('card closed', () => card(page), (k) => !k.open);
        await c.clear();
        await waitFor('UI gone with its editor', () => uiState(page), (s) => !s.host);
        return fp;
      };

      // Warm-up: the first focus loads the settings and creates the UI once; measure after it.
      await activeRound();
      const activeBefore = await activeRound();
      const idleBefore = await heardFootprint(worlds, world);
      const heapBefore = await worlds.heapUsedAfterGc();

      const started = Date.now();
      let hints = 0;
      let cards = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const ids = await c.add(PER_ROUND);
        // A burst of focus changes in one task, then a few one at a time.
        await page.evaluate((ids) => ids.forEach((id) => window.heardChurn?.focusEnd(id)), ids.filter((_, i) => i % 5 === 0));
        for (const id of ids.filter((_, i) => i % 7 === 3)) await c.focusEnd(id);

        // A flagged phrase in two editors of different kinds; the last round ends on a contenteditable.
        const ofKind = (kind: number, from: number): string | undefined =>
          ids.slice(from).find((id) => Number(id.slice('ed-'.length)) % 3 === kind);
        for (const id of [ofKind(round % 3, 20), ofKind((round + 1) % 3, 30)]) {
          if (!id) continue;
          await c.focusEnd(id);
          await typeAndWaitForHint(page);
          hints++;
        }
        if (round % 4 === 0 || round % 4 === 3) {
          // Card from the keyboard: left open (3) or closed with Escape (0) before the editor is removed.
          await page.keyboard.press('Alt+Shift+H');
          await waitFor('card by keyboard', () => card(page), (k) => k.open);
          cards++;
          if (round % 4 === 0) {
            await page.keyboard.press('Escape');
            await waitFor('card closed', () => card(page), (k) => !k.open);
          }
        } else if (round % 4 === 1) {
          const marks = await underlines(page);
          const m = marks[0];
          if (m) {
            await page.mouse.move((m.left + m.right) / 2, m.top - 6);
            await waitFor('card by hover', () => card(page), (k) => k.open);
            cards++;
          }
        }

        // Resize, scroll and zoom while the hint (and maybe the card) is shown.
        await page.setViewportSize(round % 2 === 0 ? { width: 1024, height: 700 } : { width: 1280, height: 800 });
        await page.evaluate((y) => window.scrollTo(0, y), (round * 97) % 600);
        await page.mouse.wheel(0, round % 2 === 0 ? 120 : -120);
        await worlds.cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: round % 3 === 0 ? 1.5 : 1 });
        await page.evaluate((zoom) => {
          document.body.style.zoom = zoom;
        }, round % 2 === 0 ? '1.25' : '');

        // The view's editor: typed into every other round, then replaced by a pushState navigation.
        if (round % 2 === 0) {
          await c.focusEnd(await c.viewId());
          await typeAndWaitForHint(page);
          hints++;
        }
        await c.navigate();
        if (round % 5 === 4) await page.goBack();

        // Half the editors one by one, the rest at once.
        await c.remove(ids.slice(0, PER_ROUND / 2));
        await c.clear();
        await waitFor(`no UI left after round ${round}`, () => uiState(page), (s) => !s.host);
        // Pinch zoom back to 1 (mouse coordinates for the next hover are then plain client coordinates).
        await worlds.cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
      }
      const churnMs = Date.now() - started;

      // Back to the start: no zoom, default viewport, top of the page.
      await worlds.cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
      await page.evaluate(() => {
        document.body.style.zoom = '';
        window.scrollTo(0, 0);
      });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.mouse.move(5, 5);

      // Right after the churn (the last round removed an editor whose card was open from the keyboard)…
      const idleAfterChurn = await heardFootprint(worlds, world);
      const heapAfterChurn = await worlds.heapUsedAfterGc();
      // …and after one more round of use, measured like the baseline.
      const activeAfter = await activeRound();
      const idleAfter = await heardFootprint(worlds, world);
      const heapAfter = await worlds.heapUsedAfterGc();
      const created = await c.created();

      const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
      console.log(
        [
          `[churn] ${created} editors created (${ROUNDS * PER_ROUND} in the stage, the rest SPA views), ${hints} hints, ` +
            `${cards} cards, ${ROUNDS} pushState navigations; churn took ${(churnMs / 1000).toFixed(1)} s`,
          `[churn] idle   before: ${JSON.stringify(idleBefore)}`,
          `[churn] idle   right after the churn: ${JSON.stringify(idleAfterChurn)}`,
          `[churn] idle   after:  ${JSON.stringify(idleAfter)}`,
          `[churn] active before: ${JSON.stringify(activeBefore)}`,
          `[churn] active after:  ${JSON.stringify(activeAfter)}`,
          `[churn] JS heap after GC: before ${mb(heapBefore)}, right after the churn ${mb(heapAfterChurn)}, ` +
            `after ${mb(heapAfter)}, growth ${mb(heapAfter - heapBefore)}`,
        ].join('\n'),
      );

      expect(created).toBeGreaterThanOrEqual(ROUNDS * PER_ROUND);
      expect(idleAfterChurn, 'idle footprint right after the churn').toEqual(idleBefore);
      expect(idleAfter, 'idle footprint back to baseline').toEqual(idleBefore);
      expect(activeAfter, 'footprint with a hint and card shown back to baseline').toEqual(activeBefore);
      expect(idleAfter.heardUi).toBe(0);
      expect(idleAfter.detachedNodes, 'no removed editor retained by Heard').toBe(0);
      expect(heapAfterChurn - heapBefore, 'JS heap growth after GC, right after the churn').toBeLessThan(HEAP_TOLERANCE);
      expect(heapAfter - heapBefore, 'JS heap growth after GC').toBeLessThan(HEAP_TOLERANCE);
      expect(worlds.exceptions, 'no uncaught errors in any world').toEqual([]);
      expect(b.errors.list, b.errors.format()).toEqual([]);
    } finally {
      await worlds.detach();
      await page.close();
    }
  }, 180_000);
});

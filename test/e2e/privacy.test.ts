/**
 * Heard makes no network request (PRODUCT.md §4: "network requests made by the extension: 0, ever").
 * Chromium + the e2e build (npm run build:e2e).
 *
 * Every request of the browser context is recorded while Heard is used end to end: flagged messages typed into
 * four editor fixtures (textarea, contenteditable, Lexical, Quill), the card opened by hover and by keyboard,
 * an alternative applied, undo; the popup (the tab's findings, Apply, the scratchpad, "Use this"); the options
 * page (switches, sensitivity, export); the welcome page (its live example).
 *
 * Recorded: context.on('request') — every page, frame and extension page of the context, and the extension's
 * service worker (Playwright attaches to service workers through CDP and reports their requests with
 * request.serviceWorker()); page.on('websocket') for every page; and, for the web pages, our own CDP session
 * with Network.enable to see each request's initiator (a script of chrome-extension://<id> = the content script).
 *
 * What counts as a request made by the extension: a request issued by Heard's service worker, by a document
 * of chrome-extension://<id> (popup, options, welcome), or on a web page by the content script (initiator
 * stack in chrome-extension://<id>, or anything the page's own files do not explain) — whose URL is not one of
 * the extension's own packaged files (chrome-extension://<id>/…, read from disk, not the network) and not a
 * data: or blob: URL (in-memory). Those must number 0. The own-file loads are counted and printed too.
 *
 * The fixture server's page loads are the pages' own: they are counted separately and must all be files of
 * test/fixtures/dist on the fixture server's origin (the HTML and its JS/CSS assets) — nothing else.
 *
 * Positive controls prove each recorder sees what it must: a fetch from the service worker, one from the popup
 * and one from the content script's isolated world (run through CDP) are each recorded and attributed to the
 * right context, then set aside.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES_DIST,
  fixtureText,
  focusFixture,
  launchBrowser,
  normalizeText,
  openFixture,
  startFixtureServer,
  type FixtureServer,
  type LaunchedBrowser,
} from './harness';
import { PageWorlds, card, underlines, waitFor, writeSettings } from './page-helpers';

const FLAGGED = 'honestly you never listen to me';
const CONTROL = '/__heard-privacy-control/';

interface Recorded {
  url: string;
  type: string;
  /** Service worker that issued it (URL), if any. */
  worker: string | null;
  /** URL of the issuing frame's document ('' for a service worker). */
  frame: string;
  navigation: boolean;
}

let server: FixtureServer;
let b: LaunchedBrowser;
const requests: Recorded[] = [];
const sockets: Array<{ url: string; page: string }> = [];
/** Initiators of web-page requests, by URL (from our CDP sessions). */
const initiators = new Map<string, string[]>();
const cdpSessions: PageWorlds[] = [];

function record(req: Request): void {
  const worker = req.serviceWorker();
  let frame = '';
  if (!worker) {
    try {
      frame = req.frame().url();
    } catch {
      // A tab the extension opens itself (the welcome page on install) can request its files before Playwright
      // knows its frame: the referrer still says which page asked.
      frame = req.headers()['referer'] ?? '';
    }
  }
  requests.push({ url: req.url(), type: req.resourceType(), worker: worker?.url() ?? null, frame, navigation: req.isNavigationRequest() });
}

beforeAll(async () => {
  server = await startFixtureServer();
  b = await launchBrowser();
  b.context.on('request', record);
  b.context.on('page', (p) => p.on('websocket', (ws) => sockets.push({ url: ws.url(), page: p.url() })));
  for (const p of b.context.pages()) p.on('websocket', (ws) => sockets.push({ url: ws.url(), page: p.url() }));
  await writeSettings(b);
});

afterAll(async () => {
  for (const s of cdpSessions) await s.detach();
  await b?.close();
  await server?.close();
});

/** A new tab for a fixture page, with our CDP session recording request initiators from its first request. */
async function openRecorded(name: string): Promise<{ page: Page; worlds: PageWorlds }> {
  const page = await b.context.newPage();
  const worlds = await PageWorlds.attach(page, b.extensionId ?? '');
  cdpSessions.push(worlds);
  worlds.cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: { type: string; url?: string; stack?: StackTrace } }) => {
    const urls = [e.initiator.url ?? '', ...stackUrls(e.initiator.stack)].filter((u) => u !== '');
    initiators.set(e.request.url, [...(initiators.get(e.request.url) ?? []), `${e.initiator.type} ${urls.join(' ')}`]);
  });
  await worlds.cdp.send('Network.enable');
  await openFixture(b.context, server.url(`${name}.html`), page);
  return { page, worlds };
}

interface StackTrace {
  callFrames: Array<{ url: string }>;
  parent?: StackTrace;
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const out: string[] = [];
  for (let s = stack; s; s = s.parent) out.push(...s.callFrames.map((f) => f.url));
  return out;
}

async function extensionPage(file: string): Promise<Page> {
  const page = await b.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/${file}`);
  await page.locator('main').first().waitFor();
  return page;
}

async function tabId(url: string): Promise<number> {
  const id = await b.serviceWorker?.evaluate(async (u) => {
    const g = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } };
    return (await g.chrome.tabs.query({})).find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab ${url}`);
  return id;
}

/** Type a flagged message, open the card by hover and by keyboard, apply, undo, keep typing. */
async function useHeard(page: Page): Promise<void> {
  await focusFixture(page);
  await page.keyboard.type(FLAGGED, { delay: 5 });
  const marks = await waitFor('underline', () => underlines(page), (m) => m.length > 0);
  const m = marks[0];
  if (m) {
    await page.mouse.move((m.left + m.right) / 2, m.top - 6);
    await waitFor('card by hover', () => card(page), (c) => c.open);
    await page.keyboard.press('Escape');
    await page.mouse.move(2, 2);
  }
  await page.keyboard.press('Alt+Shift+H');
  const opened = await waitFor('card by keyboard', () => card(page), (c) => c.open && c.focusInCard && c.buttons.length > 0);
  const alt = normalizeText(opened.alternatives[0]?.result ?? '');
  // Quill groups edits less than 1 s apart into one undo step; a writer reads the card first.
  await new Promise((r) => setTimeout(r, 1100));
  await page.keyboard.press('Enter');
  await waitFor('applied', () => fixtureText(page), (t) => normalizeText(t).includes(alt));
  await page.keyboard.press('Control+Z');
  await waitFor('undone', () => fixtureText(page), (t) => normalizeText(t) === FLAGGED);
  await page.keyboard.press('End');
  await page.keyboard.type('. calm down', { delay: 5 });
  await waitFor('underlines again', () => underlines(page), (l) => l.length > 0);
}

describe('privacy', () => {
  it('the extension makes no network request while it is used everywhere; the pages load only their own files', async () => {
    const id = b.extensionId ?? '';
    const own = `chrome-extension://${id}/`;
    const pages: Page[] = [];

    // 1. The editors.
    for (const name of ['textarea', 'contenteditable', 'lexical', 'quill']) {
      const { page } = await openRecorded(name);
      pages.push(page);
      await useHeard(page);
    }

    // 2. The popup, pointed at the textarea tab: its findings and Apply, then the scratchpad.
    const textareaTab = pages[0];
    if (!textareaTab) throw new Error('no textarea page');
    const popup = await extensionPage(`popup.html?tab=${await tabId(textareaTab.url())}`);
    await popup.getByRole('heading', { name: 'Your message' }).waitFor();
    await popup.getByRole('button', { name: 'Apply' }).first().click();
    await popup.getByText('Applied.').waitFor();
    await popup.getByLabel('Message to try').fill(FLAGGED);
    await popup.getByRole('button', { name: 'Use this' }).first().click();
    await expect.poll(() => popup.getByLabel('Message to try').inputValue()).not.toBe(FLAGGED);

    // 3. Options: switches, sensitivity, export (a blob: download, in memory).
    const options = await extensionPage('options.html');
    await options.getByRole('heading', { name: 'What Heard notices' }).waitFor();
    await options.getByRole('switch', { name: 'Blame', exact: true }).click();
    await options.getByRole('radio', { name: /Strict/ }).check();
    await options.getByRole('switch', { name: 'Blame', exact: true }).click();
    await options.getByRole('radio', { name: /Balanced/ }).check();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
    await download.path();

    // 4. The welcome page and its live example.
    const welcome = await extensionPage('welcome.html');
    const alternative = welcome.getByRole('list', { name: /Softer ways to say/ }).getByRole('button').first();
    await alternative.waitFor();
    await alternative.click();

    // Typing again after all the settings changes (the engine is asked again, settings re-read).
    const again = pages[1];
    if (again) {
      await again.bringToFront();
      await focusFixture(again);
      await again.keyboard.type(' whatever', { delay: 5 });
      await waitFor('underline after settings changes', () => underlines(again), (l) => l.length > 0);
    }
    // Let anything deferred (timers, idle callbacks, beacons on hide) happen before counting.
    for (const p of [...pages, popup, options, welcome]) await p.close();
    await new Promise((r) => setTimeout(r, 1000));

    // Positive controls: each recorder sees requests of its context, and they are attributed to it.
    const controlSw = `${server.origin}${CONTROL}service-worker`;
    const controlPopup = `${server.origin}${CONTROL}popup`;
    const controlContent = `${server.origin}${CONTROL}content-script`;
    await b.serviceWorker?.evaluate((u) => fetch(u).then(() => undefined, () => undefined), controlSw);
    const controlPage = await extensionPage('popup.html');
    await controlPage.evaluate((u) => fetch(u).then(() => undefined, () => undefined), controlPopup);
    const { page: fixture, worlds } = await openRecorded('textarea');
    await worlds.value(`fetch(${JSON.stringify(controlContent)}).then(() => 1, () => 0)`, await worlds.heardContext());
    await waitFor('controls recorded', async () => requests.filter((r) => r.url.includes(CONTROL)).length, (n) => n >= 3);
    await controlPage.close();
    await fixture.close();

    const isControl = (r: Recorded): boolean => r.url.includes(CONTROL);
    const fromWorker = (r: Recorded): boolean => r.worker !== null && r.worker.startsWith(own);
    const fromExtensionPage = (r: Recorded): boolean => r.frame.startsWith(own) || (r.navigation && r.url.startsWith(own));
    const isWebPage = (r: Recorded): boolean => !fromWorker(r) && !fromExtensionPage(r) && r.worker === null;
    const inMemory = (r: Recorded): boolean => /^(data|blob):/.test(r.url);
    const initiatedByContentScript = (r: Recorded): boolean => (initiators.get(r.url) ?? []).some((i) => i.includes(own));
    /** A file of test/fixtures/dist on the fixture server, or the page's inline data: favicon. */
    const pageOwnFile = (r: Recorded): boolean => {
      if (r.url.startsWith('data:')) return true;
      if (!r.url.startsWith(`${server.origin}/`)) return false;
      const file = decodeURIComponent(new URL(r.url).pathname).slice(1);
      return file !== '' && !file.includes('..') && existsSync(path.join(FIXTURES_DIST, file));
    };

    const controls = requests.filter(isControl);
    expect(controls.some((r) => r.url === controlSw && fromWorker(r)), 'service-worker control recorded').toBe(true);
    expect(controls.some((r) => r.url === controlPopup && fromExtensionPage(r)), 'popup control recorded').toBe(true);
    expect(
      controls.some((r) => r.url === controlContent && isWebPage(r) && !pageOwnFile(r)),
      'content-script control recorded on its page and not explained by the page',
    ).toBe(true);

    const measured = requests.filter((r) => !isControl(r));
    const workerRequests = measured.filter(fromWorker);
    const extensionPageRequests = measured.filter(fromExtensionPage);
    const webPageRequests = measured.filter(isWebPage);
    const otherWorkers = measured.filter((r) => r.worker !== null && !fromWorker(r));

    const network = (list: Recorded[]): Recorded[] => list.filter((r) => !r.url.startsWith(own) && !inMemory(r));
    const byExtension = [
      ...network(workerRequests),
      ...network(extensionPageRequests),
      ...webPageRequests.filter((r) => initiatedByContentScript(r) && !r.url.startsWith(own)),
      ...webPageRequests.filter((r) => !pageOwnFile(r) && !r.url.startsWith(own)),
    ];
    const ownFiles = [...workerRequests, ...extensionPageRequests, ...webPageRequests].filter((r) => r.url.startsWith(own));
    const pageDocuments = webPageRequests.filter((r) => r.type === 'document');
    const pageAssets = webPageRequests.filter((r) => r.type !== 'document');
    const extensionSockets = sockets.filter((s) => !s.url.startsWith(server.origin.replace('http', 'ws')));

    console.log(
      [
        `[privacy] requests recorded: ${requests.length} (${controls.length} positive controls set aside)`,
        `[privacy] by the extension over the network: ${byExtension.length}; websockets: ${sockets.length}`,
        `[privacy] extension's own packaged files loaded (chrome-extension://, not network): ${ownFiles.length} ` +
          `(service worker ${workerRequests.length}, extension pages ${extensionPageRequests.filter((r) => r.url.startsWith(own)).length})`,
        `[privacy] fixture pages: ${pageDocuments.length} documents, ${pageAssets.length} assets, all on ${server.origin}: ` +
          `${webPageRequests.every(pageOwnFile)}`,
      ].join('\n'),
    );

    expect(byExtension.map((r) => `${r.type} ${r.url} (${r.worker ?? r.frame})`), 'requests made by the extension').toEqual([]);
    expect(extensionSockets, 'websockets').toEqual([]);
    expect(otherWorkers.map((r) => r.url), 'requests of other workers').toEqual([]);
    expect(webPageRequests.filter((r) => !pageOwnFile(r)).map((r) => r.url), 'the pages load only their own files').toEqual([]);
    expect(pageDocuments.length).toBeGreaterThanOrEqual(4);
    // The controls' 404s are the only console errors allowed.
    expect(b.errors.list.filter((e) => !e.url.includes(CONTROL)), b.errors.format()).toEqual([]);
  });
});

/**
 * The toolbar popup in Chromium with the e2e build (npm run build:e2e): the scratchpad, the field of the
 * active tab (Apply, Ignore), the site switch and pause, the badge, restricted pages, and axe.
 * The popup is opened as a page; `popup.html?tab=<id>` points it at the tab under test.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_EXTENSION_DIR,
  REPO_ROOT,
  fixtureText,
  focusFixture,
  launchBrowser,
  normalizeText,
  openFixture,
  saveScreenshot,
  startFixtureServer,
  type FixtureServer,
  type LaunchedBrowser,
} from './harness';

const FLAGGED = 'you never listen to me';
const KEY = 'heard.settings';
const AXE = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

let server: FixtureServer;
let b: LaunchedBrowser;

interface Blob {
  [key: string]: unknown;
}

async function writeBlob(blob: Blob): Promise<void> {
  await b.serviceWorker?.evaluate(
    async ({ key, value }) => {
      const g = globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> }; local: { remove(k: string): Promise<void> } } } };
      await g.chrome.storage.local.remove(key);
      await g.chrome.storage.sync.set({ [key]: value });
    },
    { key: KEY, value: { version: 1, savedAt: Date.now(), ...blob } },
  );
}

async function readBlob(): Promise<Blob> {
  const stored = await b.serviceWorker?.evaluate(async (key) => {
    const g = globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await g.chrome.storage.sync.get(key))[key];
  }, KEY);
  return (stored ?? {}) as Blob;
}

/** The id of the (single) open tab whose URL starts with `prefix`. */
async function tabIdFor(prefix: string): Promise<number> {
  const id = await b.serviceWorker?.evaluate(async (p) => {
    const g = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
    const tabs = await g.chrome.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(p))?.id;
  }, prefix);
  if (id === undefined) throw new Error(`no tab at ${prefix}`);
  return id;
}

async function badge(tabId: number): Promise<string> {
  return (await b.serviceWorker?.evaluate(async (id) => {
    const g = globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } };
    return g.chrome.action.getBadgeText({ tabId: id });
  }, tabId)) as string;
}

async function openPopup(tabId?: number): Promise<Page> {
  const page = await b.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`chrome-extension://${b.extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  await page.locator('main').waitFor();
  return page;
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP), so axe is evaluated rather than added as a <script>.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(' ')}`);
}

async function typeInFixture(page: Page, text: string): Promise<void> {
  await focusFixture(page);
  await page.keyboard.type(text, { delay: 5 });
}

beforeAll(async () => {
  server = await startFixtureServer();
  // HEARD_EXTENSION_DIR lets a run use its own copy of the e2e build (the default is .output/e2e/chrome-mv3).
  b = await launchBrowser({ extension: process.env.HEARD_EXTENSION_DIR });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

beforeEach(async () => {
  b.errors.clear();
  await writeBlob({ addedSites: ['localhost', '127.0.0.1'] });
  for (const page of b.context.pages().slice(1)) await page.close();
});

describe('scratchpad', () => {
  it('analyses a typed message and shows findings with alternatives', async () => {
    const popup = await openPopup();
    await popup.getByLabel('Message to try').fill(FLAGGED);
    const finding = popup.getByRole('article').first();
    await finding.waitFor({ timeout: 5000 });
    await expect(finding.textContent()).resolves.toMatch(/never/i);
    expect(await popup.locator('.tone-chip').textContent()).toMatch(/Warm|Neutral|Tense|Heated/);
    expect(await popup.getByRole('button', { name: 'Use this' }).count()).toBeGreaterThan(0);
    expect(await popup.getByRole('button', { name: 'Copy' }).count()).toBeGreaterThan(0);
    expect(b.errors.list).toEqual([]);
  });

  it('shows the "open the card" shortcut the browser has', async () => {
    const popup = await openPopup();
    const note = popup.locator('.shortcut-note');
    await note.waitFor();
    expect(await note.locator('kbd').textContent()).toBe('Alt+Shift+H');
  });

  it('"Use this" rewrites the scratchpad text', async () => {
    const popup = await openPopup();
    const box = popup.getByLabel('Message to try');
    await box.fill(FLAGGED);
    await popup.getByRole('button', { name: 'Use this' }).first().click();
    await expect.poll(() => box.inputValue()).not.toBe(FLAGGED);
  });

  it('gives one tone verdict: an apology reads warm throughout, mock praise never does', async () => {
    const popup = await openPopup();
    const box = popup.getByLabel('Message to try');
    await box.fill("I'm so sorry, I messed up and I know it hurt you.");
    await expect.poll(() => popup.locator('.tone-chip').textContent()).toBe('Warm');
    await popup.getByText('This reads warm', { exact: false }).waitFor();
    await box.fill('Great job breaking the build again, really impressive.');
    await popup.getByRole('article').first().waitFor();
    expect(await popup.locator('.tone-chip').textContent()).toBe('Heated');
    expect(await popup.getByText('This reads warm', { exact: false }).count()).toBe(0);
    // The meter sits on the heated side, where the label is.
    const left = await popup.locator('.tone-dot').evaluate((el) => parseFloat((el as HTMLElement).style.left));
    expect(left).toBeLessThan(50);
  });

  it('says something kind when nothing is flagged', async () => {
    const popup = await openPopup();
    await popup.getByLabel('Message to try').fill('Thank you for dinner, it meant a lot to me.');
    await expect.poll(() => popup.locator('.empty-title').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/warm|land hard/i)]),
    );
    expect(await popup.getByRole('article').count()).toBe(0);
  });

  it('on the popup page itself the site card says extensions cannot run there', async () => {
    const popup = await openPopup();
    await expect(popup.getByText("Heard can't run on this page")).toBeDefined();
    await popup.getByText("Heard can't run on this page").waitFor();
  });
});

describe('the active tab', () => {
  it('shows the field\'s findings by sentence, and Apply changes the field', async () => {
    const page = await openFixture(b.context, server.url('textarea.html'));
    await typeInFixture(page, `${FLAGGED}.`);
    const tabId = await tabIdFor(server.origin);
    await expect.poll(() => badge(tabId), { timeout: 5000 }).toBe('1');

    const popup = await openPopup(tabId);
    await popup.getByRole('heading', { name: 'Your message' }).waitFor();
    await popup.getByRole('article').first().waitFor();
    await saveScreenshot(popup, 'popup');
    expect(await popup.locator('blockquote.sentence').first().textContent()).toContain('never');
    await popup.getByRole('button', { name: 'Apply' }).first().click();
    await popup.getByText('Applied.').waitFor();
    await expect.poll(async () => normalizeText(await fixtureText(page))).not.toBe(`${FLAGGED}.`);
    expect(b.errors.list).toEqual([]);
  });

  it('"Say it gently" previews the whole message rewritten and puts it in the field in one step', async () => {
    const message = 'honestly you never listen to me. just calm down';
    const page = await openFixture(b.context, server.url('textarea.html'));
    await typeInFixture(page, message);
    const tabId = await tabIdFor(server.origin);
    await expect.poll(() => badge(tabId), { timeout: 5000 }).toBe('2');

    const popup = await openPopup(tabId);
    await popup.getByRole('button', { name: 'Say it gently' }).click();
    const dialog = popup.getByRole('dialog', { name: 'Say it gently' });
    await dialog.waitFor();
    expect(await dialog.locator('.gentle-tone').textContent()).toMatch(/^Tone: Heated → (Neutral|Warm)$/);
    expect(await dialog.locator('del').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('never')]));
    expect(await dialog.locator('ins').count()).toBeGreaterThan(0);
    expect(await dialog.getByRole('combobox').count()).toBe(2);
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await saveScreenshot(popup, 'popup-gentle');

    // "Keep as written" for the first phrase, then use the message.
    await dialog.getByRole('combobox').first().selectOption({ label: 'Keep as written' });
    await expect.poll(() => dialog.getByLabel('Edit before using').inputValue()).toContain('you never listen to me');
    const text = await dialog.getByLabel('Edit before using').inputValue();
    expect(text).not.toContain('calm down');
    await dialog.getByRole('button', { name: 'Use this message' }).click();
    await popup.getByText('Applied.').waitFor();
    await expect.poll(async () => normalizeText(await fixtureText(page))).toBe(normalizeText(text));
    expect(b.errors.list).toEqual([]);
  });

  it('stays within 600 × 600 px with a long message, scrolls inside, and nothing moves under the pointer after Apply', async () => {
    const page = await openFixture(b.context, server.url('textarea.html'));
    const long = [
      "I can't believe this. you never listen to me",
      "it's your fault we missed the train",
      'calm down, you are overreacting',
      'whatever, do whatever you want',
      'per my last email, the report was due friday',
      'you always do this and you did that on purpose',
    ].join('. ');
    await typeInFixture(page, long);
    const tabId = await tabIdFor(server.origin);
    const popup = await openPopup(tabId);
    await popup.getByRole('heading', { name: 'Your message' }).waitFor();
    await popup.getByRole('article').nth(3).waitFor();
    const size = await popup.evaluate(() => ({
      // What the browser sizes the popup to: the body's content (the test viewport is 800 px tall, so the
      // document itself is never shorter than that).
      height: Math.max(document.body.scrollHeight, document.body.getBoundingClientRect().height),
      width: Math.max(document.body.scrollWidth, document.documentElement.scrollWidth),
      panelScrolls: (() => {
        const panel = document.querySelector('.popup-scroll');
        return !!panel && panel.scrollHeight > panel.clientHeight && getComputedStyle(panel).overflowY === 'auto';
      })(),
    }));
    console.log(`[popup] ${size.width} × ${size.height} px with ${long.length} characters`);
    expect(size.height).toBeLessThanOrEqual(600);
    expect(size.width).toBeLessThanOrEqual(600);
    expect(size.panelScrolls, 'the message panel scrolls on its own').toBe(true);

    const apply = popup.getByRole('button', { name: 'Apply' }).first();
    await apply.scrollIntoViewIfNeeded();
    const before = await apply.boundingBox();
    if (!before) throw new Error('no Apply button');
    const x = before.x + before.width / 2;
    const y = before.y + before.height / 2;
    const under = (): Promise<string> =>
      popup.evaluate(({ px, py }) => {
        const el = document.elementFromPoint(px, py)?.closest('li, article, button');
        return `${el?.tagName ?? ''}:${el?.textContent ?? ''}`;
      }, { px: x, py: y });
    const target = await under();
    await popup.mouse.move(x, y);
    await popup.mouse.click(x, y);
    await popup.getByText('Applied.').waitFor();
    await expect.poll(async () => normalizeText(await fixtureText(page))).not.toBe(long);
    // Several of the popup's polls later, the same thing is under the still pointer.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await under()).toBe(target);
    // Once the pointer leaves, the new analysis comes in (one finding fewer).
    const count = await popup.getByRole('article').count();
    await popup.mouse.move(2, 2);
    await expect.poll(() => popup.getByRole('article').count()).toBeLessThan(count);
  });

  it('Ignore adds the phrase to the ignored list', async () => {
    const page = await openFixture(b.context, server.url('textarea.html'));
    await typeInFixture(page, `${FLAGGED}.`);
    const tabId = await tabIdFor(server.origin);
    const popup = await openPopup(tabId);
    const ignore = popup.getByRole('button', { name: /^Ignore/ }).first();
    await ignore.waitFor();
    await ignore.click();
    await expect.poll(async () => (await readBlob()).ignoredPhrases).toEqual([expect.stringMatching(/never/)]);
  });

  it('asks to click into a field before one was used', async () => {
    await openFixture(b.context, server.url('textarea.html'));
    const popup = await openPopup(await tabIdFor(server.origin));
    await popup.getByText('Nothing to read yet').waitFor();
  });
});

describe('site control', () => {
  const GMAIL = 'https://mail.google.com/mail/u/0/';

  beforeAll(async () => {
    // A default site, served locally: the production matches apply to it.
    await b.context.route(/^https:\/\/mail\.google\.com\//, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Mail</title><label for=t>Message</label><textarea id=t></textarea>',
      }),
    );
  });

  it('"Heard on Gmail" switches the site off and on, and it persists', async () => {
    const gmail = await b.newPage();
    await gmail.goto(GMAIL);
    const popup = await openPopup(await tabIdFor('https://mail.google.com/'));
    const toggle = popup.getByRole('switch', { name: 'Heard on Gmail' });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await expect.poll(async () => (await readBlob()).disabledSites).toEqual(['gmail']);

    // A fresh popup reads it back; the page's content script reports itself off.
    const again = await openPopup(await tabIdFor('https://mail.google.com/'));
    await expect.poll(() => again.getByRole('switch', { name: 'Heard on Gmail' }).getAttribute('aria-checked')).toBe('false');
    await again.getByRole('switch', { name: 'Heard on Gmail' }).click();
    await expect.poll(async () => (await readBlob()).disabledSites).toEqual([]);
  });

  it('the badge counts findings and empties when the site is switched off', async () => {
    const gmail = await b.newPage();
    await gmail.goto(GMAIL);
    await gmail.click('#t');
    await gmail.keyboard.type(`${FLAGGED}.`, { delay: 5 });
    const tabId = await tabIdFor('https://mail.google.com/');
    await expect.poll(() => badge(tabId), { timeout: 5000 }).toBe('1');
    await writeBlob({ disabledSites: ['gmail'] });
    await expect.poll(() => badge(tabId), { timeout: 5000 }).toBe('');
  });

  it('pauses everywhere for an hour and resumes', async () => {
    const popup = await openPopup(await tabIdFor(server.origin).catch(() => undefined));
    const before = Date.now();
    await popup.getByRole('button', { name: 'Pause everywhere for 1 hour' }).click();
    await expect.poll(async () => Number((await readBlob()).pausedUntil)).toBeGreaterThanOrEqual(before + 59 * 60 * 1000);
    await popup.getByText(/Paused everywhere until/).waitFor();
    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(async () => (await readBlob()).pausedUntil).toBe(0);
  });

  it('switching an added site off removes it', async () => {
    await openFixture(b.context, server.url('textarea.html'));
    const popup = await openPopup(await tabIdFor(server.origin));
    const toggle = popup.getByRole('switch', { name: 'Heard on localhost' });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(async () => (await readBlob()).addedSites).toEqual(['127.0.0.1']);
  });

  it('a browser page is shown as a place Heard cannot run', async () => {
    const internal = await b.newPage();
    await internal.goto('chrome://version/');
    const id = await b.serviceWorker?.evaluate(async () => {
      const g = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; title?: string }[]> } } };
      const tabs = await g.chrome.tabs.query({ active: true, currentWindow: true });
      return tabs[0]?.id;
    });
    const popup = await openPopup(id);
    await popup.getByText("Heard can't run on this page").waitFor();
  });
});

describe('accessibility', () => {
  it('has no serious or critical axe violations with findings shown', async () => {
    const page = await openFixture(b.context, server.url('textarea.html'));
    await typeInFixture(page, `${FLAGGED}.`);
    const popup = await openPopup(await tabIdFor(server.origin));
    await popup.getByRole('article').first().waitFor();
    await popup.getByLabel('Message to try').fill('calm down. I feel hurt when plans change.');
    await expect.poll(() => popup.getByRole('article').count(), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect(await seriousAxeViolations(popup)).toEqual([]);
  });

  it('every control has an accessible name', async () => {
    const popup = await openPopup();
    const unnamed = await popup.evaluate(() =>
      [...document.querySelectorAll('button, [role=switch], textarea, input')].filter((el) => {
        const label = (el as HTMLElement).getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '';
        const labelled = (el as HTMLInputElement).labels?.length ?? 0;
        return label.trim() === '' && labelled === 0 && !(el as HTMLElement).hasAttribute('aria-labelledby');
      }).length,
    );
    expect(unnamed).toBe(0);
  });
});

describe('a site added at run time', () => {
  // The browser's permission prompt cannot be answered in headless Chromium, so this copy of the build
  // holds example.com as if the user had granted it; the background then treats it like any added site.
  let dir: string;
  let own: LaunchedBrowser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'heard-ext-'));
    cpSync(process.env.HEARD_EXTENSION_DIR ?? DEFAULT_EXTENSION_DIR, dir, { recursive: true });
    const manifestPath = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
    manifest.host_permissions.push('https://example.com/*');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    own = await launchBrowser({ extension: dir });
    await own.context.route(/^https:\/\/example\.com\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Chat</title><label for=t>Message</label><textarea id=t></textarea>' }),
    );
  });

  afterAll(async () => {
    await own?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const evaluate = <T>(expression: string): Promise<T> => own.serviceWorker?.evaluate(expression) as Promise<T>;

  it('gets the content script registered and injected into its open tab, without a reload', async () => {
    const chat = await own.newPage();
    await chat.goto('https://example.com/room');
    await evaluate(`chrome.storage.sync.set({ '${KEY}': { version: 1, addedSites: ['example.com'], savedAt: Date.now() } })`);
    await expect
      .poll(() => evaluate<{ id: string; matches: string[]; js: string[] }[]>('chrome.scripting.getRegisteredContentScripts()'))
      .toEqual([expect.objectContaining({ id: 'heard-site-example.com', matches: ['https://example.com/*'], js: ['content-scripts/content.js'] })]);

    // Injected into the tab that was already open: typing there is read at once.
    await chat.click('#t');
    await chat.keyboard.type(`${FLAGGED}.`, { delay: 5 });
    const tabId = await evaluate<number>(`chrome.tabs.query({}).then((tabs) => tabs.find((t) => (t.url || '').startsWith('https://example.com/')).id)`);
    await expect.poll(() => evaluate<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`), { timeout: 5000 }).toBe('1');

    // After a reload the registered script starts by itself.
    await chat.reload();
    await expect
      .poll(() => evaluate<{ host?: string } | null>(`chrome.tabs.sendMessage(${tabId}, { type: 'heard:get-state' }).catch(() => null)`))
      .toMatchObject({ host: 'example.com', enabled: true });
  });

  it('switching it off in the popup removes the site and its registration', async () => {
    const tabId = await evaluate<number>(`chrome.tabs.query({}).then((tabs) => tabs.find((t) => (t.url || '').startsWith('https://example.com/')).id)`);
    const popup = await own.newPage();
    await popup.goto(`chrome-extension://${own.extensionId}/popup.html?tab=${tabId}`);
    const toggle = popup.getByRole('switch', { name: 'Heard on example.com' });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => evaluate<unknown[]>('chrome.scripting.getRegisteredContentScripts()')).toEqual([]);
    await expect
      .poll(() => evaluate<{ addedSites: string[] }>(`chrome.storage.sync.get('${KEY}').then((r) => r['${KEY}'])`))
      .toMatchObject({ addedSites: [] });
    expect(own.errors.list).toEqual([]);
  });
});

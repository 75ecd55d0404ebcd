/**
 * The options page in Chromium with the e2e build (npm run build:e2e): every setting persists (also across
 * a browser restart), garbage or newer-version storage falls back field by field, sites, ignored phrases,
 * the choice counts, export/import, reset, and axe.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, launchBrowser, saveScreenshot, type LaunchedBrowser } from './harness';

const KEY = 'heard.settings';
const CHOICES_KEY = 'heard.choices';
const AXE = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
// HEARD_EXTENSION_DIR lets a run use its own copy of the e2e build (the default is .output/e2e/chrome-mv3).
const EXTENSION = process.env.HEARD_EXTENSION_DIR;

type Blob = Record<string, unknown>;

async function writeRaw(b: LaunchedBrowser, value: unknown): Promise<void> {
  await b.serviceWorker?.evaluate(
    async ({ key, value }) => {
      const g = globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> }; local: { remove(k: string): Promise<void> } } } };
      await g.chrome.storage.local.remove(key);
      await g.chrome.storage.sync.set({ [key]: value });
    },
    { key: KEY, value },
  );
}

async function readBlob(b: LaunchedBrowser): Promise<Blob> {
  const stored = await b.serviceWorker?.evaluate(async (key) => {
    const g = globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await g.chrome.storage.sync.get(key))[key];
  }, KEY);
  return (stored ?? {}) as Blob;
}

/** Puts choice counts in storage.local (null removes them). */
async function writeChoices(b: LaunchedBrowser, value: unknown): Promise<void> {
  await b.serviceWorker?.evaluate(
    async ({ key, value }) => {
      const g = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } };
      if (value === null) await g.chrome.storage.local.remove(key);
      else await g.chrome.storage.local.set({ [key]: value });
    },
    { key: CHOICES_KEY, value },
  );
}

async function readChoices(b: LaunchedBrowser): Promise<unknown> {
  return b.serviceWorker?.evaluate(async (key) => {
    const g = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await g.chrome.storage.local.get(key))[key];
  }, CHOICES_KEY);
}

async function openOptions(b: LaunchedBrowser): Promise<Page> {
  const page = await b.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  const heading = page.getByRole('heading', { name: 'What Heard notices' });
  try {
    await heading.waitFor({ timeout: 15_000 });
  } catch {
    // Once on CI (Chromium 156) the page never showed its settings, for every test of one browser, and it could not
    // be reproduced. What it showed is printed, and the page is loaded once more before the test gives up.
    console.warn(`[options] settings not shown after 15 s, reloading:\n${await pageState(b, page)}`);
    await page.reload();
    try {
      await heading.waitFor({ timeout: 15_000 });
    } catch (error) {
      throw new Error(`The options page did not show its settings:\n${await pageState(b, page)}`, { cause: error });
    }
  }
  return page;
}

/** What an extension page shows, where it is, and the errors seen so far. */
async function pageState(b: LaunchedBrowser, page: Page): Promise<string> {
  const text = await page.evaluate(() => document.body?.innerText ?? '(no body)').catch((e: unknown) => `(unreadable: ${String(e)})`);
  const worker = await b.serviceWorker?.evaluate(() => 'answers').catch((e: unknown) => `does not answer: ${String(e)}`);
  return [
    `url ${page.url()}`,
    `text ${JSON.stringify(text.slice(0, 400))}`,
    `service worker ${worker ?? 'none'}`,
    `errors ${b.errors.format() || 'none'}`,
  ].join('\n');
}

const checked = (page: Page, name: string) => page.getByRole('switch', { name, exact: true }).getAttribute('aria-checked');

async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP), so axe is evaluated rather than added as a <script>.
  await page.evaluate(await readFile(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(' ')}`);
}

describe('options page', () => {
  let b: LaunchedBrowser;

  beforeAll(async () => {
    b = await launchBrowser({ extension: EXTENSION });
  });

  afterAll(async () => {
    await b?.close();
  });

  beforeEach(async () => {
    b.errors.clear();
    await writeRaw(b, { version: 1, savedAt: Date.now() });
    await writeChoices(b, null);
    for (const page of b.context.pages().slice(1)) await page.close();
  });

  it('lists every category with an example, the sites and the privacy statement', async () => {
    const page = await openOptions(b);
    expect(await page.getByRole('switch').count()).toBeGreaterThanOrEqual(9 + 14);
    expect(await checked(page, 'Always / never')).toBe('true');
    await page.getByText('For example “you never listen”.').waitFor();
    expect(await checked(page, 'Gmail')).toBe('true');
    await page.getByRole('heading', { name: 'Privacy' }).waitFor();
    await page.getByText(/makes no network requests/).waitFor();
    await saveScreenshot(page, 'options');
    expect(b.errors.list).toEqual([]);
  });

  it('saves a category switch, sensitivity and hint placement', async () => {
    const page = await openOptions(b);
    await page.getByRole('switch', { name: 'Blame', exact: true }).click();
    await page.getByRole('radio', { name: /Strict/ }).check();
    await page.getByRole('radio', { name: /Only in the popup/ }).check();
    await expect.poll(async () => readBlob(b)).toMatchObject({
      categories: expect.objectContaining({ blame: false, absolutist: true }),
      sensitivity: 'strict',
      hints: 'popup',
    });
    expect(await checked(page, 'Blame')).toBe('false');
  });

  it('switches a default site off', async () => {
    const page = await openOptions(b);
    await page.getByRole('switch', { name: 'Discord', exact: true }).click();
    await expect.poll(async () => (await readBlob(b)).disabledSites).toEqual(['discord']);
  });

  it('shows added sites; removing one drops it from settings', async () => {
    await writeRaw(b, { version: 1, addedSites: ['localhost', 'chat.example.com'], savedAt: Date.now() });
    const page = await openOptions(b);
    await page.getByRole('switch', { name: 'chat.example.com', exact: true }).waitFor();
    // No permission for chat.example.com on this device: the page offers to allow it.
    await page.getByRole('button', { name: 'Allow Heard on chat.example.com' }).waitFor();
    await page.getByRole('switch', { name: 'localhost', exact: true }).click();
    await expect.poll(async () => (await readBlob(b)).disabledSites).toEqual(['localhost']);
    await page.getByRole('button', { name: 'Remove chat.example.com' }).click();
    await expect.poll(async () => (await readBlob(b)).addedSites).toEqual(['localhost']);
    await page.getByText('chat.example.com removed', { exact: false }).waitFor();
  });

  it('rejects an address that is not one', async () => {
    const page = await openOptions(b);
    await page.getByLabel('Add a site').fill('not a site');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText("That doesn't look like a web address", { exact: false }).waitFor();
  });

  it('lists ignored phrases and removes one', async () => {
    await writeRaw(b, { version: 1, ignoredPhrases: ['whatever', 'calm down'], savedAt: Date.now() });
    const page = await openOptions(b);
    await page.getByText('whatever', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Stop ignoring “whatever”' }).click();
    await expect.poll(async () => (await readBlob(b)).ignoredPhrases).toEqual(['calm down']);
  });

  it('lists what was ignored per site and turned off, and takes each back', async () => {
    await writeRaw(b, {
      version: 1,
      siteIgnoredPhrases: { gmail: ['you never listen'], 'chat.example.com': ['whatever'] },
      categories: { blame: false },
      savedAt: Date.now(),
    });
    const page = await openOptions(b);
    await page.getByRole('heading', { name: 'Ignored on Gmail' }).waitFor();
    await page.getByRole('heading', { name: 'Ignored on chat.example.com' }).waitFor();
    await page.getByRole('heading', { name: 'Turned off on every site' }).waitFor();
    expect(await page.locator('.shortcut-note kbd').textContent()).toBe('Alt+Shift+H');
    await page.getByRole('button', { name: 'Stop ignoring “you never listen” on Gmail' }).click();
    await expect.poll(async () => (await readBlob(b)).siteIgnoredPhrases).toEqual({ 'chat.example.com': ['whatever'] });
    await page.getByRole('button', { name: 'Turn Blame back on' }).click();
    await expect.poll(async () => (await readBlob(b)).categories).toMatchObject({ blame: true });
  });

  it('lists what you choose per rule, follows new counts, and clears them', async () => {
    await writeChoices(b, {
      version: 1,
      rules: {
        'demand/ultimatum': { applied: { 'Ask with a choice': 3, '#0': 1 }, ignored: 2 },
        'blame/your-fault': { applied: {}, ignored: 1 },
        'not-a-rule': { applied: { Hostile: 9 } },
      },
    });
    const page = await openOptions(b);
    const section = page.getByRole('region', { name: 'What you choose' });
    await section.getByText('Most chosen: “Ask with a choice” (3 of 4)').waitFor();
    await section.getByText('Alternatives used: 4 · Closed without one: 2').waitFor();
    await section.getByText('No alternative used yet').waitFor();
    const items = section.getByRole('listitem');
    expect(await items.count()).toBe(2);
    expect(await items.first().textContent()).toContain('Demand');
    expect(await items.last().textContent()).toContain('Blame');

    await section.getByRole('button', { name: 'Clear counts' }).click();
    await section.getByText('Cleared. Alternatives are back in their usual order.').waitFor();
    await section.getByText('Nothing counted yet.', { exact: false }).waitFor();
    expect(await readChoices(b)).toBeUndefined();

    // A card in another tab counts a choice: the open page shows it.
    await writeChoices(b, { version: 1, rules: { 'demand/order': { applied: { '#1': 2 }, ignored: 0 } } });
    await section.getByText('Most chosen: “Alternative 2” (2 of 2)').waitFor();
    expect(b.errors.list).toEqual([]);
  });

  it('falls back field by field when storage holds garbage', async () => {
    await writeRaw(b, { version: 1, sensitivity: 42, hints: 'popup', categories: 'nope', disabledSites: 'slack', ignoredPhrases: ['ok', 7] });
    const page = await openOptions(b);
    expect(await page.getByRole('radio', { name: /Balanced/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /Only in the popup/ }).isChecked()).toBe(true);
    expect(await checked(page, 'Blame')).toBe('true');
    expect(await checked(page, 'Slack')).toBe('true');
    await page.getByText('ok', { exact: true }).waitFor();
    expect(b.errors.list).toEqual([]);
  });

  it('falls back to the defaults for a non-object blob', async () => {
    await writeRaw(b, 'corrupted');
    const page = await openOptions(b);
    expect(await page.getByRole('radio', { name: /Balanced/ }).isChecked()).toBe(true);
    expect(b.errors.list).toEqual([]);
  });

  it('reads a blob from a newer version and keeps what it does not know', async () => {
    await writeRaw(b, { version: 99, sensitivity: 'gentle', hints: 'ambient', quietHours: { from: 22 }, savedAt: Date.now() });
    const page = await openOptions(b);
    expect(await page.getByRole('radio', { name: /Gentle/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /In the page/ }).isChecked()).toBe(true);
    await page.getByRole('switch', { name: 'Contempt', exact: true }).click();
    await expect.poll(async () => readBlob(b)).toMatchObject({ version: 99, hints: 'ambient', quietHours: { from: 22 } });
  });

  it('exports the settings as a JSON file', async () => {
    await writeRaw(b, { version: 1, sensitivity: 'strict', ignoredPhrases: ['k.'], savedAt: Date.now() });
    const page = await openOptions(b);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toBe('heard-settings.json');
    const file = await download.path();
    const json = JSON.parse(await readFile(file, 'utf8')) as { format: string; settings: Blob };
    expect(json.format).toBe('heard-settings');
    expect(json.settings).toMatchObject({ sensitivity: 'strict', ignoredPhrases: ['k.'] });
  });

  it('imports a settings file, and says so when a file is not one', async () => {
    const page = await openOptions(b);
    const input = page.locator('input[type=file]');
    const settings = { format: 'heard-settings', version: 1, settings: { sensitivity: 'gentle', hints: 'popup', ignoredPhrases: ['fine.'] } };
    await input.setInputFiles({ name: 'heard-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(settings)) });
    await page.getByText('Settings imported.').waitFor();
    await expect.poll(async () => readBlob(b)).toMatchObject({ sensitivity: 'gentle', hints: 'popup', ignoredPhrases: ['fine.'] });
    expect(await page.getByRole('radio', { name: /Gentle/ }).isChecked()).toBe(true);

    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
    await page.getByText("That file isn't one Heard can read", { exact: false }).waitFor();
    await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    await page.getByText("That file doesn't hold Heard settings.").waitFor();
    expect((await readBlob(b)).sensitivity).toBe('gentle');
  });

  it('resets to the defaults after confirming', async () => {
    await writeRaw(b, { version: 1, sensitivity: 'strict', disabledSites: ['gmail'], savedAt: Date.now() });
    const page = await openOptions(b);
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await readBlob(b)).sensitivity).toBe('strict');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.getByText('Settings are back to the defaults.').waitFor();
    await expect.poll(async () => readBlob(b)).toMatchObject({ sensitivity: 'balanced', disabledSites: [] });
    expect(await checked(page, 'Gmail')).toBe('true');
  });

  it('works from the keyboard: Tab reaches the switches, Space toggles one', async () => {
    const page = await openOptions(b);
    let name = '';
    for (let i = 0; i < 5 && name !== 'Blame'; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => (document.activeElement?.getAttribute('role') === 'switch' ? (document.activeElement as HTMLButtonElement).labels[0]?.textContent ?? '' : ''));
    }
    expect(name).toBe('Blame');
    await page.keyboard.press('Space');
    await expect.poll(async () => ((await readBlob(b)).categories as Record<string, boolean> | undefined)?.blame).toBe(false);
  });

  it('has no serious or critical axe violations', async () => {
    await writeRaw(b, { version: 1, addedSites: ['chat.example.com'], ignoredPhrases: ['whatever'], savedAt: Date.now() });
    await writeChoices(b, { version: 1, rules: { 'blame/your-fault': { applied: { '#0': 2 }, ignored: 1 } } });
    const page = await openOptions(b);
    await page.getByRole('button', { name: 'Clear counts' }).waitFor();
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('persistence across a browser restart', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'heard-options-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  });

  it('keeps changed options in the same profile', async () => {
    const first = await launchBrowser({ extension: EXTENSION, userDataDir: dir });
    try {
      const page = await openOptions(first);
      await page.getByRole('switch', { name: 'Passive-aggressive', exact: true }).click();
      await page.getByRole('radio', { name: /Gentle/ }).check();
      await page.getByRole('switch', { name: 'Telegram Web', exact: true }).click();
      await expect.poll(async () => readBlob(first)).toMatchObject({ sensitivity: 'gentle', disabledSites: ['telegram'] });
    } finally {
      await first.close();
    }

    const second = await launchBrowser({ extension: EXTENSION, userDataDir: dir });
    try {
      const page = await openOptions(second);
      expect(await checked(page, 'Passive-aggressive')).toBe('false');
      expect(await checked(page, 'Telegram Web')).toBe('false');
      expect(await page.getByRole('radio', { name: /Gentle/ }).isChecked()).toBe(true);
      expect(second.errors.list).toEqual([]);
    } finally {
      await second.close();
    }
  });
});

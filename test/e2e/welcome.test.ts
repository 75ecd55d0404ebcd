/**
 * The welcome page in Chromium with the e2e build (npm run build:e2e): it opens by itself once after install,
 * shows Heard at work on a live example (an alternative rewrites the message), links to the settings, passes
 * axe in light and dark, and does not open again when the browser restarts with the same profile.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, launchBrowser, saveScreenshot, type LaunchedBrowser } from './harness';

const AXE = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
// HEARD_EXTENSION_DIR lets a run use its own copy of the e2e build (the default is .output/e2e/chrome-mv3).
const EXTENSION = process.env.HEARD_EXTENSION_DIR;
const EXAMPLE = 'you never listen to me when I talk about work';

const isWelcome = (page: Page): boolean => page.url().endsWith('/welcome.html');

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

describe('welcome page', () => {
  let dir: string;
  let b: LaunchedBrowser;
  let welcome: Page;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'heard-welcome-'));
    b = await launchBrowser({ extension: EXTENSION, userDataDir: dir });
  });

  afterAll(async () => {
    await b?.close();
    if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  });

  it('opens by itself, once, right after install', async () => {
    await expect.poll(() => b.context.pages().filter(isWelcome).length, { timeout: 10_000 }).toBe(1);
    const found = b.context.pages().find(isWelcome);
    if (!found) throw new Error('no welcome page');
    welcome = found;
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Heard' }).waitFor();
    expect(await welcome.title()).toBe('Welcome to Heard');
  });

  it('shows what Heard notices in the example message, with softer alternatives', async () => {
    const box = welcome.getByLabel('Example message');
    expect(await box.inputValue()).toBe(EXAMPLE);
    const finding = welcome.getByRole('article').first();
    await finding.waitFor();
    expect(await finding.getAttribute('aria-label')).toMatch(/never/i);
    expect(await finding.textContent()).toMatch(/Always \/ never/);
    expect(await welcome.getByRole('list', { name: /Softer ways to say/ }).getByRole('button').count()).toBeGreaterThan(0);
    await saveScreenshot(welcome, 'welcome');
  });

  it('shows the "open the card" shortcut and where to change it', async () => {
    const note = welcome.locator('.shortcut-note');
    await note.waitFor();
    expect(await note.locator('kbd').textContent()).toBe('Alt+Shift+H');
    expect(await note.textContent()).toContain('chrome://extensions/shortcuts');
  });

  it('explains the nine categories and the privacy promise', async () => {
    expect(await welcome.locator('.welcome-categories > li').count()).toBe(9);
    await welcome.getByRole('heading', { name: 'Your words stay on your device' }).waitFor();
    expect(await welcome.getByText('reads over your shoulder').count()).toBe(0);
    expect(await welcome.getByText('it makes no network requests at all').count()).toBe(1);
  });

  it('asks to pin the icon, with a picture of the puzzle-piece menu', async () => {
    await welcome.getByRole('heading', { name: 'Pin Heard to your toolbar' }).waitFor();
    await welcome.getByRole('img', { name: /puzzle-piece Extensions menu/ }).waitFor();
    expect(await welcome.getByText('puzzle-piece (Extensions) button', { exact: false }).count()).toBe(1);
  });

  it('clicking an alternative rewrites the message as its preview shows, and the result analyses clean', async () => {
    const box = welcome.getByLabel('Example message');
    const alternatives = welcome.getByRole('list', { name: /Softer ways to say/ }).getByRole('button');
    expect(await alternatives.count()).toBeGreaterThan(1);
    const alternative = alternatives.first();
    expect(((await alternative.locator('.alternative-label').textContent()) ?? '').length).toBeGreaterThan(0);
    expect(await alternative.locator('ins, del').count()).toBeGreaterThan(0);
    // What the preview reads without its struck words.
    const expected = await alternative.locator('.preview').evaluate((el) =>
      Array.from(el.childNodes)
        .filter((n) => n.nodeName !== 'DEL')
        .map((n) => n.textContent ?? '')
        .join(''),
    );
    await alternative.click();
    await expect.poll(() => box.inputValue()).not.toBe(EXAMPLE);
    expect(await box.inputValue()).toBe(expected);
    // Focus goes back to the message (the button is gone with its finding) and the change is announced.
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await welcome.getByRole('status').filter({ hasText: 'Done.' }).waitFor();
    // The rewrite is read again: nothing is flagged in it.
    await expect.poll(() => welcome.getByRole('article').count()).toBe(0);
    await welcome.getByText(/Nothing here should land hard|This reads warm/).waitFor();
  });

  it('has no serious or critical axe violations, in light and in dark', async () => {
    await welcome.getByLabel('Example message').fill(EXAMPLE);
    await welcome.getByRole('article').first().waitFor();
    // Reduced motion turns colour transitions off, so axe reads the final colours, not ones mid-fade.
    await welcome.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    expect(await seriousAxeViolations(welcome)).toEqual([]);
    await welcome.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(await welcome.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    // Two frames, so the dark colours are painted before axe reads them (once in CI it read the previews mid-switch).
    await welcome.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));
    expect(await seriousAxeViolations(welcome)).toEqual([]);
    await welcome.emulateMedia({ colorScheme: null, reducedMotion: null });
  });

  it('links to the settings', async () => {
    await welcome.getByRole('link', { name: 'Open Heard settings' }).click();
    await expect.poll(() => b.context.pages().some((p) => p.url().endsWith('/options.html')), { timeout: 10_000 }).toBe(true);
    const options = b.context.pages().find((p) => p.url().endsWith('/options.html'));
    await options?.getByRole('heading', { level: 1, name: 'Heard settings' }).waitFor();
    expect(b.errors.list, b.errors.format()).toEqual([]);
  });

  it('does not open again when the browser restarts with the same profile', async () => {
    await b.close();
    b = await launchBrowser({ extension: EXTENSION, userDataDir: dir });
    // The service worker is running (launchBrowser waited for it) and has had time to handle its start-up events.
    await b.serviceWorker?.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2000)));
    expect(b.context.pages().filter(isWelcome)).toEqual([]);
    expect(b.errors.list, b.errors.format()).toEqual([]);
  });
});

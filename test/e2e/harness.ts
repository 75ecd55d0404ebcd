/**
 * Browser-test harness for Heard.
 *
 * - startFixtureServer(): static server for test/fixtures/dist (built by global-setup / `npm run build:fixtures`).
 * - launchBrowser(): Debian Chromium via playwright-core, persistent context, with the e2e build of the
 *   extension (.output/e2e/chrome-mv3, produced by `npm run build:e2e`) unless `extension: false`.
 *
 * Usage:
 *   const server = await startFixtureServer();
 *   const browser = await launchBrowser();            // or launchBrowser({ extension: false })
 *   const page = await openFixture(browser.context, server.url('lexical.html'));
 *   ...
 *   expect(browser.errors).toEqual([]);
 *   await browser.close(); await server.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Worker } from 'playwright-core';
import type { HeardFixture } from '../fixtures/fixture-api';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIST = path.join(REPO_ROOT, 'test/fixtures/dist');
export const DEFAULT_EXTENSION_DIR = path.join(REPO_ROOT, '.output/e2e/chrome-mv3');
/** One fixture page per editor family of PRODUCT.md §3, each with a single editable a user types into. */
export const EDITOR_PAGES = [
  'textarea',
  'input',
  'contenteditable',
  'lexical',
  'slate',
  'draft',
  'prosemirror',
  'tiptap',
  'quill',
  'ckeditor',
  'tinymce',
  'trix',
  'iframe',
  'shadow',
] as const;

/** Screenshots the e2e run takes for the README. */
export const SCREENSHOTS_DIR = path.join(REPO_ROOT, 'docs/screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/* ------------------------------------------------------------------------------------------------ */
/* Fixture server                                                                                    */
/* ------------------------------------------------------------------------------------------------ */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface FixtureServer {
  /** Absolute URL on http://localhost:<port>/ for a path relative to test/fixtures/dist. */
  url(pathname: string): string;
  /** The origin, e.g. http://localhost:41234 */
  origin: string;
  port: number;
  close(): Promise<void>;
}

export async function startFixtureServer(options: { root?: string } = {}): Promise<FixtureServer> {
  const root = path.resolve(options.root ?? FIXTURES_DIST);
  if (!existsSync(root)) {
    throw new Error(
      `Fixture pages not built: ${root} is missing. Run \`npm run build:fixtures\` ` +
        '(vitest.e2e.config.ts does this automatically in its globalSetup).',
    );
  }

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8'): void => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed');

    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad Request');
    }
    // Browsers ask for this on every page; answer without noise in the console.
    if (pathname === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
      return;
    }
    let file = path.resolve(root, '.' + pathname);
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'Forbidden');
    try {
      let st = await stat(file).catch(() => null);
      if (st?.isDirectory()) {
        file = path.join(file, 'index.html');
        st = await stat(file).catch(() => null);
      }
      // SPA-style clean URLs: /spa/reply -> spa.html is NOT done; /foo -> foo.html is.
      if (!st && path.extname(file) === '') {
        const withHtml = `${file}.html`;
        const alt = await stat(withHtml).catch(() => null);
        if (alt?.isFile()) {
          file = withHtml;
          st = alt;
        }
      }
      if (!st?.isFile()) return send(404, `Not Found: ${pathname}`);
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      send(500, `Internal Server Error: ${String(err)}`);
    }
  };

  const server = createServer((req, res) => {
    void handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  return {
    origin,
    port,
    url(pathname: string): string {
      return new URL(pathname.replace(/^\/+/, ''), `${origin}/`).href;
    },
    close(): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
    },
  };
}

/* ------------------------------------------------------------------------------------------------ */
/* Browser                                                                                           */
/* ------------------------------------------------------------------------------------------------ */

export interface PageIssue {
  kind: 'pageerror' | 'console' | 'crash' | 'worker-console';
  url: string;
  text: string;
}

/**
 * Collects uncaught page errors and console.error messages of every page in a context (and of
 * the extension service worker). Tests typically assert `expect(errors.list).toEqual([])`.
 */
export class ErrorCollector {
  readonly list: PageIssue[] = [];
  /** Messages matching any of these are not recorded. */
  readonly ignore: RegExp[] = [];

  add(issue: PageIssue): void {
    if (this.ignore.some((re) => re.test(issue.text))) return;
    this.list.push(issue);
  }

  /** Start listening to a page (done automatically for pages of a context from launchBrowser). */
  watchPage(page: Page): void {
    page.on('pageerror', (err) => this.add({ kind: 'pageerror', url: page.url(), text: err.stack ?? err.message }));
    page.on('console', (msg) => this.onConsole('console', page.url(), msg));
    page.on('crash', () => this.add({ kind: 'crash', url: page.url(), text: 'page crashed' }));
  }

  watchWorker(worker: Worker): void {
    worker.on('console', (msg) => this.onConsole('worker-console', worker.url(), msg));
  }

  clear(): void {
    this.list.length = 0;
  }

  /** Human-readable dump, handy in assertion messages. */
  format(): string {
    return this.list.map((e) => `[${e.kind}] ${e.url}\n  ${e.text}`).join('\n');
  }

  /** Throws if any error was recorded. */
  assertNone(): void {
    if (this.list.length > 0) throw new Error(`Unexpected page errors:\n${this.format()}`);
  }

  private onConsole(kind: PageIssue['kind'], url: string, msg: ConsoleMessage): void {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    this.add({ kind, url: loc.url || url, text: msg.text() });
  }
}

export interface LaunchOptions {
  /** Unpacked extension directory; default .output/e2e/chrome-mv3. `false` = no extension. */
  extension?: string | false;
  /** Profile directory; default a fresh temp dir removed on close. A given dir is never removed. */
  userDataDir?: string;
  /** Extra Chromium switches. */
  args?: string[];
  /** Default 1280×800. */
  viewport?: { width: number; height: number };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** chrome-extension://<extensionId>/ — only when an extension is loaded. */
  extensionId?: string;
  /** The extension's MV3 service worker — only when an extension is loaded. */
  serviceWorker?: Worker;
  /** Page errors and console errors of all pages (and the service worker). */
  errors: ErrorCollector;
  /** Open a new page (tracked by `errors`). */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extension = options.extension === undefined ? DEFAULT_EXTENSION_DIR : options.extension;
  let extDir: string | undefined;
  if (extension !== false) {
    extDir = path.resolve(extension);
    if (!existsSync(path.join(extDir, 'manifest.json'))) {
      throw new Error(
        `Extension build not found: ${path.join(extDir, 'manifest.json')} does not exist.\n` +
          'Run `npm run build:e2e` first (it builds the test build of Heard into .output/e2e/chrome-mv3).',
      );
    }
  }
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`Chromium not found at ${CHROME_PATH}; set CHROME_PATH.`);
  }

  const ownDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'heard-e2e-')));

  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    ...(extDir ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : []),
    ...(options.args ?? []),
  ];

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROME_PATH,
      headless: false, // headless via --headless=new (extensions need the new headless mode)
      args,
      viewport: options.viewport ?? { width: 1280, height: 800 },
    });
  } catch (err) {
    if (ownDir) await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    throw err;
  }

  const errors = new ErrorCollector();
  for (const page of context.pages()) errors.watchPage(page);
  context.on('page', (page) => errors.watchPage(page));

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
    if (ownDir) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  };

  let serviceWorker: Worker | undefined;
  let extensionId: string | undefined;
  if (extDir) {
    try {
      serviceWorker =
        context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
        (await context.waitForEvent('serviceworker', {
          predicate: (w) => w.url().startsWith('chrome-extension://'),
          timeout: 20_000,
        }));
    } catch (err) {
      await close();
      throw new Error(
        `The extension at ${extDir} did not start a service worker within 20s ` +
          `(is it an MV3 build with a background service worker?): ${String(err)}`,
      );
    }
    extensionId = new URL(serviceWorker.url()).host;
    errors.watchWorker(serviceWorker);
  }

  return {
    context,
    extensionId,
    serviceWorker,
    errors,
    async newPage(): Promise<Page> {
      return context.newPage();
    },
    close,
  };
}

/* ------------------------------------------------------------------------------------------------ */
/* Fixture page helpers                                                                              */
/* ------------------------------------------------------------------------------------------------ */

/** Open a fixture page and wait until it has installed `window.heardFixture`. */
export async function openFixture(context: BrowserContext, url: string, page?: Page): Promise<Page> {
  const p = page ?? (await context.newPage());
  await p.goto(url);
  await waitForFixture(p);
  return p;
}

/** Wait until the page's fixture script ran (window.heardFixture present). */
export async function waitForFixture(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => window.heardFixture !== undefined, undefined, { timeout });
}

/** Text according to the editor's own model (see HeardFixture.getText). */
export function fixtureText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const f = window.heardFixture;
    if (!f) throw new Error('window.heardFixture is not defined');
    return f.getText();
  });
}

/**
 * Focus the fixture's editable through the page's own API, then wait until it really holds focus
 * (in its own document / shadow root, also when it lives in an iframe).
 */
export async function focusFixture(page: Page, timeout = 5_000): Promise<void> {
  await page.evaluate(() => {
    const f = window.heardFixture;
    if (!f) throw new Error('window.heardFixture is not defined');
    f.focus();
  });
  await page.waitForFunction(
    () => {
      const el = window.heardFixture?.editable();
      if (!el) return false;
      const root = el.getRootNode() as Document | ShadowRoot;
      const active = root.activeElement;
      return el.ownerDocument.hasFocus() && active !== null && (active === el || el.contains(active));
    },
    undefined,
    { timeout },
  );
}

/** Normalise model text for comparisons: NBSP→space, CRLF→LF, trailing newlines/whitespace trimmed. */
export function normalizeText(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n').replace(/\s+$/u, '').replace(/^\s+/u, '');
}

export type { HeardFixture };

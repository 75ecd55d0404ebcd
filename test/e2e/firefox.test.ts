/**
 * Heard in Firefox: the Firefox e2e build (npm run build:e2e:firefox → .output/e2e/firefox-mv3) installed as a
 * temporary add-on in Debian's firefox-esr, driven over WebDriver BiDi (Firefox's own remote protocol, so no
 * geckodriver is needed; Playwright's Firefox needs its patched build). Covers the first run (the welcome page
 * opens by itself) and the core path on the textarea fixture: type → underline in heard-ui → card → apply.
 *
 * Needs: `apt-get install -y firefox-esr` (or FIREFOX_PATH), `npm run build:e2e:firefox`.
 *
 * Node 20 has no WebSocket client without a flag, so a minimal one (text frames only) is below.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startFixtureServer, type FixtureServer } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = path.resolve(process.env.HEARD_FIREFOX_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output/e2e/firefox-mv3'));
const FLAGGED = 'you never listen to me';
/** Settings as the page tests use them: localhost is not a default site, so it is added. */
const SETTINGS = {
  version: 1,
  categories: {},
  sensitivity: 'balanced',
  disabledSites: [],
  addedSites: ['localhost', '127.0.0.1'],
  ignoredPhrases: [],
  hints: 'inline',
  pausedUntil: 0,
};

/* ------------------------------------------------------------------------------------------------ */
/* A minimal WebSocket client (RFC 6455: client frames masked, text messages, close, ping)          */
/* ------------------------------------------------------------------------------------------------ */

class WebSocketClient {
  onMessage: (text: string) => void = () => undefined;
  private buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  static connect(url: string): Promise<WebSocketClient> {
    const target = new URL(url);
    return new Promise((resolve, reject) => {
      const req = request({
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        },
      });
      req.on('upgrade', (_res, socket: Socket, head: Buffer) => {
        const client = new WebSocketClient(socket);
        if (head.length > 0) client.receive(head);
        resolve(client);
      });
      req.on('response', (res) => reject(new Error(`WebSocket upgrade refused: HTTP ${res.statusCode}`)));
      req.on('error', reject);
      req.end();
    });
  }

  send(text: string): void {
    this.frame(0x1, Buffer.from(text, 'utf8'));
  }

  close(): void {
    this.socket.destroy();
  }

  private frame(opcode: number, payload: Buffer): void {
    const mask = randomBytes(4);
    let header: Buffer;
    if (payload.length < 126) {
      header = Buffer.from([0x80 | opcode, 0x80 | payload.length]);
    } else if (payload.length < 0x10000) {
      header = Buffer.alloc(4);
      header.writeUInt8(0x80 | opcode, 0);
      header.writeUInt8(0x80 | 126, 1);
      header.writeUInt16BE(payload.length, 2);
    } else {
      header = Buffer.alloc(10);
      header.writeUInt8(0x80 | opcode, 0);
      header.writeUInt8(0x80 | 127, 1);
      header.writeBigUInt64BE(BigInt(payload.length), 2);
    }
    const masked = Buffer.from(payload);
    for (let i = 0; i < masked.length; i++) masked.writeUInt8(masked.readUInt8(i) ^ mask.readUInt8(i % 4), i);
    this.socket.write(Buffer.concat([header, mask, masked]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.buffer.length < 2) return;
      const first = this.buffer.readUInt8(0);
      const second = this.buffer.readUInt8(1);
      let length = second & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + length) return;
      const payload = Buffer.from(this.buffer.subarray(offset, offset + length)); // servers never mask
      this.buffer = this.buffer.subarray(offset + length);
      const opcode = first & 0x0f;
      if (opcode === 0x8) {
        this.socket.end();
        return;
      }
      if (opcode === 0x9) {
        this.frame(0xa, payload);
        continue;
      }
      if (opcode !== 0x0 && opcode !== 0x1) continue;
      this.fragments.push(payload);
      if ((first & 0x80) !== 0) {
        const text = Buffer.concat(this.fragments).toString('utf8');
        this.fragments = [];
        this.onMessage(text);
      }
    }
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* WebDriver BiDi                                                                                    */
/* ------------------------------------------------------------------------------------------------ */

interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

interface RemoteValue {
  type: string;
  value?: unknown;
}

interface ContextInfo {
  context: string;
  url: string;
  children?: ContextInfo[] | null;
}

class Bidi {
  readonly events: BidiEvent[] = [];
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly ws: WebSocketClient) {
    ws.onMessage = (text) => {
      const message = JSON.parse(text) as { id?: number; type?: string; result?: unknown; error?: string; message?: string } & BidiEvent;
      if (message.id === undefined) {
        this.events.push({ method: message.method, params: message.params });
        return;
      }
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'error') waiter?.reject(new Error(`${message.error ?? 'error'}: ${message.message ?? ''}`));
      else waiter?.resolve(message.result);
    };
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (result) => resolve(result as T),
        reject: (error) => reject(new Error(`${method} failed: ${error.message}`)),
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Evaluates an expression in a browsing context (promises awaited) and returns its JSON value. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const result = await this.send<{ type: 'success' | 'exception'; result?: RemoteValue; exceptionDetails?: { text: string } }>(
      'script.evaluate',
      { expression: `(async () => JSON.stringify(await (${expression})))()`, target: { context }, awaitPromise: true },
    );
    if (result.type === 'exception') throw new Error(`script error: ${result.exceptionDetails?.text ?? 'unknown'}\n${expression}`);
    const text = result.result?.value;
    return (typeof text === 'string' ? JSON.parse(text) : undefined) as T;
  }

  async topContexts(): Promise<ContextInfo[]> {
    return (await this.send<{ contexts: ContextInfo[] }>('browsingContext.getTree', { maxDepth: 0 })).contexts;
  }
}

async function poll<T>(what: string, fn: () => Promise<T>, ok: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  let last = await fn();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await fn();
  }
  return last;
}

interface LaunchedFirefox {
  bidi: Bidi;
  ws: WebSocketClient;
  child: ChildProcess;
  profile: string;
}

async function launchFirefox(): Promise<LaunchedFirefox> {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) {
    throw new Error(`Firefox build not found: ${EXTENSION}/manifest.json. Run \`npm run build:e2e:firefox\` first.`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH).`);
  const profile = await mkdtemp(path.join(tmpdir(), 'heard-firefox-'));
  const child = spawn(FIREFOX, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start WebDriver BiDi within 30s:\n${log}`)), 30_000);
      child.stderr?.on('data', (data: Buffer) => {
        log += data.toString();
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Firefox exited (${code}) before WebDriver BiDi was up:\n${log}`));
      });
    });
    child.stderr?.resume();
    const ws = await WebSocketClient.connect(`${endpoint}/session`);
    const bidi = new Bidi(ws);
    await bidi.send('session.new', { capabilities: {} });
    return { bidi, ws, child, profile };
  } catch (error) {
    child.kill('SIGKILL');
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
}

async function closeFirefox(firefox: LaunchedFirefox | undefined): Promise<void> {
  if (!firefox) return;
  const exited = new Promise<void>((resolve) => {
    if (firefox.child.exitCode !== null || firefox.child.signalCode !== null) resolve();
    else firefox.child.once('exit', () => resolve());
  });
  await Promise.race([firefox.bidi.send('browser.close').catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);
  firefox.ws.close();
  const timer = setTimeout(() => firefox.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
  await rm(firefox.profile, { recursive: true, force: true, maxRetries: 3 });
}

/* ------------------------------------------------------------------------------------------------ */
/* Tests                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

describe('Heard in Firefox', () => {
  let server: FixtureServer;
  let firefox: LaunchedFirefox;
  let welcome: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox();
    await firefox.bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  });

  afterAll(async () => {
    await closeFirefox(firefox);
    await server?.close();
  });

  const errors = (): string[] =>
    firefox.bidi.events
      .filter((e) => e.method === 'log.entryAdded' && e.params.level === 'error')
      .map((e) => `${String(e.params.text)} (${JSON.stringify((e.params.source as { context?: string } | undefined)?.context)})`);

  it('installs as a temporary add-on and opens the welcome page by itself', async () => {
    const installed = await firefox.bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: EXTENSION },
    });
    expect(installed.extension).toBe('heard@heard.app');
    const contexts = await poll(
      'the welcome page',
      () => firefox.bidi.topContexts(),
      (list) => list.some((c) => c.url.endsWith('/welcome.html')),
    );
    const page = contexts.find((c) => c.url.endsWith('/welcome.html'));
    if (!page) throw new Error('no welcome page');
    welcome = page.context;
    expect(page.url).toMatch(/^moz-extension:\/\//);
    await poll('the example findings', () => firefox.bidi.evaluate<number>(welcome, `document.querySelectorAll('article.finding').length`), (n) => n > 0);
  });

  it('underlines a hurtful phrase typed in a textarea, and applies an alternative from the card', async () => {
    // Settings are written from an extension page (the welcome page), as the popup would.
    await firefox.bidi.evaluate(
      welcome,
      `browser.storage.sync.set({ 'heard.settings': { ...${JSON.stringify(SETTINGS)}, savedAt: Date.now() } }).then(() => true)`,
    );

    const { context } = await firefox.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await firefox.bidi.send('browsingContext.navigate', { context, url: server.url('textarea.html'), wait: 'complete' });
    await poll('the fixture', () => firefox.bidi.evaluate<boolean>(context, `window.heardFixture !== undefined`), (ok) => ok);
    await firefox.bidi.evaluate(context, `(window.heardFixture.focus(), true)`);

    const keys = [...FLAGGED].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await firefox.bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
    expect(await firefox.bidi.evaluate<string>(context, `window.heardFixture.getText()`)).toBe(FLAGGED);

    // The underline, in heard-ui's open shadow root.
    const marks = `[...(document.querySelector('heard-ui')?.shadowRoot?.querySelectorAll('.mark') ?? [])].filter((m) => !m.parentElement?.hidden).length`;
    await poll('an underline', () => firefox.bidi.evaluate<number>(context, marks), (n) => n > 0);

    // The card, by its keyboard shortcut (Alt+Shift+H) at the caret.
    const ALT = '\uE00A';
    const SHIFT = '\uE008';
    await firefox.bidi.send('input.performActions', {
      context,
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: ALT },
            { type: 'keyDown', value: SHIFT },
            { type: 'keyDown', value: 'H' },
            { type: 'keyUp', value: 'H' },
            { type: 'keyUp', value: SHIFT },
            { type: 'keyUp', value: ALT },
          ],
        },
      ],
    });
    await firefox.bidi.send('input.releaseActions', { context });
    const card = await poll(
      'the suggestion card',
      () =>
        firefox.bidi.evaluate<{ open: boolean; label: string | null; alts: { text: string; x: number; y: number }[] }>(
          context,
          `(() => {
            const el = document.querySelector('heard-ui')?.shadowRoot?.querySelector('[role="dialog"]');
            if (!el || el.hidden) return { open: false, label: null, alts: [] };
            return {
              open: true,
              label: el.getAttribute('aria-label'),
              alts: [...el.querySelectorAll('button.alt')].map((b) => {
                const r = b.getBoundingClientRect();
                // What the alternative's preview reads once applied: its sentence without the struck words.
                const result = [...(b.querySelector('.preview')?.childNodes ?? [])]
                  .filter((n) => n.nodeName !== 'DEL' && !(n instanceof Element && n.classList.contains('ellipsis')))
                  .map((n) => n.textContent)
                  .join('');
                return { text: result, x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
              }),
            };
          })()`,
        ),
      (c) => c.open && c.alts.length > 0,
    );
    expect(card.label).toBeTruthy();

    // Apply the first alternative with a real click.
    const alt = card.alts[0];
    if (!alt) throw new Error('no alternative');
    await firefox.bidi.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: alt.x, y: alt.y, origin: 'viewport' },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    const text = await poll('the text to change', () => firefox.bidi.evaluate<string>(context, `window.heardFixture.getText()`), (v) => v !== FLAGGED);
    expect(text).toContain(alt.text.trim());
    await poll('the underline to clear', () => firefox.bidi.evaluate<number>(context, marks), (n) => n === 0);
    expect(errors()).toEqual([]);
  });
});

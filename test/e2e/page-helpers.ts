/** Helpers shared by the page e2e tests (editors.test.ts, page-*.test.ts). */
import type { CDPSession, JSHandle, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, startFixtureServer, type FixtureServer, type LaunchedBrowser } from './harness';

export interface StoredSettings {
  categories: Record<string, boolean>;
  sensitivity: 'gentle' | 'balanced' | 'strict';
  disabledSites: string[];
  addedSites: string[];
  ignoredPhrases: string[];
  hints: 'inline' | 'popup';
  pausedUntil: number;
}

export const BASE_SETTINGS: StoredSettings = {
  categories: {},
  sensitivity: 'balanced',
  disabledSites: [],
  addedSites: ['localhost', '127.0.0.1'],
  ignoredPhrases: [],
  hints: 'inline',
  pausedUntil: 0,
};

/** Write Heard's settings from the service worker (localhost is not a default site, so tests add it). */
export async function writeSettings(b: LaunchedBrowser, patch: Partial<StoredSettings> = {}): Promise<void> {
  const worker = b.serviceWorker;
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(async (settings) => {
    const blob = { version: 1, ...settings, savedAt: Date.now() };
    const g = globalThis as unknown as {
      chrome: { storage: { sync: { set(v: object): Promise<void> }; local: { set(v: object): Promise<void> } } };
    };
    await g.chrome.storage.sync.set({ 'heard.settings': blob });
    await g.chrome.storage.local.set({ 'heard.settings': blob });
  }, { ...BASE_SETTINGS, ...patch });
}

export async function readSettings(b: LaunchedBrowser): Promise<StoredSettings> {
  const worker = b.serviceWorker;
  if (!worker) throw new Error('no service worker');
  return worker.evaluate(async () => {
    const g = globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await g.chrome.storage.sync.get('heard.settings'))['heard.settings'] as StoredSettings;
  });
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Rects of Heard's underlines, in the coordinates of the top page (iframes offset). */
export function underlines(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const f = window.heardFixture;
    if (!f) throw new Error('no fixture');
    const el = f.editable();
    const doc = el.ownerDocument;
    const off = doc.defaultView?.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0 };
    const fe = doc.defaultView?.frameElement;
    const border = fe ? { l: fe.clientLeft, t: fe.clientTop } : { l: 0, t: 0 };
    const ui = doc.querySelector('heard-ui');
    const marks = ui?.shadowRoot ? Array.from(ui.shadowRoot.querySelectorAll<HTMLElement>('.mark')) : [];
    return marks
      .filter((m) => !(m.parentElement as HTMLElement | null)?.hidden)
      .map((m) => {
        const r = m.getBoundingClientRect();
        const dx = off.left + border.l;
        const dy = off.top + border.t;
        return { left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy, width: r.width, height: r.height };
      });
  });
}

/** Where the phrase is drawn: a DOM Range for contenteditable, canvas text metrics for textarea/input. */
export function phraseBox(page: Page, phrase: string): Promise<Box | null> {
  return page.evaluate((phrase) => {
    const f = window.heardFixture;
    if (!f) throw new Error('no fixture');
    const el = f.editable();
    const doc = el.ownerDocument;
    const fe = doc.defaultView?.frameElement;
    const fr = fe?.getBoundingClientRect();
    const dx = fr && fe ? fr.left + fe.clientLeft : 0;
    const dy = fr && fe ? fr.top + fe.clientTop : 0;
    const box = (l: number, t: number, w: number, h: number) => ({ left: l + dx, top: t + dy, right: l + w + dx, bottom: t + h + dy, width: w, height: h });
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      const i = el.value.indexOf(phrase);
      if (i < 0) return null;
      const cs = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) return null;
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const r = el.getBoundingClientRect();
      const x = r.left + el.clientLeft + parseFloat(cs.paddingLeft) + ctx.measureText(el.value.slice(0, i)).width - el.scrollLeft;
      const w = ctx.measureText(phrase).width;
      return box(x, r.top, w, r.height);
    }
    const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(phrase);
      if (i < 0) continue;
      const range = doc.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + phrase.length);
      const r = range.getBoundingClientRect();
      return box(r.left, r.top, r.width, r.height);
    }
    return null;
  }, phrase);
}

export interface CardInfo {
  open: boolean;
  label: string | null;
  role: string | null;
  buttons: Array<{ text: string; x: number; y: number }>;
  /**
   * The alternatives: the visible label, the marked preview (removed and added words), what the preview reads
   * once applied (the preview without its struck words), and where to click.
   */
  alternatives: Array<{ label: string; removed: string[]; added: string[]; result: string; x: number; y: number }>;
  /** The quoted phrase, the card's text as a whole, and where the card is (top-page coordinates). */
  quote: string;
  text: string;
  box: { left: number; top: number; right: number; bottom: number };
  focusInCard: boolean;
}

export function card(page: Page): Promise<CardInfo> {
  return page.evaluate(() => {
    const f = window.heardFixture;
    if (!f) throw new Error('no fixture');
    const doc = f.editable().ownerDocument;
    const fe = doc.defaultView?.frameElement;
    const fr = fe?.getBoundingClientRect();
    const dx = fr && fe ? fr.left + fe.clientLeft : 0;
    const dy = fr && fe ? fr.top + fe.clientTop : 0;
    const shadow = doc.querySelector('heard-ui')?.shadowRoot;
    const el = shadow?.querySelector<HTMLElement>('[role="dialog"]');
    if (!el || el.hidden) {
      const box = { left: 0, top: 0, right: 0, bottom: 0 };
      return { open: false, label: null, role: null, buttons: [], alternatives: [], quote: '', text: '', box, focusInCard: false };
    }
    const center = (b: Element) => {
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2 + dx, y: r.top + r.height / 2 + dy };
    };
    const r = el.getBoundingClientRect();
    return {
      open: true,
      label: el.getAttribute('aria-label'),
      role: el.getAttribute('role'),
      buttons: Array.from(el.querySelectorAll('button')).map((b) => ({ text: b.textContent ?? '', ...center(b) })),
      alternatives: Array.from(el.querySelectorAll('button.alt')).map((b) => {
        const preview = b.querySelector('.preview');
        const result = Array.from(preview?.childNodes ?? [])
          .filter((n) => n.nodeName !== 'DEL' && !(n instanceof Element && n.classList.contains('ellipsis')))
          .map((n) => n.textContent ?? '')
          .join('');
        return {
          label: b.querySelector('.alt-label')?.textContent ?? '',
          removed: Array.from(b.querySelectorAll('del')).map((d) => d.textContent ?? ''),
          added: Array.from(b.querySelectorAll('ins')).map((d) => d.textContent ?? ''),
          result,
          ...center(b),
        };
      }),
      quote: el.querySelector('.quote')?.textContent ?? '',
      text: el.textContent ?? '',
      box: { left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy },
      focusInCard: !!shadow?.activeElement && el.contains(shadow.activeElement),
    };
  });
}

export function editorHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = window.heardFixture?.editable();
    if (!el) return false;
    const doc = el.ownerDocument;
    let a: Element | null = doc.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return !!a && (a === el || el.contains(a)) && doc.hasFocus();
  });
}

export async function waitFor<T>(what: string, fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 5000): Promise<T> {
  const until = Date.now() + timeout;
  let last = await fn();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await fn();
  }
  return last;
}

export function near(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol;
}

/** Heard's UI in the document of `el`: is there a heard-ui, how many underlines are visible, is a card open? */
export function heardUiFor(el: JSHandle<Element | null>): Promise<{ host: boolean; marks: number; card: boolean }> {
  return el.evaluate((node) => {
    const doc = node?.ownerDocument ?? document;
    const ui = doc.querySelector('heard-ui');
    const shadow = ui?.shadowRoot;
    const marks = shadow
      ? Array.from(shadow.querySelectorAll<HTMLElement>('.mark')).filter((m) => !(m.parentElement as HTMLElement | null)?.hidden).length
      : 0;
    const cardEl = shadow?.querySelector<HTMLElement>('[role="dialog"]');
    return { host: !!ui, marks, card: !!cardEl && !cardEl.hidden };
  });
}

/* ------------------------------------------------------------------------------------------------ */
/* Heard's footprint in a page, measured through CDP in the content script's isolated world          */
/* ------------------------------------------------------------------------------------------------ */

interface ExecutionContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

interface RemoteObjectRef {
  objectId?: string;
  value?: unknown;
  subtype?: string;
}

/**
 * The execution contexts of one page, followed live through a CDP session of our own (Runtime.enable reports
 * the existing ones, then every new and destroyed one). Heard's content script runs in an isolated world
 * whose origin is chrome-extension://<id>; Playwright's own utility world is isolated too and is skipped.
 */
export class PageWorlds {
  private readonly live = new Map<number, ExecutionContextDescription>();
  private mainFrameId = '';
  /** Uncaught exceptions and unhandled rejections of every world of the page (Runtime.exceptionThrown). */
  readonly exceptions: string[] = [];

  private constructor(
    readonly cdp: CDPSession,
    private readonly extensionId: string,
  ) {}

  static async attach(page: Page, extensionId: string): Promise<PageWorlds> {
    const cdp = await page.context().newCDPSession(page);
    const worlds = new PageWorlds(cdp, extensionId);
    cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContextDescription }) => worlds.live.set(e.context.id, e.context));
    cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => worlds.live.delete(e.executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => worlds.live.clear());
    cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) =>
      worlds.exceptions.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text),
    );
    await cdp.send('Runtime.enable');
    const tree = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    worlds.mainFrameId = tree.frameTree.frame.id;
    return worlds;
  }

  /** Live isolated worlds of Heard in the top frame, oldest first. */
  heardContexts(): number[] {
    return [...this.live.values()]
      .filter(
        (c) =>
          c.auxData?.type === 'isolated' &&
          c.auxData.frameId === this.mainFrameId &&
          c.origin === `chrome-extension://${this.extensionId}`,
      )
      .map((c) => c.id)
      .sort((a, b) => a - b);
  }

  /** The newest Heard world of the top frame (waits for the content script to arrive). */
  async heardContext(timeout = 10_000): Promise<number> {
    const ids = await waitFor('Heard isolated world', async () => this.heardContexts(), (l) => l.length > 0, timeout);
    return ids[ids.length - 1] ?? -1;
  }

  /** Evaluates `expression` in a context (the page's main world when contextId is omitted); returns a handle. */
  async handle(expression: string, contextId?: number): Promise<string | null> {
    const r = (await this.cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: false })) as {
      result: RemoteObjectRef;
      exceptionDetails?: { text: string };
    };
    if (r.exceptionDetails) throw new Error(`evaluate failed: ${r.exceptionDetails.text} (${expression})`);
    return r.result.objectId ?? null;
  }

  async value<T>(expression: string, contextId?: number): Promise<T> {
    const r = (await this.cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true })) as {
      result: RemoteObjectRef;
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(`evaluate failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  }

  /**
   * Event-listener types on the object `expression` evaluates to in `contextId`. DOMDebugger.getEventListeners
   * reports only the listeners added from the world the object handle belongs to, so an object taken from
   * Heard's isolated world lists exactly Heard's listeners (the page's own, Playwright's and WXT's in other
   * worlds are not included). Empty when the expression is null.
   */
  async listeners(expression: string, contextId: number): Promise<string[]> {
    const objectId = await this.handle(expression, contextId);
    if (!objectId) return [];
    const r = (await this.cdp.send('DOMDebugger.getEventListeners', { objectId })) as { listeners: Array<{ type: string }> };
    await this.cdp.send('Runtime.releaseObject', { objectId });
    return r.listeners.map((l) => l.type).sort();
  }

  /**
   * How many live JS objects have `prototypeExpression` (evaluated in `contextId`) on their prototype chain, after
   * a full GC. Prototypes are per world, so `MutationObserver.prototype` taken from Heard's world counts only
   * the observers Heard created. `filter` (a function source, `this` = the object) narrows the count.
   */
  async countObjects(prototypeExpression: string, contextId: number, filter = 'function () { return true; }'): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    const proto = await this.handle(prototypeExpression, contextId);
    if (!proto) return 0;
    const q = (await this.cdp.send('Runtime.queryObjects', { prototypeObjectId: proto, objectGroup: 'heard-count' })) as {
      objects: RemoteObjectRef;
    };
    const n = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: q.objects.objectId,
      // Interface prototype objects (HTMLElement.prototype…) are on the chain too; they throw and do not count.
      functionDeclaration: `function () { const keep = (${filter});
        return this.filter((o) => { try { return keep.call(o); } catch { return false; } }).length; }`,
      returnByValue: true,
    })) as { result: RemoteObjectRef; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (n.exceptionDetails) throw new Error(`countObjects failed: ${n.exceptionDetails.exception?.description ?? n.exceptionDetails.text}`);
    await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'heard-count' });
    await this.cdp.send('Runtime.releaseObject', { objectId: proto });
    return n.result.value as number;
  }

  /** V8 heap of the page's isolate (main world + every isolated world) after full GCs. */
  async heapUsedAfterGc(): Promise<number> {
    let used = Number.POSITIVE_INFINITY;
    // A few rounds: finalizers and weak callbacks free more on the next GC.
    for (let i = 0; i < 4; i++) {
      await this.cdp.send('HeapProfiler.collectGarbage');
      const h = (await this.cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      used = Math.min(used, h.usedSize);
    }
    return used;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

export interface HeardFootprint {
  /** Heard's event listeners (types), per target, in its isolated world. */
  listeners: { window: string[]; document: string[]; visualViewport: string[]; heardUi: string[]; editors: number };
  /** Live observers created by Heard. */
  observers: { mutation: number; resize: number; intersection: number };
  /** DOM nodes Heard's world still references that are no longer in the document (retained removed editors). */
  detachedNodes: number;
  /** Range objects alive in Heard's world that point into removed DOM (they keep it alive). */
  detachedRanges: number;
  /** heard-ui elements in the document and the element count inside their shadow roots. */
  heardUi: number;
  shadowNodes: number;
}

/** Measures Heard's footprint in the top frame of the page (see HeardFootprint). */
export async function heardFootprint(worlds: PageWorlds, contextId: number): Promise<HeardFootprint> {
  const editorsSelector = 'textarea, input, [contenteditable]';
  const editorCount = await worlds.value<number>(`document.querySelectorAll(${JSON.stringify(editorsSelector)}).length`, contextId);
  let editorListeners = 0;
  for (let i = 0; i < editorCount; i++) {
    editorListeners += (await worlds.listeners(`document.querySelectorAll(${JSON.stringify(editorsSelector)})[${i}]`, contextId)).length;
  }
  const ui = await worlds.value<{ count: number; nodes: number }>(
    `(() => { const all = document.querySelectorAll('heard-ui'); let nodes = 0;
      for (const h of all) nodes += h.shadowRoot ? h.shadowRoot.querySelectorAll('*').length : 0;
      return { count: all.length, nodes }; })()`,
    contextId,
  );
  return {
    listeners: {
      window: await worlds.listeners('window', contextId),
      document: await worlds.listeners('document', contextId),
      visualViewport: await worlds.listeners('window.visualViewport', contextId),
      heardUi: await worlds.listeners("document.querySelector('heard-ui')", contextId),
      editors: editorListeners,
    },
    observers: {
      mutation: await worlds.countObjects('MutationObserver.prototype', contextId),
      resize: await worlds.countObjects('ResizeObserver.prototype', contextId),
      intersection: await worlds.countObjects('IntersectionObserver.prototype', contextId),
    },
    detachedNodes: await worlds.countObjects(
      'Node.prototype',
      contextId,
      'function () { return !this.isConnected && this.nodeType !== Node.DOCUMENT_NODE; }',
    ),
    detachedRanges: await worlds.countObjects('Range.prototype', contextId, 'function () { return !this.startContainer.isConnected; }'),
    heardUi: ui.count,
    shadowNodes: ui.nodes,
  };
}

/** A test file's fixture server and browser with the e2e extension at the default settings, closed after it. */
export interface ExtensionSession {
  server: FixtureServer;
  browser: LaunchedBrowser;
}

/** Starts the session before the file's tests and closes it after them; its fields are set once they start. */
export function useExtensionSession(): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await launchBrowser();
    await writeSettings(session.browser);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

export interface GentleInfo {
  open: boolean;
  /** The before/after: the words struck through and the words added. */
  removed: string[];
  added: string[];
  tone: string;
  /** One list of alternatives per rewritten phrase. */
  choices: number;
  /** The text the writer would use (the preview's text box). */
  text: string;
  use: { x: number; y: number } | null;
  /** Bottom edge of the dialog, in top-page coordinates. */
  bottom: number;
  focusInDialog: boolean;
}

/** The "Say it gently" preview (role="dialog" named "Say it gently") in the fixture's heard-ui. */
export function gentleDialog(page: Page): Promise<GentleInfo> {
  return page.evaluate(() => {
    const f = window.heardFixture;
    if (!f) throw new Error('no fixture');
    const doc = f.editable().ownerDocument;
    const fe = doc.defaultView?.frameElement;
    const fr = fe?.getBoundingClientRect();
    const dx = fr && fe ? fr.left + fe.clientLeft : 0;
    const dy = fr && fe ? fr.top + fe.clientTop : 0;
    const shadow = doc.querySelector('heard-ui')?.shadowRoot;
    const el = shadow?.querySelector<HTMLElement>('[role="dialog"][aria-label="Say it gently"]');
    if (!el || el.hidden) return { open: false, removed: [], added: [], tone: '', choices: 0, text: '', use: null, bottom: 0, focusInDialog: false };
    const use = Array.from(el.querySelectorAll('button')).find((b) => b.textContent === 'Use this message');
    const r = use?.getBoundingClientRect();
    return {
      open: true,
      removed: Array.from(el.querySelectorAll('.gentle-diff del')).map((d) => d.textContent ?? ''),
      added: Array.from(el.querySelectorAll('.gentle-diff ins')).map((d) => d.textContent ?? ''),
      tone: el.querySelector('.gentle-tone')?.textContent ?? '',
      choices: el.querySelectorAll('select').length,
      text: el.querySelector('textarea')?.value ?? '',
      use: r ? { x: r.left + r.width / 2 + dx, y: r.top + r.height / 2 + dy } : null,
      bottom: el.getBoundingClientRect().bottom + dy,
      focusInDialog: !!shadow?.activeElement && el.contains(shadow.activeElement),
    };
  });
}

/** Helpers shared by the page e2e tests (editors.test.ts, page-*.test.ts). */
import type { JSHandle, Page } from 'playwright-core';
import type { LaunchedBrowser } from './harness';

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
    if (!el || el.hidden) return { open: false, label: null, role: null, buttons: [], focusInCard: false };
    return {
      open: true,
      label: el.getAttribute('aria-label'),
      role: el.getAttribute('role'),
      buttons: Array.from(el.querySelectorAll('button')).map((b) => {
        const r = b.getBoundingClientRect();
        return { text: b.textContent ?? '', x: r.left + r.width / 2 + dx, y: r.top + r.height / 2 + dy };
      }),
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

export async function selectAll(page: Page): Promise<void> {
  await page.keyboard.press('Control+A');
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

/**
 * Heard's page layer (content script): inline hints and in-place alternatives in every editor family.
 *   fields/      discovery (focusin through shadow roots) and eligibility (what is never touched)
 *   text/        the field's text model and offset ↔ DOM mapping
 *   highlights/  the heard-ui shadow root, underlines, textarea mirror
 *   card/        the suggestion card
 *   apply/       replacing text through the editor's own input path
 *   scheduler/   debounce + idle + IME-aware analysis runs
 *   editors/     one file per editor family: recognition, text, apply paths, undo; index.ts is the registry
 *   inline-ui    the UI's lifetime and how the card is reached (hover, click, keyboard), caret save/restore
 *   popup-bridge answers the popup's requests
 *   controller   ties them together; engine.ts asks the background's engine
 */
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messaging/protocol';
import { Controller } from './controller';
import { engineClient } from './engine';

export interface PageHost {
  /** Aborted when this copy of the content script is invalidated (WXT's content-script context). */
  signal: AbortSignal;
  sendMessage(message: BackgroundRequest): Promise<unknown>;
  /** Registers a runtime message handler; returns a function that removes it. */
  onMessage(handler: (message: unknown) => Promise<unknown> | undefined): () => void;
}

export function topHostname(): string {
  try {
    if (window.top && window.top !== window) return window.top.location.hostname;
  } catch {
    // Cross-origin top frame: fall back to the ancestor origins list (Chromium).
    const origins = location.ancestorOrigins;
    const top = origins?.[origins.length - 1];
    if (top) {
      try {
        return new URL(top).hostname;
      } catch {
        return '';
      }
    }
  }
  return location.hostname;
}

/**
 * Chromium keeps a content script running after its extension was switched off, removed or reloaded, cut off
 * from it (no runtime id). A reload or update starts a new copy, which stops this one through WXT's context;
 * otherwise nothing does, so the page layer notices it itself.
 */
function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

export function startPage(host: PageHost): void {
  // Stopped by the context (a newer copy took over) or by the page layer itself (the extension is gone).
  const life = new AbortController();
  const stop = (): void => life.abort();
  host.signal.addEventListener('abort', stop, { once: true, signal: life.signal });
  const extensionError = (): void => {
    if (extensionGone()) stop();
  };
  const send = async (message: BackgroundRequest): Promise<unknown> => {
    try {
      return await host.sendMessage(message);
    } catch (err) {
      extensionError();
      throw err;
    }
  };
  const controller = new Controller({
    topHost: topHostname(),
    isTopFrame: window.top === window,
    signal: life.signal,
    sendBadge: (count) => {
      send({ type: 'heard:badge', count }).catch(() => {
        // No receiver (background asleep or reloading): the next change sends again.
      });
    },
    engine: engineClient(send),
    shortcut: async () => {
      const keys = await send({ type: 'heard:shortcut' });
      return typeof keys === 'string' ? keys : '';
    },
    extensionError,
  });
  controller.start();
  const removeListener = host.onMessage((message) => controller.handleMessage(message));
  life.signal.addEventListener(
    'abort',
    () => {
      try {
        removeListener();
      } catch {
        // The extension is already gone, and its listeners with it.
      }
    },
    { once: true },
  );
}

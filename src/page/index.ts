/**
 * Heard's page layer (content script): inline hints and in-place alternatives in every editor family.
 *   fields/      discovery (focusin through shadow roots) and eligibility (what is never touched)
 *   text/        the field's text model and offset ↔ DOM mapping
 *   highlights/  the heard-ui shadow root, underlines, textarea mirror
 *   card/        the suggestion card
 *   apply/       replacing text through the editor's own input path
 *   scheduler/   debounce + idle + IME-aware analysis runs
 *   controller   ties them together; engine.ts loads the engine
 */
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messaging/protocol';
import { Controller } from './controller';
import { engineClient } from './engine';

export interface PageHost {
  sendMessage(message: BackgroundRequest): Promise<unknown>;
  /** Registers a runtime message handler; returns a function that removes it. */
  onMessage(handler: (message: unknown) => Promise<unknown> | undefined): () => void;
}

export interface RunningPage {
  stop(): void;
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

export function startPage(host: PageHost): RunningPage {
  let stopped = false;
  const extensionError = (): void => {
    if (extensionGone()) page.stop();
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
    sendBadge: (count) => {
      send({ type: 'heard:badge', count }).catch(() => {
        // No receiver (background asleep or reloading): the next change sends again.
      });
    },
    engine: engineClient(send),
    extensionError,
  });
  controller.start();
  const removeListener = host.onMessage((message) => controller.handleMessage(message));
  const page: RunningPage = {
    stop(): void {
      if (stopped) return;
      stopped = true;
      try {
        removeListener();
      } catch {
        // The extension is already gone, and its listeners with it.
      }
      controller.dispose();
    },
  };
  return page;
}

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

export function startPage(host: PageHost): RunningPage {
  const controller = new Controller({
    topHost: topHostname(),
    isTopFrame: window.top === window,
    sendBadge: (count) => {
      host.sendMessage({ type: 'heard:badge', count }).catch(() => {
        // No receiver (background asleep or reloading): the next change sends again.
      });
    },
    engine: engineClient((message) => host.sendMessage(message)),
  });
  controller.start();
  const removeListener = host.onMessage((message) => controller.handleMessage(message));
  return {
    stop(): void {
      removeListener();
      controller.dispose();
    },
  };
}

/**
 * The popup's view of the active tab, and messages to its content script (src/messaging/protocol.ts).
 *
 * Permissions are `storage` and `scripting` plus host access for the default and added sites, so the popup
 * can read a tab's URL only where Heard already has host access (tabs.Tab.url is withheld elsewhere). For
 * any other tab it knows the tab id only; a harmless scripting probe then tells a browser page (where no
 * extension may run) apart from an ordinary site Heard has not been allowed on.
 */
import { browser } from 'wxt/browser';
import { isApplyResult, isTabState, type ApplyResult, type ContentRequest, type TabState } from '../messaging/protocol';
import { classifyUrl } from '../settings';

export type ActiveTab =
  | { kind: 'restricted'; tabId: number | undefined }
  | { kind: 'web'; tabId: number; host: string }
  | { kind: 'unknown'; tabId: number };

const RESTRICTED_ERROR =
  /chrome:\/\/|chrome-extension:\/\/|chrome-untrusted:|edge:\/\/|about:|devtools:|view-source:|extensions gallery|cannot be scripted|contents of url|file:\/\/|moz-extension:|resource:\/\//i;

/** Hostname of a tab Heard can script, or whether it is a page no extension may touch. */
async function probe(tabId: number): Promise<ActiveTab> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId }, func: () => location.href });
    const href = results[0]?.result;
    if (typeof href === 'string') {
      const page = classifyUrl(href);
      return page.kind === 'web' ? { kind: 'web', tabId, host: page.host } : { kind: 'restricted', tabId };
    }
    return { kind: 'unknown', tabId };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return RESTRICTED_ERROR.test(message) ? { kind: 'restricted', tabId } : { kind: 'unknown', tabId };
  }
}

/**
 * The tab the popup is about: the active tab of the current window, or `?tab=<id>` when the popup page is
 * opened on its own (tests, or a detached window).
 */
export async function findActiveTab(search: string = location.search): Promise<ActiveTab> {
  const param = new URLSearchParams(search).get('tab');
  let tab: { id?: number; url?: string } | undefined;
  if (param !== null && /^\d+$/.test(param)) {
    tab = await browser.tabs.get(Number(param)).catch(() => undefined);
  } else {
    [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const self = await browser.tabs.getCurrent().catch(() => undefined);
    if (tab && self && tab.id === self.id) return { kind: 'restricted', tabId: tab.id };
  }
  if (tab?.id === undefined) return { kind: 'restricted', tabId: undefined };
  if (tab.url) {
    const page = classifyUrl(tab.url);
    return page.kind === 'web' ? { kind: 'web', tabId: tab.id, host: page.host } : { kind: 'restricted', tabId: tab.id };
  }
  return probe(tab.id);
}

function send<T>(tabId: number, request: ContentRequest, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    browser.tabs.sendMessage(tabId, request).then(
      (reply: unknown) => {
        clearTimeout(timer);
        resolve(reply as T);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The content script's state, or null when no content script answers (not injected, or not yet). */
export async function getTabState(tabId: number, timeoutMs = 1500): Promise<TabState | null> {
  try {
    const reply = await send<unknown>(tabId, { type: 'heard:get-state' }, timeoutMs);
    return isTabState(reply) ? reply : null;
  } catch {
    return null;
  }
}

export async function applyInTab(tabId: number, findingId: string, suggestionIndex: number): Promise<ApplyResult> {
  try {
    const reply = await send<unknown>(tabId, { type: 'heard:apply', findingId, suggestionIndex }, 3000);
    return isApplyResult(reply) ? reply : { ok: false, reason: '' };
  } catch {
    return { ok: false, reason: '' };
  }
}

/** "Say it gently": the page's message `original` becomes `text`, in one step. */
export async function replaceInTab(tabId: number, original: string, text: string): Promise<ApplyResult> {
  try {
    const reply = await send<unknown>(tabId, { type: 'heard:replace', analysedText: original, text }, 5000);
    return isApplyResult(reply) ? reply : { ok: false, reason: '' };
  } catch {
    return { ok: false, reason: '' };
  }
}

/** Asks the page to ignore a phrase (it saves it to settings). True when the page confirmed. */
export async function ignoreInTab(tabId: number, phrase: string): Promise<boolean> {
  try {
    const reply = await send<unknown>(tabId, { type: 'heard:ignore', phrase }, 2000);
    return isApplyResult(reply) && reply.ok;
  } catch {
    return false;
  }
}

export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId).catch(() => undefined);
}

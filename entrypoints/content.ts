import { browser } from 'wxt/browser';
import { DEFAULT_MATCHES } from '../src/settings/sites';
import { startPage } from '../src/page';

export default defineContentScript({
  matches: [...DEFAULT_MATCHES],
  // Editors in same-origin iframes (Gmail pop-outs, TinyMCE) get their own copy of the script.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // WXT would otherwise announce the script to the page with window.postMessage(…, '*'), telling any site
  // that Heard is installed and its id; the DOM event it also sends is enough for a newer copy to take over.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPage({
      signal: ctx.signal,
      sendMessage: (message) => browser.runtime.sendMessage(message),
      onMessage: (handler) => {
        const listener = (message: unknown): Promise<unknown> | undefined => handler(message);
        browser.runtime.onMessage.addListener(listener);
        return () => browser.runtime.onMessage.removeListener(listener);
      },
    });
  },
});

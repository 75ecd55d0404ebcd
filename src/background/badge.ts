/**
 * The toolbar badge: how many findings the field in a tab has, as reported by the content script
 * ({ type: 'heard:badge', count }). Per tab, summed over frames; empty when 0 or when Heard is off there.
 */
import { browser } from 'wxt/browser';
import { isSiteEnabled, type Settings } from '../settings';

const BADGE_BACKGROUND = '#2b7a74';
const BADGE_TEXT = '#ffffff';

interface TabBadge {
  /** Hostname of the tab's top frame, when known. */
  host: string | undefined;
  /** Count per frame id. */
  frames: Map<number, number>;
  /** Text last written, to skip redundant calls. */
  shown: string | undefined;
}

export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

export class BadgeController {
  private readonly tabs = new Map<number, TabBadge>();

  constructor(private readonly settings: () => Settings | undefined) {}

  /** Sets the badge colours once per service-worker start. */
  async init(): Promise<void> {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND }).catch(() => undefined);
    const action = browser.action as unknown as { setBadgeTextColor?: (d: { color: string }) => Promise<void> };
    if (typeof action.setBadgeTextColor === 'function') {
      await action.setBadgeTextColor({ color: BADGE_TEXT }).catch(() => undefined);
    }
  }

  report(tabId: number, frameId: number, count: number, urls: { frame?: string; tab?: string }): void {
    let entry = this.tabs.get(tabId);
    if (!entry) {
      entry = { host: undefined, frames: new Map(), shown: undefined };
      this.tabs.set(tabId, entry);
    }
    const host = hostOf(urls.tab) ?? (frameId === 0 ? hostOf(urls.frame) : undefined);
    if (host) entry.host = host;
    entry.frames.set(frameId, Math.max(0, Math.floor(count)));
    this.render(tabId);
  }

  /** The tab navigated or closed: its counts no longer apply. */
  reset(tabId: number): void {
    const entry = this.tabs.get(tabId);
    if (!entry) return;
    entry.frames.clear();
    entry.shown = undefined;
    this.render(tabId);
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** Settings changed (pause, site switches): redraw every known tab. */
  renderAll(): void {
    for (const tabId of this.tabs.keys()) this.render(tabId);
  }

  private render(tabId: number): void {
    const entry = this.tabs.get(tabId);
    if (!entry) return;
    const settings = this.settings();
    const on = settings === undefined || entry.host === undefined || isSiteEnabled(settings, entry.host);
    let total = 0;
    for (const count of entry.frames.values()) total += count;
    const text = on ? badgeText(total) : '';
    if (text === entry.shown) return;
    entry.shown = text;
    browser.action.setBadgeText({ tabId, text }).catch(() => {
      // The tab is gone.
      this.tabs.delete(tabId);
    });
  }
}

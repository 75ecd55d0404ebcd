/** The settings as the page sees them: loaded once on demand, then kept live through watchSettings. */
import { isSiteEnabled, loadSettings, updateSettings, watchSettings } from '../settings';
import {
  analyzeOptionsFor,
  withIgnoredPhrase,
  withSiteIgnoredPhrase,
  withoutIgnoredPhrase,
  withoutSiteIgnoredPhrase,
  siteKey,
} from '../settings/actions';
import type { Settings } from '../settings/types';
import type { AnalyzeOptions, Category, Finding } from '../engine/types';
import { findingWanted } from '../engine/options';

/** What a card's ignore button reaches: the phrase on this site, the phrase everywhere, or its whole category. */
export type IgnoreScope = 'site' | 'everywhere' | 'category';

export class SettingsState {
  private settings: Settings | null = null;
  private loading: Promise<Settings> | null = null;
  private unwatch: (() => void) | null = null;
  private pauseTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly topHost: string,
    private readonly onChange: () => void,
  ) {}

  load(): Promise<Settings> {
    // Through a promise: with the extension gone, the storage API is missing and loadSettings throws at once.
    this.loading ??= new Promise<Settings>((resolve) => resolve(loadSettings())).then((s) => {
      this.settings = s;
      this.armPauseTimer();
      const unwatch = watchSettings((next: Settings) => {
        this.settings = next;
        this.armPauseTimer();
        this.onChange();
      });
      this.unwatch = typeof unwatch === 'function' ? unwatch : null;
      return s;
    });
    return this.loading;
  }

  get enabled(): boolean {
    return this.settings !== null && isSiteEnabled(this.settings, this.topHost);
  }

  get inline(): boolean {
    return this.settings?.hints !== 'popup';
  }

  analyzeOptions(): AnalyzeOptions {
    return this.settings ? analyzeOptionsFor(this.settings, this.topHost) : {};
  }

  /** Belt and braces: the engine is asked to honour these, and the page applies the same filter itself. */
  allowed(findings: readonly Finding[]): Finding[] {
    if (!this.settings) return [];
    const options = this.analyzeOptions();
    return findings.filter((f) => findingWanted(f, options));
  }

  async ignorePhrase(phrase: string): Promise<void> {
    await updateSettings((s: Settings) => withIgnoredPhrase(s, phrase));
  }

  async unignorePhrase(phrase: string): Promise<void> {
    await updateSettings((s: Settings) => withoutIgnoredPhrase(s, phrase));
  }

  async ignorePhraseOnSite(phrase: string): Promise<void> {
    await updateSettings((s: Settings) => withSiteIgnoredPhrase(s, this.topHost, phrase));
  }

  async unignorePhraseOnSite(phrase: string): Promise<void> {
    await updateSettings((s: Settings) => withoutSiteIgnoredPhrase(s, siteKey(this.topHost), phrase));
  }

  async switchCategory(category: Category, on: boolean): Promise<void> {
    await updateSettings((s: Settings) => ({ categories: { ...s.categories, [category]: on } }));
  }

  /** A card's ignore or turn-off (on = true), or its Undo (on = false). */
  setIgnored(finding: Finding, scope: IgnoreScope, on: boolean): Promise<void> {
    switch (scope) {
      case 'site':
        return on ? this.ignorePhraseOnSite(finding.text) : this.unignorePhraseOnSite(finding.text);
      case 'everywhere':
        return on ? this.ignorePhrase(finding.text) : this.unignorePhrase(finding.text);
      case 'category':
        return this.switchCategory(finding.category, !on);
    }
  }

  /** A pause ends by itself; watchSettings does not fire then, so wake up once at pausedUntil. */
  private armPauseTimer(): void {
    if (this.pauseTimer !== null) clearTimeout(this.pauseTimer);
    this.pauseTimer = null;
    const until = this.settings?.pausedUntil ?? 0;
    const wait = until - Date.now();
    if (wait > 0 && wait < 2 ** 31 - 1) this.pauseTimer = setTimeout(() => this.onChange(), wait + 50);
  }

  dispose(): void {
    this.unwatch?.();
    this.unwatch = null;
    if (this.pauseTimer !== null) clearTimeout(this.pauseTimer);
  }
}

/** Heard's toolbar popup. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Finding } from '../engine/types';
import type { ApplyResult, TabState } from '../messaging/protocol';
import { withIgnoredPhrase } from '../settings';
import { useSettingsControl } from '../ui/hooks';
import { t } from '../ui/i18n';
import { Logo } from '../ui/Logo';
import { ShortcutNote } from '../ui/Shortcut';
import { SettingsAlerts } from '../ui/Status';
import { FieldPanel } from './FieldPanel';
import { Scratchpad } from './Scratchpad';
import { SiteCard } from './SiteCard';
import { applyInTab, findActiveTab, getTabState, ignoreInTab, reloadTab, replaceInTab, type ActiveTab } from './tab';

/** How often the popup asks the page for fresh state while open. */
const POLL_MS = 1500;

function SettingsIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M4 7h9M19 7h1M4 17h2M12 17h8" />
      <circle cx="16" cy="7" r="2.5" />
      <circle cx="9" cy="17" r="2.5" />
    </svg>
  );
}

export function App() {
  const { settings, loadError, saveFailed, update } = useSettingsControl();
  const [tab, setTab] = useState<ActiveTab>();
  const [tabState, setTabState] = useState<TabState | null | undefined>(undefined);
  const tabRef = useRef<ActiveTab | undefined>(undefined);

  const locate = useCallback(() => {
    void findActiveTab().then((found) => {
      tabRef.current = found;
      setTab(found);
    });
  }, []);

  useEffect(locate, [locate]);

  // Access granted while the popup is open (from the browser's own prompt): look at the tab again.
  useEffect(() => {
    const listener = () => locate();
    browser.permissions.onAdded.addListener(listener);
    return () => browser.permissions.onAdded.removeListener(listener);
  }, [locate]);

  const refresh = useCallback(async () => {
    const current = tabRef.current;
    if (current?.kind !== 'web') return;
    const state = await getTabState(current.tabId);
    if (tabRef.current === current) setTabState(state);
  }, []);

  useEffect(() => {
    if (tab?.kind !== 'web') return;
    setTabState(undefined);
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [tab, refresh]);

  const ignorePhrase = useCallback(
    async (phrase: string) => {
      await update((s) => withIgnoredPhrase(s, phrase));
    },
    [update],
  );

  const applyToField = useCallback(
    async (finding: Finding, index: number): Promise<ApplyResult> => {
      if (tab?.kind !== 'web') return { ok: false, reason: '' };
      const result = await applyInTab(tab.tabId, finding.id, index);
      void refresh();
      return result;
    },
    [tab, refresh],
  );

  const replaceInField = useCallback(
    async (original: string, text: string): Promise<ApplyResult> => {
      if (tab?.kind !== 'web') return { ok: false, reason: '' };
      const result = await replaceInTab(tab.tabId, original, text);
      void refresh();
      return result;
    },
    [tab, refresh],
  );

  const ignoreInField = useCallback(
    async (finding: Finding) => {
      if (tab?.kind !== 'web') return;
      // The page saves the phrase itself; save it here only when the page did not confirm.
      if (!(await ignoreInTab(tab.tabId, finding.text))) await ignorePhrase(finding.text);
      void refresh();
    },
    [tab, refresh, ignorePhrase],
  );

  return (
    <main className="popup-shell">
      <header className="popup-header">
        <Logo size={26} />
        <h1>{t('extName')}</h1>
        <span className="spacer" />
        <button
          type="button"
          className="icon-btn"
          title={t('openSettings')}
          aria-label={t('openSettings')}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <SettingsIcon />
        </button>
      </header>

      <SettingsAlerts loadError={loadError} saveFailed={saveFailed} />

      {!settings || !tab ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('loading')}
        </p>
      ) : (
        <>
          <SiteCard tab={tab} settings={settings} update={update} onSiteEnabled={locate} />
          {tab.kind === 'web' && (
            <FieldPanel
              tab={tab}
              state={tabState}
              settings={settings}
              onApply={applyToField}
              onReplace={replaceInField}
              onIgnore={ignoreInField}
              onReload={() => void reloadTab(tab.tabId).then(() => setTimeout(() => void refresh(), 800))}
            />
          )}
          <Scratchpad settings={settings} onIgnore={ignorePhrase} />
          <ShortcutNote className="popup-shortcut" brief />
        </>
      )}
    </main>
  );
}

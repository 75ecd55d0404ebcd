/**
 * "Heard on <site>" and "Pause everywhere": the popup's site control. Changes are saved to settings; open
 * tabs follow live because their content scripts watch settings.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  PAUSE_DURATION_MS,
  canRequestAccessForTab,
  displayNameForHost,
  isPaused,
  isSiteSwitchedOn,
  normalizeHost,
  pausedFromNow,
  removeSiteAccess,
  requestAccessForTab,
  requestSiteAccess,
  resumed,
  siteForHost,
  withAddedSite,
  withSiteSwitched,
  withoutAddedSite,
  type Settings,
} from '../settings';
import { Button } from '../ui/Button';
import { useNow, type UpdateSettings } from '../ui/hooks';
import { formatTime, t } from '../ui/i18n';
import { Status } from '../ui/Status';
import { Switch } from '../ui/Switch';
import type { ActiveTab } from './tab';

type Note = { text: string; tone: 'neutral' | 'error' | 'success' };
const NO_NOTE: Note = { text: '', tone: 'neutral' };

export interface SiteCardProps {
  tab: ActiveTab;
  settings: Settings;
  update: UpdateSettings;
  /** Called after Heard was switched on for the tab's site, so the popup can look at the tab again. */
  onSiteEnabled: () => void;
}

function PauseRow({ settings, update }: Pick<SiteCardProps, 'settings' | 'update'>) {
  const now = useNow(15_000);
  const paused = isPaused(settings, now);
  return (
    <div className="pause-row">
      {paused ? (
        <>
          <span className="small muted">{t('pausedUntil', formatTime(settings.pausedUntil))}</span>
          <Button size="small" variant="primary" onClick={() => void update(() => resumed())}>
            {t('resume')}
          </Button>
        </>
      ) : (
        <Button
          size="small"
          variant="quiet"
          onClick={() => void update(() => pausedFromNow(Date.now(), PAUSE_DURATION_MS))}
        >
          {t('pauseHour')}
        </Button>
      )}
    </div>
  );
}

/** Switch for a site whose hostname the popup knows. */
function KnownSite({ host, settings, update, onSiteEnabled }: { host: string } & Omit<SiteCardProps, 'tab'>) {
  const [note, setNote] = useState<Note>(NO_NOTE);
  const name = displayNameForHost(host);
  const isDefault = siteForHost(host) !== undefined;
  const isAdded = settings.addedSites.includes(host);
  const on = isSiteSwitchedOn(settings, host);

  function toggle(next: boolean): void {
    setNote(NO_NOTE);
    if (isDefault || (isAdded && next)) {
      void update((s) => withSiteSwitched(s, host, next));
      return;
    }
    if (isAdded && !next) {
      // Switching an added site off removes it, with its permission and content script.
      void removeSiteAccess(host);
      void update((s) => withoutAddedSite(s, host));
      return;
    }
    // A site outside the defaults: ask the browser for access first (still inside the click).
    void requestSiteAccess(host).then(async (granted) => {
      if (!granted) {
        setNote({ text: t('accessRefused', name), tone: 'error' });
        return;
      }
      await update((s) => withAddedSite(s, host));
      setNote({ text: t('siteEnabled', name), tone: 'success' });
      onSiteEnabled();
    });
  }

  return (
    <>
      <Switch
        checked={on}
        onChange={toggle}
        label={t('heardOn', name)}
        description={on ? t('siteOnDescription') : isDefault || isAdded ? t('siteOffDescription') : t('siteNotAddedDescription')}
      />
      <Status tone={note.tone}>{note.text}</Status>
    </>
  );
}

/** A site Heard has no access to, so the popup cannot see its address. */
function UnknownSite({ tabId, update, onSiteEnabled }: { tabId: number } & Omit<SiteCardProps, 'tab' | 'settings'>) {
  const id = useId();
  const [note, setNote] = useState<Note>(NO_NOTE);
  const [address, setAddress] = useState('');
  const [asked, setAsked] = useState(false);
  const browserCanAsk = canRequestAccessForTab();

  function askBrowser(): void {
    void requestAccessForTab(tabId).then((ok) => {
      setAsked(ok);
      setNote(ok ? { text: t('accessRequestShown'), tone: 'neutral' } : { text: t('accessRequestFailed'), tone: 'error' });
    });
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const host = normalizeHost(address);
    if (!host) {
      setNote({ text: t('addressInvalid'), tone: 'error' });
      return;
    }
    // Ask first, while the browser still counts this as the user's click.
    void requestSiteAccess(host).then(async (granted) => {
      if (!granted) {
        setNote({ text: t('accessRefused', host), tone: 'error' });
        return;
      }
      await update((s) => withAddedSite(s, host));
      setNote({ text: t('siteEnabled', host), tone: 'success' });
      onSiteEnabled();
    });
  }

  return (
    <div className="stack">
      <div>
        <p className="empty-title">{t('notOnThisSite')}</p>
        <p className="muted small">{t('notOnThisSiteHelp')}</p>
      </div>
      {browserCanAsk && (
        <div className="row">
          <Button variant="primary" onClick={askBrowser} disabled={asked}>
            {t('enableOnThisSite')}
          </Button>
        </div>
      )}
      <form className="stack" onSubmit={submit} aria-labelledby={`${id}-legend`}>
        <label className="field-label small" id={`${id}-legend`} htmlFor={`${id}-address`}>
          {browserCanAsk ? t('orTypeAddress') : t('typeAddress')}
        </label>
        <div className="row">
          <input
            id={`${id}-address`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('addressPlaceholder')}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            style={{ flex: 1, width: 'auto', minWidth: 0 }}
          />
          <Button type="submit" disabled={address.trim() === ''}>
            {t('allow')}
          </Button>
        </div>
      </form>
      <Status tone={note.tone}>{note.text}</Status>
    </div>
  );
}

export function SiteCard({ tab, settings, update, onSiteEnabled }: SiteCardProps) {
  return (
    <section className="card site-card" aria-label={t('siteCardAria')}>
      {tab.kind === 'web' && (
        <KnownSite host={tab.host} settings={settings} update={update} onSiteEnabled={onSiteEnabled} />
      )}
      {tab.kind === 'unknown' && <UnknownSite tabId={tab.tabId} update={update} onSiteEnabled={onSiteEnabled} />}
      {tab.kind === 'restricted' && (
        <div>
          <p className="empty-title">{t('restrictedTitle')}</p>
          <p className="muted small">{t('restrictedHelp')}</p>
        </div>
      )}
      <PauseRow settings={settings} update={update} />
    </section>
  );
}

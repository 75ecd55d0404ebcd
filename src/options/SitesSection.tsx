import { useEffect, useId, useState, type FormEvent } from 'react';
import {
  DEFAULT_SITES,
  grantedPatterns,
  normalizeHost,
  patternHost,
  removeSiteAccess,
  requestSiteAccess,
  siteForHost,
  withAddedSite,
  withSiteSwitched,
  withoutAddedSite,
  type Settings,
} from '../settings';
import { Button } from '../ui/Button';
import { t } from '../ui/i18n';
import { Status } from '../ui/Status';
import { Switch } from '../ui/Switch';
import type { UpdateSettings } from '../ui/hooks';
import { Section } from './Section';

type Note = { text: string; tone: 'neutral' | 'error' | 'success' };

function defaultHosts(matches: readonly string[]): string {
  return [...new Set(matches.map(patternHost).filter((h): h is string => h !== null))].join(', ');
}

/** Which added sites have host access on this device (settings sync; permissions do not). */
function useAccess(hosts: readonly string[]): [Record<string, boolean>, () => void] {
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const [generation, setGeneration] = useState(0);
  const key = hosts.join('\n');
  useEffect(() => {
    let alive = true;
    void Promise.all(hosts.map(async (h) => [h, (await grantedPatterns(h)).length > 0] as const)).then((entries) => {
      if (alive) setAccess(Object.fromEntries(entries));
    });
    return () => {
      alive = false;
    };
  }, [key, generation]);
  return [access, () => setGeneration((g) => g + 1)];
}

export function SitesSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const id = useId();
  const [address, setAddress] = useState('');
  const [note, setNote] = useState<Note>({ text: '', tone: 'neutral' });
  const added = settings.addedSites.filter((h) => !siteForHost(h));
  const [access, recheck] = useAccess(added);

  function allow(host: string): void {
    void requestSiteAccess(host).then(async (granted) => {
      recheck();
      if (!granted) {
        setNote({ text: t('accessRefused', host), tone: 'error' });
        return;
      }
      await update((s) => withAddedSite(s, host));
      setNote({ text: t('siteEnabled', host), tone: 'success' });
    });
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const host = normalizeHost(address);
    if (!host) {
      setNote({ text: t('addressInvalid'), tone: 'error' });
      return;
    }
    if (siteForHost(host)) {
      void update((s) => withSiteSwitched(s, host, true));
      setNote({ text: t('siteIsDefault', host), tone: 'neutral' });
      setAddress('');
      return;
    }
    setAddress('');
    allow(host);
  }

  function remove(host: string): void {
    void removeSiteAccess(host).then(recheck);
    void update((s) => withoutAddedSite(s, host)).then(() => {
      setNote({ text: t('siteRemoved', host), tone: 'neutral' });
    });
  }

  return (
    <Section title={t('sitesTitle')} intro={t('sitesIntro')}>
      <div>
        <h3 className="section-title">{t('sitesDefaultHeading')}</h3>
        <ul className="list">
          {DEFAULT_SITES.map((site) => (
            <li key={site.id}>
              <Switch
                checked={!settings.disabledSites.includes(site.id)}
                onChange={(on) => void update((s) => withSiteSwitched(s, site.id, on))}
                label={site.name}
                description={defaultHosts(site.matches)}
              />
            </li>
          ))}
        </ul>
      </div>

      <div className="stack">
        <h3 className="section-title">{t('sitesAddedHeading')}</h3>
        {added.length === 0 ? (
          <p className="muted">{t('sitesAddedEmpty')}</p>
        ) : (
          <ul className="list">
            {added.map((host) => {
              const missing = access[host] === false;
              return (
                <li key={host}>
                  <Switch
                    checked={!settings.disabledSites.includes(host)}
                    onChange={(on) => void update((s) => withSiteSwitched(s, host, on))}
                    label={host}
                    description={missing ? t('siteNeedsAccess') : undefined}
                  >
                    {missing && (
                      <Button size="small" variant="primary" onClick={() => allow(host)} aria-label={t('allowAria', host)}>
                        {t('allow')}
                      </Button>
                    )}
                    <Button size="small" variant="quiet" onClick={() => remove(host)} aria-label={t('removeSiteAria', host)}>
                      {t('remove')}
                    </Button>
                  </Switch>
                </li>
              );
            })}
          </ul>
        )}
        <form className="stack" onSubmit={submit}>
          <label className="field-label" htmlFor={`${id}-address`}>
            {t('addSiteLabel')}
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
              aria-describedby={`${id}-help`}
              style={{ flex: 1, width: 'auto', minWidth: 0 }}
            />
            <Button type="submit" variant="primary" disabled={address.trim() === ''}>
              {t('addSite')}
            </Button>
          </div>
          <p className="muted small" id={`${id}-help`}>
            {t('addSiteHelp')}
          </p>
        </form>
        <Status tone={note.tone}>{note.text}</Status>
      </div>
    </Section>
  );
}

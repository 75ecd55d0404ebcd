import { CATEGORY_INFO } from '../engine/categories';
import { CATEGORIES } from '../engine/types';
import { DEFAULT_SITES, withoutIgnoredPhrase, withoutSiteIgnoredPhrase, type Settings } from '../settings';
import { t } from '../ui/i18n';
import type { UpdateSettings } from '../ui/hooks';
import { Section } from './Section';

function CloseIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round">
      <path d="M6 6l12 12M18 6L6 18" />
    </svg>
  );
}

/** A list of things let pass, each with a button that takes it back. */
function PassList<T extends string>({
  items,
  text = (item) => item,
  removeLabel,
  onRemove,
}: {
  items: readonly T[];
  text?: (item: T) => string;
  removeLabel: (item: T) => string;
  onRemove: (item: T) => void;
}) {
  return (
    <ul className="chip-list">
      {items.map((item) => (
        <li className="chip" key={item}>
          <span>{text(item)}</span>
          <button type="button" className="icon-btn" aria-label={removeLabel(item)} title={removeLabel(item)} onClick={() => onRemove(item)}>
            <CloseIcon />
          </button>
        </li>
      ))}
    </ul>
  );
}

function siteName(key: string): string {
  return DEFAULT_SITES.find((site) => site.id === key)?.name ?? key;
}

/** What the card's "Ignore" and "Turn off" buttons changed: phrases everywhere, phrases per site, categories off. */
export function IgnoredSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const everywhere = settings.ignoredPhrases;
  const sites = Object.entries(settings.siteIgnoredPhrases);
  const off = CATEGORIES.filter((c) => settings.categories[c] === false);
  const empty = everywhere.length === 0 && sites.length === 0 && off.length === 0;
  return (
    <Section title={t('ignoredTitle')} intro={t('ignoredIntro')}>
      {empty && <p className="muted">{t('ignoredEmpty')}</p>}
      {everywhere.length > 0 && (
        <>
          <h3>{t('ignoredEverywhereHeading')}</h3>
          <PassList
            items={everywhere}
            removeLabel={(phrase) => t('ignoredRemoveAria', phrase)}
            onRemove={(phrase) => void update((s) => withoutIgnoredPhrase(s, phrase))}
          />
        </>
      )}
      {sites.map(([site, phrases]) => (
        <div key={site}>
          <h3>{t('ignoredOnSiteHeading', siteName(site))}</h3>
          <PassList
            items={phrases}
            removeLabel={(phrase) => t('ignoredOnSiteRemoveAria', [phrase, siteName(site)])}
            onRemove={(phrase) => void update((s) => withoutSiteIgnoredPhrase(s, site, phrase))}
          />
        </div>
      ))}
      {off.length > 0 && (
        <>
          <h3>{t('turnedOffHeading')}</h3>
          <PassList
            items={off}
            text={(category) => CATEGORY_INFO[category].label}
            removeLabel={(category) => t('turnOnAria', CATEGORY_INFO[category].label)}
            onRemove={(category) => void update((s) => ({ categories: { ...s.categories, [category]: true } }))}
          />
        </>
      )}
    </Section>
  );
}

import { withoutIgnoredPhrase, type Settings } from '../settings';
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

export function IgnoredSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const phrases = settings.ignoredPhrases;
  return (
    <Section title={t('ignoredTitle')} intro={t('ignoredIntro')}>
      {phrases.length === 0 ? (
        <p className="muted">{t('ignoredEmpty')}</p>
      ) : (
        <ul className="chip-list">
          {phrases.map((phrase) => (
            <li className="chip" key={phrase}>
              <span>{phrase}</span>
              <button
                type="button"
                className="icon-btn"
                aria-label={t('ignoredRemoveAria', phrase)}
                title={t('ignoredRemoveAria', phrase)}
                onClick={() => void update((s) => withoutIgnoredPhrase(s, phrase))}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

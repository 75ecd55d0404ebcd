/** First run: pin Heard's icon, which the popup and the count of noticed phrases depend on. */
import { t } from '../ui/i18n';
import { WelcomeSection } from './Section';

/** The browser's toolbar with the puzzle-piece (Extensions) menu open and the pin next to Heard. */
function PinPicture() {
  return (
    <svg className="pin-picture" viewBox="0 0 300 170" role="img" aria-label={t('welcomePinPicture')}>
      <rect x="0" y="0" width="300" height="40" fill="var(--surface)" />
      <rect x="12" y="10" width="190" height="20" rx="10" fill="var(--surface-2)" stroke="var(--border)" />
      {/* The puzzle piece, circled. */}
      <circle cx="236" cy="20" r="14" fill="none" stroke="var(--accent)" strokeWidth="2.5" />
      <path
        d="M230 14h4a2.5 2.5 0 0 1 5 0h4v4a2.5 2.5 0 0 1 0 5v4h-4a2.5 2.5 0 0 0-5 0h-4z"
        fill="var(--text)"
      />
      <circle cx="272" cy="20" r="9" fill="var(--surface-2)" stroke="var(--border)" />
      {/* The menu it opens. */}
      <rect x="120" y="48" width="170" height="110" rx="8" fill="var(--surface)" stroke="var(--border)" />
      <text x="134" y="70" fontSize="12" fontWeight="600" fill="var(--text)">
        {t('welcomePinMenuTitle')}
      </text>
      <rect x="128" y="84" width="154" height="30" rx="6" fill="var(--accent-soft)" />
      <path d="M138 91h12a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3h-5l-3 3v-3h-4a3 3 0 0 1-3-3v-7a3 3 0 0 1 3-3z" fill="var(--accent)" />
      <text x="160" y="103" fontSize="12" fill="var(--text)">
        Heard
      </text>
      {/* The pin. */}
      <g transform="translate(258 90)" fill="var(--accent-strong)">
        <path d="M4 0h8l-1 7 3 3H2l3-3z" />
        <rect x="7.2" y="10" width="1.6" height="8" />
      </g>
      <rect x="128" y="122" width="154" height="26" rx="6" fill="none" />
      <text x="138" y="139" fontSize="11" fill="var(--muted)">
        {t('welcomePinMenuOther')}
      </text>
    </svg>
  );
}

export function PinStep() {
  return (
    <WelcomeSection title={t('welcomePinTitle')}>
      <div className="pin-steps">
        <ol className="list">
          <li>{t('welcomePinStep1')}</li>
          <li>{t('welcomePinStep2')}</li>
          <li>{t('welcomePinWhy')}</li>
        </ol>
        <PinPicture />
      </div>
    </WelcomeSection>
  );
}

/** Heard's welcome page: opened once, right after install (see src/background). */
import type { MouseEvent } from 'react';
import { browser } from 'wxt/browser';
import { CATEGORY_INFO } from '../engine/categories';
import { CATEGORIES } from '../engine/types';
import { DEFAULT_SITES } from '../settings/sites';
import { formatList, t } from '../ui/i18n';
import { Logo } from '../ui/Logo';
import { ShortcutNote } from '../ui/Shortcut';
import { WelcomeSection } from './Section';
import { PinStep } from './PinStep';
import { TryIt } from './TryIt';

function Categories() {
  return (
    <WelcomeSection title={t('welcomeCategoriesTitle')}>
      <p className="muted">{t('welcomeCategoriesIntro')}</p>
      <ul className="list welcome-categories">
        {CATEGORIES.map((category) => {
          const info = CATEGORY_INFO[category];
          return (
            <li key={category}>
              <strong>{info.label}</strong>: {info.description} <span className="practice">({info.practice})</span>
            </li>
          );
        })}
      </ul>
    </WelcomeSection>
  );
}

/** The same promise as the README's Privacy section and the options page. */
function Privacy() {
  return (
    <WelcomeSection title={t('welcomePrivacyTitle')}>
      <div className="privacy">
        <p>{t('privacyLocal')}</p>
        <p>{t('privacyNoText')}</p>
        <p>{t('welcomePrivacySettings')}</p>
      </div>
    </WelcomeSection>
  );
}

function Sites() {
  const optionsUrl = browser.runtime.getURL('/options.html');
  const open = (event: MouseEvent<HTMLAnchorElement>): void => {
    // The browser's own way (a tab of its own, reused if open); the href stays for new-tab clicks.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  };
  return (
    <WelcomeSection title={t('welcomeSitesTitle')}>
      <p>{t('welcomeSitesText', formatList(DEFAULT_SITES.map((site) => site.name)))}</p>
      <p>
        <a className="btn btn-primary" href={optionsUrl} onClick={open}>
          {t('welcomeOpenSettings')}
        </a>
      </p>
    </WelcomeSection>
  );
}

export function App() {
  return (
    <main className="welcome-shell">
      <header className="welcome-header">
        <Logo size={44} />
        <div>
          <h1>{t('welcomeHeading')}</h1>
          <p className="muted">{t('welcomeTagline')}</p>
        </div>
      </header>
      <PinStep />
      <TryIt />
      <WelcomeSection title={t('shortcutTitle')}>
        <ShortcutNote />
      </WelcomeSection>
      <Categories />
      <Privacy />
      <Sites />
    </main>
  );
}

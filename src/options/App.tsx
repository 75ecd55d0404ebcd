/** Heard's options page. */
import { useSettingsControl } from '../ui/hooks';
import { t } from '../ui/i18n';
import { Logo } from '../ui/Logo';
import { ShortcutNote } from '../ui/Shortcut';
import { SettingsAlerts } from '../ui/Status';
import { BackupSection } from './BackupSection';
import { CategoriesSection } from './CategoriesSection';
import { ChoicesSection } from './ChoicesSection';
import { IgnoredSection } from './IgnoredSection';
import { PrivacySection } from './PrivacySection';
import { Section } from './Section';
import { SitesSection } from './SitesSection';
import { ToneSettingsSection } from './ToneSettingsSection';

export function App() {
  const { settings, loadError, saveFailed, set, update } = useSettingsControl();
  return (
    <main className="options-shell">
      <header className="options-header">
        <Logo size={36} />
        <div>
          <h1>{t('optionsHeading')}</h1>
          <p className="muted">{t('optionsTagline')}</p>
        </div>
      </header>
      <SettingsAlerts loadError={loadError} saveFailed={saveFailed} />
      {!settings ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('loading')}
        </p>
      ) : (
        <>
          <CategoriesSection settings={settings} update={update} />
          <ToneSettingsSection settings={settings} update={update} />
          <SitesSection settings={settings} update={update} />
          <Section title={t('shortcutTitle')}>
            <ShortcutNote />
          </Section>
          <IgnoredSection settings={settings} update={update} />
          <ChoicesSection />
          <BackupSection settings={settings} set={set} />
        </>
      )}
      <PrivacySection />
    </main>
  );
}

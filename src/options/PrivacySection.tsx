import { t } from '../ui/i18n';
import { Section } from './Section';

/** What the code does with data, in plain words. Keep it true to the code. */
export function PrivacySection() {
  return (
    <Section title={t('privacyTitle')}>
      <div className="privacy">
        <p>{t('privacyLocal')}</p>
        <p>{t('privacyNoText')}</p>
        <p>{t('privacySettings')}</p>
        <p>{t('privacyChoices')}</p>
        <p>{t('privacyPermissions')}</p>
      </div>
    </Section>
  );
}

import type { ReactNode } from 'react';
import { t } from './i18n';

/** A polite live region: screen readers announce its text when it changes. Kept in the DOM when empty. */
export function Status({ children, tone = 'neutral' }: { children?: ReactNode; tone?: 'neutral' | 'error' | 'success' }) {
  return (
    <p className={`status status-${tone}`} role="status" aria-live="polite">
      {children}
    </p>
  );
}

/** Alerts for settings that could not be read or saved, shared by the popup and the options page. */
export function SettingsAlerts({ loadError, saveFailed }: { loadError: unknown; saveFailed: boolean }) {
  return (
    <>
      {loadError !== undefined && (
        <p className="status status-error" role="alert">
          {t('settingsLoadFailed')}
        </p>
      )}
      {saveFailed && (
        <p className="status status-error" role="alert">
          {t('settingsSaveFailed')}
        </p>
      )}
    </>
  );
}

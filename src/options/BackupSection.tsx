import { useRef, useState, type ChangeEvent } from 'react';
import {
  SettingsImportError,
  exportSettings,
  importSettings,
  removeSiteAccess,
  resetSettings,
  siteForHost,
  type Settings,
} from '../settings';
import { Button } from '../ui/Button';
import { t } from '../ui/i18n';
import { Status } from '../ui/Status';
import { Section } from './Section';

type Note = { text: string; tone: 'neutral' | 'error' | 'success' };

export const EXPORT_FILE_NAME = 'heard-settings.json';

/** Saves text as a file through a temporary Blob URL (no network involved). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function BackupSection({ settings, set }: { settings: Settings; set: (s: Settings) => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<Note>({ text: '', tone: 'neutral' });
  const [confirming, setConfirming] = useState(false);

  async function onExport(): Promise<void> {
    download(await exportSettings(), EXPORT_FILE_NAME);
    setNote({ text: t('exportDone'), tone: 'success' });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const result = await importSettings(await file.text());
      set(result.settings);
      setNote(
        result.skipped.length > 0
          ? { text: t('importPartly', [String(result.applied.length), result.skipped.join(', ')]), tone: 'neutral' }
          : { text: t('importDone'), tone: 'success' },
      );
    } catch (error) {
      const key = error instanceof SettingsImportError && error.code === 'not-json' ? 'importNotJson' : 'importNotSettings';
      setNote({ text: t(key), tone: 'error' });
    }
  }

  async function onReset(): Promise<void> {
    const added = settings.addedSites.filter((h) => !siteForHost(h));
    set(await resetSettings());
    await Promise.all(added.map((host) => removeSiteAccess(host)));
    setConfirming(false);
    setNote({ text: t('resetDone'), tone: 'success' });
  }

  return (
    <Section title={t('backupTitle')} intro={t('backupIntro')}>
      <div className="row">
        <Button onClick={() => void onExport()}>{t('exportSettings')}</Button>
        <Button onClick={() => fileInput.current?.click()}>{t('importSettings')}</Button>
        <input
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => void onFile(event)}
        />
        <span className="spacer" />
        {!confirming && (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('resetSettings')}
          </Button>
        )}
      </div>
      {confirming && (
        <div className="confirm" role="group" aria-label={t('resetConfirmTitle')}>
          <p className="empty-title">{t('resetConfirmTitle')}</p>
          <p className="small">{t('resetConfirmHelp')}</p>
          <div className="row">
            <Button variant="danger" onClick={() => void onReset()} autoFocus>
              {t('resetConfirm')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('cancel')}</Button>
          </div>
        </div>
      )}
      <Status tone={note.tone}>{note.text}</Status>
    </Section>
  );
}

/** The "open the card" keyboard command as the browser has it now (users can remap it in the browser). */
import { useEffect, useState } from 'react';
import { openCardShortcut } from '../messaging/shortcut';
import { t } from './i18n';

/** `brief`: without the line on where to change it (the popup, where room is short). */
export function ShortcutNote({ className, brief = false }: { className?: string; brief?: boolean }) {
  const [keys, setKeys] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void openCardShortcut().then((shortcut) => {
      if (live) setKeys(shortcut);
    });
    return () => {
      live = false;
    };
  }, []);
  if (keys === null) return null;
  return (
    <p className={className ? `shortcut-note ${className}` : 'shortcut-note'}>
      {keys ? (
        <>
          {t('shortcutLead')} <kbd>{keys}</kbd> {t('shortcutWhat')}
        </>
      ) : (
        t('shortcutNone')
      )}
      {!brief && <span className="muted"> {t('shortcutRemap')}</span>}
    </p>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../settings';

/** Applies a change to the settings: shown at once, then saved. Resolves with the saved settings. */
export type UpdateSettings = (change: (current: Settings) => Partial<Settings>) => Promise<Settings | undefined>;

export interface SettingsControl {
  settings: Settings | undefined;
  /** Reading the settings failed (the page then shows the defaults it could get, if any). */
  loadError: Error | undefined;
  /** The last change could not be saved (it is rolled back to what storage holds). */
  saveFailed: boolean;
  /** Show settings obtained elsewhere (import, reset). */
  set: (next: Settings) => void;
  update: UpdateSettings;
}

/**
 * The settings for a page, kept fresh as they change anywhere. Changes go through `update`, which shows them
 * at once (so switches and radios respond immediately) and then saves them.
 */
export function useSettingsControl(): SettingsControl {
  const [settings, setSettings, loadError] = useSettings();
  const [saveFailed, setSaveFailed] = useState(false);
  const update = useCallback<UpdateSettings>(
    async (change) => {
      setSaveFailed(false);
      setSettings((current) => (current ? { ...current, ...change(current) } : current));
      try {
        const saved = await updateSettings(change);
        setSettings(saved);
        return saved;
      } catch (error) {
        console.warn('[Heard] Could not save settings', error);
        setSaveFailed(true);
        const stored = await loadSettings().catch(() => undefined);
        if (stored) setSettings(stored);
        return undefined;
      }
    },
    [setSettings],
  );
  return { settings, loadError, saveFailed, set: setSettings, update };
}

type SetSettings = (next: Settings | ((current: Settings | undefined) => Settings | undefined)) => void;

/** The current settings, kept fresh as they change anywhere. */
export function useSettings(): [Settings | undefined, SetSettings, Error | undefined] {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    let alive = true;
    loadSettings().then(
      (s) => {
        if (alive) setSettings(s);
      },
      (e: unknown) => {
        if (alive) setError(e instanceof Error ? e : new Error(String(e)));
      },
    );
    const stop = watchSettings((s) => {
      if (alive) setSettings(s);
    });
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return [settings, setSettings, error];
}

/** `value`, but only after it stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** Date.now(), refreshed every `intervalMs` (for countdowns such as a pause). */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** A message that clears itself after `ms`. */
export function useTransientMessage(ms = 4000): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [
    message,
    (next: string) => {
      clearTimeout(timer.current);
      setMessage(next);
      if (next) timer.current = setTimeout(() => setMessage(''), ms);
    },
  ];
}

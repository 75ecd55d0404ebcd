/**
 * All UI strings come from public/_locales/<lang>/messages.json through browser.i18n. `t` is typed with
 * the keys of the English file, so a missing string is a compile error.
 */
import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

type GetMessage = (name: string, substitutions?: string | string[]) => string;

export function t(key: MessageKey, substitutions?: string | number | (string | number)[]): string {
  const subs =
    substitutions === undefined
      ? undefined
      : Array.isArray(substitutions)
        ? substitutions.map(String)
        : String(substitutions);
  const getMessage = browser.i18n.getMessage as unknown as GetMessage;
  return getMessage(key, subs) || key;
}

/** Joins words as a list in the UI language ("a, b and c"). */
export function formatList(items: string[]): string {
  const lang = browser.i18n.getUILanguage?.() ?? 'en';
  try {
    return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export function formatTime(epochMs: number): string {
  const lang = browser.i18n.getUILanguage?.() ?? 'en';
  return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(new Date(epochMs));
}

import { browser } from 'wxt/browser';
import { t, type MessageKey } from './i18n';

/**
 * Prepares an extension page (language and direction of the strings actually shown, a localised title) and
 * renders into #root. The <title> in the HTML is the English fallback.
 */
export function mountPage(render: (root: HTMLElement) => void, titleKey?: MessageKey): void {
  const getMessage = browser.i18n.getMessage as unknown as (name: string) => string;
  document.documentElement.lang = t('langCode');
  document.documentElement.dir = getMessage('@@bidi_dir') || 'ltr';
  if (titleKey) document.title = t(titleKey);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing');
  render(root);
}

/** How an alternative reads in a list of choices ("Say it gently"): its label and the words it puts in. */
import type { Finding } from '../engine/types';
import { t } from './i18n';
import { shorten } from './preview';

export function alternativeName(finding: Finding, index: number): string {
  const suggestion = finding.suggestions[index];
  if (!suggestion) return '';
  if (suggestion.replacement === '') return t('cardRemove', shorten(finding.text.trim(), 40));
  const words = shorten(suggestion.replacement.trim(), 70);
  return suggestion.label ? `${suggestion.label}: ${words}` : `${index + 1}. ${words}`;
}

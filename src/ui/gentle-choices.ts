/** The per-phrase choices of "Say it gently", shared by the card's preview and the popup's. */
import type { GentleStep } from '../engine/gentle';
import { CATEGORY_INFO } from '../engine/categories';
import type { Finding } from '../engine/types';
import { t } from './i18n';
import { shorten } from './preview';

/** "Keep as written" in a phrase's list of alternatives. */
export const KEEP_AS_WRITTEN = -1;

/** The phrases with a list: those rewritten on their own, and those the writer kept (not those a neighbour's rewrite took along). */
export function choosableSteps(steps: readonly GentleStep[], kept: (findingId: string) => boolean): GentleStep[] {
  return steps.filter((step) => step.chosen >= 0 || kept(step.finding.id));
}

/** How an alternative reads in a phrase's list: its label and the words it puts in. */
export function alternativeName(finding: Finding, index: number): string {
  const suggestion = finding.suggestions[index];
  if (!suggestion) return '';
  if (suggestion.replacement === '') return t('cardRemove', shorten(finding.text.trim(), 40));
  const words = shorten(suggestion.replacement.trim(), 70);
  return suggestion.label ? `${suggestion.label}: ${words}` : `${index + 1}. ${words}`;
}

/** A phrase as its list is headed: its words, quoted and shortened, and its category. */
export function phraseName(finding: Finding): string {
  return `“${shorten(finding.text.trim(), 40)}” · ${CATEGORY_INFO[finding.category]?.label ?? finding.category}`;
}

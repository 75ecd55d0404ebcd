/** Pure helpers for the welcome page's live example. */
import type { Suggestion } from '../engine/types';

/** Where the caret belongs once a suggestion is applied: right after the new words. */
export function caretAfter(suggestion: Pick<Suggestion, 'start' | 'replacement'>): number {
  return suggestion.start + suggestion.replacement.length;
}

/** Pure helpers for the welcome page's live example. */
import type { Suggestion } from '../engine/types';

/** The text with one suggestion applied (it replaces text.slice(start, end)). */
export function applySuggestion(text: string, suggestion: Pick<Suggestion, 'start' | 'end' | 'replacement'>): string {
  return text.slice(0, suggestion.start) + suggestion.replacement + text.slice(suggestion.end);
}

/** Where the caret belongs once a suggestion is applied: right after the new words. */
export function caretAfter(suggestion: Pick<Suggestion, 'start' | 'replacement'>): number {
  return suggestion.start + suggestion.replacement.length;
}

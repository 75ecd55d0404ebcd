import type { Suggestion } from './types';

/** The text with one suggestion applied: `replacement` takes the place of text.slice(start, end). */
export function applySuggestion(text: string, suggestion: Pick<Suggestion, 'start' | 'end' | 'replacement'>): string {
  return text.slice(0, suggestion.start) + suggestion.replacement + text.slice(suggestion.end);
}

import type { Suggestion } from './types';

export type TextEdit = Pick<Suggestion, 'start' | 'end' | 'replacement'>;

/** The text with one suggestion applied: `replacement` takes the place of text.slice(start, end). */
export function applySuggestion(text: string, suggestion: Pick<Suggestion, 'start' | 'end' | 'replacement'>): string {
  return text.slice(0, suggestion.start) + suggestion.replacement + text.slice(suggestion.end);
}

/**
 * The one stretch that differs between two texts, so that a whole-message rewrite reaches the editor as a
 * single replacement (one undo step) that leaves the unchanged start and end alone.
 */
export function changedSpan(before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < shorter - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  // Never cut a surrogate pair in two.
  if (start > 0 && isLowSurrogate(before.charCodeAt(start))) start--;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start, end: before.length - tail, replacement: after.slice(start, after.length - tail) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The changes line by line (one edit per changed line, none for equal texts) when both texts have the same
 * lines; otherwise the one changed stretch. Rich editors take a line break inside inserted text each their own
 * way, so a rewrite that keeps the lines reaches them without one.
 */
export function changedLines(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [changedSpan(before, after)];
  const edits: TextEdit[] = [];
  let offset = 0;
  a.forEach((line, i) => {
    const next = b[i] ?? '';
    if (line !== next) {
      const span = changedSpan(line, next);
      edits.push({ start: offset + span.start, end: offset + span.end, replacement: span.replacement });
    }
    offset += line.length + 1;
  });
  return edits;
}

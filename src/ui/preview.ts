/**
 * What an alternative changes, for the card and the welcome page: its sentence with the removed words and the
 * added words marked (word-level diff of the suggestion's range against its replacement). Pure; the card
 * renders it with textContent only, the welcome page with React.
 */
import { changedSpan } from '../engine/apply';
import type { Suggestion } from '../engine/types';

export type PreviewPart = { kind: 'same' | 'removed' | 'added'; text: string };

export interface AlternativePreview {
  /** True when the sentence starts before the shown context (an ellipsis goes first). */
  clippedBefore: boolean;
  parts: PreviewPart[];
  clippedAfter: boolean;
}

/** How much unchanged text each side of the change is shown, at most (cut at a word boundary). */
const CONTEXT_CHARS = 48;

export function previewOf(text: string, suggestion: Pick<Suggestion, 'start' | 'end' | 'replacement'>): AlternativePreview {
  const sentenceStart = sentenceStartBefore(text, suggestion.start);
  const sentenceEnd = sentenceEndAfter(text, suggestion.end);
  let from = sentenceStart;
  if (suggestion.start - from > CONTEXT_CHARS) from = wordStartAfter(text, suggestion.start - CONTEXT_CHARS, suggestion.start);
  let to = sentenceEnd;
  if (to - suggestion.end > CONTEXT_CHARS) to = wordEndBefore(text, suggestion.end + CONTEXT_CHARS, suggestion.end);
  const parts: PreviewPart[] = [];
  push(parts, 'same', text.slice(from, suggestion.start));
  for (const part of diffWords(text.slice(suggestion.start, suggestion.end), suggestion.replacement)) push(parts, part.kind, part.text);
  push(parts, 'same', text.slice(suggestion.end, to));
  return { clippedBefore: from > sentenceStart, parts, clippedAfter: to < sentenceEnd };
}

/** The preview's text once applied: what the sentence reads like after the change. */
export function previewResult(preview: AlternativePreview): string {
  return preview.parts
    .filter((p) => p.kind !== 'removed')
    .map((p) => p.text)
    .join('');
}

function push(parts: PreviewPart[], kind: PreviewPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

function sentenceStartBefore(text: string, index: number): number {
  let start = 0;
  for (const mark of text.slice(0, index).matchAll(/(?<![.!?…])[.!?…]+\s+|\n/g)) start = mark.index + mark[0].length;
  return start;
}

function sentenceEndAfter(text: string, index: number): number {
  const rest = text.slice(index);
  const mark = /(?<![.!?…])[.!?…]+(?=\s|$)|\n/.exec(rest);
  return mark ? index + mark.index + (mark[0] === '\n' ? 0 : mark[0].length) : text.length;
}

function wordStartAfter(text: string, index: number, limit: number): number {
  const space = text.indexOf(' ', index);
  return space < 0 || space >= limit ? index : space + 1;
}

function wordEndBefore(text: string, index: number, limit: number): number {
  const space = text.lastIndexOf(' ', index);
  return space <= limit ? index : space;
}

/** Longest-common-subsequence diff over words (whitespace stays with the word before it). */
export function diffWords(before: string, after: string): PreviewPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const common: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = common[i] as number[];
      row[j] = a[i] === b[j] ? (common[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(common[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const parts: PreviewPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(parts, 'same', a[i] ?? '');
      i++;
      j++;
    } else if (i < a.length && (j === b.length || (common[i + 1]?.[j] ?? 0) >= (common[i]?.[j + 1] ?? 0))) {
      // Removed words go before the words that take their place, as in a tracked change.
      push(parts, 'removed', a[i] ?? '');
      i++;
    } else {
      push(parts, 'added', b[j] ?? '');
      j++;
    }
  }
  return parts;
}

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+\s*/g) ?? [];
}

/** Word pairs a message diff may compare at most; past that, the changed middle is shown as one swap. */
const MAX_DIFF_CELLS = 200_000;

/**
 * The whole message before and after, for "Say it gently": the unchanged start and end are set aside first (cut
 * at word boundaries), so a long e-mail with a few rewrites costs a small word diff.
 */
export function diffMessage(before: string, after: string): PreviewPart[] {
  const changed = changedSpan(before, after);
  let start = changed.start;
  let tail = before.length - changed.end;
  // Whole words on both sides, so the diff marks words rather than the letters two words happen to share.
  while (start > 0 && !/\s/.test(before[start - 1] ?? '')) start--;
  while (tail > 0 && !/\s/.test(before[before.length - tail] ?? '')) tail--;
  const parts: PreviewPart[] = [];
  push(parts, 'same', before.slice(0, start));
  const removed = before.slice(start, before.length - tail);
  const added = after.slice(start, after.length - tail);
  if (tokens(removed).length * tokens(added).length <= MAX_DIFF_CELLS) {
    for (const part of diffWords(removed, added)) push(parts, part.kind, part.text);
  } else {
    push(parts, 'removed', removed);
    push(parts, 'added', added);
  }
  push(parts, 'same', before.slice(before.length - tail));
  return parts;
}

/** A phrase cut at a word boundary, with an ellipsis when it was longer than `max`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return `${text.slice(0, space > max / 2 ? space : max).trimEnd()}…`;
}

/** Pure text helpers for showing findings by sentence and previewing a suggestion in its sentence. */
import type { Finding, Suggestion } from '../engine/types';

export interface Range {
  start: number;
  end: number;
}

/**
 * Splits text into sentence ranges (UTF-16 offsets, surrounding whitespace excluded): a sentence ends after
 * . ! ? or … (plus closing quotes/brackets) followed by whitespace, or at a line break.
 */
export function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = [];
  // Marks are matched from the first of a run only, so a long run is scanned once.
  const boundary = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s)|\n+/g;
  let start = 0;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text.charAt(a))) a++;
    while (b > a && /\s/.test(text.charAt(b - 1))) b--;
    if (b > a) ranges.push({ start: a, end: b });
  };
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return ranges;
}

export interface SentenceGroup {
  range: Range;
  findings: Finding[];
}

/** Findings grouped by the sentence their start falls in, in text order. */
export function groupBySentence(text: string, findings: readonly Finding[]): SentenceGroup[] {
  const ranges = sentenceRanges(text);
  const groups = new Map<number, SentenceGroup>();
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const finding of sorted) {
    const range = ranges.find((r) => finding.start >= r.start && finding.start < r.end) ?? {
      start: finding.start,
      end: Math.max(finding.end, finding.start),
    };
    const key = range.start;
    const group = groups.get(key) ?? { range, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.range.start - b.range.start);
}

export interface Piece {
  text: string;
  marked: boolean;
}

/** The text of `range` cut into plain and marked pieces (marks = the findings' spans, merged). */
export function markedPieces(text: string, range: Range, marks: readonly Range[]): Piece[] {
  const spans = marks
    .map((m) => ({ start: Math.max(range.start, m.start), end: Math.min(range.end, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const pieces: Piece[] = [];
  let at = range.start;
  for (const span of merged) {
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), marked: false });
    pieces.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < range.end) pieces.push({ text: text.slice(at, range.end), marked: false });
  return pieces;
}

export interface Rewrite {
  before: string;
  replacement: string;
  after: string;
  /** before + replacement + after, trimmed: the sentence as it would read. */
  sentence: string;
}

/** The sentence containing a suggestion, as it would read with the suggestion applied. */
export function rewriteSentence(text: string, sentence: Range, suggestion: Suggestion): Rewrite {
  const from = Math.min(sentence.start, suggestion.start);
  const to = Math.max(sentence.end, suggestion.end);
  const before = text.slice(from, suggestion.start);
  const after = text.slice(suggestion.end, to);
  return {
    before,
    replacement: suggestion.replacement,
    after,
    sentence: (before + suggestion.replacement + after).trim(),
  };
}

/** The whole text with a suggestion applied. */
export function applySuggestion(text: string, suggestion: Suggestion): string {
  return text.slice(0, suggestion.start) + suggestion.replacement + text.slice(suggestion.end);
}

/** Shortens long text around its middle for display ("first words … last words"). */
export function ellipsize(text: string, max = 220): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, half).trimEnd()} … ${text.slice(text.length - half).trimStart()}`;
}

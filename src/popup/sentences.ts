/**
 * Pure text helpers for showing findings by sentence and previewing a suggestion in its sentence. Sentences are
 * the engine's own (splitSentences), so a group is exactly a sentence the engine analysed.
 */
import { splitSentences, type Finding, type Suggestion } from '../engine';

export interface Range {
  start: number;
  end: number;
}

export interface SentenceGroup {
  range: Range;
  findings: Finding[];
}

/** Findings grouped by the sentence their start falls in, in text order. */
export function groupBySentence(text: string, findings: readonly Finding[]): SentenceGroup[] {
  const ranges = splitSentences(text);
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

/** Shortens text to about `max` characters, keeping its start and end and cutting only between words. */
export function ellipsize(text: string, max = 220): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${wordsFrom(text.slice(0, half), 'end')} … ${wordsFrom(text.slice(text.length - half), 'start')}`;
}

/** The first words of `text` (cut before a partial last word), or its last words (after a partial first one). */
export function wordsFrom(text: string, cut: 'end' | 'start'): string {
  if (cut === 'end') {
    const space = text.lastIndexOf(' ');
    return (space > text.length / 2 ? text.slice(0, space) : text).trimEnd();
  }
  const space = text.indexOf(' ');
  return (space >= 0 && space < text.length / 2 ? text.slice(space + 1) : text).trimStart();
}

/** A strength's quote: from its first word to the end of its sentence, cut between words with an ellipsis. */
export function strengthQuote(text: string, start: number, max = 80): string {
  const rest = text.slice(start);
  const end = /[.!?\n]/.exec(rest);
  const sentence = (end ? rest.slice(0, end.index + (end[0] === '\n' ? 0 : 1)) : rest).trim();
  if (sentence.length <= max) return sentence;
  return `${wordsFrom(sentence.slice(0, max), 'end')}…`;
}

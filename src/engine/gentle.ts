/**
 * "Say it gently": the whole message with an alternative applied for every finding. The writer's choice per
 * finding is honoured; findings whose rewrites would collide are settled one at a time — the first rewrite is
 * applied, the message is read again, and whatever is still flagged is rewritten in the new text — so two
 * overlapping findings end as one coherent sentence, never as two edits spliced into each other.
 */
import { analyze } from './analyze';
import { applySuggestion } from './apply';
import type { AnalyzeOptions, Finding, Suggestion, Tone } from './types';

/** How often the message is read again to settle findings that the previous rewrites left or uncovered. */
const MAX_PASSES = 3;

export interface GentleRequest {
  /** The alternative the writer picked per finding id (of the original text's findings); 0 when absent. */
  choices?: Readonly<Record<string, number>>;
  /** Findings the writer chose to keep as written ("Not now"): neither they nor the same words are rewritten. */
  keep?: readonly string[];
}

/** One finding of the original message and what became of it. */
export interface GentleStep {
  finding: Finding;
  /** The alternative used, or -1 when a neighbouring rewrite took its words along (or it was kept). */
  chosen: number;
}

export interface GentleMessage {
  /** The message as it was asked about. */
  original: string;
  /** The whole message rewritten. */
  text: string;
  steps: GentleStep[];
  toneBefore: Tone;
  toneAfter: Tone;
  /** What the rewritten message is still flagged for (at the same options). */
  remaining: Finding[];
}

export function sayItGently(original: string, options: AnalyzeOptions = {}, request: GentleRequest = {}): GentleMessage {
  const first = analyze(original, options);
  const kept = new Set(request.keep ?? []);
  const keptWords = [...new Set(first.findings.filter((f) => kept.has(f.id)).map((f) => f.text))];
  const steps: GentleStep[] = [];
  const edits: Suggestion[] = [];
  let protectedSpans = occurrences(original, keptWords);
  for (const finding of byPosition(first.findings)) {
    const chosen = kept.has(finding.id) ? -1 : choiceFor(finding, request.choices, [...protectedSpans, ...edits]);
    const suggestion = finding.suggestions[chosen];
    if (suggestion) edits.push(suggestion);
    steps.push({ finding, chosen });
  }
  let text = applyAll(original, edits);
  let analysis = analyze(text, options);
  // Later passes rewrite, in the new text, what the first one could not: the writer picked nothing there.
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    protectedSpans = occurrences(text, keptWords);
    const more: Suggestion[] = [];
    for (const finding of byPosition(analysis.findings)) {
      const suggestion = finding.suggestions[choiceFor(finding, undefined, [...protectedSpans, ...more])];
      if (suggestion) more.push(suggestion);
    }
    if (more.length === 0) break;
    text = applyAll(text, more);
    analysis = analyze(text, options);
  }
  return { original, text, steps, toneBefore: first.tone, toneAfter: analysis.tone, remaining: analysis.findings };
}

/**
 * The alternative to use for a finding: the writer's pick, else the first one, as long as it leaves alone the
 * words the writer kept and the edits already made; otherwise the first that does, or -1 for none.
 */
function choiceFor(finding: Finding, choices: GentleRequest['choices'], taken: readonly Span[]): number {
  if (taken.some((span) => overlaps(span, finding))) return -1;
  const picked = choices?.[finding.id];
  const fits = (i: number): boolean => {
    const suggestion = finding.suggestions[i];
    return !!suggestion && !taken.some((span) => overlaps(span, suggestion));
  };
  if (picked !== undefined && Number.isInteger(picked) && fits(picked)) return picked;
  return finding.suggestions.findIndex((_, i) => fits(i));
}

type Span = Pick<Suggestion, 'start' | 'end'>;

/** Where the kept phrases stand in a text. */
function occurrences(text: string, phrases: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const phrase of phrases) {
    for (let i = text.indexOf(phrase); i !== -1 && phrase !== ''; i = text.indexOf(phrase, i + phrase.length)) {
      spans.push({ start: i, end: i + phrase.length });
    }
  }
  return spans;
}

/** Earlier first; of two starting together, the longer (its rewrite usually covers the other). */
function byPosition(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
}

function overlaps(a: Span, b: Span): boolean {
  // Two insertions at one point, or an edit touching another's edge, would still splice into each other.
  return a.start <= b.end && b.start <= a.end;
}

/** Non-overlapping edits, applied from the end so earlier offsets stay valid. */
function applyAll(text: string, edits: readonly Suggestion[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((acc, edit) => applySuggestion(acc, edit), text);
}

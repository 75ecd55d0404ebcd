/** Splits text into sentences with exact offsets. Line breaks always end a sentence. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Sentence end: terminal marks and closing quotes, then space (emoji right after stay with the sentence that
// they react to), or a line break.
const BOUNDARY = /(?<![.!?…])[.!?…]+[)"'’”]*(?:\s+(?:(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\p{Emoji_Modifier})+\s*)*|$)|\n+/gu;
const ABBREVIATIONS = /\b(?:mr|mrs|ms|dr|st|vs|etc|e\.g|i\.e|jr|sr|approx)\.$/i;
// "No." abbreviates "number" only before one ("No. 5", "no. #12"); "no. stop." is two sentences.
const NUMBER_ABBREVIATION = /\bno\.$/i;

// A run-on "sentence" longer than this is cut at clause marks (or spaces), so that the work per sentence and
// what one keystroke invalidates stay bounded however someone punctuates.
const MAX_SENTENCE = 400;

export function splitSentences(text: string): SentenceSpan[] {
  return splitSentencesAtMarks(text).flatMap((span) => (span.end - span.start > MAX_SENTENCE ? cutLong(text, span) : [span]));
}

function cutLong(text: string, span: SentenceSpan): SentenceSpan[] {
  const pieces: SentenceSpan[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    const limit = start + MAX_SENTENCE;
    let cut = -1;
    for (let i = limit; i > start + MAX_SENTENCE / 2 && cut < 0; i--) if (/[,;:]/.test(text[i - 1] ?? '')) cut = i;
    for (let i = limit; i > start && cut < 0; i--) if (/\s/.test(text[i] ?? '')) cut = i;
    if (cut < 0) cut = limit;
    pushTrimmed(text, start, cut, pieces);
    start = cut;
  }
  pushTrimmed(text, start, span.end, pieces);
  return pieces;
}

function splitSentencesAtMarks(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    const lastWord = text.slice(Math.max(start, m.index - 6), m.index + 1);
    if (m[0][0] === '.' && (ABBREVIATIONS.test(lastWord) || (NUMBER_ABBREVIATION.test(lastWord) && /^[\d#]/.test(text.slice(end))))) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** Splits text into sentences with exact offsets. Line breaks always end a sentence. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Sentence end: terminal marks and closing quotes, then space (emoji right after stay with the sentence that
// they react to), or a line break.
const BOUNDARY = /[.!?…]+[)"'’”]*(?:\s+(?:(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\p{Emoji_Modifier})+\s*)*|$)|\n+/gu;
const ABBREVIATIONS = /\b(?:mr|mrs|ms|dr|st|vs|etc|e\.g|i\.e|jr|sr|approx|no)\.$/i;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
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

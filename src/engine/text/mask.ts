/**
 * Masking blanks out what must not be judged — quoted or reported words, quoted email history, code, links,
 * e-mail addresses — by replacing each UTF-16 unit with a space. The masked text has exactly the input's
 * length, so every offset found in it is an offset into the original.
 */
export interface MaskedText {
  masked: string;
  /** Ranges of quoted material (quotes included), for rules that look at scare quotes. */
  quotes: Array<{ start: number; end: number }>;
}

// Each alternative starts where its run starts, so a long run of letters is scanned once, not from every letter.
const URL_OR_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const CODE = /```[\s\S]*?(?:```|$)|`[^`\n]+`/g;
// A line of quoted e-mail history, and "On <date>, <name> wrote:" headers.
const EMAIL_QUOTE_LINE = /^[ \t]*>.*$|^On .{0,200}wrote:[ \t]*$/gm;

const PAIRED_QUOTES: Array<[string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ["'", "'"],
];

/** Replaces the given ranges with spaces (keeping line breaks, which end sentences). */
function blankRanges(text: string, ranges: Array<{ start: number; end: number }>): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + text.slice(from, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Finds quoted stretches: an opening mark not preceded by a letter (so apostrophes in "don't" or "kids'"
 * are not quotes) and the next closing mark not followed by a letter, on the same line.
 */
const OPENING = /["“‘']/g;

function findQuotes(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  OPENING.lastIndex = 0;
  let i = 0;
  while (i < text.length) {
    OPENING.lastIndex = i;
    const next = OPENING.exec(text);
    if (!next) break;
    i = next.index;
    const ch = text[i];
    const pair = PAIRED_QUOTES.find(([open]) => open === ch);
    if (pair && !isWordChar(text[i - 1]) && isWordChar(text[i + 1]) === true) {
      const [, close] = pair;
      let j = i + 1;
      let closed = -1;
      while (j < text.length && text[j] !== '\n' && j - i < 400) {
        if (text[j] === close && !isWordChar(text[j + 1]) && text[j - 1] !== ' ') {
          closed = j;
          break;
        }
        j++;
      }
      if (closed > 0) {
        found.push({ start: i, end: closed + 1 });
        i = closed + 1;
        continue;
      }
    }
    i++;
  }
  return found;
}

// Each mask with the characters it cannot match without: a long email full of apostrophes skips the rest.
const MASKS: Array<[RegExp, RegExp]> = [
  [/>|wrote:/, EMAIL_QUOTE_LINE],
  [/`/, CODE],
  [/@|https?:|www\./i, URL_OR_ADDRESS],
];

// Characters without which nothing needs masking: most chat messages have none of them.
const MAYBE_MASKED = /["“‘'`>@]|https?:|www\.|wrote:/;

export function maskText(text: string): MaskedText {
  if (!MAYBE_MASKED.test(text)) return { masked: text, quotes: [] };
  const ranges: Array<{ start: number; end: number }> = [];
  for (const [trigger, pattern] of MASKS) {
    if (!trigger.test(text)) continue;
    for (const m of text.matchAll(pattern)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  const withoutCode = blankRanges(text, ranges);
  const quotes = findQuotes(withoutCode);
  return { masked: blankRanges(withoutCode, quotes), quotes };
}

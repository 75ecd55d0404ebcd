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

const URL_OR_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const CODE = /```[\s\S]*?(?:```|$)|`[^`\n]+`/g;
// A line of quoted e-mail history, and "On <date>, <name> wrote:" headers.
const EMAIL_QUOTE_LINE = /^[ \t]*>.*$|^On .{0,200}wrote:[ \t]*$/gm;

const PAIRED_QUOTES: Array<[string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ["'", "'"],
];

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Finds quoted stretches: an opening mark not preceded by a letter (so apostrophes in "don't" or "kids'"
 * are not quotes) and the next closing mark not followed by a letter, on the same line.
 */
function findQuotes(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < text.length) {
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

export function maskText(text: string): MaskedText {
  const chars = Array.from({ length: text.length }, (_, i) => text[i] as string);
  for (const pattern of [EMAIL_QUOTE_LINE, CODE, URL_OR_ADDRESS]) {
    for (const m of text.matchAll(pattern)) blank(chars, m.index, m.index + m[0].length);
  }
  const quotes = findQuotes(chars.join(''));
  for (const q of quotes) blank(chars, q.start, q.end);
  return { masked: chars.join(''), quotes };
}

/**
 * Trailing characters taken off by a scan from the end. A pattern like /[.!?]+$/ retries from every position of
 * a long run that is followed by some other character, which is quadratic on pasted or hostile text.
 */
export function trimTrailing(text: string, isTrailing: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && isTrailing(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

export const isSpace = (char: string): boolean => /\s/u.test(char);
export const isClosingMark = (char: string): boolean => /[.!?…]/u.test(char);
export const isWordChar = (char: string): boolean => /[\p{L}'’]/u.test(char);

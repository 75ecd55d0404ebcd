import { RULES } from './rules';

const cased = (word: string): string[] => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()];

/**
 * The trigger words and marks of every rule in one pattern: a sentence without any of them cannot be flagged.
 * The engine checks anchors per rule; this union is what `npm run bench` times as a plain regex scan. It is
 * case-sensitive (with the usual casings of each word) so that the capitals test keeps its meaning.
 */
export const triggerPattern = new RegExp(
  [
    `(?<![\\p{L}\\p{N}'’])(?:${[...new Set(RULES.flatMap((r) => r.anchors ?? []))].sort().flatMap(cased).join('|')})(?![\\p{L}\\p{N}])`,
    ...RULES.flatMap((r) => (r.anchorTest ? [r.anchorTest.source] : [])),
  ].join('|'),
  'gu',
);

/**
 * Rule patterns are written with a few macros so that one pattern covers standard spelling, missing
 * apostrophes and txt-speak ("you're" / "youre" / "ur" / "u r"). Offsets stay exact because patterns run on
 * the original text (with masked spans blanked out), never on a normalised copy.
 */
const APOS = "['’]";

const MACROS: Record<string, string> = {
  you: '(?:you|u|ya|yu|ye)',
  your: '(?:your|ur|yr|yer)',
  youre: `(?:you${APOS}?re|you\\s+are|you\\s+r|u\\s+r|u\\s+are|ur|u${APOS}re|ye${APOS}?re|yer)`,
  youve: `(?:you${APOS}?ve|you\\s+have|u${APOS}?ve)`,
  im: `(?:i${APOS}?m|i\\s+am)`,
  ill: `(?:i${APOS}ll|i\\s+will|ill)`,
  its: `(?:it${APOS}?s|it\\s+is|tis)`,
  thats: `(?:that${APOS}?s|that\\s+is|thats)`,
  dont: `(?:don${APOS}?t|do\\s+not)`,
  didnt: `(?:didn${APOS}?t|did\\s+not)`,
  not: `(?:not|n${APOS}t|nt)`,
  because: `(?:because|bc|b/c|cuz|coz|cos|cause|${APOS}cause|since)`,
  apos: APOS,
  // "with" as it is typed in a hurry: "what's wrong w u", "w/ you", "wiv ya".
  with: '(?:with|w/|w|wit|wiv)',
  // A word inside a clause: never crosses sentence punctuation.
  w: "[\\w'’-]+",
  // Up to two words people put in for stress without changing what is said ("you literally just left").
  filler: '(?:(?:just|literally|really|honestly|actually|even|seriously|totally|basically|clearly|obviously|still)\\s+){0,2}',
};

export function expandMacros(source: string): string {
  return source.replace(/\{(\w+)\}/g, (whole, name: string) => MACROS[name] ?? whole);
}

// A match that starts or ends with a word character must not cut through a word ("you" in "young");
// one that starts or ends with a symbol ("!!!", "🙄") may touch a word. The end is checked in the pattern;
// the start is checked in matchWords, because a leading assertion would stop the regex engine from
// skipping ahead to the characters a pattern can start with.
const END = "(?:(?<=[\\w'’])(?![\\w'’])|(?<![\\w'’]))";
const WORD_CHAR = /[\w'’]/;

/** Expands macros and adds the end boundary; `flags` must include 'g'. Run it with matchWords. */
export function compilePattern(source: string, flags: string): RegExp {
  return new RegExp(`(?:${expandMacros(source)})${END}`, flags);
}

/** All matches of a compiled pattern that do not start inside a word (an array: cheaper than a generator). */
export function matchWords(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const startsInsideWord = m.index > 0 && WORD_CHAR.test(m[0][0] ?? '') && WORD_CHAR.test(text[m.index - 1] ?? '');
    if (startsInsideWord || m[0] === '') {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    found.push(m);
  }
  return found;
}

/**
 * Rule patterns are written with a few macros so that one pattern covers standard spelling, missing
 * apostrophes and txt-speak ("you're" / "youre" / "ur" / "u r"). Offsets stay exact because patterns run on
 * the original text (with masked spans blanked out), never on a normalised copy.
 */
const APOS = "['’]";

const MACROS: Record<string, string> = {
  you: '(?:you|u|ya|yu)',
  your: '(?:your|ur|yr)',
  youre: `(?:you${APOS}?re|you\\s+are|you\\s+r|u\\s+r|ur|u${APOS}re)`,
  youve: `(?:you${APOS}?ve|you\\s+have|u${APOS}?ve)`,
  im: `(?:i${APOS}?m|i\\s+am)`,
  ill: `(?:i${APOS}ll|i\\s+will|ill)`,
  its: `(?:it${APOS}?s|it\\s+is|tis)`,
  thats: `(?:that${APOS}?s|that\\s+is|thats)`,
  dont: `(?:don${APOS}?t|do\\s+not)`,
  didnt: `(?:didn${APOS}?t|did\\s+not)`,
  not: `(?:not|n${APOS}t|nt)`,
  because: `(?:because|bc|b/c|cuz|coz|cause|${APOS}cause|since)`,
  apos: APOS,
  // A word inside a clause: never crosses sentence punctuation.
  w: "[\\w'’-]+",
};

export function expandMacros(source: string): string {
  return source.replace(/\{(\w+)\}/g, (whole, name: string) => MACROS[name] ?? whole);
}

// A match that starts or ends with a word character must not cut through a word ("you" in "young");
// one that starts or ends with a symbol ("!!!", "🙄") may touch a word.
const START = "(?:(?<![\\w'’])(?=[\\w'’])|(?![\\w'’]))";
const END = "(?:(?<=[\\w'’])(?![\\w'’])|(?<![\\w'’]))";

/** Expands macros and adds word boundaries; `flags` as for RegExp. */
export function compilePattern(source: string, flags: string): RegExp {
  return new RegExp(`${START}(?:${expandMacros(source)})${END}`, flags);
}

/** How the rules' examples are read by the tests: flagged words are written in [brackets]. */

/** "it's [your fault] we're late" → the text without brackets and the bracketed span. */
export function parseExample(example: string): { text: string; start: number; end: number } {
  const start = example.indexOf('[');
  const end = example.indexOf(']') - 1;
  if (start < 0 || end < start) throw new Error(`flagged example without [span]: ${example}`);
  return { text: example.replace('[', '').replace(']', ''), start, end };
}

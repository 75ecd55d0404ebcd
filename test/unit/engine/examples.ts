/** How the rules' examples are read by the tests: flagged words are written in [brackets]. */
import { analyze } from '../../../src/engine/analyze';
import { applySuggestion } from '../../../src/engine/apply';
import type { Rule } from '../../../src/engine/rules/rule';
import type { Finding } from '../../../src/engine/types';

/** "it's [your fault] we're late" → the text without brackets and the bracketed span. */
export function parseExample(example: string): { text: string; start: number; end: number } {
  const start = example.indexOf('[');
  const end = example.indexOf(']') - 1;
  if (start < 0 || end < start) throw new Error(`flagged example without [span]: ${example}`);
  return { text: example.replace('[', '').replace(']', ''), start, end };
}

/** A flagged example as the engine sees it: `rule`'s finding on the bracketed words, and what each alternative makes of the text. */
export function exampleFinding(rule: Pick<Rule, 'id'>, example: string): { text: string; finding: Finding | undefined; rewrites: string[] } {
  const { text, start } = parseExample(example);
  const finding = analyze(text, { sensitivity: 'strict' }).findings.find((f) => f.rule === rule.id && f.start === start);
  return { text, finding, rewrites: (finding?.suggestions ?? []).map((s) => applySuggestion(text, s)) };
}

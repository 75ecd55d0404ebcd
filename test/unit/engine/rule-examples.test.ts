import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { messageSentences } from '../../../src/engine/analyze';
import { anchorWords, type Rule } from '../../../src/engine/rules/rule';
import { RULES } from '../../../src/engine/rules';
import { matchWords } from '../../../src/engine/text/macros';
import type { Severity } from '../../../src/engine';
import { exampleFinding, parseExample } from './examples';

const RANK: Record<Severity, number> = { hint: 0, warning: 1, alert: 2 };

// Forms nobody wrote a rule for: txt-speak, a missing apostrophe or a misspelling; and a word put in for stress.
const INFORMAL = /\b(?:u|ur|ya|yu|r|b|k|kk|im|ive|ill|dont|doesnt|didnt|cant|wont|isnt|wasnt|arent|youre|youve|theyre|thats|whats|pls|plz|thx|rn|tbh|ngl|lol|omg|bc|cuz|coz|gonna|wanna|gotta|kinda|ppl|smh|b4|msg|wat|whatevs|watever|goin|breakin|becuase)\b/i;
const FILLER = /\b(?:literally|honestly|just|really|seriously|actually|even|basically|totally|like|so|still|kinda|pretty|ever)\b/i;

/** Whether the pattern, run on the example's sentence as the engine cuts it, flags exactly the bracketed span. */
function patternFlags(rule: Rule, pattern: RegExp, example: string): boolean {
  const { text, start, end } = parseExample(example);
  const { masked, spans } = messageSentences(text);
  return spans.some((span) => {
    const source = (rule.source === 'text' ? text : masked).slice(span.start, span.end);
    return [...matchWords(pattern, source)].some((m) => {
      const [from, to] = m.indices?.groups?.flag ?? m.indices?.[0] ?? [-1, -1];
      return span.start + from === start && span.start + to === end;
    });
  });
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const flagged = Object.keys(rule.examples.flagged);

  it('has examples of both kinds', () => {
    expect(flagged.length).toBeGreaterThan(0);
    expect(rule.examples.clean.length).toBeGreaterThan(0);
  });

  it('has flagged examples in forms nobody wrote a rule for', () => {
    const texts = flagged.map((example) => parseExample(example).text);
    expect(texts.some((t) => INFORMAL.test(t)), 'no example in txt-speak, without an apostrophe or misspelt').toBe(true);
    expect(texts.some((t) => FILLER.test(t)), 'no example with a filler word').toBe(true);
  });

  // Each pattern is one way of saying it, with its own rewrite: an example shows it works.
  it('has a flagged example for every pattern', () => {
    const unexercised = rule.compiled.flatMap((pattern, i) => (flagged.some((ex) => patternFlags(rule, pattern, ex)) ? [] : [i]));
    expect(unexercised, 'patterns (by index) that no flagged example flags').toEqual([]);
  });

  it.each(flagged)('flags %s', (example) => {
    const { text, start, end } = parseExample(example);
    expect(rule.applies(anchorWords(text), text), 'anchors miss this example').toBe(true);
    const findings = analyze(text, { sensitivity: 'strict' }).findings.filter((f) => f.rule === rule.id);
    expect(findings.map((f) => [f.start, f.end, f.text])).toContainEqual([start, end, text.slice(start, end)]);
  });

  it.each(rule.examples.clean)('leaves alone %s', (text) => {
    const findings = analyze(text, { sensitivity: 'strict' }).findings.filter((f) => f.rule === rule.id);
    expect(findings).toEqual([]);
  });

  // A changed rewrite shows up as a changed line in the rule's examples.
  it.each(Object.entries(rule.examples.flagged))('rewrites %s as its example says', (example, expected) => {
    expect(exampleFinding(rule, example).rewrites).toEqual(expected);
  });

  it.each(flagged)('offers suggestions that clear %s', (example) => {
    const { text, finding, rewrites } = exampleFinding(rule, example);
    expect(finding?.suggestions.length).toBeGreaterThan(0);
    for (const applied of rewrites) {
      const after = analyze(applied, { sensitivity: 'strict' }).findings;
      expect(after.filter((f) => f.rule === rule.id), `"${applied}" still flags ${rule.id}`).toEqual([]);
      const worse = after.filter(
        (f) => RANK[f.severity] >= RANK[rule.severity] && !analyze(text, { sensitivity: 'strict' }).findings.some((o) => o.rule === f.rule),
      );
      expect(worse, `"${applied}" adds a finding`).toEqual([]);
    }
  });
});

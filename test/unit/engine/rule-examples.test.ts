import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { anchorWords } from '../../../src/engine/rules/rule';
import { RULES } from '../../../src/engine/rules';
import type { Severity } from '../../../src/engine';

const RANK: Record<Severity, number> = { hint: 0, warning: 1, alert: 2 };

/** "it's [your fault] we're late" → the text without brackets and the bracketed span. */
function parseExample(example: string): { text: string; start: number; end: number } {
  const start = example.indexOf('[');
  const end = example.indexOf(']') - 1;
  if (start < 0 || end < start) throw new Error(`flagged example without [span]: ${example}`);
  return { text: example.replace('[', '').replace(']', ''), start, end };
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it('has examples of both kinds', () => {
    expect(rule.examples.flagged.length).toBeGreaterThan(0);
    expect(rule.examples.clean.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.flagged)('flags %s', (example) => {
    const { text, start, end } = parseExample(example);
    expect(rule.applies(anchorWords(text), text), 'anchors miss this example').toBe(true);
    const findings = analyze(text, { sensitivity: 'strict' }).findings.filter((f) => f.rule === rule.id);
    expect(findings.map((f) => [f.start, f.end, f.text])).toContainEqual([start, end, text.slice(start, end)]);
  });

  it.each(rule.examples.clean)('leaves alone %s', (text) => {
    const findings = analyze(text, { sensitivity: 'strict' }).findings.filter((f) => f.rule === rule.id);
    expect(findings).toEqual([]);
  });

  it.each(rule.examples.flagged)('offers suggestions that clear %s', (example) => {
    const { text, start } = parseExample(example);
    const finding = analyze(text, { sensitivity: 'strict' }).findings.find((f) => f.rule === rule.id && f.start === start);
    expect(finding?.suggestions.length).toBeGreaterThan(0);
    for (const s of finding?.suggestions ?? []) {
      const applied = text.slice(0, s.start) + s.replacement + text.slice(s.end);
      const after = analyze(applied, { sensitivity: 'strict' }).findings;
      expect(after.filter((f) => f.rule === rule.id), `"${applied}" still flags ${rule.id}`).toEqual([]);
      const worse = after.filter(
        (f) => RANK[f.severity] >= RANK[rule.severity] && !analyze(text, { sensitivity: 'strict' }).findings.some((o) => o.rule === f.rule),
      );
      expect(worse, `"${applied}" adds a finding`).toEqual([]);
    }
  });
});

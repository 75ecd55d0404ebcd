import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { applySuggestion, changedLines, changedSpan } from '../../../src/engine/apply';
import { sayItGently } from '../../../src/engine/gentle';
import { diffMessage } from '../../../src/ui/preview';

const HARSH = [
  "you never listen to me and it's your fault we're late. Answer my call!!!",
  "Why do you ALWAYS do this?? you're so lazy",
  'whatever, calm down, it’s not a big deal',
  'Per my last email, the report was due Friday.',
  "honestly u never help with the dishes, ur so selfish",
  'Thanks for the notes.\nBut you always ignore my comments, every single time.\nFix it.',
];

const serious = (text: string) => analyze(text).findings.filter((f) => f.severity !== 'hint');

describe('sayItGently', () => {
  it.each(HARSH)('rewrites every finding of %j and leaves nothing of warning or alert severity', (text) => {
    expect(analyze(text).findings.length).toBeGreaterThan(0);
    const gentle = sayItGently(text);
    expect(gentle.original).toBe(text);
    expect(gentle.text).not.toBe(text);
    expect(serious(gentle.text)).toEqual([]);
    expect(gentle.remaining).toEqual(analyze(gentle.text).findings);
    expect(gentle.steps.map((s) => s.finding.id).sort()).toEqual(analyze(text).findings.map((f) => f.id).sort());
  });

  it('keeps the lines of a message: a rewrite never joins or splits paragraphs', () => {
    const text = HARSH[5] as string;
    expect(sayItGently(text).text.split('\n')).toHaveLength(3);
  });

  it('leaves a clean message as it is', () => {
    const gentle = sayItGently('see you at 7, thanks for waiting');
    expect(gentle).toMatchObject({ text: 'see you at 7, thanks for waiting', steps: [], remaining: [] });
    expect(gentle.toneAfter).toEqual(gentle.toneBefore);
  });

  it('uses the alternative the writer picked', () => {
    const text = 'calm down, I said I would do it';
    const finding = analyze(text).findings.find((f) => f.suggestions.length > 1);
    expect(finding).toBeDefined();
    if (!finding) return;
    const second = finding.suggestions[1];
    if (!second) return;
    const gentle = sayItGently(text, {}, { choices: { [finding.id]: 1 } });
    expect(gentle.steps.find((s) => s.finding.id === finding.id)?.chosen).toBe(1);
    expect(gentle.text.startsWith(applySuggestion(text, second).slice(0, second.start + second.replacement.length))).toBe(true);
  });

  it('falls back to the first alternative for a pick out of range', () => {
    const text = 'calm down, I said I would do it';
    const finding = analyze(text).findings[0];
    if (!finding) throw new Error('expected a finding');
    const gentle = sayItGently(text, {}, { choices: { [finding.id]: 99 } });
    expect(gentle.steps[0]?.chosen).toBe(0);
    expect(gentle.text).toBe(sayItGently(text).text);
  });

  it('keeps what the writer chose to keep, in every pass', () => {
    const text = 'calm down, you never help with the dishes';
    const calm = analyze(text).findings.find((f) => f.category === 'dismissive');
    if (!calm) throw new Error('expected a dismissive finding');
    const gentle = sayItGently(text, {}, { keep: [calm.id] });
    expect(gentle.text.startsWith('calm down')).toBe(true);
    expect(gentle.text).not.toContain('never');
    expect(gentle.text).toContain('the dishes');
    expect(gentle.steps.find((s) => s.finding.id === calm.id)?.chosen).toBe(-1);
  });

  it('settles findings whose rewrites overlap into one sentence: no two edits splice into each other', () => {
    for (const text of HARSH) {
      const gentle = sayItGently(text);
      const used = gentle.steps.filter((s) => s.chosen >= 0).map((s) => s.finding.suggestions[s.chosen]);
      used.forEach((a, i) => used.slice(i + 1).forEach((b) => expect(a && b && (a.end < b.start || b.end < a.start)).toBe(true)));
      // Marks run together, doubled spaces, a space before a comma: none added by the edits (a "??" the writer
      // typed and nothing flagged stays as it was).
      const seams = (t: string): number => t.match(/[.?!]\s*[.?]|\s{2,}(?!\n)|\s[,.]/g)?.length ?? 0;
      expect(seams(gentle.text)).toBeLessThanOrEqual(seams(text));
    }
  });

  it('leaves a finding as written rather than let its rewrite swallow words the writer kept', () => {
    const text = "calm down, you're so lazy";
    const calm = analyze(text).findings.find((f) => f.category === 'dismissive');
    if (!calm) throw new Error('expected a dismissive finding');
    const gentle = sayItGently(text, {}, { keep: [calm.id] });
    expect(gentle.text.startsWith('calm down, ')).toBe(true);
  });

  it('honours the options: a category switched off stays as written', () => {
    const text = "you're so lazy. calm down";
    const gentle = sayItGently(text, { categories: ['dismissive'] });
    expect(gentle.text).toContain("you're so lazy");
    expect(gentle.text).not.toContain('calm down');
  });
});

describe('changedSpan', () => {
  const cases: Array<[string, string]> = [
    ['you never listen', 'you rarely listen'],
    ['abc', 'abc'],
    ['', 'new'],
    ['old', ''],
    ['same start, then 😀 emoji', 'same start, then 😃 emoji'],
    ['aaa', 'aaaa'],
    ['line one\nline two', 'line one\nline 2\nline three'],
  ];
  it.each(cases)('%j → %j is one replacement that rebuilds the new text', (before, after) => {
    const span = changedSpan(before, after);
    expect(applySuggestion(before, span)).toBe(after);
    expect(span.start).toBeLessThanOrEqual(span.end);
  });

  it('never cuts a surrogate pair', () => {
    const span = changedSpan('x 😀 y', 'x 😃 y');
    expect(span.replacement).toBe('😃');
    expect('x 😀 y'.slice(span.start, span.end)).toBe('😀');
  });
});

describe('changedLines', () => {
  it('gives one edit per changed line when the lines stay, none inside a line break', () => {
    const before = 'hi\nyou never listen\nok\nyou always forget';
    const after = 'hi\nyou rarely listen\nok\nyou sometimes forget';
    const edits = changedLines(before, after);
    expect(edits).toHaveLength(2);
    for (const edit of edits) expect(before.slice(edit.start, edit.end) + edit.replacement).not.toContain('\n');
    expect([...edits].reverse().reduce((text, edit) => applySuggestion(text, edit), before)).toBe(after);
  });

  it('gives one edit when lines were added or removed, and none for equal texts', () => {
    expect(changedLines('a\nb', 'a\nb\nc')).toHaveLength(1);
    expect(changedLines('same', 'same')).toEqual([]);
  });
});

describe('diffMessage', () => {
  it('marks removed and added words and keeps the rest', () => {
    const parts = diffMessage('Thanks. you never listen to me. See you', 'Thanks. I feel unheard lately. See you');
    expect(parts[0]).toEqual({ kind: 'same', text: 'Thanks. ' });
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('Thanks. you never listen to me. See you');
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('Thanks. I feel unheard lately. See you');
    expect(parts.some((p) => p.kind === 'removed' && p.text.includes('never'))).toBe(true);
  });

  it('marks whole words, not the letters two words share', () => {
    const parts = diffMessage('you always forget', 'you sometimes forget');
    expect(parts).toEqual([
      { kind: 'same', text: 'you ' },
      { kind: 'removed', text: 'always' },
      { kind: 'added', text: 'sometimes' },
      { kind: 'same', text: ' forget' },
    ]);
  });

  it('stays cheap on a long message', () => {
    const long = 'word '.repeat(5000);
    const parts = diffMessage(`${long}you never listen`, `${long}I feel unheard`);
    expect(parts[0]).toEqual({ kind: 'same', text: long });
  });
});

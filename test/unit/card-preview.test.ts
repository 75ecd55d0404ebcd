import { describe, expect, it } from 'vitest';
import { diffWords, previewOf, previewResult } from '../../src/ui/preview';

describe('card preview', () => {
  it('marks removed and added words of a sentence-wide rewrite, keeping the words both share', () => {
    expect(diffWords('you never listen to me', 'you rarely listen to me')).toEqual([
      { kind: 'same', text: 'you ' },
      { kind: 'removed', text: 'never ' },
      { kind: 'added', text: 'rarely ' },
      { kind: 'same', text: 'listen to me' },
    ]);
  });

  it('shows only the sentence of the change, and what it reads once applied', () => {
    const text = 'Hi Sam. No offense, but the plan is bad. See you.';
    const start = text.indexOf('No offense, but ');
    const preview = previewOf(text, { start, end: start + 'No offense, but '.length, replacement: '' });
    expect(preview.parts).toEqual([
      { kind: 'removed', text: 'No offense, but ' },
      { kind: 'same', text: 'the plan is bad.' },
    ]);
    expect(previewResult(preview)).toBe('the plan is bad.');
    expect(preview.clippedBefore || preview.clippedAfter).toBe(false);
  });

  it('cuts long context at a word boundary', () => {
    const text = `${'we walked along the long river path for hours and hours, '.repeat(2)}and you never listen`;
    const start = text.indexOf('you never listen');
    const preview = previewOf(text, { start, end: text.length, replacement: 'I felt unheard' });
    expect(preview.clippedBefore).toBe(true);
    const first = preview.parts[0]?.text ?? '';
    expect(first.length).toBeLessThanOrEqual(48);
    expect(text.includes(` ${first}`)).toBe(true);
  });
});

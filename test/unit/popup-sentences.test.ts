import { describe, expect, it } from 'vitest';
import { ellipsize, strengthQuote } from '../../src/popup/sentences';

describe('popup quotes', () => {
  it('cuts only between words, with an ellipsis', () => {
    const text = 'thanks for covering my shift yesterday, it meant a lot to me and to the whole team';
    const short = ellipsize(text, 40);
    expect(short).toContain(' … ');
    for (const part of short.split(' … ')) expect(text.includes(part) && /^\S.*\S$/.test(part)).toBe(true);
    expect(short.split(' … ')[0]?.endsWith('cov')).toBe(false);
  });

  it("quotes a strength to the end of its sentence, not its trigger words alone ('thanks for ')", () => {
    const text = 'Hi! thanks for covering my shift yesterday. See you soon';
    expect(strengthQuote(text, text.indexOf('thanks'))).toBe('thanks for covering my shift yesterday.');
    const long = `thanks for ${'all the little things you did '.repeat(5)}`;
    const quote = strengthQuote(long, 0, 40);
    expect(quote.endsWith('…')).toBe(true);
    expect(long.startsWith(quote.slice(0, -1))).toBe(true);
    expect(long[quote.length - 1]).toBe(' ');
  });
});

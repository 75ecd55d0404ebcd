import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { applySuggestion } from '../../../src/engine/apply';

/** What each alternative of the findings on `words` makes of the message, by label. */
function rewrites(text: string, words: string): Record<string, string> {
  const finding = analyze(text).findings.find((f) => f.text === words);
  if (!finding) throw new Error(`no finding on ${JSON.stringify(words)} in ${JSON.stringify(text)}`);
  return Object.fromEntries(finding.suggestions.map((s) => [s.label ?? '', applySuggestion(text, s)]));
}

describe('a sentence that is only a jab', () => {
  it.each([
    ['Ronald, I have asked you three times to phone the gas man. Honestly, you are hopeless.', 'you are hopeless', 'Ronald, I have asked you three times to phone the gas man.'],
    ['Per our terms, which you agreed to, no refunds on custom orders. Maybe read before clicking next time.', 'Maybe read before clicking next time', 'Per our terms, which you agreed to, no refunds on custom orders.'],
    ["the whole trip's ruined cos you forgot to book the ferry. great job genius 👏", 'great job genius 👏', "the whole trip's ruined cos you forgot to book the ferry."],
  ])('%j: can be left out, and the rest stands', (text, words, rest) => {
    expect(rewrites(text, words)['Leave the jab out']).toBe(rest);
  });

  it.each([
    ["Look I've been busy ok, not everyone has nothing going on like you", 'not everyone has nothing going on like you', "Look I've been busy ok"],
  ])('%j: a jab that opens or closes a sentence goes, and the other clause stands', (text, words, rest) => {
    expect(rewrites(text, words)['Leave the jab out']).toBe(rest);
  });

  it('takes the space after it along when it stands between two sentences', () => {
    const text = 'I have asked you three times to phone the gas man. Honestly, you are hopeless.\nI will ring them myself.';
    expect(rewrites(text, 'you are hopeless')['Leave the jab out']).toBe('I have asked you three times to phone the gas man.\nI will ring them myself.');
  });

  it('is not left out when it is the whole message', () => {
    const finding = analyze('Honestly, you are hopeless.').findings[0];
    expect(finding?.suggestions.map((s) => s.label)).not.toContain('Leave the jab out');
  });

  it('is not left out when it carries a fact (a figure, a name)', () => {
    for (const text of ['I asked you to phone the gas man. Honestly, you are hopeless with the £40 bill.', 'I asked you to phone the gas man. Honestly, Ronald, you are hopeless.']) {
      for (const f of analyze(text).findings) expect(f.suggestions.map((s) => s.label)).not.toContain('Leave the jab out');
    }
  });
});

describe('the same words without the edge', () => {
  it.each([
    ['WHY is there a £340 gas bill??', 'Why is there a £340 gas bill?'],
    ['I SAID I’M SORRY', 'I said I’m sorry'],
  ])('%j → %j: capitals, piled marks and the exasperated opener go, every fact stays', (text, calm) => {
    const finding = analyze(text).findings.find((f) => f.suggestions.some((s) => s.label === 'Say it without the edge'));
    const suggestion = finding?.suggestions.find((s) => s.label === 'Say it without the edge');
    expect(suggestion && applySuggestion(text, suggestion)).toBe(calm);
  });
});

describe('an order that dares', () => {
  it.each([
    ["skip again and you're out of the band", "skip again and you're out of the band"],
    ['walk out that door tonight and ur phone is gone, I mean it', 'walk out that door tonight and ur phone is gone, I mean it'],
  ])('%j: is not asked as if the dare were the request', (text, words) => {
    const asked = Object.values(rewrites(text, words));
    expect(asked.filter((r) => /^(?:could|can|would) (?:you|u)\b/i.test(r) && /\band (?:you|u|ur)\b/i.test(r))).toEqual([]);
  });
});

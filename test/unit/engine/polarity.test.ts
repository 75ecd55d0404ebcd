import { describe, expect, it } from 'vitest';
import { moodOf, polarity } from '../../../src/engine/polarity';

/** The mood of a message given as its sentences. */
const mood = (...sentences: string[]): string => moodOf(sentences.map((s) => polarity(s)), sentences);

describe('the mood of a message', () => {
  it.each([
    ["You've wrecked my credit and my marriage.", 'Congratulations.'],
    ["i got grounded for a month bc u snitched to mum abt the party.", 'hope ur happy'],
    ["Look what you've done.", "She won't come out.", 'Happy now?'],
  ])('is not warm when a few flat words of praise close a complaint: %j … %j', (...sentences) => {
    expect(mood(...sentences)).not.toBe('positive');
  });

  it.each([
    ['Because of you I actually understand our billing system now.', 'Thank you!'],
    ['omg you never told me you could sing!!!', 'that was AMAZING'],
    ['u did the blue on purpose?', 'love it'],
    ['Every single time you cook for us, the whole flat smells incredible for two days.', 'Best flatmate ever.'],
  ])('is warm when the praise is meant: %j … %j', (...sentences) => {
    expect(mood(...sentences)).toBe('positive');
  });

  it('reads each sentence alone when no texts are given, as before', () => {
    expect(moodOf([0, 3])).toBe('positive');
  });
});

describe('polarity of a phrase', () => {
  it.each(['I miss you', 'IM GONNA MISS U SO MUCH', 'missing ya already'])('reads %j as affection, not loss', (text) => {
    expect(polarity(text)).toBeGreaterThan(0);
  });

  it('still reads a missed deadline as a loss', () => {
    expect(polarity('you missed the deadline')).toBeLessThan(0);
  });
});

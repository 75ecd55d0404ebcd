import Sentiment from 'sentiment';
import { BoundedCache } from './cache';

/**
 * Polarity of a stretch of text: AFINN word scores (the `sentiment` package) plus the emoji and chat words
 * that decide whether "every single time" or "YOU" is affection or anger in a message.
 */
const EXTRAS: Record<string, number> = {
  '🥹': 3, '🥰': 3, '😍': 3, '❤': 3, '💕': 3, '😘': 3, '🙏': 2, '🎉': 3, '🎂': 2, '🙌': 2,
  '😊': 2, '😂': 2, '🤣': 2, '😅': 1, '👍': 1, '🍿': 1, '💪': 2, '🏖': 1,
  '🍣': 0, '🍕': 0, '🌮': 0,
  '🙄': -3, '🤬': -4, '😡': -3, '😠': -3, '😤': -2, '😒': -2, '🖕': -4,
  noworries: 1, noway: 0, missyou: 2, thanks: 1, congrats: 3, congratulations: 3, bday: 2, legend: 2, proud: 2, lol: 1, haha: 1, yay: 3, omw: 0,
  welcome: 2, appetite: 1, hilarious: 3, incredible: 3, gorgeous: 3, sweet: 2, obsessed: 2, inspiring: 3, remembered: 1,
  fault: -2, excuse: -1, excuses: -2, mess: -2, whatever: -1, ugh: -2, gone: -1, late: -1, broke: 0,
  stuck: -2, wrong: -2,
  // AFINN words too weak or too ambiguous in chat to make a sentence warm ("ask for help", "hope ur happy").
  help: 0, like: 0, want: 0, please: 0, clean: 0, true: 0, worth: 0, joke: 0, hope: 0, care: 0, fine: 0, sure: 0,
  ok: 0, better: 0, calm: 0, relax: 0, chill: 0, pretty: 0, yes: 0, agree: 0, free: 0, kind: 0, cool: 0, well: 0, favorite: 0, favourite: 0, top: 0, share: 0, jealous: -2, ignoring: -2, humiliate: -3, complain: -2, yelled: -2,
  // … and their inflections, which AFINN scores like the base word ("nobody in this house ever helps").
  helps: 0, helping: 0, likes: 0, liked: 0, jokes: 0, hopes: 0, cares: 0, calmed: 0, calming: 0, calms: 0, agreed: 0, agrees: 0, shared: 0, shares: 0,
};

const analyzer = new Sentiment();
// "no worries", "no problem", "no rush": reassurance, which AFINN scores as the worry or the problem it dismisses.
// "no way", "no shit": surprise, not a refusal.
const SURPRISE = /\bno\s+(?:way|shit)\b/gi;
// "miss you", "missing u already": affection, which AFINN scores as the loss in "miss".
const MISSING_YOU = /\bmiss(?:ing|ed)?\s+(?:you|u|ya|yall|y['’]all)\b/gi;
const REASSURANCE = /\b(?:no|not\s+a)\s+(?:worries|worry|problem|problemo|probs|prob|rush|stress|pressure|bother|biggie)\b/gi;
// The tokenizer of `sentiment` splits on spaces, so runs of emoji are spaced out before scoring.
const EMOJI = /\p{Extended_Pictographic}/gu;

// Guards ask for the same sentence's polarity again and again; scoring is the engine's costliest step.
const cache = new BoundedCache<number>(2000);

export function polarity(text: string): number {
  if (text.trim() === '') return 0;
  let score = cache.get(text);
  if (score === undefined) {
    const spaced = text.replace(/\ufe0f/g, '').replace(EMOJI, ' $& ').replace(REASSURANCE, ' noworries ').replace(SURPRISE, ' noway ').replace(MISSING_YOU, ' missyou ');
    score = analyzer.analyze(spaced, { extras: EXTRAS }).score;
    cache.set(text, score);
  }
  return score;
}

export type Mood = 'positive' | 'neutral' | 'negative';

/**
 * The mood of a message from its sentences' polarities. A message is warm only if no sentence in it reads
 * negative: "You made the kids cry. Are you happy now?" scores positive on words alone. A word or three of praise
 * right after a sentence that is not warm is the sarcasm that closes a complaint ("You've wrecked my credit.
 * Congratulations.", "bc u snitched. hope ur happy"), so it does not make the message warm; the sentences' texts
 * tell how short each is.
 */
export function moodOf(sentenceScores: number[], sentenceTexts: readonly string[] = []): Mood {
  const scores = sentenceScores.map((score, i) => (i > 0 && score > 0 && (sentenceScores[i - 1] ?? 0) <= 0 && isFlatCloser(sentenceTexts[i], sentenceTexts[i - 1]) ? 0 : score));
  const score = scores.reduce((a, b) => a + b, 0);
  if (score >= 2 && scores.every((s) => s >= 0)) return 'positive';
  if (score <= -2) return 'negative';
  return 'neutral';
}

const CLOSER_WORDS = 3;

/**
 * A word or three said flat after a statement: "Congratulations.", "great.", "Happy now?". Praise said with an
 * exclamation or an emoji ("Thank you!", "so sweet 🥹"), or after an exclamation or a question ("you never told me
 * you could sing!!! that was AMAZING", "u did the blue on purpose? love it"), is meant.
 */
function isFlatCloser(text: string | undefined, before: string | undefined): boolean {
  if (text === undefined || before === undefined) return false;
  if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length > CLOSER_WORDS) return false;
  return !/!|\p{Extended_Pictographic}/u.test(text) && !/[!?]/.test(lastMark(before));
}

/** The last character of a text that is not a space or an emoji, read from the end. */
function lastMark(text: string): string {
  const chars = Array.from(text);
  let i = chars.length - 1;
  while (i >= 0 && /[\s\p{Extended_Pictographic}\ufe0f\u200d]/u.test(chars[i] ?? '')) i--;
  return chars[i] ?? '';
}

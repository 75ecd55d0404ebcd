/**
 * What the learned second opinion sees of a sentence: words as people type them, brought to one form
 * ("you've ruined" and "u ruined" share "you" and "ruin"), their neighbours, the shape of the sentence
 * (shouting, piled marks, a first word that gives an order), its polarity, and which rule families fired.
 * The same function serves training (scripts/train-model.ts) and the engine, so they cannot drift apart.
 */
import type { Mood } from '../polarity';
import type { Category } from '../types';

/** Contractions and txt-speak, written out so that every spelling of a phrase yields the same words. */
const SPELLINGS: Record<string, string> = {
  u: 'you', ya: 'you', yu: 'you', ur: 'your', yr: 'your', youre: 'you are', yall: 'you all',
  r: 'are', im: 'i am', ive: 'i have', youve: 'you have', youll: 'you will',
  youd: 'you would', dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not', cannot: 'can not',
  wont: 'will not', isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', havent: 'have not',
  hasnt: 'has not', hadnt: 'had not', shouldnt: 'should not', wouldnt: 'would not', couldnt: 'could not',
  thats: 'that is', whats: 'what is', theres: 'there is', hes: 'he is', shes: 'she is', its: 'it is',
  lets: 'let us', gonna: 'going to', wanna: 'want to', gotta: 'got to', tho: 'though', thru: 'through',
  pls: 'please', plz: 'please', plez: 'please', bc: 'because', cuz: 'because', coz: 'because', cos: 'because',
  bcuz: 'because', becuase: 'because', becasue: 'because', rn: 'right now', ppl: 'people', prob: 'probably',
  def: 'definitely', srsly: 'seriously', obvi: 'obviously', obvs: 'obviously', tbh: 'to be honest',
  idk: 'i do not know', idc: 'i do not care', nvm: 'never mind', k: 'ok', kk: 'ok', okay: 'ok', okey: 'ok',
  alwasy: 'always', allways: 'always', alway: 'always', nevr: 'never', evry: 'every', everytime: 'every time',
  wat: 'what', wht: 'what', y: 'why', abt: 'about', bout: 'about', thx: 'thanks', ty: 'thanks',
  sry: 'sorry', soz: 'sorry', realy: 'really', rly: 'really', literaly: 'literally', litterally: 'literally',
};

/** Endings that carry what "n't", "'ve", "'re" and so on stand for. */
const CLITICS: Array<[RegExp, string]> = [
  [/^(ca|wo)n't$/, '$1 not'],
  [/^(\w+)n't$/, '$1 not'],
  [/^(\w+)'(ve)$/, '$1 have'],
  [/^(\w+)'(re)$/, '$1 are'],
  [/^(\w+)'(ll)$/, '$1 will'],
  [/^(\w+)'(d)$/, '$1 would'],
  [/^(\w+)'(m)$/, '$1 am'],
  [/^(it|that|what|there|he|she|who|here|where|how|let)'s$/, '$1 is'],
  [/^(\w+)'s$/, '$1'],
];

// A token: a word (with inner apostrophes), an emoji, a run of !/?, or an ellipsis.
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}|[!?]{2,}|[!?]|\.{3,}|…/gu;
const CAPS_WORD = /^[\p{Lu}]{2,}$/u;
/** Capitals that are names, not raised voices. */
const ACRONYMS = new Set(['OK', 'ASAP', 'FYI', 'NYC', 'LA', 'UK', 'US', 'USA', 'EU', 'TV', 'ID', 'PM', 'AM', 'CEO', 'HR', 'IT', 'PR', 'QA', 'UI', 'API', 'PDF', 'DM', 'DMS', 'ETA', 'BBQ', 'LOL', 'LMAO', 'OMG', 'TBH', 'IDK', 'BTW', 'IMO', 'FWIW', 'RSVP', 'GP', 'NHS', 'DIY', 'FAQ', 'URL', 'SQL', 'CSV', 'MVP', 'KPI', 'OOO', 'EOD', 'EOW', 'WFH', 'PTO', 'AC', 'GPS', 'ATM', 'UPS', 'DHL']);
/** Words that soften or pad the start of a sentence without changing what it does. */
const OPENERS = new Set(['just', 'so', 'well', 'ok', 'oh', 'and', 'but', 'honestly', 'seriously', 'look', 'listen', 'like', 'um', 'uh', 'hey', 'yeah', 'yes', 'no', 'lol', 'omg', 'please', 'now', 'then', 'also', 'btw']);

/** A word brought to a rough stem: "ruined", "ruining", "ruins" → "ruin". Crude but the same everywhere. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  let s = word;
  if (s.endsWith('ies')) return s.slice(0, -3) + 'y';
  if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) return s.slice(0, -1);
  else return s.replace(/e$/, '');
  if (/([^aeiouls])\1$/.test(s)) s = s.slice(0, -1);
  return s.replace(/e$/, '');
}

export interface Token {
  /** Normalised word(s) this token stands for. */
  words: string[];
  raw: string;
}

function normalWord(word: string): string {
  const spelled = SPELLINGS[word] ?? word;
  return /^\p{L}/u.test(spelled) && !spelled.includes(' ') ? stem(spelled) : spelled;
}

/** Words as normalised tokens; shape facts are read from the raw text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    let words = wordsByToken.get(raw);
    if (!words) {
      words = normalise(raw);
      if (wordsByToken.size >= TOKEN_CACHE_LIMIT) wordsByToken.clear();
      wordsByToken.set(raw, words);
    }
    tokens.push({ words, raw });
  }
  return tokens;
}

// The same few thousand tokens come back again and again; normalising one costs a dozen string operations.
const TOKEN_CACHE_LIMIT = 20000;
const wordsByToken = new Map<string, string[]>();

/** A token as words in one form: clitics written out, txt-speak spelled, stems. */
function normalise(raw: string): string[] {
  let lower = raw.toLowerCase().replace(/’/g, "'");
  if (/^[!?]+$/.test(lower)) lower = lower.length > 1 ? (lower.includes('?') && lower.includes('!') ? '?!' : lower.charAt(0).repeat(2)) : lower;
  if (lower === '…') lower = '...';
  let expanded = lower;
  if (lower.includes("'")) {
    const clitic = CLITICS.find(([pattern]) => pattern.test(lower));
    expanded = (clitic ? lower.replace(clitic[0], clitic[1]) : lower).replace(/'/g, '');
  }
  const spelled = SPELLINGS[expanded] ?? expanded;
  return spelled.includes(' ') ? spelled.split(' ').map(normalWord) : [normalWord(spelled)];
}

export interface SentenceFacts {
  /** The sentence is the whole message. */
  whole: boolean;
  /** Polarity of the sentence (AFINN and chat extras). */
  polarity: number;
  /** Mood of the whole message: a warm message makes "every time you…" praise. */
  mood: Mood;
  /** Rule families that fired in the sentence. */
  ruleCategories: ReadonlySet<Category>;
}

/** The features of a sentence, as strings; a feature appears at most once. */
export function sentenceFeatures(text: string, facts: SentenceFacts): string[] {
  const tokens = tokenize(text);
  const words = tokens.flatMap((t) => t.words);
  const out = new Set<string>();
  for (const w of words) out.add(`w:${w}`);
  for (let i = 0; i + 1 < words.length; i++) out.add(`b:${words[i]}_${words[i + 1]}`);
  for (let i = 0; i + 2 < words.length; i++) {
    // Trigrams only around the person addressed, where word order carries the accusation.
    if (words[i] === 'you' || words[i + 1] === 'you') out.add(`t:${words[i]}_${words[i + 1]}_${words[i + 2]}`);
  }
  const first = words.find((w) => !OPENERS.has(w));
  if (first) out.add(`first:${first}`);
  if (words.length <= 2) out.add(`short:${words.join('_')}`);
  out.add(`len:${words.length <= 1 ? 1 : words.length <= 3 ? 3 : words.length <= 8 ? 8 : words.length <= 20 ? 20 : 'long'}`);
  const capsRun = longestCapsRun(tokens);
  if (capsRun >= 2) out.add('shape:shout');
  else if (capsRun === 1) out.add('shape:caps-word');
  if (/[!?]{2,}/.test(text)) out.add('shape:marks');
  if (endsWithQuestion(text)) out.add('shape:question');
  if (/\.\s*$/.test(text) && words.length <= 2) out.add('shape:curt');
  if (facts.whole) out.add('shape:whole');
  const you = words.includes('you') || words.includes('your');
  const tone = facts.polarity <= -3 ? 'neg2' : facts.polarity < 0 ? 'neg' : facts.polarity === 0 ? 'zero' : facts.polarity < 3 ? 'pos' : 'pos2';
  out.add(`pol:${tone}`);
  if (you) out.add(`you-pol:${tone}`);
  for (const c of facts.ruleCategories) out.add(`rule:${c}`);
  out.add(`mood:${facts.mood}`);
  return [...out];
}

/** Ends with "?", maybe followed by emoji: read from the end one character at a time, so any text costs one pass. */
function endsWithQuestion(text: string): boolean {
  const chars = Array.from(text.trimEnd());
  while (chars.length > 0 && TRAILING_EMOJI.test(chars[chars.length - 1] as string)) chars.pop();
  return chars[chars.length - 1] === '?';
}

const TRAILING_EMOJI = /^(?:\p{Extended_Pictographic}|\s|\u200d|\ufe0f|\p{Emoji_Modifier})$/u;

function longestCapsRun(tokens: Token[]): number {
  let best = 0;
  let run = 0;
  for (const t of tokens) {
    if (CAPS_WORD.test(t.raw) && !ACRONYMS.has(t.raw)) best = Math.max(best, ++run);
    else if (/\p{L}/u.test(t.raw)) run = 0;
  }
  return best;
}

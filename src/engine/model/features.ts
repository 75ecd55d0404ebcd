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
  readonly words: readonly string[];
  readonly raw: string;
  /** A word in capitals that is not an acronym: a raised voice. */
  readonly loud: boolean;
  /** Has a letter (a word, not an emoji or a mark). */
  readonly lettered: boolean;
}

function normalWord(word: string): string {
  const spelled = SPELLINGS[word] ?? word;
  return /^\p{L}/u.test(spelled) && !spelled.includes(' ') ? stem(spelled) : spelled;
}

/** Words as normalised tokens; shape facts are read from the raw text. */
export function tokenize(text: string): readonly Token[] {
  const found: Token[] = [];
  // exec on the shared pattern rather than matchAll, which copies the pattern for every sentence.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    let token = tokenCache.get(raw);
    if (!token) {
      token = { words: normalise(raw), raw, loud: CAPS_WORD.test(raw) && !ACRONYMS.has(raw), lettered: /\p{L}/u.test(raw) };
      if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
      tokenCache.set(raw, token);
    }
    found.push(token);
  }
  return found;
}

// The same few thousand tokens come back again and again; normalising one costs a dozen string operations.
// A token is the same every time it comes back, so the cached one is handed out (read-only).
const TOKEN_CACHE_LIMIT = 20000;
const tokenCache = new Map<string, Token>();

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

/**
 * A sentence's features before they are written as strings: its words (each also paired with the next), where
 * its triples start, and the rest as strings. The engine scores these without building the word features'
 * strings; training writes them out (sentenceFeatures).
 */
export interface FeatureParts {
  /** `w:<word>` for each, and `b:<word>_<next>` for each neighbouring pair. */
  words: string[];
  /** `t:<word>_<next>_<one after>` for the words starting at these indices, in order. */
  triples: number[];
  /** Every other feature, as its string. */
  others: string[];
}

/** The features of a sentence, as strings; a feature appears at most once. */
export function sentenceFeatures(text: string, facts: SentenceFacts): string[] {
  const { words, triples, others } = featureParts(text, facts);
  const out = new Set<string>();
  for (const w of words) out.add(`w:${w}`);
  for (let i = 0; i + 1 < words.length; i++) out.add(`b:${words[i]}_${words[i + 1]}`);
  for (const i of triples) out.add(`t:${words[i]}_${words[i + 1]}_${words[i + 2]}`);
  for (const f of others) out.add(f);
  return [...out];
}

/** What sentenceFeatures writes out, in its order; the one place where a sentence's features are decided. */
export function featureParts(text: string, facts: SentenceFacts): FeatureParts {
  const tokens = tokenize(text);
  const words: string[] = [];
  for (const t of tokens) for (const w of t.words) words.push(w);
  const triples: number[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    // Trigrams only around the person addressed, where word order carries the accusation.
    if (words[i] === 'you' || words[i + 1] === 'you') triples.push(i);
  }
  const others: string[] = [];
  const first = words.find((w) => !OPENERS.has(w));
  if (first) others.push(`first:${first}`);
  if (words.length <= 2) others.push(`short:${words.join('_')}`);
  others.push(`len:${words.length <= 1 ? 1 : words.length <= 3 ? 3 : words.length <= 8 ? 8 : words.length <= 20 ? 20 : 'long'}`);
  const capsRun = longestCapsRun(tokens);
  if (capsRun >= 2) others.push('shape:shout');
  else if (capsRun === 1) others.push('shape:caps-word');
  if (/[!?]{2,}/.test(text)) others.push('shape:marks');
  if (endsWithQuestion(text)) others.push('shape:question');
  if (/\.\s*$/.test(text) && words.length <= 2) others.push('shape:curt');
  if (facts.whole) others.push('shape:whole');
  const you = words.includes('you') || words.includes('your');
  const tone = facts.polarity <= -3 ? 'neg2' : facts.polarity < 0 ? 'neg' : facts.polarity === 0 ? 'zero' : facts.polarity < 3 ? 'pos' : 'pos2';
  others.push(`pol:${tone}`);
  if (you) others.push(`you-pol:${tone}`);
  for (const c of facts.ruleCategories) others.push(`rule:${c}`);
  others.push(`mood:${facts.mood}`);
  return { words, triples, others };
}

/**
 * Ends with "?", maybe followed by emoji: read from the end one code point at a time, so only the end of the
 * text is looked at.
 */
function endsWithQuestion(text: string): boolean {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0) {
    // A surrogate pair is one character, as Array.from splits a string.
    const pair = end > 1 && isLowSurrogate(trimmed.charCodeAt(end - 1)) && isHighSurrogate(trimmed.charCodeAt(end - 2));
    const start = pair ? end - 2 : end - 1;
    if (!TRAILING_EMOJI.test(trimmed.slice(start, end))) return trimmed.slice(start, end) === '?';
    end = start;
  }
  return false;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

const TRAILING_EMOJI = /^(?:\p{Extended_Pictographic}|\s|\u200d|\ufe0f|\p{Emoji_Modifier})$/u;

function longestCapsRun(tokens: readonly Token[]): number {
  let best = 0;
  let run = 0;
  for (const t of tokens) {
    if (t.loud) best = Math.max(best, ++run);
    else if (t.lettered) run = 0;
  }
  return best;
}

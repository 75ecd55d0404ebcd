/**
 * A cheap guess at whether a message is English. Text in another language is left alone rather than flagged
 * wrongly; very short texts ("k", "🙄") count as English because there is nothing to go on.
 */
const ENGLISH = new Set(
  'the a an and to of in is it you i me my your we our they that this for on with be are was not do dont don’t don\'t have just so but what can will at if no yes lol u ur im i\'m it\'s its he she him her all about like get got know think want need love see come go how why when there here one would could should really too very ok okay please thanks sorry hey hi omg'.split(' '),
);

const OTHERS: Record<string, Set<string>> = {
  es: new Set('el la los las de que y en un una por con para es no lo se mi tu pero más como está estoy qué muy también porque'.split(' ')),
  fr: new Set('le la les de des et en un une est je tu il elle pas que qui pour dans ce avec sur mais vous nous suis très c\'est j\'ai'.split(' ')),
  de: new Set('der die das und ist ich du nicht ein eine zu mit auf für es sie wir ihr aber auch sehr was wie bin hast'.split(' ')),
  pt: new Set('o a os as de que e em um uma não é eu você para com por mas muito isso está estou também'.split(' ')),
  it: new Set('il lo la gli le di che e è un una non per con sono io tu ma anche molto questo come perché sei'.split(' ')),
  nl: new Set('de het een en is ik je niet van dat op te zijn met voor maar ook heel wat hoe jij wij'.split(' ')),
};

// Each other language's words that are not English ones, by word: a message's words are read once, not once a
// language.
const OTHER_WORDS = new Map<string, number[]>();
Object.values(OTHERS).forEach((set, language) => {
  for (const word of set) if (!ENGLISH.has(word)) OTHER_WORDS.set(word, [...(OTHER_WORDS.get(word) ?? []), language]);
});

// The first stretch of a message is enough to tell its language, and keeps this cheap for long e-mails.
const SAMPLE = 600;

type Language = 'en' | 'unsupported';
// Typing further down a long message leaves its first stretch, and so its language, as it was.
let lastSample: { text: string; language: Language } | null = null;

export function detectLanguage(fullText: string): Language {
  const text = fullText.slice(0, SAMPLE);
  if (lastSample?.text !== text) lastSample = { text, language: languageOf(text) };
  return lastSample.language;
}

function languageOf(text: string): Language {
  // Plain ASCII is Latin script throughout: only its words need reading. Letters are counted in place rather
  // than collected into an array or a new string.
  const ascii = !/\P{ASCII}/u.test(text);
  const letters = ascii ? asciiLetters(text) : text.replace(/\P{L}/gu, '').length;
  if (letters < 12) return 'en';
  const latin = ascii ? letters : text.replace(/\P{Script=Latin}/gu, '').length;
  if (latin < letters * 0.5) return 'unsupported';
  const words = text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  if (words.length < 4) return 'en';
  let english = 0;
  const others = Object.values(OTHERS).map(() => 0);
  for (const w of words) {
    if (ENGLISH.has(w)) english++;
    else for (const language of OTHER_WORDS.get(w) ?? []) others[language] = (others[language] ?? 0) + 1;
  }
  const other = Math.max(...others);
  return other >= 2 && other > english ? 'unsupported' : 'en';
}

function asciiLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20; // lowercase
    if (code >= 97 && code <= 122) count++;
  }
  return count;
}

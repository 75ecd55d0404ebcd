/** Bringing shouted or sentence-initial words down to their ordinary case, without losing names and acronyms. */
import nlp from 'compromise';

// Capitalised words that are names for things, not raised voices.
export const ACRONYMS: ReadonlySet<string> = new Set(
  'AV ASAP NYC OMG LOL LMAO ROFL FYI ETA MIA USA UK US EU CEO CTO CFO COO PR OK TV BTW IDK TBH IMO IMHO AM PM EOD EOW FAQ HR IT QA UI UX API URL PDF NBA NFL NHL MLB UFC BBC CNN NASA FBI CIA GPS DIY RSVP TGIF YOLO BRB TTYL OMW IRL DM PS ID TBD TBA AKA VIP AC ATM DJ NYE LA SF DC NY UN WHO COVID AI GOP MP NDP CBC OMFG WTF FFS SMH NGL JK GG GOAT PTO OOO WFH KPI ROI SQL CSS HTML JSON AWS GDP ICU ER NHS PhD MBA BA BS MS CV LGBT LGBTQ BLM NATO OPEC SUV BBQ PB ICYMI TIL AMA OP'.split(' '),
);
// Acronyms that are also everyday words: in shouted text "WHO" and "US" are the words.
const ALSO_WORDS = new Set(['WHO', 'IT', 'US', 'AM', 'OK', 'PS', 'ID', 'ER', 'MS', 'BS', 'BA', 'LA', 'UN', 'AC', 'PB', 'GG', 'JK', 'AMA', 'TIL', 'OP']);
const TITLE_CASE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** One shouted word as it is written at normal volume: "FRIDAY" → "Friday", "GOD" → "God", "API" stays, "I'M" → "I'm". */
function calmWord(word: string): string {
  // Two consonants are an abbreviation, not a raised word ("RN", "BC", "DM").
  if ((ACRONYMS.has(word) && !ALSO_WORDS.has(word)) || /^[B-DF-HJ-NP-TV-XZ]{2}$/.test(word)) return word;
  const lower = word.toLowerCase();
  // "May" and "March" are also words; only the unambiguous names of days and months take a capital.
  if ((TITLE_CASE.test(lower) && !/^(?:may|march)$/.test(lower)) || lower === 'god') return lower.charAt(0).toUpperCase() + lower.slice(1);
  return /^i(?:['’]|$)/.test(lower) ? 'I' + lower.slice(1) : lower;
}

/** Shouted text in sentence case, keeping "I", acronyms and the names of days and months. */
export function sentenceCase(text: string): string {
  return text.replace(/[\p{L}'’]+/gu, (word) => (/\p{Ll}/u.test(word) ? word : calmWord(word)));
}

/** Words of two or more capitals brought down ("SERIOUSLY" → "seriously", "I'M" → "I'm"), the rest as written. */
export function lowerShouted(text: string): string {
  // "OK" among lowercase words is how it is spelled, not a raised voice ("OK I've read it").
  return text.replace(/\b(?:\p{Lu}{2,}|I(?=['’]\p{Lu}))(?:['’]\p{Lu}+)?\b/gu, (word) => (word === 'OK' ? word : calmWord(word)));
}

/** The first letter as a capital, the rest as typed. */
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A clause moved from the start of a sentence to the middle of one: its first word lowercased unless it is a
 * name, a date, "I" or a family word used as a name ("Mum had to cancel"); shouted text in sentence case.
 */
export function lowerFirst(text: string): string {
  if (!/\p{Ll}/u.test(text)) return sentenceCase(text);
  const first = /^[\p{L}'’]+/u.exec(text)?.[0] ?? '';
  if (first === '' || first === first.toLowerCase() || /^I(?:['’]|$)/.test(first) || keepsCapital(first)) return text;
  return first.toLowerCase() + text.slice(first.length);
}

// compromise's word list: a singular noun it has never heard of is most likely someone's name ("Callum").
const LEXICON = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }).world().model.one.lexicon;
const capitalCache = new Map<string, boolean>();
// The reader as people type them ("Ur rarely listening"): words compromise does not know, yet never a name.
const CHAT_YOU = /^(?:u|ur|ya|yer|yu)$/iu;
/** Whether a capitalised word is a name: compromise knows it as one, or knows no ordinary word spelt so. */
function keepsCapital(word: string): boolean {
  if (CHAT_YOU.test(word)) return false;
  let keeps = capitalCache.get(word);
  if (keeps === undefined) {
    const tags = new Set(nlp(word).terms().json().flatMap((t: { terms: Array<{ tags: string[] }> }) => t.terms.flatMap((term) => term.tags)));
    const unknown = !(word.toLowerCase() in LEXICON) && tags.has('Singular');
    keeps = tags.has('ProperNoun') || tags.has('Date') || tags.has('Actor') || unknown;
    capitalCache.set(word, keeps);
  }
  return keeps;
}

import nlp from 'compromise';
import type { SentenceContext } from '../context';
import type { RuleMatch } from './rule';
import { trimTrailing } from '../text/trim';

/** The original text of a named group (patterns run on masked text; suggestions quote the writer). */
export function group(m: RuleMatch, ctx: SentenceContext, name: string): string {
  const span = m.groupSpans[name];
  return span ? ctx.text.slice(span[0], span[1]) : '';
}

/** The rest of the clause after the match, without its closing punctuation and emoji. */
export function after(m: RuleMatch, ctx: SentenceContext): string {
  const rest = ctx.text.slice(m.matchEnd).replace(/^[\s,;:–—-]+/, '');
  // A break is looked for only where a run of spaces starts (the first break never starts inside one).
  return stripEnd(rest.split(/(?<!\s)(?:\s*[,;:–—]\s*|\s+(?:but|so)\s+)/)[0] ?? '');
}

/** The sentence before the match, without trailing connectors. */
export function before(m: RuleMatch, ctx: SentenceContext): string {
  return ctx.text.slice(0, m.matchStart).replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/, '').trim();
}

// Closing punctuation and the emoji (with joiners and variation selectors) that trail a sentence. Like the other
// trailing trims here, matched only from where such a run starts, so a run inside the text is scanned once.
const TRAILING = /(?<!(?:[\s.!?…,;:]|\p{Extended_Pictographic}|\u200d|\ufe0f|\p{Emoji_Modifier}))(?:[\s.!?…,;:]|\p{Extended_Pictographic}|\u200d|\ufe0f|\p{Emoji_Modifier})+$/u;

// A tail that only leans on the clause before it: "…, that's what I'd do", "…, trust me".
const LEANING_TAIL = /^\s*,\s*(?:that['’]?s\s+what\s+i['’]?d\s+do|trust\s+me|that['’]?s\s+all|that['’]?s\s+it|seriously|honestly)[.!?…]*(?=\s*$)/iu;

/**
 * The clause around a match: from the previous clause mark (or the sentence start) to the next one, with the
 * closing marks included so that a rewrite of the clause can bring its own. Softeners before the match
 * ("honestly just let it go") go with it.
 */
export function clauseRange(m: RuleMatch, ctx: SentenceContext): { start: number; end: number } {
  const before = ctx.text.slice(0, m.start);
  // The last mark: checked right after the mark, once, not again after every space that follows it.
  const mark = /[,;:.!?…](?=[^,;:.!?…]*$)\s*/.exec(before);
  const start = mark ? mark.index + mark[0].length : before.length - before.trimStart().length;
  const next = /[,;:–—]|(?<![.!?…])[.!?…]+(?:\s|$)/.exec(ctx.text.slice(m.end));
  // The clause ends at its last word: the space before a dash stays with the dash ("… on me — ask Priya").
  let end = next ? m.end + next.index : ctx.text.length;
  while (end > m.end && /\s/u.test(ctx.text.charAt(end - 1))) end--;
  // A tail that only leans on the clause goes with it, or it would dangle.
  const leaning = LEANING_TAIL.exec(ctx.text.slice(end));
  if (leaning) return { start, end: end + leaning[0].length };
  const trailing = /^[.!?…]+/.exec(ctx.text.slice(end))?.[0] ?? '';
  return { start, end: end + trailing.length };
}

export function stripEnd(text: string): string {
  return text.replace(TRAILING, '').trim();
}

/** A state of mind, in any form: what no one remembers someone doing, nor can be asked to do next time. */
export const STATE_OF_MIND = /^(?:want(?:s|ed)?|mean[st]?|meant|care[ds]?|like[ds]?|love[ds]?|need(?:s|ed)?|know[sn]?|knew|think|thinks|thought|feel[s]?|felt|believe[ds]?)$/iu;

export interface VerbForms {
  infinitive: string;
  past: string;
  gerund: string;
  present: string;
}

const verbCache = new Map<string, VerbForms>();

/** Conjugations of a single verb, from compromise (cached: the same few verbs recur). */
export function verbForms(verb: string): VerbForms {
  const key = verb.toLowerCase();
  const cached = verbCache.get(key);
  if (cached) return cached;
  // A word alone is often read as a noun or an adjective ("telling", "clean", "open"): it is asked about as the
  // verb it is where this is called (an adverb in "-ly" stays what it is).
  const doc = nlp(key);
  if (!doc.has('#Verb') && !key.endsWith('ly')) doc.tag('Verb');
  const conjugated = doc.verbs().conjugate()[0] as Record<string, string> | undefined;
  const forms: VerbForms = {
    infinitive: conjugated?.Infinitive ?? key,
    past: conjugated?.PastTense ?? key,
    gerund: conjugated?.Gerund ?? key,
    present: conjugated?.PresentTense ?? key,
  };
  verbCache.set(key, forms);
  return forms;
}

/** A verb in its past form that differs from its base ("invited", "sat"), not "put" nor a base ("read" reads as both). */
export function isPastForm(word: string): boolean {
  const forms = verbForms(word);
  return forms.past === word.toLowerCase() && forms.infinitive !== forms.past;
}

/** "leave the door open" → "left the door open": the first word conjugated, the rest kept. */
export function inPast(phrase: string): string {
  const [first = '', ...rest] = phrase.trim().split(/\s+/);
  return [verbForms(first).past, ...rest].join(' ');
}

export function inGerund(phrase: string): string {
  const [first = '', ...rest] = phrase.trim().split(/\s+/);
  return [verbForms(first).gerund, ...rest].join(' ');
}

const isSpaceOrComma = (c: string): boolean => /[\s,]/u.test(c);

/**
 * Where the words that lead into what follows the text start ("ugh, [honestly like]", "… [purely because]"), a
 * few at most, found one at a time: `word` is one word anchored at the end (a pattern over a run of them rescans
 * the run from every start, quadratic in V8). The text's length when there are none.
 */
export function leadInStart(text: string, word: RegExp, most = 4): number {
  let start = text.length;
  let out = trimTrailing(text, isSpaceOrComma);
  for (let i = 0; i < most; i++) {
    const found = word.exec(out);
    if (!found) break;
    start = found.index;
    out = trimTrailing(out.slice(0, found.index), isSpaceOrComma);
  }
  return start;
}

/** An interjection opening a sentence ("no because …", "lol …"): a feeling put before it would read as a splice. */
export const INTERJECTION_FIRST = /^\W*(?:no|nah|yes|yeah|lol|lmao|ok|okay|bruh|bro|omg|ugh|wow|oh)\b/iu;

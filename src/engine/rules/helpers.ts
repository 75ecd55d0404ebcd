import nlp from 'compromise';
import type { SentenceContext } from '../context';
import type { RuleMatch } from './rule';

/** The original text of a named group (patterns run on masked text; suggestions quote the writer). */
export function group(m: RuleMatch, ctx: SentenceContext, name: string): string {
  const span = m.groupSpans[name];
  return span ? ctx.text.slice(span[0], span[1]) : '';
}

/** The rest of the sentence after the match, without its closing punctuation and emoji. */
export function after(m: RuleMatch, ctx: SentenceContext): string {
  return stripEnd(ctx.text.slice(m.matchEnd)).replace(/^[\s,;:–—-]+/, '');
}

/** The sentence before the match, without trailing connectors. */
export function before(m: RuleMatch, ctx: SentenceContext): string {
  return ctx.text.slice(0, m.matchStart).replace(/[\s,;:–—-]+$/, '').trim();
}

// Closing punctuation and the emoji (with joiners and variation selectors) that trail a sentence.
const TRAILING = /(?:[\s.!?…,;:]|\p{Extended_Pictographic}|\u200d|\ufe0f|\p{Emoji_Modifier})+$/u;

export function stripEnd(text: string): string {
  return text.replace(TRAILING, '').trim();
}

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
  const conjugated = nlp(key).verbs().conjugate()[0] as Record<string, string> | undefined;
  const forms: VerbForms = {
    infinitive: conjugated?.Infinitive ?? key,
    past: conjugated?.PastTense ?? key,
    gerund: conjugated?.Gerund ?? key,
    present: conjugated?.PresentTense ?? key,
  };
  verbCache.set(key, forms);
  return forms;
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

/** Turns the writer's "me/my/I" into the speaker's view for a quoted clause ("you hurt me" stays as is). */
export function lowerFirst(text: string): string {
  return /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

import type { Category, Severity } from '../types';
import type { SentenceContext } from '../context';
import { isNegatedAt, isPositiveAround, praisesAround, isReportedAt, isSincereQuestion, isExcited, isLaughing } from '../context';
import { compilePattern, matchWords } from '../text/macros';

/** A stretch a rule matched, relative to the sentence. */
export interface RuleMatch {
  /** The flagged span: the `flag` group of the pattern, or the whole match. */
  start: number;
  end: number;
  text: string;
  /** The whole pattern match (may be wider than the flagged span). */
  matchStart: number;
  matchEnd: number;
  groups: Record<string, string | undefined>;
  /** Offsets of named groups that matched. */
  groupSpans: Record<string, [number, number] | undefined>;
  /** Which of the rule's patterns matched (its index in `patterns`); learned findings have none. */
  pattern?: number;
}

/** One softer way to say it. `range` defaults to the flagged span; 'sentence' replaces the whole sentence. */
export interface Alternative {
  replacement: string;
  label: string;
  range?: 'span' | 'sentence' | { start: number; end: number };
}

/** Context checks that turn a match off. */
export type Guard =
  | 'sincere-question' // "do you always take the 8:15?"
  | 'negated' // "I'm not blaming you"
  | 'reported' // "she keeps telling me to calm down"
  | 'positive' // "you always make me laugh"
  | 'praised' // "ur literally always there when i need u": praise in words with no sentiment score, whatever the model thinks
  | 'excited' // "OMG CONGRATS!!!"
  | 'laughing' // "you absolute muppet 😂"
  | 'opens-door' // "I'm not the one who booked it, but I can help"
  | 'checks-guess' // "am I right that you only came for the food?"
  | 'asks'; // "mate, could you bring the esky back this arvo?"

/** Softer ways to say what a match said. */
export type Suggest = (m: RuleMatch, ctx: SentenceContext) => Alternative[];

/** Context a pattern cannot express, checked on a match. */
export type MatchCondition = (m: RuleMatch, ctx: SentenceContext) => boolean;

/**
 * A pattern with what belongs to it alone. A rule made of several ways of saying one thing pairs each with its
 * own rewrite and its own extra condition, rather than one `suggest` or `when` working out which of them fired.
 */
export interface PairedPattern {
  pattern: string;
  /** Rewrites for what this pattern matches; the rule's `suggest` when left out. */
  suggest?: Suggest;
  /** A condition for this pattern's matches, on top of the rule's `when`. */
  when?: MatchCondition;
}

export interface RuleSpec {
  /** "<category>/<name>", stable: it is stored when users ignore phrases and appears in finding ids. */
  id: string;
  category: Category;
  severity: Severity;
  /** One plain sentence: why it may land badly. */
  message: string;
  /**
   * Words (lowercase, apostrophes removed) of which a sentence must contain at least one for the patterns to be
   * worth running; `anchorTest` does the same for symbols and capitals. Most sentences skip most rules this way.
   */
  anchors?: string[];
  anchorTest?: RegExp;
  /**
   * Macro patterns (see text/macros.ts); a named group `flag` narrows the flagged span. A plain pattern is
   * rewritten by the rule's `suggest`; a paired one by its own.
   */
  patterns: Array<string | PairedPattern>;
  unless?: Guard[];
  /** Extra condition on every match, for context a pattern cannot express. */
  when?: MatchCondition;
  /** Rewrites for the patterns that bring none of their own (required when there is one). */
  suggest?: Suggest;
  /** Patterns run on the masked text unless a rule needs what masking hides (scare quotes). */
  source?: 'masked' | 'text';
  /** Patterns are case-insensitive unless the case is the point (shouting). */
  caseSensitive?: boolean;
  /**
   * Judges delivery (capitals, marks, a sarcastic "great.") rather than words, so it runs after the word rules,
   * once SentenceContext.tense is known.
   */
  delivery?: boolean;
  /** The learned second opinion (rules/learned.ts): runs last, on what the model makes of the sentence. */
  learned?: boolean;
  /**
   * Sentences the rule must flag, the expected span in [brackets], each with the messages its suggestions make
   * of it, in order (`'[Fix it].': ['Could you fix it?', …]`); and sentences it must leave alone.
   */
  examples: { flagged: Record<string, string[]>; clean: string[] };
}

export interface Rule extends Omit<RuleSpec, 'suggest'> {
  compiled: RegExp[];
  /** The rewrites for a match, from the pattern that made it. */
  suggest: Suggest;
  /** Cheap check on the sentence's words before any pattern runs. */
  applies(words: ReadonlySet<string>, text: string): boolean;
  match(ctx: SentenceContext): RuleMatch[];
}

/** The words of a sentence as anchors are written: lowercase, apostrophes removed ("You're" → "youre"). */
export function anchorWords(text: string): Set<string> {
  return new Set(text.toLowerCase().replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u));
}

const GUARDS: Record<Guard, (m: RuleMatch, ctx: SentenceContext) => boolean> = {
  'sincere-question': (_m, ctx) => isSincereQuestion(ctx),
  negated: (m, ctx) => isNegatedAt(ctx, m.matchStart),
  reported: (m, ctx) => isReportedAt(ctx, m.matchStart),
  positive: (m, ctx) => {
    // Only the trigger word is left out, so "you are always happy" still counts as warm.
    const [start, end] = m.groupSpans.adverb ?? [m.start, m.end];
    return isPositiveAround(ctx, start, end);
  },
  praised: (m, ctx) => praisesAround(ctx, m.start, m.end),
  excited: (_m, ctx) => isExcited(ctx),
  laughing: (_m, ctx) => isLaughing(ctx),
  'opens-door': (m, ctx) => OPENS_DOOR.test(ctx.masked.slice(m.start)),
  'checks-guess': (_m, ctx) => (ctx.masked.includes('?') && CHECKS_GUESS.test(ctx.masked)) || NOT_ASSUMING.test(ctx.masked),
  asks: (_m, ctx) => {
    const lastClause = ctx.masked.slice(Math.max(...CLAUSE_MARKS.map((mark) => ctx.masked.lastIndexOf(mark))) + 1);
    return ASKS.test(lastClause) && !/\bor\s+(?:else|i|i['’]ll|we)\b/i.test(ctx.masked);
  },
};

// A request put as a question that can be answered no, as the sentence's last clause: asked, not ordered.
// One word may lead it ("mate could u …", "so would you …").
const ASKS = /^\s*(?:\p{L}+,?\s+)?(?:could|would|can|will)\s+(?:you|u|ya|i|we)\s[^.!?]*\?[\s?!.…]*$/iu;
const CLAUSE_MARKS = [',', ';', ':', '–', '—'];

// A guess about the reader put to them as a question they can answer: the benefit of the doubt, not a verdict.
const CHECKS_GUESS = /\bam\s+i\s+(?:right|wrong)\s+(?:that|in\s+thinking|to\s+think)\b|\b(?:is|was)\s+that\s+(?:fair|right|true)\s*\?/i;
const NOT_ASSUMING = /\bi\s+don['’]?t\s+want\s+to\s+assume\b/i;

// A denial followed by an offer to engage keeps the writer's view without shutting the reader out.
const OPENS_DOOR =
  /\bbut\s+(?:i(?:['’]d|\s+would)\s+(?:like|love|be\s+happy)\s+to|i(?:['’]m|\s+am)\s+(?:happy|glad|open|willing|keen)\s+to|i\s+(?:can|will|want\s+to)|i['’]ll|let['’]?s|happy\s+to)\s+(?:\w+\s+){0,2}?(?:help|hear|listen|understand|sort|fix|look|talk|work|figure|check|go\s+over)\b|\bbut\s+(?:let\s+me\s+know|tell\s+me)\s+if\s+i(?:['’]ve|\s+have)?\s+missed\b/i;

/** A guard in `unless` that turns this match off, if any. */
export function isGuarded(guards: readonly Guard[] | undefined, m: RuleMatch, ctx: SentenceContext): boolean {
  return guards?.some((g) => GUARDS[g](m, ctx)) ?? false;
}

export function defineRule(spec: RuleSpec): Rule {
  const flags = spec.caseSensitive ? 'dgu' : 'dgiu';
  const paired = spec.patterns.map((p): PairedPattern => (typeof p === 'string' ? { pattern: p } : p));
  const compiled = paired.map((p) => compilePattern(p.pattern, flags));
  const suggestFor = paired.map((p) => {
    const suggest = p.suggest ?? spec.suggest;
    if (!suggest) throw new Error(`${spec.id}: a pattern without its own suggest needs the rule's`);
    return suggest;
  });
  const anchors = new Set(spec.anchors ?? []);
  return {
    ...spec,
    compiled,
    suggest(m, ctx) {
      const suggest = (m.pattern === undefined ? undefined : suggestFor[m.pattern]) ?? spec.suggest;
      return suggest ? suggest(m, ctx) : [];
    },
    applies(words, text) {
      if (!spec.anchors && !spec.anchorTest) return true;
      for (const word of anchors) if (words.has(word)) return true;
      return spec.anchorTest?.test(text) ?? false;
    },
    match(ctx) {
      const found: RuleMatch[] = [];
      for (const [pattern, re] of compiled.entries()) {
        for (const m of matchWords(re, spec.source === 'text' ? ctx.text : ctx.masked)) {
          const match = { ...toRuleMatch(m, ctx), pattern };
          if (found.some((f) => f.start < match.end && match.start < f.end)) continue;
          if (isGuarded(spec.unless, match, ctx)) continue;
          if (spec.when && !spec.when(match, ctx)) continue;
          const own = paired[pattern]?.when;
          if (own && !own(match, ctx)) continue;
          found.push(match);
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
}

function toRuleMatch(m: RegExpExecArray, ctx: SentenceContext): RuleMatch {
  const indices = m.indices;
  const whole = indices?.[0] ?? [m.index, m.index + m[0].length];
  const flag = indices?.groups?.flag ?? whole;
  const groupSpans: Record<string, [number, number] | undefined> = { ...(indices?.groups ?? {}) };
  return {
    start: flag[0],
    end: flag[1],
    text: ctx.text.slice(flag[0], flag[1]),
    matchStart: whole[0],
    matchEnd: whole[1],
    groups: { ...(m.groups ?? {}) },
    groupSpans,
  };
}

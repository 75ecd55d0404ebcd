import nlp from 'compromise';
import { BoundedCache, textKey } from './cache';
import { CATEGORY_INFO } from './categories';
import { addressesReader, type SentenceContext } from './context';
import { detectLanguage } from './language';
import { moodOf, polarity } from './polarity';
import { RULES } from './rules';
import type { Alternative, Rule, RuleMatch } from './rules';
import { anchorWords } from './rules/rule';
import { clauseGuessChecked, isInsistence, keepTheWords, leaveOutClause, learnedContext } from './rules/learned';
import { isClosingMark, isSpace, isWordChar, trimTrailing } from './text/trim';
import { findStrengths } from './strengths';
import { sentenceCase } from './text/case';
import { maskText, type MaskedText } from './text/mask';
import { detectRegister, fitRegister } from './text/register';
import { splitSentences, type SentenceSpan } from './text/sentences';
import { findingWanted, SEVERITY_RANK } from './options';
import { toneOf } from './tone';
import type { Analysis, AnalyzeOptions, Finding, Strength, Suggestion } from './types';

/** A finding relative to its sentence, before ids and options are applied. Cached per sentence. */
interface SentenceFinding extends Omit<Finding, 'id' | 'start' | 'end' | 'suggestions'> {
  start: number;
  end: number;
  suggestions: Suggestion[];
}

interface SentenceResult {
  findings: SentenceFinding[];
  /** Strengths, relative to the sentence. */
  strengths: Strength[];
}

const CACHE_LIMIT = 4000;
const sentenceCache = new BoundedCache<SentenceResult>(CACHE_LIMIT);
const MAX_SUGGESTIONS = 3;

// An editor asks again for the same text often (caret moves, focus changes): answer from the last result.
let last: { text: string; options: string; analysis: Analysis } | null = null;

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const optionsKey = JSON.stringify(options);
  if (last && last.text === text && last.options === optionsKey) return last.analysis;
  const analysis = analyzeText(text, options);
  last = { text, options: optionsKey, analysis };
  return analysis;
}

/** The message without this sentence is a word or three; words are counted only when the rest is a few characters. */
function isCurt(text: string, span: SentenceSpan): boolean {
  if (text.length - (span.end - span.start) > CURT_CHARS) return false;
  const rest = `${text.slice(0, span.start)} ${text.slice(span.end)}`;
  return rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= CURT_WORDS;
}

/** What a sentence's analysis depends on besides its words: part of every cache key for it. */
type SentenceFacts = Pick<SentenceContext, 'whole' | 'restIsCurt' | 'goesOn' | 'inBeats' | 'mood' | 'afterTension' | 'typedInCapitals'>;
const factsKey = (f: SentenceFacts): string =>
  `${f.whole ? 1 : 0}${f.restIsCurt ? 1 : 0}${f.goesOn ? 1 : 0}${f.inBeats ? 1 : 0}${f.mood}${f.afterTension ? 1 : 0}${f.typedInCapitals ? 1 : 0}`;

/** Whether a sentence is a single word ("NOW.", "THE."). */
function isOneWord(masked: string, span: SentenceSpan): boolean {
  return !/[\p{L}\p{N}'’]\s+[\p{L}\p{N}]/u.test(masked.slice(span.start, span.end).trim());
}

const CURT_WORDS = 3;
const CURT_CHARS = 40;

/** Whether two words or more of the writer's own follow `from`: a sign-off emoji or a lone "x" is not going on. */
function goesOnAfter(masked: string, from: number): boolean {
  const word = /[\p{L}\p{N}]{2,}/gu;
  word.lastIndex = from;
  // Each search starts where the last one ended, so the text after is scanned once at most.
  return word.exec(masked) !== null && word.exec(masked) !== null;
}

/**
 * The analysis of a message. `findingsOnly` leaves out every finding's suggestions and the strengths: what checking
 * a rewrite against the rest of the message needs, at a fraction of the cost.
 */
function analyzeText(text: string, options: AnalyzeOptions, findingsOnly = false): Analysis {
  const language = detectLanguage(text);
  if (language === 'unsupported') {
    return { findings: [], strengths: [], tone: { label: 'neutral', score: 0 }, language };
  }
  const { masked, quotes, spans, polarities } = messageSentences(text);
  const messagePolarity = polarities.reduce((a, b) => a + b, 0);
  const mood = moodOf(polarities, spans.map((span) => masked.slice(span.start, span.end)));

  const findings: Finding[] = [];
  const strengths: Strength[] = [];
  const idCounts = new Map<string, number>();
  let afterTension = false;
  const typedInCapitals = spans.length > 1 && inCapitals(masked);
  // Contempt or passive aggression anywhere, even below the sensitivity shown: the message is not warm.
  let mocking = false;
  // Once per sentence, not once for each neighbour that asks.
  const oneWord = spans.map((span) => isOneWord(masked, span));
  spans.forEach((span, i) => {
    const sentence = text.slice(span.start, span.end);
    const maskedSentence = masked.slice(span.start, span.end);
    const inBeats = oneWord[i] === true && (oneWord[i - 1] === true || oneWord[i + 1] === true);
    const goesOn = goesOnAfter(masked, span.end);
    const facts: SentenceFacts = { whole: spans.length === 1, restIsCurt: spans.length > 1 && isCurt(text, span), goesOn, inBeats, mood, afterTension, typedInCapitals };
    const key = `${factsKey(facts)}${textKey(maskedSentence, sentence)}`;
    // A sentence analysed in full serves a look at its findings alone, and not the other way round.
    const findingsKey = `?${key}`;
    let result = sentenceCache.get(key) ?? (findingsOnly ? sentenceCache.get(findingsKey) : undefined);
    if (!result) {
      result = analyzeSentence(findingsOnly, {
        ...facts,
        text: sentence,
        masked: maskedSentence,
        quotes: quotes
          .filter((q) => q.start >= span.start && q.end <= span.end)
          .map((q) => ({ start: q.start - span.start, end: q.end - span.start })),
      });
      sentenceCache.set(findingsOnly ? findingsKey : key, result);
    }
    afterTension = result.findings.length > 0 || (polarities[i] ?? 0) <= -1;
    const sentenceHash = result.findings.length > 0 ? hash(sentence) : '';
    const run = !findingsOnly && inBeats && result.findings.length > 0 ? beatRun(text, spans, oneWord, i) : null;
    const asOneSentence = run ? shoutedBeatsJoined(text, run) : [];
    // Asked once per sentence with findings, not once per rewrite: the sentence after, if it only insists.
    const next = spans[i + 1];
    const insistingNext = !findingsOnly && result.findings.length > 0 && next && isInsistence(text.slice(next.start, next.end)) ? next : undefined;
    for (const f of result.findings) {
      const base = `${f.rule}:${sentenceHash}`;
      const n = idCounts.get(base) ?? 0;
      idCounts.set(base, n + 1);
      mocking ||= f.category === 'contempt' || f.category === 'passive-aggressive';
      if (!findingWanted(f, options)) continue;
      findings.push({
        id: `${base}:${n}`,
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        start: span.start + f.start,
        end: span.start + f.end,
        text: f.text,
        message: f.message,
        practice: f.practice,
        suggestions: [...asOneSentence, ...(asOneSentence.length > 0 ? f.suggestions.filter((s) => !leavesOutBeat(sentence, s)) : f.suggestions).map((s) => withInsistenceAfter(text, insistingNext, inMessage(text, span, s, run)))],
      });
    }
    for (const s of result.strengths) strengths.push({ ...s, start: s.start + span.start, end: s.end + span.start });
  });

  // A rewrite can change how the other sentences read: each is checked against the whole message (harmlessInMessage).
  if (!findingsOnly && spans.length > 1 && text.length <= WHOLE_CHECK_CHARS) {
    const counts = findingCounts(findings);
    for (const f of findings) f.suggestions = harmlessInMessage(text, findings, counts, f, options);
  }
  const kept = strengths.filter((s) => !findings.some((f) => f.start < s.end && s.start < f.end));
  return { findings, strengths: kept, tone: toneOf(messagePolarity, findings, kept.length, mocking), language };
}

/**
 * The run of one-word sentences ("READ. THE. TICKET.") that sentence i belongs to, as a stretch of the message:
 * the beats said at its volume ("ok. STOP. PINGING. ME. thanks" → "STOP. PINGING. ME.").
 */
function beatRun(text: string, spans: SentenceSpan[], oneWord: boolean[], i: number): SentenceSpan | null {
  const shouted = (j: number): boolean => !/\p{Ll}/u.test(text.slice(spans[j]?.start, spans[j]?.end));
  const loud = shouted(i);
  const beat = (j: number): boolean => oneWord[j] === true && shouted(j) === loud;
  let first = i;
  let last = i;
  while (beat(first - 1)) first--;
  while (beat(last + 1)) last++;
  if (first === last) return null;
  return { start: spans[first]?.start ?? 0, end: spans[last]?.end ?? 0 };
}

/**
 * "READ. THE. TICKET." → "Read the ticket.": shouted one-word beats said as the one sentence they are, at an even
 * volume. Each beat is a sentence of its own to the rules, so only the message can put the run back together.
 */
function shoutedBeatsJoined(text: string, run: SentenceSpan): Suggestion[] {
  const beats = text.slice(run.start, run.end);
  let joined = joinedBeats.get(beats);
  // Every beat of the run asks, at every keystroke: compromise reads the run once.
  if (joined === undefined) {
    joined = joinBeats(beats);
    joinedBeats.set(beats, joined);
  }
  return joined ? [{ start: run.start, end: run.end, ...joined }] : [];
}
const joinedBeats = new BoundedCache<Pick<Suggestion, 'replacement' | 'label'> | null>(CACHE_LIMIT);

function joinBeats(beats: string): Pick<Suggestion, 'replacement' | 'label'> | null {
  const words = beats.replace(/[.!?…]+/gu, ' ').trim().split(/\s+/u);
  const shouted = !/\p{Ll}/u.test(beats) && /\p{Lu}{2}/u.test(beats);
  // "Send. The. Setlist.": three or more beats typed a capital at a time are emphasis too, and each word loses the
  // capital its sentence gave it unless it is a name; two ("Fine. Whatever.", "Thanks. Bye.") are a curt reply.
  const typedAsBeats = words.length >= 3 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
  if (!shouted && !typedAsBeats) return null;
  const said = shouted ? sentenceCase(words.join(' ')) : words.map((w) => (w === 'I' || nlp(w).has('#ProperNoun') ? w : w.toLowerCase())).join(' ');
  // An order is asked, so the beats do not turn into a sentence that still commands ("Stop pinging me.").
  if (nlp(said).has('^#Imperative')) return { replacement: `Could you ${said}?`, label: 'Make it a request' };
  const mark = /\?\s*$/u.test(beats) ? '?' : '.';
  return { replacement: `${said.charAt(0).toUpperCase()}${said.slice(1)}${mark}`, label: 'Say it as one sentence' };
}

/** The suggestion leaves the whole beat out, which breaks its run ("Send. The."); the run asked whole replaces it. */
const leavesOutBeat = (beat: string, s: Suggestion): boolean => s.replacement === '' && s.start === 0 && s.end >= beat.trimEnd().length;

/** The rewrite of a beat still says its word ("READ." → "Read."), or says nothing: it belongs where the beat is. */
function keepsTheBeat(beat: string, replacement: string): boolean {
  const word = beat.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  return replacement === '' || replacement.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(word);
}

/**
 * A sentence's suggestion placed in the message. One that removes the whole sentence takes the space before it
 * along (or, for the first sentence, the space after it), so the break that followed it stays and no double
 * space is left behind. One that rewrites a whole beat of a run ("READ. THE. TICKET.") rewrites the run, as a
 * sentence put in the middle of the others would not read.
 */
function inMessage(text: string, span: SentenceSpan, s: Suggestion, run: SentenceSpan | null): Suggestion {
  let start = s.start + span.start;
  let end = s.end + span.start;
  if (run && start === span.start && end === span.end && !keepsTheBeat(text.slice(start, end), s.replacement)) return { ...s, start: run.start, end: run.end };
  if (s.replacement === '' && start === span.start && end === span.end) {
    let before = start;
    while (before > 0 && /\s/.test(text[before - 1] ?? '')) before--;
    if (before > 0) start = before;
    else while (end < text.length && /\s/.test(text[end] ?? '')) end++;
  }
  return { ...s, start, end };
}

// A rewrite that asks: a question, or a request with a please.
const ASKS = /^\s*(?:please|pls|could|can|would|will)\b|\?\s*$/iu;

/**
 * "delete that photo. now." → "could you delete that photo?", not "could you delete that photo? now.": a request
 * asked nicely takes along `insisting`, the sentence after it when that only insisted ("Now.", "I won't ask twice.").
 */
function withInsistenceAfter(text: string, insisting: SentenceSpan | undefined, s: Suggestion): Suggestion {
  if (!insisting || !ASKS.test(s.replacement)) return s;
  // Only a rewrite that reaches the end of its own sentence: the insistence follows it.
  if (/[\p{L}\p{N}]/u.test(text.slice(s.end, insisting.start))) return s;
  return { ...s, end: insisting.end };
}

/** A message cut into sentences, with what is masked and each sentence's polarity. */
export function messageSentences(text: string): { masked: string; quotes: MaskedText['quotes']; spans: SentenceSpan[]; polarities: number[] } {
  const { masked, quotes } = maskText(text);
  const spans = splitSentences(masked);
  return { masked, quotes, spans, polarities: spans.map((s) => sentencePolarity(text.slice(s.start, s.end))) };
}

const polarityCache = new BoundedCache<number>(CACHE_LIMIT);
function sentencePolarity(sentence: string): number {
  let score = polarityCache.get(sentence);
  if (score === undefined) {
    score = polarity(sentence);
    polarityCache.set(sentence, score);
  }
  return score;
}

// Each suggestion checked costs an analysis of the whole message, at every keystroke: in a long email (5,000
// characters, a dozen findings) that is 90 ms a keystroke. Messages of a chat's length are checked whole; in longer
// ones a rewrite's reach into its neighbours is rarer (one sentence moves a long message's mood little).
const WHOLE_CHECK_CHARS = 1000;

/** A finding as the message-level check tells findings apart: its rule and its words. */
const findingKey = (f: Finding): string => `${f.rule}\u0000${f.text}`;

/** How many findings of each rule and words the message has. */
function findingCounts(findings: readonly Finding[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1);
  return counts;
}

/**
 * A finding's suggestions, less those that once applied bring a finding at least as severe to another part of the
 * message: the sentence around a rewrite is checked as it is made (clears), but a neighbour's reading can change
 * with it — the tension before it, the message's mood, whether the message is typed in capitals. Where every
 * suggestion would, those that clear their own finding stay, or else all: a finding always offers one.
 */
function harmlessInMessage(text: string, findings: readonly Finding[], counts: ReadonlyMap<string, number>, finding: Finding, options: AnalyzeOptions): Suggestion[] {
  const floor = SEVERITY_RANK[finding.severity];
  const own = (list: readonly Finding[]): number => list.filter((f) => f.rule === finding.rule).length;
  const checked = finding.suggestions.map((s) => {
    const left = new Map(counts);
    // The new words were checked as the rewrite was made (clears); what this adds is the rest of the message. Text
    // that only moved up to where a deleted jab was is not new words; a finding there, of the rewrite's own rule,
    // is the finding left in place.
    const rewrittenEnd = s.start + s.replacement.length;
    const onNewWords = (f: Finding): boolean => f.start < rewrittenEnd && s.start < f.end;
    const atRewrite = (f: Finding): boolean => f.start < Math.max(rewrittenEnd, s.start + 1) && s.start < f.end;
    const after = analyzeText(applied(text, s), options, true).findings;
    const harmless = after.every((f) => {
      const before = left.get(findingKey(f)) ?? 0;
      left.set(findingKey(f), before - 1);
      return before > 0 || SEVERITY_RANK[f.severity] < floor || onNewWords(f);
    });
    const clearsOwn = own(after) < own(findings) || !after.some((f) => f.rule === finding.rule && atRewrite(f));
    return { s, harmless, clearsOwn };
  });
  const best = [checked.filter((c) => c.harmless), checked.filter((c) => c.clearsOwn)].find((tier) => tier.length > 0) ?? checked;
  return best.map((c) => c.s);
}

function analyzeSentence(findingsOnly: boolean, ctx: SentenceContext): SentenceResult {
  const matches = sentenceHits(ctx);
  return {
    findings: matches.map(({ rule, match }) => (findingsOnly ? bareFinding(rule, match) : toSentenceFinding(rule, match, ctx))),
    strengths: findingsOnly ? [] : findStrengths(ctx.text, ctx.masked),
  };
}

interface RuleHit {
  rule: Rule;
  match: RuleMatch;
}

const WORD_RULES = ruleIndices((r) => !r.delivery && !r.learned);
const DELIVERY_RULES = ruleIndices((r) => r.delivery === true);
const LEARNED_RULES = RULES.filter((r) => r.learned);
const LEARNED_BY_CATEGORY = new Map(LEARNED_RULES.map((r) => [r.category, r]));

// Which rules each anchor word can wake, so a sentence only runs the patterns its words make possible. Rules are
// named by their place in RULES, so that a sentence's candidates are flags rather than a Set of rules.
const RULES_BY_ANCHOR = new Map<string, number[]>();
RULES.forEach((rule, i) => {
  for (const word of rule.anchors ?? []) RULES_BY_ANCHOR.set(word, [...(RULES_BY_ANCHOR.get(word) ?? []), i]);
});

const UNINDEXED_RULES = ruleIndices((r) => !r.learned && (r.anchorTest !== undefined || !r.anchors));

function ruleIndices(test: (rule: Rule) => boolean): number[] {
  return RULES.flatMap((rule, i) => (test(rule) ? [i] : []));
}

/** Rules worth running on a sentence, flagged by their place in RULES: woken by one of its words, by a symbol test, or unanchored. */
function candidateRules(ctx: SentenceContext): Uint8Array {
  const candidates = new Uint8Array(RULES.length);
  const words = anchorWords(ctx.masked);
  for (const word of words) for (const i of RULES_BY_ANCHOR.get(word) ?? []) candidates[i] = 1;
  // The same check the rule examples are tested with, for rules the word index cannot decide alone (and has
  // not already woken: the symbol tests keep no state between calls).
  for (const i of UNINDEXED_RULES) {
    const rule = RULES[i] as Rule;
    if (!candidates[i] && rule.applies(words, rule.source === 'text' ? ctx.text : ctx.masked)) candidates[i] = 1;
  }
  return candidates;
}

/** Words first; then delivery, which only counts once the words or the context make the sentence tense. */
function matchRules(ctx: SentenceContext): RuleHit[] {
  const hits: RuleHit[] = [];
  const candidates = candidateRules(ctx);
  for (const i of WORD_RULES) {
    const rule = RULES[i] as Rule;
    if (candidates[i]) for (const match of rule.match(ctx)) hits.push({ rule, match });
  }
  const aimed = addressesReader(ctx.masked) && (ctx.afterTension || polarity(ctx.text) <= -1);
  const tense = hits.length > 0 || aimed;
  const delivery = { ...ctx, tense };
  for (const i of DELIVERY_RULES) {
    const rule = RULES[i] as Rule;
    if (candidates[i]) for (const match of rule.match(delivery)) hits.push({ rule, match });
  }
  // The model sees what the rules found, so it only speaks up for what they missed.
  const learned = { ...delivery, learned: learnedContext(ctx, new Set(hits.map((h) => h.rule.category))) };
  for (const rule of LEARNED_RULES) for (const match of rule.match(learned)) hits.push({ rule, match });
  return hits;
}


const bareFinding = (rule: Rule, match: RuleMatch): SentenceFinding => ({
  rule: rule.id,
  category: rule.category,
  severity: rule.severity,
  start: match.start,
  end: match.end,
  text: match.text,
  message: rule.message,
  practice: CATEGORY_INFO[rule.category].practice,
  suggestions: [],
});

function toSentenceFinding(rule: Rule, match: RuleMatch, ctx: SentenceContext): SentenceFinding {
  // A pattern rule's jab that stands apart can be left out, as a learned one can; the learned rules offer it
  // themselves.
  const own = rule.learned ? rule.suggest(match, ctx) : [...leaveOutClause(rule.category, match, ctx), ...clauseGuessChecked(rule.category, match, ctx), ...rule.suggest(match, ctx)];
  const [kept, stock] = byWordsKept(own, match, ctx);
  const suggestions = verifiedSuggestions(rule, kept, match, ctx);
  // The category's own ways of keeping the words, for a pattern rule, only while there is room: each costs a
  // parse or two, and a one-letter edit in a long email re-analyses its sentence.
  if (!rule.learned && suggestions.length < MAX_SUGGESTIONS) {
    const [keptToo, stockToo] = byWordsKept(keepTheWords(rule.category, match, ctx), match, ctx);
    verifiedSuggestions(rule, keptToo, match, ctx, suggestions);
    stock.push(...stockToo);
  }
  verifiedSuggestions(rule, stock, match, ctx, suggestions);
  // If fewer than two of the rule's own rewrites verify (the rest of the sentence says the same thing another
  // way, as in "you never listen, it's always the same thing"), the category's rewrites of the whole sentence.
  const learned = LEARNED_BY_CATEGORY.get(rule.category);
  if (suggestions.length < 2 && learned && learned !== rule) verifiedSuggestions(rule, byWordsKept(learned.suggest(match, ctx), match, ctx).flat(), match, ctx, suggestions);
  if (suggestions.length === 0) suggestions.push(fallbackSuggestion(rule, match, ctx));
  return { ...bareFinding(rule, match), suggestions };
}

/**
 * The alternatives that keep the writer's words (an edit in place, a part left out, the sentence rewritten around
 * its facts), offered first, and the lines that replace the whole sentence with words of their own, offered last:
 * judges who never saw the rules sent the first kind more often than not and the second almost never (4 in 314),
 * as such lines drop what the writer said.
 */
function byWordsKept(alternatives: readonly Alternative[], match: RuleMatch, ctx: SentenceContext): [Alternative[], Alternative[]] {
  if (alternatives.length === 0) return [[], []];
  const own = new Set(stems(ctx.text));
  const stock = alternatives.map((alt) => isStockLine(alt, match, ctx, own));
  return [alternatives.filter((_, i) => !stock[i]), alternatives.filter((_, i) => stock[i])];
}

/**
 * A rewrite after which fewer than a third of the sentence's words are the writer's (`own`, the sentence's stems:
 * a word counts as kept in any of its forms, "listening" keeps "listen").
 */
function isStockLine(alt: Alternative, match: RuleMatch, ctx: SentenceContext, own: ReadonlySet<string>): boolean {
  const [start, end] = alt.range === 'sentence' ? [0, ctx.text.length] : typeof alt.range === 'object' ? [alt.range.start, alt.range.end] : [match.start, match.end];
  const words = stems(ctx.text.slice(0, start) + alt.replacement + ctx.text.slice(end));
  return words.filter((word) => own.has(word)).length * 3 < words.length;
}

const stems = (text: string): string[] => (text.toLowerCase().match(WORDS) ?? []).map((word) => word.slice(0, 4));
const WORDS = /[\p{L}\p{N}'’]+/gu;

/**
 * The alternatives that, once applied, clear `rule`'s finding, added to `suggestions` until there are
 * MAX_SUGGESTIONS; each is checked only while there is room, since checking one re-runs the rules.
 */
function verifiedSuggestions(rule: Rule, alternatives: readonly Alternative[], match: RuleMatch, ctx: SentenceContext, suggestions: Suggestion[] = []): Suggestion[] {
  for (const alt of alternatives) {
    if (suggestions.length === MAX_SUGGESTIONS) break;
    const suggestion = toSuggestion(alt, match, ctx);
    // Two alternatives that leave the same sentence (one rewriting the clause, one the sentence) are one.
    if (!suggestion || suggestions.some((s) => applied(ctx.text, s) === applied(ctx.text, suggestion))) continue;
    if (!clears(rule, suggestion, ctx)) continue;
    suggestions.push(suggestion);
  }
  return suggestions;
}

const applied = (text: string, s: Suggestion): string => text.slice(0, s.start) + s.replacement + text.slice(s.end);

/** Places an alternative in the sentence, in the writer's register, tidying the gap a deletion leaves. */
function toSuggestion(alt: Alternative, match: RuleMatch, ctx: SentenceContext): Suggestion | null {
  let start: number;
  let end: number;
  let replacement = alt.replacement;
  if (alt.range === 'sentence') {
    start = 0;
    end = ctx.text.length;
    if (!/[.!?]$/.test(replacement)) replacement += '.';
  } else if (alt.range && typeof alt.range === 'object') {
    // A rewrite of a few words inside the flagged phrase is offered as the whole phrase rewritten, so that
    // the button reads "you don't always listen" rather than "don't always".
    start = Math.min(alt.range.start, match.start);
    end = Math.max(alt.range.end, match.end);
    replacement = ctx.text.slice(start, alt.range.start) + replacement + ctx.text.slice(alt.range.end, end);
  } else {
    ({ start, end } = match);
  }
  replacement = withoutSeamRepeats(ctx.text, start, end, replacement);
  if (replacement === '' && ctx.text.slice(0, start).trim() === '' && /^[\s.!?…]*$/u.test(ctx.text.slice(end))) {
    // Leaving out all of a sentence's words leaves out its closing mark too ("FOUR AM." not "."); never the
    // whole message.
    if (ctx.whole) return null;
    start = 0;
    end = ctx.text.length;
  } else if (replacement === '') {
    // Deleting a phrase takes one neighbouring space (and a comma right after it) with it, unless the phrase
    // already ends in one ("original 🙄 it's").
    // At the end of a sentence, the comma before it goes too ("late again, as usual" → "late again").
    const following = /^,?\s+/.exec(ctx.text.slice(end))?.[0] ?? '';
    const preceding = /(?<![,\s]),?\s+$/.exec(ctx.text.slice(0, start))?.[0] ?? '';
    if (following) end += following.length;
    else if (!/\s$/.test(ctx.text.slice(start, end))) start -= /^[\s.!?…]*$/.test(ctx.text.slice(end)) ? preceding.length : Math.min(preceding.length, 1);
  } else {
    const atStart = ctx.text.slice(0, start).trim() === '' || /[.!?]\s*$/.test(ctx.text.slice(0, start));
    // Only sentences with something to rewrite need their register; most sentences never get here.
    const register = detectRegister(ctx.text);
    replacement = fitRegister(replacement, register, atStart);
    // A rewrite that ends its own sentence takes over the comma after it: "… yours. It's not that deep".
    const comma = /^[,;:]\s*/.exec(ctx.text.slice(end))?.[0];
    if (comma && /[.!?]$/.test(replacement) && end + comma.length < ctx.text.length) {
      end += comma.length;
      replacement += ' ';
      const next = ctx.text[end] ?? '';
      if (!register.lowercase && next !== next.toUpperCase()) {
        replacement += next.toUpperCase();
        end += 1;
      }
    }
  }
  // A rewrite that brings its own closing mark replaces the writer's ("… for you?" not "… for you?."); one that
  // replaces the writer's closing mark without bringing one keeps it ("… big to you." not "… big to you He's").
  const marks = /^[.!?…]+/.exec(ctx.text.slice(end))?.[0];
  if (marks && /[.!?…]$/.test(replacement)) end += marks.length;
  const replaced = ctx.text.slice(start, end);
  const replacedMark = replaced.slice(trimTrailing(replaced, isClosingMark).length);
  if (replacedMark && replacement !== '' && !/[.!?…]$/.test(replacement)) replacement += replacedMark;
  if (ctx.text.slice(start, end) === replacement) return null;
  return { start, end, replacement, label: alt.label };
}

/**
 * An alternative whose first or last word is already the word beside it ("late again" + "again", "could you" +
 * "you cc me") keeps one of the two: the writer's.
 */
function withoutSeamRepeats(text: string, start: number, end: number, replacement: string): string {
  // Across a comma only an adverb repeats by accident ("late again, again"): "Whatever you do, do not mention it"
  // says "do" twice on purpose.
  const seam = /(?<![\p{L}'’])([\p{L}'’]+)(,?)\s+$/u.exec(text.slice(0, start));
  const lead = seam && (!seam[2] || /^(?:again|too|also|now|then|though|either)$/iu.test(seam[1] ?? '')) ? seam[1] : undefined;
  const first = /^([\p{L}'’]+)(?:\s+|$)/u.exec(replacement);
  if (lead && first && first[1]?.toLowerCase() === lead.toLowerCase()) replacement = replacement.slice(first[0].length);
  const next = /^\s+([\p{L}'’]+)(?![\p{L}'’])/u.exec(text.slice(end))?.[1];
  const beforeLast = trimTrailing(replacement, isWordChar);
  const last = replacement.slice(beforeLast.length);
  if (next && last && (beforeLast === '' || isSpace(beforeLast.slice(-1))) && last.toLowerCase() === next.toLowerCase()) {
    replacement = trimTrailing(beforeLast, isSpace);
  }
  return replacement;
}

/**
 * A suggestion is only offered if, once applied, the sentence no longer triggers this rule there and gains no
 * finding at least as severe — the engine checks its own advice.
 */
function clears(rule: Rule, suggestion: Suggestion, ctx: SentenceContext): boolean {
  // Only the stretch around the rewrite can change, so only that stretch is matched again, before and after.
  const from = wordBoundaryBefore(ctx.text, suggestion.start - CHECK_WINDOW);
  const to = wordBoundaryAfter(ctx.text, suggestion.end + CHECK_WINDOW);
  const original = ctx.text.slice(from, to);
  const rewritten = ctx.text.slice(from, suggestion.start) + suggestion.replacement + ctx.text.slice(suggestion.end, to);
  const before = from === 0 && to === ctx.text.length && ctx.quotes.length === 0 ? sentenceHits(ctx) : matchWindow(ctx, original);
  const after = matchWindow(ctx, rewritten);
  const count = (hits: RuleHit[], id: string): number => hits.filter((h) => h.rule.id === id).length;
  if (count(after, rule.id) >= count(before, rule.id)) return false;
  const floor = SEVERITY_RANK[rule.severity];
  return after.every((h) => h.rule.id === rule.id || SEVERITY_RANK[h.rule.severity] < floor || count(after, h.rule.id) <= count(before, h.rule.id));
}

const CHECK_WINDOW = 160;

// A sentence's own hits are needed once for its findings and again, as "before", for every suggestion checked.
const hitsBySentence = new WeakMap<SentenceContext, RuleHit[]>();
function sentenceHits(ctx: SentenceContext): RuleHit[] {
  let hits = hitsBySentence.get(ctx);
  if (!hits) {
    hits = matchRules(ctx);
    hitsBySentence.set(ctx, hits);
  }
  return hits;
}

/** The rules' hits on a stretch of text, sentence by sentence, as analysis would split it once rewritten. */
function matchWindow(ctx: SentenceContext, text: string): RuleHit[] {
  // The same rewrites come back for every finding of a kind and at every keystroke in the sentence around
  // them ("I'm frustrated about how this turned out …"): what the rules make of one is remembered.
  const key = `${factsKey(ctx)}\u0000${text}`;
  let hits = windowCache.get(key);
  if (!hits) {
    hits = windowHits(ctx, text);
    windowCache.set(key, hits);
  }
  return hits;
}

const windowCache = new BoundedCache<RuleHit[]>(CACHE_LIMIT);

function windowHits(ctx: SentenceContext, text: string): RuleHit[] {
  const { masked } = maskText(text);
  const spans = splitSentences(masked);
  // A rewrite of a whole message is the message: its mood is its own, not the original's.
  const sentences = spans.map((span) => text.slice(span.start, span.end));
  const mood = ctx.whole ? moodOf(sentences.map(polarity), sentences) : ctx.mood;
  return spans.flatMap((span, i) => matchRules({ ...ctx, mood, text: sentences[i] ?? '', masked: masked.slice(span.start, span.end), quotes: [] }));
}

function wordBoundaryBefore(text: string, index: number): number {
  if (index <= 0) return 0;
  const space = text.lastIndexOf(' ', index);
  return space < 0 ? 0 : space + 1;
}

function wordBoundaryAfter(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const space = text.indexOf(' ', index);
  return space < 0 ? text.length : space;
}

/** Last resort when no crafted alternative verifies: leave the phrase out. */
function fallbackSuggestion(rule: Rule, match: RuleMatch, ctx: SentenceContext): Suggestion {
  const removal = toSuggestion({ replacement: '', label: 'Leave this out' }, match, ctx);
  return removal ?? { start: match.start, end: match.end, replacement: '', label: `Leave this out (${rule.id})` };
}

/** FNV-1a, for short stable ids. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Typed in capitals throughout, as some people text: a letter or two in lowercase ("… L8RS.x", "LOVE Yaxxx") is a
 * sign-off, not a change of voice.
 */
function inCapitals(text: string): boolean {
  // Asked at every keystroke of every message: most are typed in lowercase, so counting stops as soon as there
  // are more lowercase letters than capitals could allow (there are at most as many capitals as characters).
  const most = text.length / 20;
  let lower = 0;
  LOWERCASE.lastIndex = 0;
  while (LOWERCASE.exec(text) !== null) if (++lower > most) return false;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= 10 && lower <= upper / 20;
}
const LOWERCASE = /\p{Ll}/gu;

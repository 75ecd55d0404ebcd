/**
 * The learned second opinion as rules: one per category, run after the word and delivery rules, flagging a
 * sentence that no rule of its category caught when the model (src/engine/model) is confident enough. The
 * flagged span is the clause that carries the judgement, or the sentence when no single clause does. The
 * alternatives keep the writer's words where the category has a way to (the jab left out, the order asked, the
 * guess checked, the edge taken off), and the category's practice replaces the sentence otherwise, since the model
 * knows that the sentence lands badly, not which word does it. The keep-the-words helpers here serve the pattern
 * rules too.
 */
import { BoundedCache, textKey } from '../cache';
import { addressesReader, isReportedAt, rulesOutCharge, type SentenceContext } from '../context';
import { compileModel, sentenceProbabilities, type ModelWeights } from '../model/classifier';
import weights from '../model/weights.json';
import { polarity } from '../polarity';
import type { Category } from '../types';
import { isGuarded } from './rule';
import nlp from 'compromise';
import { lowerFirst, lowerShouted, upperFirst } from '../text/case';
import { detectRegister } from '../text/register';
import { isSpace, trimTrailing } from '../text/trim';
import { clauseRange, INTERJECTION_FIRST, isPastForm, leadInStart, STATE_OF_MIND, stripEnd, verbForms } from './helpers';
import type { Alternative, Guard, Rule, RuleMatch, RuleSpec } from './rule';

// The JSON's inferred type is thousands of keys long; its shape is ModelWeights by construction (train-model.ts).
export const MODEL = weights as unknown as ModelWeights;
const COMPILED = compileModel(MODEL);

// What a clause is trimmed of before it is quoted back in a question or request.
const isSpaceOrMark = (char: string): boolean => /[\s,.!?]/u.test(char);
// One UTF-16 unit at a time: an emoji's surrogates, its variation selector and joiner, and the BMP symbols.
const isSpaceOrEmoji = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return /\s/u.test(char) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfe0f || code === 0x200d || (code >= 0x2600 && code <= 0x27bf);
};

/** What the model made of a sentence, set on the context once the rules before it have run. */
export interface LearnedContext {
  probabilities: number[];
  /** Categories that rules already flagged in the sentence (the model is told, and does not repeat them). */
  ruleCategories: ReadonlySet<Category>;
}

/** The model's view of a sentence, given which categories the rules found in it. */
export function learnedContext(ctx: SentenceContext, ruleCategories: ReadonlySet<Category>): LearnedContext {
  // Checking suggestions asks about the same stretches again and again.
  const key = `${ctx.whole ? 1 : 0}${ctx.mood}${[...ruleCategories].join()}${textKey(ctx.masked, ctx.text)}`;
  let probabilities = probabilityCache.get(key);
  if (!probabilities) {
    probabilities = sentenceProbabilities(COMPILED, ctx.masked, { whole: ctx.whole, polarity: polarity(ctx.text), mood: ctx.mood, ruleCategories });
    probabilityCache.set(key, probabilities);
  }
  return { probabilities, ruleCategories };
}

const probabilityCache = new BoundedCache<number[]>(2000);

// Clause breaks: marks (not inside "8:05" or "£1,300"), and the conjunctions that join two complaints.
// Each alternative starts where its run starts, so a long run of spaces is scanned once.
const CLAUSE_BREAK = /(?<![,;:–—\d])[,;:–—]+(?!\d)\s*|(?<!\s)\s+(?=(?:but|and|so|because|cause|cuz|bc|or)\s)/giu;

/**
 * The clause the model scores highest for the category, if that clause alone is enough for it; otherwise the
 * evidence is spread over the sentence, and so is the span.
 */
function mostTellingClause(ctx: SentenceContext, c: number, ruleCategories: ReadonlySet<Category>): [number, number] {
  const clauses: Array<[number, number]> = [];
  let start = 0;
  for (const m of ctx.masked.matchAll(CLAUSE_BREAK)) {
    clauses.push([start, m.index]);
    start = m.index + m[0].length;
  }
  clauses.push([start, ctx.masked.length]);
  // A clause of a word or two ("Frankly", "Tonight") cannot carry a judgement alone.
  const words = clauses
    .map(([a, b]) => trimToWords(ctx.masked, a, b))
    .filter((s): s is [number, number] => s !== null && (ctx.masked.slice(s[0], s[1]).match(WORD) ?? []).length >= MIN_CLAUSE_WORDS);
  const sentence = trimToWords(ctx.masked, 0, ctx.masked.length) ?? [0, ctx.text.length];
  if (words.length <= 1) return sentence;
  let best = words[0] as [number, number];
  let bestScore = -1;
  for (const clause of words) {
    const text = ctx.masked.slice(clause[0], clause[1]);
    const p = sentenceProbabilities(COMPILED, text, { whole: false, polarity: polarity(ctx.text.slice(clause[0], clause[1])), mood: ctx.mood, ruleCategories })[c] ?? 0;
    if (p > bestScore) [best, bestScore] = [clause, p];
  }
  return bestScore >= (MODEL.thresholds[c] ?? 1) ? best : sentence;
}

const MIN_CLAUSE_WORDS = 3;
// Where a clause first names the reader, for reported speech. Narrower than context.ts's ADDRESSED ("youre",
// "yours" and "yourself" are not found, "u'd" is); sharing ADDRESSED would change which reader comes first in four
// reported sentences of the corpora ("so youre telling me you 'forgot' again"), a change of behaviour of its own.
const READER = /(?<![\p{L}'’])(?:you|u|ur|your|ya)(?![\p{L}])/iu;
// Categories that charge the reader with something, which a sentence can rule out ("it wasn't your fault").
const CHARGES: ReadonlySet<Category> = new Set(['blame', 'defensive', 'dismissive', 'assumed-intent', 'contempt']);
// "I'm not saying you did it on purpose at all": the writer rules the charge out, with no "but" taking it back.
const DISCLAIMED = /^\W*(?:i['’]?m|i\s+am)\s+(?:not|n['’]?t)\s+(?:saying|suggesting|implying|accusing|blaming)\b(?![^]*\bbut\b)/i;
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

/** The span without surrounding spaces and closing marks; null if no word is left. */
function trimToWords(text: string, start: number, end: number): [number, number] | null {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const body = slice.trim().replace(/(?<![\s.,;:])[\s.,;:]+$/u, '');
  return /[\p{L}\p{N}\p{Extended_Pictographic}!?]/u.test(body) ? [start + lead, start + lead + body.length] : null;
}

/**
 * A sentence that is mostly quotes, links or code is not the writer's own words: what is left ("read … when
 * you can") is a fragment the model was never trained on.
 */
function mostlyMasked(ctx: SentenceContext): boolean {
  let blanked = 0;
  for (let i = 0; i < ctx.text.length; i++) if (ctx.masked[i] === ' ' && ctx.text[i] !== ' ') blanked++;
  return blanked * 3 > ctx.text.length;
}

/** A line of the category's practice, as an email or a careful message would put it and as a text would. */
export interface PracticeLine {
  label: string;
  formal: string;
  casual: string;
}

/**
 * The category's own lines for the whole sentence, in the writer's register: judges sent "I felt let down by how
 * this went" in an email and rejected it in a lowercase text, where people write "that let me down".
 */
export const practiceLines =
  (lines: readonly PracticeLine[]) =>
  (ctx: SentenceContext): Alternative[] => {
    const register = detectRegister(ctx.text);
    // A sentence that starts with a figure ("40 bags collected 🌊 Special thanks …") shows no lowercase habit.
    const casual = (register.lowercase && /^[^\p{L}\p{N}]*\p{Ll}/u.test(ctx.text)) || register.txtSpeak;
    const said = (line: PracticeLine): string => {
      if (!casual) return line.formal;
      // Casual in words but capitalised ("U never call"): each sentence of the line starts with a capital too.
      return register.lowercase ? line.casual : line.casual.replace(/([.?!]\s+)(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
    };
    return lines.map((line) => ({ replacement: said(line), label: line.label, range: 'sentence' }));
  };

export interface LearnedSpec {
  category: Category;
  message: string;
  /** Practice-based rewrites of the whole sentence, best first; the engine keeps those that verify. */
  alternatives: (ctx: SentenceContext) => Alternative[];
  /** The category is about the reader (blame, motives): the sentence must speak to them. */
  aimed?: boolean;
  /** Context that turns the finding off, as for pattern rules. */
  unless?: Guard[];
  /** What the sentence must show for the category to be there at all (delivery needs a cue in the text). */
  needs?: (ctx: SentenceContext) => boolean;
  examples: RuleSpec['examples'];
}

/** Each category's own ways of keeping the writer's words, best first, tried before its lines for the sentence. */
const KEEP_THE_WORDS: Partial<Record<Category, (m: RuleMatch, ctx: SentenceContext) => Alternative[]>> = {
  defensive: (m, ctx) => [...askAboutTheFault(ctx), ...reasonNotFault(ctx), ...whatYouKnew(ctx), ...notOnMe(ctx), ...whatYouWereDoing(ctx), ...openTheDoor(m, ctx), ...askForNextTime(ctx), ...wishedFor(ctx)],
  blame: (_m, ctx) => [...whatHappened(ctx), ...whatYouKnew(ctx), ...askForNextTime(ctx), ...wishedFor(ctx), ...whatTheyDid(ctx)],
  demand: (m, ctx) => [...acknowledgeFirst(ctx), ...askInstead('demand', m, ctx), ...eitherAsked(ctx), ...needWithoutThreat(ctx), ...offerTheChoice(ctx), ...leaveOutInsistence(ctx), ...leaveOutThreat(ctx)],
  // Only where the dismissal opens the sentence: after "no need to get so worked up," the validation would clash.
  dismissive: (m, ctx) => [...acknowledgeFirst(ctx), ...yourView(m), ...(ctx.text.slice(0, m.start).trim() === '' ? validateFirst(m) : [])],
  absolutist: (m, ctx) => aPatternNotARule(m, ctx),
  contempt: (_m, ctx) => askedInGoodFaith(ctx),
  'passive-aggressive': (_m, ctx) => [...whatBotheredYou(ctx), ...whatYouWereDoing(ctx)],
};

// "Thanks SO much for telling the whole family chat …", "really appreciated you turning up at 4 when …": thanks
// for what they did, meant as the opposite.
const SARCASTIC_THANKS =
  /(?<![\p{L}'’])(?:(?:wow|oh|gee|great|cheers)[,!.]*\s+)?(?:thanks|thank\s+you|thx|ty|(?:i\s+)?(?:really\s+)?appreciated?)\s+(?:(?:so|sooo*|very|a\s+lot|really)\s+(?:much\s+)?)?(?:(?:you|u)\s+)?(?:for\s+)?(?<doing>\p{L}+ing)\b(?<rest>[^,;:.!?…]*)/iu;
// What a sarcastic thank-you closes on: "…, really made my Saturday", "…, much appreciated".
const SARCASTIC_TAIL = /^\s*,\s*(?:really|so|truly|much|very|super)\b[^,;:.!?…]*/iu;

/**
 * "Thanks SO much for telling the whole family chat about my divorce" → "I was really frustrated that you told
 * the whole family chat about my divorce": what they did, kept word for word, and what it did to the writer said plainly
 * instead of thanked for.
 */
function whatBotheredYou(ctx: SentenceContext): Alternative[] {
  const thanks = SARCASTIC_THANKS.exec(ctx.text);
  const g = thanks?.groups;
  if (!thanks || !g?.doing || STATE_OF_MIND.test(g.doing)) return [];
  const what = trimTrailing(g.rest ?? '', isSpaceOrEmoji);
  if ((what.match(WORD) ?? []).length < 2) return [];
  const end = thanks.index + thanks[0].length;
  const tail = SARCASTIC_TAIL.exec(ctx.text.slice(end));
  const you = /\bu\b/u.test(thanks[0]) ? 'u' : 'you';
  return [{ replacement: `I was really frustrated that ${you} ${verbForms(g.doing).past}${what}`, label: 'Say what bothered you', range: { start: thanks.index, end: trimTrailing(ctx.text.slice(0, end + (tail?.[0].length ?? 0)), isSpaceOrEmoji).length } }];
}

// "did you even read the brief": a question about what they did, asked so as not to be answered.
const EVEN_QUESTION = /(?<![\p{L}'’])(?<did>did)\s+(?<you>you|u)\s+(?:actually\s+|honestly\s+)?even\s+(?<verb>\p{L}+)/iu;
// "what is wrong with you", "what's actually wrong w u": a verdict on the person put as a question.
const WRONG_WITH = /(?<![\p{L}'’])what(?:['’]?s|\s+is)\s+(?:actually\s+|even\s+|seriously\s+)?wrong\s+(?:with|w)\s+(?<you>you|u)\b/iu;

/**
 * "did you even read the brief?" → "did you get a chance to read the brief?"; "what is wrong with you" →
 * "what's going on with you?": the question asked as a real one, the benefit of the doubt in place of the jab.
 */
function askedInGoodFaith(ctx: SentenceContext): Alternative[] {
  const even = EVEN_QUESTION.exec(ctx.text);
  const wrong = even ? null : WRONG_WITH.exec(ctx.text);
  const found = even ?? wrong;
  if (!found?.groups) return [];
  const { did, you = 'you', verb = '' } = found.groups;
  if (even && verbForms(verb).infinitive !== verb.toLowerCase()) return [];
  const asked = even ? `${did} ${you} get a chance to ${verb}` : `what's going on with ${you}`;
  const end = found.index + found[0].length;
  // A question left without its mark ("what is wrong with you") gets one once it is asked.
  const mark = /^[\s.!…]*$/u.test(ctx.text.slice(end)) ? '?' : '';
  return [{ replacement: asked + mark, label: 'Ask in good faith', range: { start: found.index, end: mark ? ctx.text.length : end } }];
}

/** The category's rewrites that keep the writer's words, for a pattern rule's finding as for a learned one. */
export const keepTheWords = (category: Category, m: RuleMatch, ctx: SentenceContext): Alternative[] => KEEP_THE_WORDS[category]?.(m, ctx) ?? [];

export function defineLearnedRule(spec: LearnedSpec): Rule {
  const c = MODEL.categories.indexOf(spec.category);
  const threshold = MODEL.thresholds[c] ?? 1;
  return {
    id: `${spec.category}/learned`,
    category: spec.category,
    severity: 'warning',
    message: spec.message,
    patterns: [],
    compiled: [],
    learned: true,
    examples: spec.examples,
    suggest: (m, ctx) => [
      ...leaveOutJab(spec.category, m, ctx),
      ...guessChecked(spec.category, m, ctx),
      ...keepTheWords(spec.category, m, ctx),
      ...withoutTheEdge(spec.category, m),
      ...spec.alternatives(ctx),
    ],
    applies: () => true,
    match(ctx) {
      const learned = ctx.learned;
      const p = learned?.probabilities[c] ?? 0;
      if (!learned || p < threshold || learned.ruleCategories.has(spec.category)) return [];
      if (spec.aimed && (!addressesReader(ctx.masked) || DISCLAIMED.test(ctx.masked))) return [];
      if (mostlyMasked(ctx) || (spec.needs && !spec.needs(ctx)) || (CHARGES.has(spec.category) && rulesOutCharge(ctx.masked))) return [];
      // A beat of a shouted run ("ANSWER. YOUR. PHONE.") is one word of a sentence: only its delivery is judged.
      if (ctx.inBeats && spec.category !== 'nonverbal') return [];
      const [start, end] = mostTellingClause(ctx, c, learned.ruleCategories);
      // Reported speech is judged where the reader is first named: "she said [you just want …]".
      const reader = ctx.masked.slice(start, end).search(READER);
      if (reader >= 0 && isReportedAt(ctx, start + reader)) return [];
      const match: RuleMatch = { start, end, text: ctx.text.slice(start, end), matchStart: start, matchEnd: end, groups: {}, groupSpans: {} };
      return isGuarded(spec.unless, match, ctx) ? [] : [match];
    },
  };
}

/**
 * Where a jab is best left out, the rest of the message saying what matters: a clause of the sentence or all of
 * it. Blame's clause often carries the facts ("I told u the deadline was thursday"), so only a sentence that is
 * all blame goes ("You brought this on yourself.").
 */
const LEAVE_OUT_SCOPE: Partial<Record<Category, 'clause' | 'sentence'>> = {
  contempt: 'clause',
  'passive-aggressive': 'clause',
  nonverbal: 'clause',
  'assumed-intent': 'clause',
  dismissive: 'clause',
  blame: 'sentence',
  absolutist: 'clause',
  defensive: 'clause',
};
// Facts a reader needs: figures, amounts, times, links, and names (a capital inside the sentence, not "I").
// A name said to the reader (", Julie" closing the jab) is not a fact: it goes with the jab.
const FACT = /[\d£$€@/]|(?<=[\p{L}\p{N},;:]\s)(?<!,\s)(?!I\b|I['’])\p{Lu}|(?<=,\s)(?!I\b|I['’])\p{Lu}(?![\p{L}'’]*[\s.!?…]*$)/u;

/**
 * "Honestly, you are hopeless." after "I've asked you three times to phone the gas man.": a sentence that is
 * the jab and nothing else goes, and the request before it stands on its own. So does a jab that opens or
 * closes a sentence whose other clause says something ("Seeing as you can't be trusted to read a delivery
 * note, I've highlighted it in yellow"). Never the whole message or what would leave it a curt reply, a jab that
 * carries a fact, fewer than `minWords` words, or a question, unless it is a mocking one standing as its own
 * sentence ("were you raised in a barn?").
 */
function leaveOutJab(category: Category, m: RuleMatch, ctx: SentenceContext, minWords = MIN_CLAUSE_WORDS): Alternative[] {
  // A word or two ("Send. The. Setlist.") is emphasis, not a jab; in mockery two are enough ("Fantastic work.",
  // "It's pathetic."), and a generalisation said alone is all jab ("Again.").
  const scope = LEAVE_OUT_SCOPE[category];
  // A verdict of one word that is a sentence of its own ("Pathetic.", "Typical.") is all jab as well.
  const standsAlone = ctx.text.slice(0, m.start).trim() === '' && /^[\s.!?…]*$/u.test(ctx.text.slice(m.end));
  const least = (category === 'absolutist' && ONLY_ALWAYS.test(m.text)) || (RHETORICAL.has(category) && standsAlone) ? 1 : RHETORICAL.has(category) ? Math.min(minWords, 2) : minWords;
  // A jab that carries the request ("I'd kindly ask that you stop opening new tickets") is the point, not an aside.
  // A deflection asks only to be let off ("so please don't put this on me").
  const deflects = category === 'defensive' && DEFLECTION.test(m.text);
  if (!scope || FACT.test(m.text) || (ASKS_FOR.test(m.text) && !deflects) || (m.text.match(WORD) ?? []).length < least) return [];
  if ((category === 'absolutist' && saysWhatHappened(m.text)) || (category === 'defensive' && !deflects)) return [];
  const before = ctx.text.slice(0, m.start);
  const after = ctx.text.slice(m.end);
  // A question may be the point of the message; a mocking one ("were you raised in a barn?") is the jab.
  const asks = /\?/.test(ctx.text);
  if (asks && !(RHETORICAL.has(category) && before.trim() === '' && /^[\s?!…]*$/u.test(after))) return [];
  const closing = /^[\s.!?…]*$/u.test(after);
  let rest: string;
  if (before.trim() === '' && closing) {
    if (ctx.whole || ctx.restIsCurt || FACT.test(ctx.text)) return [];
    return [{ replacement: '', label: LEAVE_OUT, range: { start: 0, end: ctx.text.length } }];
  } else if (scope === 'sentence') {
    return [];
  } else if (before.trim() === '' && /^\s*[,;:]\s*/u.test(after)) {
    // Not across a dash: a dash usually sets off an aside inside the jab ("your other — more important — clients").
    rest = after.replace(/^\s*[,;:]\s*/u, '');
  } else if (/[,;:]\s*$/u.test(before) && /^\s*[,;:]\s*/u.test(after)) {
    // Set off by commas in the middle ("Dad, for the hundredth time, the TV is on HDMI 2"): both sides stay.
    rest = `${before.trimEnd()} ${after.replace(/^\s*[,;:]\s*/u, '')}`;
  } else if (closing && (/[,;:]\s*$/u.test(before) || (category === 'assumed-intent' && MOTIVE.test(m.text)) || (deflects && /^(?:so|and|but)\b/iu.test(m.text)))) {
    // "You marked it low priority so you wouldn't have to deal with it": what they did stays, the motive goes.
    rest = before.trimEnd().replace(/[,;:]$/u, '').trimEnd() + after.trim();
  } else return [];
  // An eye-roll closing what is left would carry the jab on: "it's a tiny stain 🙄".
  rest = rest.replace(CLOSING_EYE_ROLL, '');
  // What is left must be a clause of its own, not one that hangs on the jab ("…, but honestly,") or insists on it
  // ("…, just say it").
  if ((rest.match(WORD) ?? []).length < MIN_CLAUSE_WORDS || HANGING.test(trimTrailing(rest, (c) => /[\s.!…]/u.test(c))) || INSISTED_TAG.test(rest)) return [];
  // Nor the tail of a list the jab began ("…your bills, your mum and your moods"): what is left says something.
  if (!saysSomething(rest)) return [];
  return [{ replacement: upperFirst(rest), label: LEAVE_OUT, range: { start: 0, end: ctx.text.length } }];
}

/**
 * A pattern rule's jab, left out as a learned one is, where its clause is the jab and little else ("ok [chill],
 * it was a joke" → "It was a joke"; "[grow up], seriously"): the rule named the words, so a word or two is
 * enough. Not for delivery, whose clause carries the writer's point at the wrong volume, nor for a generalisation
 * ("you always leave it"), whose clause is the writer's complaint: its own rewrites keep it and soften the always.
 */
export function leaveOutClause(category: Category, m: RuleMatch, ctx: SentenceContext): Alternative[] {
  if (category === 'nonverbal' || category === 'absolutist') return [];
  const { start, end } = clauseRange(m, ctx);
  const clause = trimToWords(ctx.text, start, end);
  if (!clause) return [];
  // An aside before the jab ("Honestly, you are hopeless.") goes with it.
  if (ASIDE_BEFORE.test(ctx.text.slice(0, clause[0]))) clause[0] = 0;
  const text = ctx.text.slice(clause[0], clause[1]);
  if ((text.match(WORD) ?? []).length - (m.text.match(WORD) ?? []).length > 2) return [];
  return leaveOutJab(category, { ...m, start: clause[0], end: clause[1], text }, ctx, 1);
}

// A verb most clauses show on their face: an auxiliary or a copula, or a form in "-ed" or "-ing" not after an
// article ("a gifted chef"); compromise reads some "-ing" forms as adjectives ("still not paying u back").
const PLAIN_VERB = /(?<![\p{L}'’])(?:is|are|was|were|be|been|am|do|does|did|have|has|had|can|could|will|would|should|must|may|might)(?![\p{L}'’])|['’](?:s|re|m|ve|d|ll)\b|(?<!\b(?:a|an|the|so|very|truly)\s)(?<![\p{L}'’])\p{L}{2,}(?:ed|ing)\b/iu;
/** Whether a stretch is a clause with a verb, not a list or a noun phrase ("your mum and your moods"). */
const saysSomething = (text: string): boolean => PLAIN_VERB.test(text) || nlp(text).has('#Verb');

const LEAVE_OUT = 'Leave the jab out';
const CLOSING_EYE_ROLL = /\s*(?:🙄|🙃|😒|😑)+(?=[\s.!?…]*$)/u;
// Of a defensive sentence, only the deflection goes ("don't put this on me", "excuse me for taking a lunch break"):
// the rest is the writer's account, often its facts.
const DEFLECTION =
  /^(?:(?:so|nah|and|but|well|just|please|pls|oh|honestly|respectfully|to\s+be\s+(?:completely\s+)?(?:clear|honest))[\s,]+)*(?:(?:i['’]?ve\s+done|i\s+did|i\s+have\s+done)\s+nothing\s+wrong\b|not\s+my\s+(?:problem|job|fault|responsibility|issue)\b|none\s+of\s+(?:this|that|it)(?:\s+\p{L}+)?\s+(?:is|was)\s+on\s+me\b|i\s+can['’]?t\s+be\s+held\s+responsible\b|(?:don['’]?t|dont|do\s+not)\s+(?:you\s+)?(?:(?:try|even)\s+(?:and\s+|to\s+)?)?(?:put|pin|blame|twist|turn|make|look\s+at|act\s+like|come\s+at|start|lecture)\b|excuse\s+me\s+for\b|spare\s+me\b|(?:you|u)\s+can['’]?t\s+blame\s+me\b|(?:[\p{L}'’]+\s+){0,3}(?:isn['’]?t|is\s+not|ain['’]?t|wasn['’]?t|was\s+not)\s+(?:on|down\s+to)\s+me\b)/iu;

/**
 * Whether a generalisation also says what the reader does ("we never see you", "you're wasting every chance"):
 * then it is the writer's complaint, and leaving it out would leave it unsaid. One that is only the
 * generalisation ("Not one piece.", "Every trip it's the same.", "typical you") has no verb of its own.
 */
const saysWhatHappened = (text: string): boolean => nlp(text).match('#Verb').not('(#Copula|#Auxiliary|#Modal)').found;
// The request a message carries: "I'd kindly ask that you …", "could you …", "please …".
const ASKS_FOR = /\b(?:i['’]?d\s+(?:kindly\s+|politely\s+)?ask|(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?(?!believe\b|imagine\b)\p{L}|please|pls|i\s+need\s+(?:you|u)\s+to|i['’]?d\s+like\s+(?:you|u)\s+to)\b/iu;
// Categories whose questions are jabs rather than questions ("who raised you?", "must be nice, huh?").
const RHETORICAL: ReadonlySet<Category> = new Set(['contempt', 'passive-aggressive']);
// A generalisation said on its own, after what happened ("we're late cos of you. again."): the jab is all of it.
const ONLY_ALWAYS = /^(?:yet\s+again|once\s+again|again|as\s+usual|as\s+always|like\s+always|typical|classic|every\s+(?:single\s+)?time)$/iu;
// A clause that gives the reader's reason for what they did.
const MOTIVE = /^(?:so|because|cos|cause|coz|cuz|bc|just\s+to|only\s+to|in\s+order\s+to)\b/iu;
// A clause ending on one of these, or starting with a joining word, leans on what was cut: "most profs wouldn't"
// after the jab it answered ("you did", after what was done, stands).
const HANGING = /(?:^(?:and|but|so|or|because|cos|which|that|who)\b)|\b(?:and|but|so|or|because|cos|honestly|tbh|like|just|which|that|who|when|if|as|than|is|was|are|were|be|the|a|to|for|of|honest|frankly|mean|would|wouldn['’]?t|will|won['’]?t|can|can['’]?t|could|couldn['’]?t|should|shouldn['’]?t|don['’]?t|doesn['’]?t|didn['’]?t|haven['’]?t|hasn['’]?t)$/iu;

// What asserts a guess about the reader as known: the certainty goes, the guess stays to be checked.
const CERTAINTY = /^(?:(?:and|but|so|because|cos|cuz)\s+)?(?:(?:honestly|clearly|obviously|seriously|literally|just|tbh)[\s,]+)*(?:i\s+(?:know|bet|can\s+tell|see|think|reckon)\s+(?:that\s+)?)?/iu;
const FILLERS = /(?<!\S)(?:honestly|clearly|obviously|literally|just|really|tbh)\s+/giu;

// Laughter at the reader inside a guess, which a question would carry on.
const LAUGHING = /\b(?:lol|lmao|lmfao|rofl|haha\w*)\b/iu;

/**
 * "you only invited me cos you needed a lift" → "am I right that you only invited me cos you needed a lift?":
 * the writer's own guess about the reader's motive, put to them as a question they can answer, so every fact
 * stays and the guess is checked rather than asserted.
 */
function checkTheGuess(category: Category, m: RuleMatch, ctx: SentenceContext): Alternative[] {
  // The question closes the sentence, so the guess must be where the sentence ends (a tag question after it,
  // "…, do you", goes: the new question asks it).
  if (category !== 'assumed-intent') return [];
  // A motive or a second charge the model left outside the span ("[you only came to my party] so you could see
  // Jake", "[You're clearly reading from a script] and don't care …") is part of the guess.
  const motiveAfter = GUESS_GOES_ON.test(ctx.text.slice(m.end));
  const lastComma = ctx.text.lastIndexOf(',');
  const guessEnd = motiveAfter && lastComma > m.end ? lastComma : motiveAfter ? trimTrailing(ctx.text, isSpaceOrMark).length : m.end;
  const rest = ctx.text.slice(guessEnd);
  const tag = TAG_QUESTION.exec(rest) ?? INSISTED_TAG.exec(rest);
  if (!tag && !/^[\s.!?…]*$/u.test(rest)) return [];
  // A motive tacked onto what they did ("You marked it low priority so you wouldn't …") is asked about with it,
  // and an opener that insists ("Let's be honest, …") goes: the question asks instead.
  const lead = ctx.text.slice(0, m.start);
  // "… so clearly ur just keeping me as a backup": a guess drawn from what they did is asked on its own, after
  // the "so" (the certainty goes with the rest of it).
  const drawn = lead.trim() !== '' ? DRAWN_GUESS.exec(m.text) : null;
  const start = drawn ? m.start + drawn[0].length : MOTIVE.test(m.text) && lead.trim() !== '' ? 0 : m.start;
  // "I'm starting to think [you did it on purpose]": the writer's own "I think" goes with the certainty, or the
  // question would follow it ("I'm starting to think did you …?").
  const thinking = /\s$/u.test(lead) ? THINKING_LEAD.exec(lead.trimEnd()) : null;
  const rangeStart = INSISTING_OPENER.test(lead) ? 0 : thinking && start === m.start ? thinking.index : start;
  // An emoji or an "and u know it" closing the guess would sit inside the question ("… now 🙄?").
  const guess = trimTrailing(trimTrailing(ctx.text.slice(start, guessEnd).replace(CERTAINTY, '').replace(FILLERS, ''), isSpaceOrEmoji).replace(CLOSING_INSISTENCE, ''), isSpaceOrMark);
  // One guess, not a guess with a remark of the writer's after it ("…, it's exhausting"), which the question
  // would take in; nor one whose scare quotes would carry the sneer into the question ("you 'forgot'").
  // Nor one that laughs at them on the way ("ur so fake lmao u only talk to me …").
  if (!/^(?:you|you['’](?:re|ve|d|ll)|u|ur|your)\b/iu.test(guess) || (guess.match(WORD) ?? []).length < MIN_CLAUSE_WORDS || WRITERS_REMARK.test(guess) || SCARE_QUOTE.test(guess) || LAUGHING.test(guess)) return [];
  // A shouted guess is asked at an even volume ("YOU KNEW EXACTLY" → "am I right that you knew exactly").
  const calm = lowerShouted(guess);
  const you = calm.charAt(0).toLowerCase() + calm.slice(1);
  const end = ctx.text.length - rest.length + trimTrailing(rest, (c) => /[\s.!?…]/u.test(c)).length;
  // After a clause of the writer's and a comma ("I'm not doing it anymore, [you clearly don't value this]"), the
  // question is a sentence of its own, not spliced on with the comma.
  const before = ctx.text.slice(0, rangeStart);
  const clauseBefore = before.replace(/,\s*$/u, '').split(/[,;:–—]/u).pop() ?? '';
  const splice = (clauseBefore.match(WORD) ?? []).length >= MIN_CLAUSE_WORDS && !OPENING_ASIDE.test(clauseBefore) && saysSomething(clauseBefore) ? /,\s*$/u.exec(before) : null;
  const range = { start: splice ? splice.index : rangeStart, end };
  const lowercase = splice !== null && detectRegister(ctx.text).lowercase;
  const opening = (line: string): string => (splice ? `. ${lowercase ? line : upperFirst(line)}` : line);
  return [
    { replacement: opening(askedPlainly(you) ?? `am I right that ${you}?`), label: 'Check your guess', range },
    { replacement: opening(`it feels like ${you} — is that fair?`), label: 'Say how it looks to you', range },
  ];
}

// "you only invited me cos you needed a lift": a guess about one thing they did, its verb in the past; "you
// only talk to me when you need notes": a habit, its verb in the present.
const DID_GUESS = /^(?<you>you|u)\s+(?<adverb>(?:only|just|really|deliberately|purposely)\s+)?(?<verb>\p{L}+)\b/iu;
// "you're hoping I'll give up", "you've been avoiding me", "you'd rather stay home": the auxiliary goes first.
const AUXILIARY_GUESS =
  /^(?:(?<you>you|u)(?:(?<are>['’]re|\s+are|\s+r)|(?<were>\s+were)|(?<have>['’]ve|\s+have)(?=\s+(?:been|got|gone|had|\p{L}+ed)\b)|(?<would>['’]d|\s+would)(?=\s+rather\b))|(?<ure>ur|youre)(?=\s+(?:\p{L}+ing|tryna|gonna)\b)|(?<you2>you|u)\s+(?<not>don['’]?t|dont|do\s+not))\s+/iu;
// "so" with a clause of its own that is not a purpose ("so you could see Jake" is one).
const RESULT_SO = /\bso\s+(?:clearly\s+|obviously\s+)?(?:you['’]?re|youre|ur|you\s+are|u\s+r|you\s+(?!could|can|would|might)\p{L}+|u\s+(?!could|can|would|might)\p{L}+)/iu;
// What draws a guess from what they did: "so clearly", "so obviously".
const DRAWN_GUESS = /^so\s+(?=(?:clearly|obviously|basically|apparently)\s+(?:you|u|ur|youre|you['’]re)\b)/iu;
// A quantifier makes the question a jab ("do you always forget?"): absolutist's rewrites soften it instead.
const QUANTIFIED = /\b(?:always|never|ever|constantly|every)\b/iu;

/**
 * "you only invited me cos you needed a lift" → "did you only invite me cos you needed a lift?", "you're hoping
 * I'll give up" → "are you hoping I'll give up?": judges found "am I right that …" stiff; a guess is asked as
 * people ask it, the auxiliary first. Null where there is none to put first.
 */
function askedPlainly(guess: string): string | null {
  if (QUANTIFIED.test(guess)) return null;
  const auxiliary = AUXILIARY_GUESS.exec(guess);
  if (auxiliary?.groups) {
    const { you, you2, have, would, were, ure, not } = auxiliary.groups;
    const reader = ure ? (ure.toLowerCase() === 'ur' ? 'u' : 'you') : (you ?? you2 ?? 'you');
    // "you don't care" → "do you not care?": "don't you care?" would ask the opposite.
    const verb = not ? 'do' : have ? 'have' : would ? 'would' : were ? 'were' : 'are';
    return `${verb} ${reader} ${not ? 'not ' : ''}${guess.slice(auxiliary[0].length)}?`;
  }
  const found = DID_GUESS.exec(guess);
  const did = found?.groups;
  if (!found || !did?.verb) return null;
  const rest = guess.slice(found[0].length);
  // "u took 3 days to reply so ur keeping me …": what follows "so" is the guess, not what they did.
  if (RESULT_SO.test(rest)) return null;
  if (isPastForm(did.verb) && !STATE_OF_MIND.test(did.verb)) return `did ${did.you} ${did.adverb ?? ''}${verbForms(did.verb).infinitive}${rest}?`;
  // A verb in the present, as a habit or a want ("you just want attention"); not a modal or a negation.
  const present = verbForms(did.verb).infinitive === did.verb.toLowerCase() && nlp(`they ${did.verb}`).has('they #Verb') && !/^(?:can|could|will|would|should|must|may|might|don['’]?t|dont|have|had|get|got|was|were|did)$/iu.test(did.verb);
  return present ? `do ${did.you} ${did.adverb ?? ''}${did.verb}${rest}?` : null;
}

const GUESS_GOES_ON = /^\s+(?=(?:so|because|cos|cause|coz|cuz|bc|just\s+to|only\s+to|(?:and|but)(?!\s+(?:i|i['’]m|im|we|he|she|they|it|it['’]s|that|this|now|then)\b))\s)/iu;
// A quote mark that is not an apostrophe inside a word.
const SCARE_QUOTE = /(?<!\p{L})['‘"“]|['’"”](?!\p{L})/u;
const WRITERS_REMARK = /[,;–—]\s*(?:i|i['’]m|im|it['’]?s|its|this|that['’]?s|thats)\b/iu;

// What states a guess as known, right after the reader it is about: "you obviously don't care", "you're
// clearly trying to", "you deliberately scheduled".
const KNOWN =
  /^((?:you|u|ur|youre|you['’](?:re|ve|d|ll))(?:\s+(?:are|were|have|had))?)\s+(?:(?:obviously|clearly|deliberately|purposely|intentionally|conveniently|just|simply|honestly|literally)\s+)+/iu;

/**
 * "You obviously didn't want this gig, that's why …" → "It feels like you didn't want this gig, that's why …":
 * the writer's own guess, said as how it looks to them rather than as a fact about the reader, every fact kept.
 */
export function howItLooks(m: RuleMatch, ctx: SentenceContext): Alternative[] {
  const range = clauseRange(m, ctx);
  const guess = ctx.text.slice(range.start, range.end).replace(CERTAINTY, '').replace(KNOWN, '$1 ');
  if (!/^(?:you|u|ur|youre|you['’](?:re|ve|d|ll))\b/iu.test(guess) || (guess.match(WORD) ?? []).length < MIN_CLAUSE_WORDS) return [];
  return [{ replacement: `it feels like ${guess.charAt(0).toLowerCase()}${guess.slice(1)}`, label: 'Say how it looks to you', range }];
}

/**
 * A pattern rule's guess about the reader ("you [obviously don't care] about the house fund"), checked with
 * them in the writer's words as a learned one is: the clause it sits in is the guess.
 */
export function clauseGuessChecked(category: Category, m: RuleMatch, ctx: SentenceContext): Alternative[] {
  if (category !== 'assumed-intent') return [];
  const { start, end } = clauseRange(m, ctx);
  const clause = trimToWords(ctx.text, start, end);
  if (!clause) return [];
  // An insistence closing the clause ("u did that on purpose dont lie") is left after the guess, for the question to take.
  const insisted = ctx.text.slice(clause[0], clause[1]).search(CLOSING_INSISTENCE);
  const guessEnd = insisted > 0 ? clause[0] + insisted : clause[1];
  return checkTheGuess(category, { ...m, start: clause[0], end: guessEnd, text: ctx.text.slice(clause[0], guessEnd) }, ctx);
}

/** The guess put to the reader as a question, or where it does not end the sentence, said as how it looks. */
function guessChecked(category: Category, m: RuleMatch, ctx: SentenceContext): Alternative[] {
  const asked = checkTheGuess(category, m, ctx);
  return asked.length > 0 || category !== 'assumed-intent' ? asked : howItLooks(m, ctx);
}

const THINKING_LEAD = /(?<![\p{L}'’])(?:i['’]?m\s+(?:starting|beginning)\s+to\s+|i\s+(?:honestly\s+|really\s+|kinda\s+|just\s+)?)(?:think|reckon|bet|suspect|feel\s+like)(?:\s+that)?$/iu;
const INSISTING_OPENER = /^\s*(?:let['’]?s\s+be\s+(?:honest|real)|be\s+honest|come\s+on|seriously)[\s,:;–—-]+$/iu;
// "…, be honest" / "… dont lie" / "…, that's what this is": the guess insisted on; the question that replaces it
// asks instead. After the guess's clause (a tag), or closing the clause itself.
const INSISTED = String.raw`(?:(?:just\s+)?(?:admit|say|own)\s+it|(?:let['’]?s\s+)?be\s+(?:honest|real)|(?:don['’]?t|dont)\s+(?:lie|deny\s+it)|and\s+(?:you|u)\s+know\s+it)`;
const INSISTED_TAG = new RegExp(String.raw`^\s*(?:[,;–—-]\s*)?(?:${INSISTED}|that['’]?s\s+(?:what|all)\s+(?:this|it)\s+is(?:\s+about)?)[\s.!?…]*$`, 'iu');
// The run of spaces before it is matched from its start only.
const CLOSING_INSISTENCE = new RegExp(String.raw`(?<!\s)\s+${INSISTED}[\s.!?…]*$`, 'iu');
const TAG_QUESTION = /^\s*(?:,\s*)?(?:do|don['’]?t|did|didn['’]?t|are|aren['’]?t|is|isn['’]?t|right|huh|eh|innit)(?:\s+(?:you|u|it|ya))?[\s.!?…]*$/iu;


// A view that still speaks to the reader ("you booked the wrong date, not me") turns the denial back on them;
// one that already turns on "but" would take a second one.
// What opens a view without adding to it: "Just to be clear, …", "With respect, …".
const OPENING_ASIDE = /^\s*(?:just\s+)?(?:to\s+be\s+(?:clear|honest|fair)|with\s+(?:all\s+due\s+)?respect|for\s+the\s+record|honestly|frankly|look|listen|fyi|for\s+what\s+it['’]?s\s+worth)\s*$/iu;
// Their thing as the object of a denial ("I didn't eat your halloumi") does not turn on them; they as its subject,
// or their thing as its subject ("your family isn't perfect either"), do.
const turnsOnReader = (text: string): boolean => addressesReader(text.trim().replace(/(?<=\s)(?:your|ur)\s+(?=\p{L})/giu, '')) || /\bbut\b/iu.test(text);
// Laughter and asides a clause trails off with ("its not my fault lol"); the run of spaces is matched from its
// start only, so a long one is scanned once.
const TRAILING_FILLER = /(?<![\s,])[\s,]+(?:lol|lmao|tbh|ngl|smh|tho|haha\w*)$/iu;

/** The clause without the marks, emoji and laughter it trails off with. */
export function withoutTrailingAsides(text: string): string {
  for (let out = stripEnd(text); ; ) {
    const next = stripEnd(out.replace(TRAILING_FILLER, ''));
    if (next === out) return out;
    out = next;
  }
}
// "I get that they're upset": the writer's acknowledgement, not their view.
const ACKNOWLEDGES = /^i\s+(?:get|know|understand|see|hear)\b/iu;
// "I'm not being defensive": a disclaimer about the sentence, not the writer's view of what happened.
const DISCLAIMS = /^i(?:['’]?m|\s+am)\s+not\s+(?:being|trying\s+to\s+be)\s/iu;
// All that comes before a jab's clause when it is only an aside ("Honestly, you are hopeless."): it goes with the jab.
const ASIDE_BEFORE = /^(?:(?:honestly|seriously|frankly|tbh|ngl|god|wow|oh|man|mate|look|jeez|ugh|like)\b[\s,!.]*)+$/iu;
// Interjections before a view, which it does without ("nah, I never touched it").
const INTERJECTIONS = /^(?:(?:nah|no|oh|ok|okay|well|look|yeah|yes|um|uh|listen|hey)\b[\s,]*)+/iu;
// A view states something: it starts with who or what it is about. An order ("blame whoever wrote it"), a
// question without its mark ("how is this my problem"), a clause leaning on another ("so now …", "for what it's
// worth") do not.
const STATEMENT = /^(?:i|i['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d)|it|it['’]s|its|that|that['’]s|thats|this|there|there['’]s|these|those|my|our|the|a|an|nobody|no\s+one|everyone|everybody|people|whatever|he|she|they|he['’]s|she['’]s|they['’](?:re|ve))\s/iu;

/**
 * "I've done nothing wrong." → "I've done nothing wrong, but let me know if I've missed something.": the writer's
 * view, in their words at an even volume, with the door left open. Where the sentence is two clauses, the one
 * that states a fact stays and the deflection goes ("Don't have a go at me, I reported it in October" → "I
 * reported it in October, but …"), and a counter-charge is left out ("I didn't lose it, you must have left it in
 * the car"). Never a question, or a view that still points at the reader or gives an order.
 */
export function openTheDoor(m: RuleMatch, ctx: SentenceContext): Alternative[] {
  if (/\?/u.test(ctx.text)) return [];
  const clauses = [...ctx.text.matchAll(/[^,;–—]+/gu)].map((c) => ({ text: c[0], start: c.index, end: c.index + c[0].length }));
  if (clauses.length > 2) return [];
  // The other clause first: it is the one that is not the deflection.
  const candidates = clauses.length === 1 ? clauses : clauses[0] && clauses[0].end > m.start ? [clauses[1], clauses[0]] : clauses;
  for (const clause of candidates) {
    // The deflecting clause alone is kept only when what it leaves out is a counter-charge or a jab at the
    // writer's expense ("so stop having a go at me"), never a fact or a pointer ("talk to Priya").
    const other = candidates.find((c) => c !== clause);
    if (!clause || (clause === candidates[1] && other && !turnsOnReader(other.text) && !/\bme\b/iu.test(other.text) && !isInsistence(other.text) && !OPENING_ASIDE.test(other.text))) continue;
    const words = withoutTrailingAsides(clause.text.trim().replace(/^(?:but|and)\s+/iu, '').replace(INTERJECTIONS, ''));
    const view = stripEnd(withEdgeOff('defensive', words));
    if (ACKNOWLEDGES.test(view) || DISCLAIMS.test(view) || turnsOnReader(view) || !STATEMENT.test(view) || (view.match(WORD) ?? []).length < MIN_CLAUSE_WORDS) continue;
    // Judges read "but I'd like to hear how you see it" as a therapist's line undercutting the view; an offer to be
    // corrected is what people write.
    const invite: Alternative = { replacement: `${view}, but let me know if I've missed something.`, label: 'Keep your view, leave room', range: 'sentence' };
    // Where the deflection was a clause of its own, the view alone is often all the writer needs to send.
    if (clauses.length === 2) return [{ replacement: `${view}.`, label: LEAVE_OUT, range: 'sentence' }, invite];
    // A denial on its own ("I didn't lose it"): the view stands, and so does a hand held out to sort it out.
    const casual = detectRegister(ctx.text).lowercase;
    return [invite, { replacement: casual ? `${view}, but happy to help figure out what happened` : `${view}, but I'm happy to help work out what happened.`, label: 'Keep your view, offer to help', range: 'sentence' }];
  }
  return [];
}

// "you never said it was urgent", "u didnt tell me the shift changed": what the writer did not know, laid at the
// reader's door; "you were supposed to tell the school": what the writer expected of them, said as their duty.
const NOT_TOLD =
  /(?<![\p{L}'’])(?:you|u)\s+(?:(?:never|didn['’]?t|didnt|did\s+not)\s+(?:even\s+)?(?:say|tell\s+me|mention|let\s+me\s+know)(?:\s+that)?|never\s+(?:said|told\s+me|mentioned)(?:\s+that)?)\s+(?<what>(?:it|that|this|they|he|she|we|you|u|ur|your|the|my|our|there|[\p{Lu}][\p{Ll}]+)\b[^,;:.!?–—]*)/iu;
const SUPPOSED_TO = /(?<![\p{L}'’])(?<you>you|u)\s+(?:were|was)\s+supposed\s+to\s+(?<what>\p{L}[^,;:.!?–—]*)/iu;

/**
 * "you never said it was urgent" → "I didn't know it was urgent"; "You were supposed to tell the school" → "I
 * thought you were going to tell the school": the writer's side of it, every fact kept, without the charge.
 */
function whatYouKnew(ctx: SentenceContext): Alternative[] {
  const told = NOT_TOLD.exec(ctx.text);
  const what = told?.groups?.what ? trimTrailing(told.groups.what, isSpace) : '';
  // A clause of its own ("the shift changed"), not a thing ("a single word", "thank you").
  if (told && (what.match(WORD) ?? []).length >= 2 && saysSomething(what)) {
    return [{ replacement: `I didn't know ${what}`, label: 'Say what you knew', range: { start: told.index, end: told.index + told[0].length } }];
  }
  const supposed = SUPPOSED_TO.exec(ctx.text);
  if (supposed?.groups?.what && (supposed.groups.what.match(WORD) ?? []).length >= 2) {
    const you = (supposed.groups.you ?? 'you').toLowerCase();
    return [{ replacement: `I thought ${you} were going to ${trimTrailing(supposed.groups.what, isSpace)}`, label: 'Say what you expected', range: { start: supposed.index, end: supposed.index + supposed[0].length } }];
  }
  return [];
}

// "don't put this on me", "don't you dare pin that on me", "you can't lay it all on me": the fault pushed back as
// an order; "you can't blame me for the numbers": as a rule the reader is told.
const NOT_TO = String.raw`(?<![\p{L}'’])(?:(?:(?:please|pls|plz)\s+)?(?:do\s+not|don['’]?t|dont)\s+(?:you\s+(?:dare|even)\s+)?|(?:you\s+|u\s+)?(?:can['’]?t|cant|cannot)\s+(?:just\s+)?)`;
const PUT_ON_ME = new RegExp(String.raw`${NOT_TO}(?:(?:try|trying)\s+(?:and|to)\s+)?(?:put|pin|lay|dump|push|throw)\s+(?<what>this|that|it)(?:\s+(?:all|one|back))*\s+on\s+me\b`, 'iu');
const BLAME_ME_FOR = new RegExp(String.raw`${NOT_TO}blame\s+me\s+for\s+(?<what>[^,;:.!?–—]+)`, 'iu');
const IS_ON_ME: Record<string, string> = { this: 'this is', that: "that's", it: "it's" };

/** Where a match ends once `said`, the group it ends with, is trimmed to `kept`. */
const endKeeping = (match: RegExpExecArray, said: string, kept: string): number => match.index + match[0].length - (said.length - kept.length);

/**
 * "don't put this on me" → "I don't think this is on me"; "You can't blame me for the numbers" → "I don't think I'm
 * to blame for the numbers": the writer's view, held as theirs, in place of an order not to blame them.
 */
function notOnMe(ctx: SentenceContext): Alternative[] {
  const put = PUT_ON_ME.exec(ctx.text);
  const blamed = put ? null : BLAME_ME_FOR.exec(ctx.text);
  const found = put ?? blamed;
  if (!found) return [];
  const said = found.groups?.what ?? '';
  const what = trimTrailing(said, isSpace);
  // "don't put it all on me" grants some of it: "I don't think it's all on me".
  const all = put && /\sall\s/iu.test(found[0]) ? 'all ' : '';
  const view = put ? `I don't think ${IS_ON_ME[what.toLowerCase()] ?? 'this is'} ${all}on me` : `I don't think I'm to blame for ${what}`;
  const range = { start: found.index, end: endKeeping(found, said, what) };
  const alternatives: Alternative[] = [{ replacement: view, label: 'Keep your view', range }];
  // Said on its own, the view keeps a hand held out; the sentence keeps its own closing mark.
  if (ctx.text.slice(0, range.start).trim() === '' && /^[\s.!?…]*$/u.test(ctx.text.slice(range.end))) {
    const offer = detectRegister(ctx.text).lowercase ? 'happy to help figure out what happened' : "I'm happy to help work out what happened";
    alternatives.push({ replacement: `${view}, but ${offer}`, label: 'Keep your view, offer to help', range });
  }
  return alternatives;
}

// "excuse me for taking a lunch break": a mock apology for something the writer was entitled to do.
const MOCK_PARDON = /(?<![\p{L}'’])(?:excuse|pardon|forgive)\s+me\s+for\s+(?<doing>(?!being\b)\p{L}+ing)\s+(?<what>\p{L}[^,;:.!?…]*)/iu;

/**
 * "excuse me for taking a lunch break" → "I was taking a lunch break"; "excuse me for having a job" → "I have a
 * job": what the writer was doing, said as the plain reason it is, without the sarcasm.
 */
function whatYouWereDoing(ctx: SentenceContext): Alternative[] {
  const pardon = MOCK_PARDON.exec(ctx.text);
  const g = pardon?.groups;
  if (!pardon || !g?.doing || !g.what) return [];
  const what = trimTrailing(g.what, isSpaceOrEmoji);
  const doing = g.doing.toLowerCase() === 'having' ? 'have' : `was ${g.doing.toLowerCase()}`;
  return [{ replacement: `I ${doing} ${what}`, label: 'Say what you were doing', range: { start: pardon.index, end: endKeeping(pardon, g.what, what) } }];
}

// "it's not my fault the wifi died": the fault pushed away from the writer onto what happened.
const NOT_MY_FAULT_THAT =
  /(?<![\p{L}'’])(?:(?:it['’]?s|its|it\s+is|it\s+was|it\s+wasn['’]?t|that['’]?s|thats)\s+)?(?:not|n['’]?t)\s+my\s+(?:fault|problem)\s+(?:that\s+)?(?<what>(?!(?:you|u|ur|your|youre|you['’]re|i|i['’]m|im)\b)[^,;:.!?–—]+)/iu;

/**
 * "not my fault the wifi died" → "sorry, the wifi died": what happened given as the reason, with the impact on
 * them owned, rather than the fault handed back. Not where what happened is the reader's doing or the writer's
 * own ("not my fault I can't read minds"), which would read as a dig.
 */
function reasonNotFault(ctx: SentenceContext): Alternative[] {
  const fault = NOT_MY_FAULT_THAT.exec(ctx.text);
  const what = fault?.groups?.what?.trim();
  if (!fault || !what || (what.match(WORD) ?? []).length < 2 || !saysSomething(what)) return [];
  return [{ replacement: `sorry, ${what}`, label: 'Give the reason, own the impact', range: { start: fault.index, end: fault.index + fault[0].length } }];
}

// "how is this my fault", "how was I supposed to know": a denial put as a question no one can answer.
const HOW_IS_IT_MINE =
  /(?<![\p{L}'’])(?:how|why)(?:\s+exactly)?(?:\s+(?:is|was)|['’]s)\s+(?<what>this|that|it|any\s+of\s+(?:this|that)|the\s+[\p{L}-]+)\s+(?:on\s+me|my\s+(?:fault|problem|responsibility))\b[\s?!]*/iu;
const HOW_WOULD_I_KNOW = /(?<![\p{L}'’])how\s+(?:was|am|were|would)\s+i\s+(?:supposed\s+to\s+|meant\s+to\s+|expected\s+to\s+)?know\b(?<what>[^?.!,;]*)[\s?!]*/iu;

/**
 * "how is the flood my fault" → "can you talk me through how you see my part in the flood?"; "How was I meant to
 * know the pipe was there?" → "I'm really sorry, I had no idea the pipe was there.": the writer's view kept, asked
 * about or owned, in place of a question that only pushes the fault back.
 */
export function askAboutTheFault(ctx: SentenceContext): Alternative[] {
  const fault = HOW_IS_IT_MINE.exec(ctx.text);
  if (fault) {
    const what = (fault.groups?.what ?? 'this').toLowerCase().replace(/^(?:it|that|any\s+of\s+(?:this|that))$/u, 'this');
    return [{ replacement: `can you talk me through how you see my part in ${what}?`, label: 'Ask how they see it', range: { start: fault.index, end: fault.index + fault[0].length } }];
  }
  const known = HOW_WOULD_I_KNOW.exec(ctx.text);
  if (known) {
    const what = trimTrailing(known.groups?.what ?? '', isSpace);
    const rest = ctx.text.slice(known.index + known[0].length);
    // Said in the past, apologised for: the rest of the sentence carries on after it.
    return [{ replacement: `I'm really sorry, I had no idea${what}${/^\s*$/u.test(rest) ? '.' : '. '}`, label: 'Own that you did not know', range: { start: known.index, end: known.index + known[0].length } }];
  }
  return [];
}

// The reader named as the cause, leading the sentence ("Thanks to your little hotfix I spent …") or trailing it
// ("… cos of you", "… because you skipped the tests").
const CAUSE_LEAD = /^(?:(?:and|but|so|well|honestly|tbh|literally)[\s,]+)*(?:all\s+)?(?:(?:because|cos|cuz|coz|bc)\s+of|thanks\s+to|thx\s+to|due\s+to|(?<clause>because|cos|cuz|coz|bc))\s+(?:you|u|your|ur)\b[\s,]*/iu;
// "your the reason we missed the train": the outcome is all that follows the reason.
const REASON_LEAD = /^(?:(?:and|but|so|well|honestly|tbh|literally)[\s,]+)*(?:you['’]?re|youre|your|ur|you\s+are|u\s+r|you\s+were|u\s+were)\s+(?:literally\s+|honestly\s+|actually\s+)?(?:the\s+)?(?:only\s+|whole\s+|main\s+)?reason\s+(?:why\s+|that\s+)?(?=\p{L})/iu;
const CAUSE_TAIL = /(?<![\s,;–—-])[\s,;–—-]+(?:(?:and\s+)?(?:that['’]?s\s+|it['’]?s\s+|its\s+)?(?:(?:all|just|only|literally|entirely|completely|totally|purely|mostly|partly|simply)\s+){0,2})(?:because|cos|cause|cuz|coz|bc|thanks\s+to|thx\s+to|due\s+to|down\s+to|which)\s+(?:of\s+)?(?:(?:half|some|most|all|one|both|none)\s+of\s+)?(?:you|u|your|ur)\b/iu;
// Where the outcome starts after a leading cause: its subject ("… hotfix I spent", "… you your Papa's BP"); after
// a clause ("because u forgot the tickets we're …"), only a pronoun that is never an object.
const PRONOUN_SUBJECT = /^(?:i|i['’](?:m|ve|d|ll)|im|we|we['’](?:re|ve)|he|she|they|it['’]s|everyone|everybody|nobody)$/iu;
const SUBJECT = /^(?:i|i['’](?:m|ve|d|ll)|we|we['’](?:re|ve)|he|she|they|it|it['’]s|my|our|your|the|everyone|everybody|nobody|mum|dad)$/iu;

// "the delay happened": an outcome that only says it happened says nothing once its cause goes.
const BARE_EVENT = /\b(?:happened|occurred|came\s+about)$/iu;

/**
 * "we're late cos of you" → "we're late."; "Thanks to your little hotfix I spent my whole Saturday rolling back"
 * → "I spent my whole Saturday rolling back.": what happened, in the writer's words, without who is to blame.
 */
function whatHappened(ctx: SentenceContext): Alternative[] {
  let outcome: string | null = null;
  const tail = CAUSE_TAIL.exec(ctx.text);
  const reason = tail ? null : REASON_LEAD.exec(ctx.text);
  const lead = tail || reason ? null : CAUSE_LEAD.exec(ctx.text);
  // "we're only in this overdraft because of your car": the "only" went with the cause.
  if (tail) outcome = ctx.text.slice(0, tail.index).replace(/(?<=\S)\s+only(?=\s)/iu, '');
  else if (reason) outcome = ctx.text.slice(reason[0].length);
  else if (lead) {
    // A comma ends the cause; otherwise its noun runs (a few words at most) up to the outcome's subject.
    const rest = ctx.text.slice(lead[0].length);
    const words = [...rest.matchAll(/[^\s,]+/gu)].slice(0, 5);
    // After "because of your …" a noun leads up to the subject; after "because you forgot the tickets" a clause
    // does, whose own words ("the tickets", "it") are no subject.
    const clause = lead.groups?.clause !== undefined;
    const subject = clause ? PRONOUN_SUBJECT : SUBJECT;
    const start = /^[^,]{0,60},/u.test(rest) ? rest.indexOf(',') + 1 : words.find((w, i) => (i > 0 || (!clause && (lead[0].trimEnd().endsWith('you') || /\bu$/iu.test(lead[0].trimEnd())))) && subject.test(w[0]))?.index;
    if (start !== undefined) outcome = rest.slice(start).trim();
  }
  if (!outcome) return [];
  // The outcome alone, or where a deflection comes first ("don't you dare put this on me, we're in overdraft
  // because …"), its last clause.
  const clauses = [outcome, outcome.slice((/[,;:–—](?=[^,;:–—]*$)/u.exec(outcome)?.index ?? -1) + 1)];
  const said = clauses
    .map((c) => withoutTrailingAsides(trimTrailing(c.trim(), (ch) => /[\s,;:–—-]/u.test(ch))))
    .find((c) => (c.match(WORD) ?? []).length >= 2 && !HANGING.test(c) && !BARE_EVENT.test(c) && (!addressesReader(c.slice(0, 12)) || /^your\s/iu.test(c)));
  if (!said) return [];
  const capital = /^\p{Lu}/u.test(ctx.text.trimStart());
  return [{ replacement: capital ? upperFirst(said) : said, label: 'Say what happened, not whose fault', range: 'sentence' }];
}

// "you were the one who sat on it until Friday", "it was you who left the gate open": the reader singled out.
const THE_ONE_WHO = /(?<![\p{L}'’])(?:(?<subject>you['’]re|youre|you\s+are|ur|u\s+r|you\s+were|u\s+were)|it\s+was\s+(?<object>you|u))\s+(?:(?:literally|actually|clearly)\s+)?(?:the\s+one\s+)?(?:who|that)\s+(?<did>\p{L}+)(?<rest>[^,;:.!?–—]*)/iu;

/**
 * "you were the one who sat on it until Friday" → "you sat on it until Friday": what they did, told as what
 * happened rather than as a verdict that it was them and no one else.
 */
function whatTheyDid(ctx: SentenceContext): Alternative[] {
  const one = THE_ONE_WHO.exec(ctx.text);
  const did = one?.groups?.did;
  // Only a verb in the past reads as what they did ("who posted it"); "who is always late" is a verdict still.
  if (!one?.groups || !did || !isPastForm(did)) return [];
  const you = /^u\b/iu.test(one.groups.subject ?? one.groups.object ?? '') ? 'u' : 'you';
  return [{ replacement: `${you} ${did}${one.groups.rest ?? ''}`, label: 'Say what they did, not who is to blame', range: { start: one.index, end: one.index + one[0].length } }];
}

// What the reader did not do, said as what they should have done: "you should've caught it in QA", "if you'd
// written a proper spec", "you just didn't read it", "you never checked". Fillers on either side are the edge.
const MISSED_STEP =
  /(?<![\p{L}'’])(?:you|u)(?:(?<contracted>['’]d)|\s+(?:(?:just|only|actually|really|literally|even)\s+)*(?:(?<perfect>should(?:['’]?ve|\s+have|\s+of|a)|could(?:['’]?ve|\s+have)|had)|didn['’]?t|didnt|did\s+not|never))\s+(?:(?:just|only|actually|really|even|bother(?:ed)?\s+to)\s+)*(?<verb>\p{L}+)(?<rest>[^,;:.!?–—]*)/iu;
// Where the step's own words end and what it would have spared begins: "… a proper spec [I wouldn't have had to guess]".
const CONSEQUENCE = /(?<!\S)(?:then\s+)?(?:i|we|you|u|it|this|that|they|none\s+of\s+this|nothing|everything)(?:\s+(?:would|wouldn['’]?t|wouldnt|could|couldn['’]?t|couldnt)|['’]d)\b/iu;
// What leads into the step ("maybe", "I'm just saying", "because"), taken off the end of what comes before it.
const LEAD_IN = /(?<![\p{L}'’])(?:if|maybe|well|so|and|but|i['’]?m\s+just\s+saying|honestly|tbh|because|cos|cuz|bc|purely|just|only|entirely|all)$/iu;
// The same after the step's clause, as all that is left of the sentence.
const CONSEQUENCE_AFTER = /^[\s,;–—-]*(?:then\s+|maybe\s+)?(?:i|we|you|u|it|this|that|they|none\s+of\s+this|nothing|everything)(?:\s+(?:would|wouldn['’]?t|wouldnt|could|couldn['’]?t|couldnt)|['’]d)\b[^,;:–—]*$/iu;
// What no one can be asked to do next time: a want or a feeling ("you didn't want to come"), or a "'d" that is
// "would" ("you'd have my money by now").
const WOULD = /^(?:have|be|rather|better)$/iu;
// A "didn't" that says they did: a counterfactual ("if you didn't …") or a pretence ("act like you didn't …").
const NOT_A_MISS = /\b(?:if|unless|like|pretend(?:ing)?|as\s+if|as\s+though|why|how|when)\s+$/iu;
// "I wouldn't have lost 15 marks": what it cost, said as what happened.
const SPARED = /^(?<who>i|we)\s+(?:wouldn['’]?t|wouldnt|would\s+not)\s+(?:have|['’]ve)\s+(?<what>\p{L}+[^,;:.!?–—]*)/iu;
// The writer's own part in the step, told in the past: "before I built it".
const WRITERS_TURN = /(\b(?:before|when|until|after|once)\s+(?:i|we)\s+)(\p{L}+ed|built|made|did|wrote|sent|left|bought|went|told|paid|started)\b/giu;
// Words that tie the step to the time it was missed; a request for next time leaves them out. The run of spaces
// before them is matched from its start only.
const THEN_WORDS = /(?<!\s)\s+(?:in\s+the\s+first\s+place|at\s+the\s+time|(?:last|this)\s+(?:week|night|time|month|year|morning|sprint)|yesterday|at\s+kickoff|before\s+now|already|once\s+in\s+\p{L}+\s+\p{L}+\s+\p{L}+)\b/giu;

// "like you promised", "like I asked": a promise recalled, which a request for next time keeps as it is.
const AS_AGREED = /(?<!\s)\s+(?:like|as)\s+(?:you|u|i|we)\s+(?:promised|said|agreed|asked|were\s+asked|were\s+told)\b/iu;

// "you should've said so before I built it", "maybe you could have rung her yourself": a step missed, told to
// them as what they ought to have done.
const OUGHT_TO_HAVE =
  /(?<![\p{L}'’])(?:(?:maybe|well|honestly|tbh|so)\s+)?(?<you>you|u)\s+(?:(?:really|just|clearly|obviously)\s+)?(?:should|could)(?:['’]?ve|\s+have|\s+of|a)\s+(?<verb>\p{L}+)(?<rest>[^,;:.!?–—]*)/iu;

/**
 * "you should've said so before I built it" → "I wish you'd said so before I built it": what the writer wanted
 * from them, said as the writer's wish rather than their failing, every word of the step kept.
 */
function wishedFor(ctx: SentenceContext): Alternative[] {
  const ought = OUGHT_TO_HAVE.exec(ctx.text);
  const g = ought?.groups;
  if (!ought || !g?.verb || !nlp(`I have ${g.verb}`).has('have (#PastTense|#Participle)')) return [];
  const rest = trimTrailing(g.rest ?? '', isSpaceOrEmoji);
  const you = g.you === 'u' ? 'u' : 'you';
  return [{ replacement: `I wish ${you}'d ${g.verb}${rest}`, label: 'Say what you wished for', range: { start: ought.index, end: endKeeping(ought, g.rest ?? '', rest) } }];
}

/**
 * "you should've caught it in QA" → "next time, could you catch it in QA?"; "If you'd explained the rubric properly
 * I wouldn't have lost 15 marks" → "I lost 15 marks — next time, could you explain the rubric properly?": the step
 * they missed, asked for the next time, with what it cost said plainly where the writer said it. Replaying the
 * past keeps score; a request about the future can be agreed to.
 */
export function askForNextTime(ctx: SentenceContext): Alternative[] {
  const missed = MISSED_STEP.exec(ctx.text);
  const verb = missed?.groups?.verb;
  if (!missed || !verb) return [];
  const perfect = missed.groups?.perfect !== undefined || missed.groups?.contracted !== undefined;
  // After "had" or "should have" only a participle is a missed step ("if you had opinions" is not one).
  if (perfect && !nlp(`I have ${verb}`).has('have (#PastTense|#Participle)')) return [];
  const base = perfect ? nlp(`I have ${verb}`).verbs().toInfinitive().text() : verbForms(verb).infinitive;
  const before = ctx.text.slice(0, missed.index);
  // "if you didn't pick her up every time" and "don't act like you didn't see my texts" say they did; "you
  // never open the window" is a habit (absolutist's to soften), not a step missed once.
  const habit = /\bnever\b/iu.test(missed[0]) && verbForms(verb).infinitive === verb.toLowerCase();
  if ((!perfect && (NOT_A_MISS.test(before) || habit)) || STATE_OF_MIND.test(verb) || WOULD.test(verb)) return [];
  let rest = missed.groups?.rest ?? '';
  // What it would have spared may run on past a comma ("…, maybe we wouldn't be here"); anything else after
  // the step is a point of its own that a request for next time would drop.
  const tail = ctx.text.slice(missed.index + missed[0].length);
  const consequence = CONSEQUENCE.exec(rest) ?? CONSEQUENCE_AFTER.exec(tail);
  const sparedText = consequence ? (consequence.input === rest ? rest.slice(consequence.index) : tail.slice(consequence.index)) : '';
  const spared = SPARED.exec(sparedText.replace(/^[\s,]*(?:then\s+|maybe\s+)?/iu, ''));
  if (consequence && consequence.input === rest) rest = rest.slice(0, consequence.index);
  else if (!consequence && /[\p{L}\p{N}]/u.test(tail)) return [];
  if (/\b(?:was|were|had|did|is|are)\b/iu.test(rest)) return [];
  // "before I built it" is asked about as "before I build it".
  rest = trimTrailing(rest.replace(THEN_WORDS, ''), (c) => /[\s,]/u.test(c)).replace(WRITERS_TURN, (_, lead: string, past: string) => `${lead}${verbForms(past).infinitive}`);
  // A step told with a clause of its own in the past ("said it was urgent") would need more than one verb moved.
  // "like you promised" and "like I asked" recall the promise and stay as they are.
  if (/^\s*\p{L}+/u.test(rest) && nlp(rest.replace(AS_AGREED, '')).has('#PastTense')) return [];
  const ask = `next time, could you ${base.toLowerCase()}${rest}?`;
  if ((ask.match(WORD) ?? []).length < 6) return [];
  // "the time was in the group chat for days, you just didn't read it": a step whose object points back keeps
  // the clause it points to; otherwise the request stands for the sentence.
  // So does an outcome with a fact in it ("The fundraiser is £300 short because you didn't collect the float").
  const lead = ctx.text.slice(0, leadInStart(ctx.text.slice(0, missed.index), LEAD_IN));
  // The clause just before the step is what "it" points to; anything before that is another matter.
  const pointedTo = trimTrailing(lead, (c) => /[\s,;:–—-]/u.test(c)).split(/[,;:–—]\s*/u).at(-1) ?? '';
  const pointsBack = /^\s*(?:it|that|them|this|those|these|so)\b/iu.test(rest);
  if (pointsBack && (pointedTo.trim() === '' || /^\W*(?:if|when|because|cos|since|as)\b/iu.test(lead))) return [];
  const kept = pointsBack || (FACT.test(pointedTo) && (pointedTo.match(WORD) ?? []).length >= MIN_CLAUSE_WORDS) ? `${pointedTo} — ` : '';
  const alternatives: Alternative[] = [];
  if (spared?.groups?.who && spared.groups.what && nlp(`I have ${spared.groups.what}`).has('^I have (#PastTense|#Participle)')) {
    alternatives.push({ replacement: `${kept}${spared.groups.who} ${spared.groups.what.trim()} — ${ask}`, label: 'Say what it cost, ask for next time', range: 'sentence' });
  }
  alternatives.push({ replacement: `${kept}${ask}`, label: 'Ask for next time', range: 'sentence' });
  return alternatives;
}

// What turns a request into an order: "you'll / you need to / you better …", "kindly", "now".
const TOLD =
  /^(?:(?:and|but|so|now|just|please|pls|kindly)[\s,]+)*(?:(?:you|u)(?:['’]ll|\s+will|\s+need\s+to|\s+have\s+to|\s+must|\s+better|['’]d\s+better|\s+gotta|\s+are\s+going\s+to|['’]re\s+going\s+to)\s+|(?:i\s+|i['’]?m\s+)?(?:want|need|expect|gonna\s+need|going\s+to\s+need)\s+(?:you|u)\s+to\s+)?/iu;
// What insists there is no choice, closing a clause or a sentence: "I mean it", "not up for discussion".
const INSISTENCE =
  String.raw`(?:and\s+)?(?:i\s+mean\s+it|i['’]?m\s+not\s+asking\s+(?:again|twice)|i\s+won['’]?t\s+(?:be\s+)?ask(?:ing)?\s+(?:again|twice)|(?:that['’]?s|this\s+is|it['’]?s)\s+(?:final|not\s+a\s+(?:suggestion|request|question))|(?:(?:that['’]?s|this\s+is|it['’]?s)\s+)?not\s+up\s+for\s+(?:discussion|debate)|no\s+exceptions|no\s+arguments?|no\s+later|simple\s+as|end\s+of(?:\s+(?:story|discussion|conversation))?|no\s+excuses|non[-\s]negotiable|not\s+optional|(?:i['’]?m\s+)?not\s+(?:discussing|debating|arguing\s+about)\s+(?:it|this|that)(?:\s+(?:again|any\s+further|anymore|any\s+more))?|(?:i['’]?m\s+)?not\s+interested\s+in\s+(?:excuses|your\s+excuses)|whether\s+(?:you|u)\s+like\s+it(?:\s+or\s+not)?|like\s+it\s+or\s+not|period|full\s+stop|i\s+don['’]?t\s+care\s+how)`;
// What makes a request an ultimatum once it is made: a threat or an insistence after it ("Fix the boiler by
// Friday or I'm withholding rent, simple as"). The run before it is matched from its start only.
const THREAT = new RegExp(
  String.raw`(?<![\s,;–—-])[\s,;–—-]+(?:(?:or|otherwise)\s+(?:else\b|(?:i|we|you|u|it|there|this)(?:['’]\p{L}+|\s+(?:will|am|are|is|won['’]?t|can['’]?t))\b|(?:im|ill|ur|youre|were)\b|(?:don['’]?t|dont)\s+(?:bother|come|expect|show)\b|expect\b|(?:the|your|ur|my)\s+\p{L}+(?:['’]s|\s+(?:is|are|goes|go|will|gets|get))\b)[^]*|${INSISTENCE}[\s.!…]*)$`,
  'iu',
);
// The insistence as a sentence of its own after the order ("Hand the keys back by noon. I won't be asking again.").
// "now." or "asap." alone only insists as a sentence of its own: inside one, "get online now" is the request.
const INSISTS = new RegExp(String.raw`^(?:${INSISTENCE}|(?:right\s+)?now|asap|immediately|not\s+asking|not\s+happening|today|tonight|this\s+(?:minute|second|instant))[\s.!…]*$`, 'iu');
/** "Now.", "I won't ask twice.", "Don't lie.": a sentence that only insists on the request or the guess before it. */
export const isInsistence = (sentence: string): boolean => INSISTS.test(sentence.trim()) || INSISTED_TAG.test(sentence);
// "i want a name by the end of the day": a thing wanted, not an act asked for.
const WANTS_THING = /^i\s+(?:want|need|expect)\s+(?!(?:to|you|u)\b)/iu;

/**
 * "Kindly clear the pending rent by tomorrow itself, otherwise I will take action." → "could you clear the
 * pending rent by tomorrow itself?": the same request with the same facts, asked, so they can say yes, without
 * the threat it came with, wherever the finding sits in it (the order or the threat). The order is the finding's
 * clause or the sentence's last one, and starts with its verb, or asks for a thing ("I want a name by Friday");
 * what comes before it ("mate you've had my esky since Australia Day, …") stays.
 */
export function askInstead(category: Category, m: RuleMatch, ctx: SentenceContext): Alternative[] {
  if (category !== 'demand') return [];
  const threat = THREAT.exec(ctx.text);
  const orderEnd = threat ? threat.index : trimTrailing(ctx.text, isSpaceOrMark).length;
  const clauseStarts = [0, ...[...ctx.text.slice(0, orderEnd).matchAll(/[,;:–—]\s*/gu)].map((b) => b.index + b[0].length)];
  // The order starts where the finding's clause does ("I expect replies within 5 mins, weekends included"), or
  // is the last clause, after what the writer says first ("mate you've had my esky since June, bring it back").
  const own = clauseStarts.filter((start) => start <= m.start).at(-1) ?? 0;
  const last = clauseStarts.at(-1) ?? 0;
  for (const orderStart of new Set([own, last])) {
    const clause = trimTrailing(ctx.text.slice(orderStart, orderEnd), isSpaceOrMark);
    // A clause of the writer's own after the order ("Give me your card, I'm managing it from now on") is not part
    // of the request: it stays, as a sentence of its own after the question.
    const ownClause = OWN_CLAUSE.exec(clause);
    const order = ownClause ? clause.slice(0, ownClause.index) : clause;
    const rest = ownClause ? clause.slice(ownClause.index) : '';
    if (orderStart >= orderEnd || m.end <= orderStart || DARE.test(order) || OWN_THREAT.test(rest)) continue;
    const said = rest ? ` ${upperFirst(rest.replace(/^(?:\s*(?:and|then)\s+|[,;:–—\s]+)/u, ''))}.` : '';
    // Judges asked for the consequence back ("I'd add back the PayPal dispute"), unless a clause of the writer's
    // own already follows the request.
    const consequence = threat && !said ? whatWillFollow(ctx.text.slice(threat.index)) : '';
    const asked = asRequest(order, consequence);
    if (asked.length > 0) return asked.map((alt) => ({ ...alt, replacement: alt.replacement + said, range: { start: orderStart, end: ctx.text.length } }));
  }
  return [];
}

// "or I'm withholding rent", "otherwise we'll have to review your tenancy": the writer's own act, said once (a
// title's full stop, as in "Dr. Okafor", is not its end).
const OR_ACT = /^[\s,;–—-]*(?:or|otherwise)\s+(?:else\s+)?(?<who>i|we)(?<aux>['’]ll|\s+will|['’]m|\s+am|['’]re|\s+are)\s+(?:going\s+to\s+)?(?<act>(?:[^,.;!?]|(?<=\b(?:dr|mr|mrs|ms|st|prof))\.)+)/iu;

/** The act a threat names, as "I'll …": "or I'm opening a dispute" → "I'll open a dispute"; '' for anything else. */
function whatWillFollow(threat: string): string {
  const said = OR_ACT.exec(threat)?.groups;
  if (!said) return '';
  const act = trimTrailing(said.act ?? '', isSpaceOrMark);
  const [verb = '', ...rest] = act.split(/\s+/u);
  // "opening a dispute and posting a review": a second act in -ing would not follow "I'll".
  if (/\band\s+\p{L}+ing\b/iu.test(act) || (act.match(WORD) ?? []).length < 2) return '';
  const base = /ing$/iu.test(verb) ? verbForms(verb).infinitive : verb;
  // "or I'm withholding" is an act; "or I'm going to …" (taken off before the act) is not read as one.
  if (!/['’]ll|will/iu.test(said.aux ?? '') && !/ing$/iu.test(verb)) return '';
  const who = (said.who ?? 'I').toLowerCase() === 'we' ? "we'll" : "I'll";
  return `${who} ${[base, ...rest].join(' ')}`;
}

// "walk out that door tonight and ur phone's gone": an order that dares, its threat joined by "and".
const DARE = /\band\s+(?:ur|your|you['’]?ll|you\s+will|u\s+will|you['’]?re|you\s+are|u\s+r|u['’]re|i['’]?ll|i\s+will|there['’]?ll|that['’]?s\s+it)\b/iu;
const OWN_CLAUSE = /(?:[,;:–—]\s*|(?<!\s)\s+(?:and|then)\s+)(?:i|i['’]m|im|i['’]ll|i['’]ve|we|we['’]re|we['’]ll)\s/iu;
// What the writer will do if the order is not followed, said as their own clause ("…, I'll tell Mum").
const OWN_THREAT = /^(?:[,;:–—]\s*|\s+(?:and|then)\s+)(?:i['’]ll|i\s+will|we['’]ll|we\s+will|i['’]m\s+going\s+to|we['’]re\s+going\s+to)\s/iu;

// A plan says what will happen, from its subject: "we're going to mine", "from now on your wages go …".
const PLAN = /^(?:from\s+now\s+on\s+|starting\s+\p{L}+\s+|this\s+(?:year|weekend|time)\s+)?(?:we|we['’](?:re|ll)|it|it['’]s|its|this|that|the\s+\p{L}+|your\s+\p{L}+|ur\s+\p{L}+|my\s+\p{L}+|our\s+\p{L}+|everyone|everybody|nobody|no\s+one)\s+(?!\p{L}+\s+(?:you|u)\b)/iu;
// A plan announced with no room in it: what closes it off ("done", "full stop", "whether you like it or not").
const CLOSED_OFF = new RegExp(String.raw`(?<![\s,;–—-])[\s,;–—-]+(?:${INSISTENCE}|done|final)(?=\s*(?:[,;.!…]|$))`, 'giu');

/**
 * "We're going to mine, done." → "We're going to mine. Does that work for you?": the writer's plan with every
 * fact in it, offered rather than imposed, for the decision the model reads as an order but no rule could turn
 * into a request. Not a conditional threat ("if you go, don't expect …"), which no question softens.
 */
function offerTheChoice(ctx: SentenceContext): Alternative[] {
  // What closes the plan off goes with the offer, so it is no threat of its own.
  const open = ctx.text.replace(CLOSED_OFF, '');
  if (INSISTS.test(ctx.text.trim()) || /\?/u.test(ctx.text) || /^\W*if\b/iu.test(ctx.text) || THREAT.test(open) || DARE.test(ctx.text)) return [];
  const plan = stripEnd(calmWords(open));
  // An order is asked ("could you reply today?", "u will pay me back"); only a plan is offered.
  if ((plan.match(WORD) ?? []).length < 4 || !PLAN.test(plan)) return [];
  const question = /^\p{Lu}/u.test(ctx.text.trimStart()) ? 'Does that work for you?' : 'does that work for you?';
  return [
    { replacement: `${plan}. ${question}`, label: 'Offer it, leave a choice', range: 'sentence' },
    // One clause reads as a suggestion; "I'm thinking …, I've already booked the van" does not.
    ...(/[,;:–—]/u.test(plan) ? [] : [{ replacement: `I'm thinking ${lowerFirst(plan)} — how does that sound?`, label: 'Suggest it', range: 'sentence' as const }]),
  ];
}

// "If the invoice isn't paid by Friday I'm pulling your site offline": what the writer needs, put as the
// condition of a threat. The run of spaces before the threat is matched from its start only.
const NEED_BEHIND_THREAT =
  /^\W*(?:(?:i\s+swear|honestly|seriously|and|so|ok|right)[\s,]+)*if\s+(?:(?<reader>you['’]re|youre|ur|u\s+r|you\s+are|u\s+are)\s+not|(?<subj>(?:the|your|ur|my|this|that)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?|it|this|that|they)(?<neg>\s+(?:isn['’]?t|is\s+not|aren['’]?t|are\s+not)|['’]s\s+not|['’]re\s+not))\s+(?<state>[^\s,;][^,;]*?)(?<![\s,])[\s,]+(?:then\s+)?(?:(?:i|we)(?:['’]m|['’]ll|\s+will|\s+am|\s+are|['’]re)|im|ill)\b/iu;

/**
 * "If the balance isn't in my account by Friday 5pm I'm changing the locks." → "I need the balance in my account
 * by Friday 5pm — can you confirm?" and "could you make sure the balance is in my account by Friday 5pm?": the
 * need, with every fact in it, without the threat that came with it.
 */
export function needWithoutThreat(ctx: SentenceContext): Alternative[] {
  const threat = NEED_BEHIND_THREAT.exec(ctx.text);
  if (!threat?.groups) return [];
  const { reader, subj = '', neg = '', state = '' } = threat.groups;
  const plural = /\b(?:are|aren)\b|['’]re/iu.test(neg);
  const who = reader ? 'you' : calmWords(subj).replace(/^(?:The|This|That|Your|My|It)\b/u, (w) => w.toLowerCase());
  const be = reader ? "you're" : /^(?:it|that)$/iu.test(who) ? `${who.toLowerCase()}'s` : `${who} ${plural ? 'are' : 'is'}`;
  const what = calmWords(state.trim());
  return [
    { replacement: `I need ${who} ${what} — can you confirm?`, label: 'Say the need, not the threat', range: 'sentence' },
    { replacement: `could you make sure ${be} ${what}?`, label: 'Ask instead of threatening', range: 'sentence' },
  ];
}

/**
 * An order or a want said as a request: "could you …?" and "please …", or "could I have …?". With `then`, the act
 * the writer named in a threat, the request is offered second with it said as what will follow, a boundary rather
 * than a threat ("Could you fix the boiler by Friday? If not, I'll withhold rent.").
 */
function asRequest(order: string, then = ''): Alternative[] {
  const asked = askedFor(order);
  const [first, ...others] = asked;
  if (!then || !first || first.label !== ASK) return asked;
  return [first, { replacement: `${first.replacement} If not, ${then}.`, label: 'Ask, and say what you will do' }, ...others];
}

const ASK = 'Ask instead of telling';

function askedFor(order: string): Alternative[] {
  // A mark inside ("merged., today") ends a sentence there: the request would be read as two.
  if (/[.!?]/u.test(order)) return [];
  const wanted = WANTS_THING.exec(order);
  if (wanted) {
    const thing = calmWords(order.slice(wanted[0].length));
    if ((thing.match(WORD) ?? []).length < 2) return [];
    return [
      { replacement: `could I have ${thing}?`, label: ASK },
      { replacement: `would it be possible to have ${thing}?`, label: 'Offer a choice' },
    ];
  }
  const request = asBaseForm(calmWords(order.replace(TOLD, '')));
  // One word is an order only when it is a verb of replying or coming ("Reply or I'm coming over").
  const words = (request.match(WORD) ?? []).length;
  if (words === 0 || (words === 1 && !ONE_WORD_ORDER.test(request))) return [];
  const forbidden = FORBIDDEN.exec(request);
  // "don't make me ask again" insists; there is nothing in it to ask for.
  if (forbidden && /^make\s+me\b/iu.test(request.slice(forbidden[0].length))) return [];
  if (forbidden) {
    const what = request.slice(forbidden[0].length);
    return [
      { replacement: `please don't ${what}.`, label: 'Keep it short, add a please' },
      { replacement: `I'd rather you didn't ${what} — is that okay?`, label: 'Say what you would rather' },
    ];
  }
  if (!startsWithVerb(request)) return [];
  const asked = request.charAt(0).toLowerCase() + request.slice(1);
  return [
    { replacement: `could you ${asked}?`, label: ASK },
    // Judges found "would you be willing to" absurd for anything urgent; a plain please is what people send.
    { replacement: `please ${asked}.`, label: 'Keep it short, add a please' },
  ];
}

const ONE_WORD_ORDER = /^(?:reply|answer|respond|call|ring|text|come|leave|move|hurry|apologi[sz]e|listen)$/iu;
// "Don't leave before this is merged", "do NOT touch my stuff": an order not to.
const FORBIDDEN = /^(?:do\s+not|don['’]?t|dont)\s+(?:(?:you|u)\s+dare\s+)?(?=\p{L})/iu;
// "You're covering Christmas Eve": an order said as what they are doing; asked, its verb goes back to its base.
const ORDERED_AS_DONE = /^(?:you|u)(?:['’]re|\s+are|re|\s+r)\s+(?<verb>\p{L}+ing)\b/iu;
// "Rent in my account by Friday": a first word that could be a verb, leading to where money goes, is the thing.
const MONEY_INTO = /^\p{L}+\s+(?:in|into)\s+(?:my|our|the)\s+(?:account|bank)\b/iu;

function asBaseForm(order: string): string {
  const done = ORDERED_AS_DONE.exec(order);
  return done?.groups ? verbForms(done.groups.verb ?? '').infinitive + order.slice(done[0].length) : order;
}

/**
 * An order starts with its verb: compromise calls it imperative ("fix it"), or at least a verb's base form ("Push
 * through until the end of the quarter", "Tell Paul to collect us"), which it leaves untagged as imperative.
 */
function startsWithVerb(request: string): boolean {
  const doc = nlp(request);
  return doc.has('^#Imperative') || (doc.has('^#Infinitive') && !MONEY_INTO.test(request));
}

// "Either you confirm the new rate today or I give the slot to someone else": the first choice is the request.
// The order starts and the "or" is looked for at a word's edge, so a run of spaces is not split every way.
const EITHER_OR = /^\W*either\s+(?:(?:you|u)\s+)?(?<order>[^\s,;:.!?][^,;:.!?]*?)(?<!\s)\s+or\s+(?:else\s+)?(?:i|we|i['’]ll|i['’]m|we['’]ll)\b/iu;

/** "Either you confirm the new rate today or I give the slot away" → "Could you confirm the new rate today?" */
function eitherAsked(ctx: SentenceContext): Alternative[] {
  const order = EITHER_OR.exec(ctx.text)?.groups?.order;
  return order ? asRequest(order).map((alt) => ({ ...alt, range: 'sentence' as const })) : [];
}

// A sentence that is the threat alone, after the request was made: "If it happens again I'm cutting your hours."
const THREAT_ALONE = /^\W*(?:if\s+(?:not|it\s+happens\s+again|this\s+happens\s+again)\b|one\s+more\s+(?:word|time)\b|or\s+else\b|otherwise\b)/iu;

/** "Shift starts at 9 not 9:20. [If it happens again I'm cutting your hours.]": the threat left out, the rest stands. */
function leaveOutThreat(ctx: SentenceContext): Alternative[] {
  if (ctx.whole || ctx.restIsCurt || !THREAT_ALONE.test(ctx.text) || FACT.test(ctx.text)) return [];
  return [{ replacement: '', label: 'Leave the threat out', range: { start: 0, end: ctx.text.length } }];
}

/** "Hand the keys back by noon. [I won't be asking again.]": the insistence alone, left out; the order stays. */
function leaveOutInsistence(ctx: SentenceContext): Alternative[] {
  if (ctx.whole || ctx.restIsCurt || !INSISTS.test(ctx.text.trim())) return [];
  return [{ replacement: '', label: 'Leave that part out', range: { start: 0, end: ctx.text.length } }];
}

/** Capitals come down where they shout (a word of four or more), not in an acronym ("the AGM", "the PO"). */
const calmWords = (text: string): string => text.replace(/\b\p{Lu}{4,}\b/gu, lowerShouted);

// What gives a sentence its edge without carrying its point: a sarcastic or exasperated opener, swearing and
// intensifiers, and the "even" / "for once" of exasperation. A "lol" stays: judges read the sentence without it as
// blunter.
const EDGY_OPENER =
  /^(?:(?:oh|ah|well)\s+)?(?:(?:great|brilliant|wonderful|fantastic|perfect)[,!.…]+|(?:wow|honestly|seriously|frankly|come\s+on|ugh|jeez|omg|bro|mate|dude|look|listen)\b[,!.…-]*)\s*/iu;
const EDGE_WORDS = /(?<!\s)\s+(?:fucking|fkn|fking|effing|freaking|frickin|bloody|damn|goddamn|even|for\s+once|literally|seriously|honestly)\b/giu;

// What makes light of what the reader feels, in a dismissive sentence: "it's just a sofa".
const MINIMIZERS = /(?<!\s)\s+(?:just|only|simply|merely)\b/giu;

/**
 * The writer's own words with the edge taken off (the opener, the swearing, the capitals and piled marks, and
 * in a dismissive sentence the "just" that shrinks it), so every fact stays; offered when that alone is enough
 * for the sentence to read calmly.
 */
function withoutTheEdge(category: Category, m: RuleMatch): Alternative[] {
  const calm = withEdgeOff(category, m.text);
  if (calm === m.text || (calm.match(WORD) ?? []).length < MIN_CLAUSE_WORDS) return [];
  const label = category === 'absolutist' ? 'Stick to what happened' : 'Say it without the edge';
  return [{ replacement: /^\p{Lu}/u.test(m.text) ? upperFirst(calm) : calm, label }];
}

/**
 * The words without opener, swearing and exasperation, at an even volume; dismissive ones also lose "just", and
 * absolutist ones what turns this time into always.
 */
function withEdgeOff(category: Category, text: string): string {
  const stripped = text.replace(EDGY_OPENER, '').replace(EDGE_WORDS, '');
  if (category === 'dismissive') return atEvenVolume(stripped.replace(MINIMIZERS, ''));
  if (category === 'absolutist') return atEvenVolume(stripped.replace(ALWAYS_OPENER, '').replace(GENERALISING, '').replace(CONSTANT, ''));
  if (RHETORICAL.has(category)) return atEvenVolume(withoutPointedMarks(stripped));
  return atEvenVolume(stripped);
}

// What makes a remark pointed rather than plain: a reminder that is not gentle, the count of reminders, the
// "actually" and "clearly" of disbelief, "just so you're aware", and scare quotes ("'helping' with the move").
const POINTED_OPENER = /^(?:just\s+)?(?:a\s+)?(?:gentle|friendly|quick)\s+reminder\s+(?:(?:for\s+the\s+[\p{L}\p{N}]+\s+time|again|\((?:the\s+)?[\p{L}\p{N}]+\))\s+)?(?:that\s+)?/iu;
const POINTED_WORDS = /(?<!\s)\s+(?:actually|clearly|obviously|for\s+the\s+(?:\d+(?:st|nd|rd|th)|\p{L}+)\s+time)\b|(?<![\s,])[\s,]*\bjust\s+so\s+(?:(?:you['’]re|you\s+are|u\s+r|ur)\s+aware|you\s+know|everyone\s+knows)\b|(?<![\s,])[\s,]*\b(?:I\s+guess|no\s+bother)\s*$/giu;
const SCARE_QUOTED = /(?<=^|\s)['‘"“](\p{L}[\p{L} -]{0,28}\p{L})['’"”](?=[\s.,!?]|$)/gu;

/** "you've been 'working on it' for three days 🙄" → "you've been working on it for three days". */
function withoutPointedMarks(text: string): string {
  const plain = trimTrailing(text, isSpaceOrEmoji).replace(POINTED_OPENER, '').replace(POINTED_WORDS, '').replace(SCARE_QUOTED, '$1').replace(/^yet\s+another\b/iu, 'another');
  return /^\p{Lu}/u.test(text) ? upperFirst(plain) : plain;
}

// Quantifiers over the reader's behaviour and the pattern each stands for, word for word in the same slot: "you're
// always sick on release day" → "often", "your team never seems to" → "rarely seems to", "nobody … ever answers"
// → "hardly anyone … answers", "you only call when" → "mostly". "never" before a past form ("you never said") is
// one time, which "rarely" would make odd; the rules' own rewrites say that as "didn't".
const QUANTIFIERS: readonly [RegExp, string | ((word: string, next: string) => string | null)][] = [
  // Not "as always" or "like always": "very helpful as often" says nothing.
  [/(?<!\b(?:as|like)\s)\b(?:always|alwys|allways|alwyas|constantly|continually|forever)\b/giu, 'often'],
  [/\b(?:never|nevr|neva)(?:\s+ever|\s+once)?\b(?=\s+(?<next>\p{L}+))/giu, (word, next) => (isPastForm(next) ? null : 'rarely')],
  [/\b(?:nobody|no\s+one|noone)\b/giu, 'hardly anyone'],
  [/(?<=\b(?:you|u|they|we)\s)only(?:\s+ever)?\b(?=\s+\p{L})/giu, 'mostly'],
  [/^every\s+(?:single\s+)?time\b(?=\s+\p{L})/iu, 'often when'],
  // Only where it ends the clause: "you cancel all the time" → "a lot", not "a lot something is not done".
  [/(?<!\s)\s+(?:every\s+(?:single\s+)?time|all\s+the\s+time)\b(?=[,;:.!?…]|\s*$)/giu, ' a lot'],
];

/**
 * "You people never read the tickets before escalating" → "You people rarely read the tickets …": the writer's
 * sentence with its quantifier said as a pattern, which judges sent as often as not, where no pattern rule read it.
 */
function aPatternNotARule(m: RuleMatch, ctx: SentenceContext): Alternative[] {
  // Only a clause of its own ("[You never do] when it's her" is one; "why do [you always have] to argue" is not),
  // and not a comparison ("like I always do"), which its own rule keeps to this time.
  const before = ctx.text.slice(0, m.start);
  const after = ctx.text.slice(m.end);
  if (!(before.trim() === '' || /[,;:–—.!?]\s*$/u.test(before)) || !/^(?:[\s.!?…]*$|\s*[,;:–—]|\s+(?:when|if|because|since|and|but|so)\b)/u.test(after)) return [];
  if (/^(?:like|as)\b/iu.test(m.text)) return [];
  let said = m.text.replace(EDGE_WORDS, '');
  for (const [quantifier, softer] of QUANTIFIERS) {
    said = said.replace(quantifier, (...args: unknown[]) => {
      const word = String(args[0]);
      const groups = args.at(-1) as { next?: string } | undefined;
      const replacement = typeof softer === 'string' ? softer : softer(word, groups?.next ?? '');
      if (replacement === null) return word;
      return /^\p{Lu}/u.test(word.trimStart()) ? word.match(/^\s*/u)?.[0] + upperFirst(replacement.trimStart()) : replacement;
    });
  }
  // "hardly anyone … ever answers": the "ever" goes with the "nobody".
  if (said !== m.text && /hardly anyone/iu.test(said)) said = said.replace(/(?<!\s)\s+ever\b/giu, '');
  if (said === m.text) return [];
  // Said as how it looks to the writer, the pattern leaves the reader room to answer.
  // Not where it would read "it feels like often when …" or run on past a name ("it feels like Beta, we …").
  const looks = /[?,]|^often when/iu.test(said) || !/^[\s.!?…]*$/u.test(after) || nlp(said).has('^#Verb') ? [] : [{ replacement: `it feels like ${lowerFirst(trimTrailing(said.replace(EDGY_OPENER, '').replace(ALWAYS_OPENER, ''), isSpaceOrMark))} — is that fair?`, label: 'Say how it looks to you' }];
  return [{ replacement: said, label: 'Name a pattern, not a rule' }, ...looks];
}

// What turns this time into always: "yet again I'm the one chasing", "after this team every single release",
// "your constant questions". "never" stays: without it the sentence says the opposite.
const ALWAYS_OPENER = /^(?:yet\s+again|once\s+again|again|as\s+usual|as\s+always|like\s+always|for\s+once)\b[\s,]*/iu;
const GENERALISING =
  /(?<![\s,])[\s,]+(?:yet\s+again|once\s+again|as\s+usual|like\s+always|as\s+always|all\s+the\s+time|every\s+(?:single\s+)?(?:time|day|week|month|year|release|sprint|weekend|night|morning|evening)|constantly|always|ever)\b/giu;
const CONSTANT = /\bconstant\s+/giu;

// Clauses that are the dismissal itself ("whatever", "get over it"): there is no point of the writer's to keep.
const DISMISSAL = /\b(?:whatever|get\s+over\s+it|who\s+cares|so\s+what|calm\s+down|chill|relax|not\s+(?:that\s+)?deep|big\s+deal|drama)\b/iu;
const LEADING_DISMISSAL =
  /^(?:(?:lmao|lol|omg|bro|mate|dude|ok|okay|oh|ugh|jeez|man|honestly)\b[\s,!.…]*)*(?:calm\s+down|chill(?:\s+out)?|relax|get\s+over\s+it|grow\s+up|who\s+cares|so\s+what|whatever|it['’]?s\s+not\s+(?:that\s+)?deep)\b[\s,!.…–—-]*/iu;
// A point of the writer's own: a clause about the thing, not the reader ("it's one test", "that was a joke").
const POINT = /^(?:it|it['’]s|its|that|that['’]s|thats|this|there|there['’]s|he|she|they|we|i)\b/iu;
/**
 * The validation said before the writer's own point, their feeling granted: judges read "I know this feels big to
 * you" as patronising, and the model reads "this matters to you" as dismissive.
 */
export const HEARD = 'I hear you';
// The writer already acknowledges the reader before their point ("I know it was your gran's but …").
const ACKNOWLEDGED = /^(?:i\s+(?:know|get|understand|hear|see)|i['’]m\s+sorry)\b|\bbut\b/iu;

// "I don't care that you're busy", "I don't care how tired you are": what they said, waved away.
const WAVED_AWAY =
  /(?<![\p{L}'’])i\s+(?:do\s+not|don['’]?t|dont)\s+(?:really\s+|even\s+)?care\s+(?:that\s+(?<fact>[^,;:.!?–—]+)|how\s+(?<state>\p{L}+)\s+(?<who>you|u|he|she|they|it)\s+(?:are|r|is|were|was)\b)/iu;
const BEING: Record<string, string> = { you: "you're", u: 'ur', he: "he's", she: "she's", they: "they're", it: "it's" };

// "you're overthinking it", "ur stressing over nothing": a verdict on what the reader is doing about it.
const DOING_TOO_MUCH =
  /^(?<conjunction>(?:but|and|so)\s+)?(?<called>[\p{L}]+[\s,]+)?(?<you>you['’]?re|youre|ur|you\s+are|u\s+r)\s+(?:(?:just|really|totally|completely|honestly|literally|frankly)\s+){0,3}(?<doing>(?!being\b|going\b|doing\b|getting\b)\p{L}+ing)\b(?<rest>[^,;:.!?–—]*)/iu;
// Who a verdict is said to ("Josh you're …", "mate, you're …"), and the asides said before it.
const CALLED = /^(?:\p{Lu}\p{Ll}+|mate|babe|bro|dude|honestly|look|lol)$/u;

/**
 * "Josh you're overthinking it" → "Josh, I think you might be overthinking it": the verdict on what they feel,
 * said as the writer's view, which leaves them room to see it differently.
 */
function yourView(m: RuleMatch): Alternative[] {
  const verdict = DOING_TOO_MUCH.exec(m.text);
  const g = verdict?.groups;
  if (!verdict || !g?.doing || (g.called && !CALLED.test(trimTrailing(g.called, (c) => /[\s,]/u.test(c))))) return [];
  const reader = /^(?:ur|u\s+r)$/iu.test(g.you ?? '') ? 'u' : 'you';
  // "Josh you're …" → "Josh, I think …"; "but you're …" → "but I think …".
  const called = g.called ? `${trimTrailing(g.called, (c) => /[\s,]/u.test(c))}, ` : '';
  const said = `${g.conjunction ?? ''}${called}I think ${reader} might be ${g.doing}${trimTrailing(g.rest ?? '', isSpace)}`;
  return [{ replacement: said + m.text.slice(verdict[0].length), label: 'Say it as your view', range: 'span' }];
}

/**
 * "I don't care how tired you are, you're doing the close tonight" → "I know you're tired, but you're doing the
 * close tonight": what they said acknowledged rather than waved away, and the writer's point kept as it was.
 */
function acknowledgeFirst(ctx: SentenceContext): Alternative[] {
  const waved = WAVED_AWAY.exec(ctx.text);
  const g = waved?.groups;
  if (!waved || !g) return [];
  const known = g.fact ? g.fact.trim() : `${BEING[(g.who ?? 'you').toLowerCase()] ?? "you're"} ${g.state ?? ''}`;
  // "…, and I don't care that …": the joining word goes with what it joined; "well I don't care …": an opener
  // of a word or two is no point of its own.
  const joined = trimTrailing(ctx.text.slice(0, waved.index), (c) => /[\s,;:–—-]/u.test(c)).replace(/(?:^|(?<![\s,])[\s,]+)(?:and|but|so|honestly|frankly|look)$/iu, '');
  const before = (joined.match(WORD) ?? []).length < MIN_CLAUSE_WORDS ? '' : joined;
  const after = ctx.text.slice(waved.index + waved[0].length);
  // The writer's point is the clause on the other side of the comma, before or after; without one there is
  // nothing to keep the view with.
  const point = before.trim() !== '' ? before : /^\s*[,;:–—-]\s*/u.test(after) ? after.replace(/^\s*[,;:–—-]\s*/u, '') : '';
  if ((point.match(WORD) ?? []).length < MIN_CLAUSE_WORDS || (before.trim() !== '' && /[\p{L}\p{N}]/u.test(after))) return [];
  const said = `I know ${known}, but ${lowerFirst(trimTrailing(point, (c) => /[\s.!]/u.test(c)))}`;
  return [{ replacement: `${said}${/[!?]$/u.test(point.trim()) ? '' : '.'}`, label: 'Acknowledge, keep your view', range: 'sentence' }];
}

/**
 * "it's just a sofa, and it's falling apart" → "I hear you, but it's a sofa, and it's falling
 * apart": validation before the writer's own point, which keeps every fact.
 */
function validateFirst(m: RuleMatch): Alternative[] {
  if (/\?/u.test(m.text)) return [];
  // "lmao chill it's literally a mug": the dismissal goes, the writer's point after it stays.
  const dismissal = LEADING_DISMISSAL.exec(m.text);
  const said = dismissal ? m.text.slice(dismissal[0].length) : m.text;
  if (DISMISSAL.test(said) || !POINT.test(said)) return [];
  const point = trimTrailing(withEdgeOff('dismissive', said), (c) => /[\s,.!]/u.test(c));
  if (ACKNOWLEDGED.test(point) || (point.match(WORD) ?? []).length < MIN_CLAUSE_WORDS) return [];
  return [{ replacement: `${HEARD}, but ${lowerFirst(point)}`, label: 'Acknowledge, then your point' }];
}

/** Capitals brought down, piled marks brought to one: the same words at an even volume. */
function atEvenVolume(text: string): string {
  const calm = lowerShouted(text).replace(/[!?]{2,}/g, (marks) => (marks.includes('?') ? '?' : '!'));
  return /^\p{Lu}/u.test(text) ? upperFirst(calm) : calm;
}

// A name or title the sentence is said to, before a comma: "Mum, …", "Sir, …", "Hi team, …".
const CALLED_FIRST = /^(?:(?:hi|hey|hello|dear)\s+)?(?:\p{Lu}\p{Ll}+|team|all|everyone|guys)(?:\s+\p{Lu}\p{Ll}+)?,\s+/u;

/** The feeling a raised voice carried, said before the words: "Mum, I'm frustrated — I'm at work". */
export function feelingFirst(said: string): string {
  // Who the sentence is said to comes first, not after the feeling ("I'm frustrated — Sir, …").
  const called = CALLED_FIRST.exec(said)?.[0] ?? '';
  return `${called}I'm frustrated — ${lowerFirst(said.slice(called.length))}`;
}

/**
 * For delivery the model caught: the writer's words, calmer, with or without the feeling said; for a curt reply
 * that is the whole message, one with some warmth in it; for a curt aside inside a longer message ("Wow.
 * Effort."), leaving it out.
 */
export function calmAlternatives(ctx: SentenceContext): Alternative[] {
  const calm = atEvenVolume(ctx.text);
  const words = ctx.text.trim().split(/\s+/).length;
  const short = words <= 3;
  const alternatives: Alternative[] = calm !== ctx.text ? [{ replacement: calm, label: 'Say it at an even volume', range: 'sentence' }] : [];
  // The feeling the volume carried, said in words before the writer's own sentence, which keeps every fact.
  // Not before a single word: "READ. THE. TICKET." is emphasis, one word at a time; nor before a long
  // sentence, where one loud word is emphasis rather than a raised voice.
  if (words >= 2 && words <= 12 && !INTERJECTION_FIRST.test(calm)) alternatives.push({ replacement: feelingFirst(calm), label: 'Say the feeling, not the volume', range: 'sentence' });
  // When the writer's words still read as raised, the feeling alone is left to say.
  if (!short) alternatives.push({ replacement: "I'm upset about this, and I'd like to talk it through.", label: 'Name the feeling', range: 'sentence' });
  else if (ctx.whole) alternatives.push({ replacement: 'Okay, thanks for letting me know.', label: 'A warmer short reply', range: 'sentence' });
  // Not a beat of "READ. THE. TICKET.": that is emphasis to calm, not an aside to drop. A lone shout after what
  // the writer said ("Answer your phone. NOW.") is.
  else if (!ctx.inBeats && !FACT.test(calm)) alternatives.push({ replacement: '', label: LEAVE_OUT_ASIDE, range: { start: 0, end: ctx.text.length } });
  return alternatives;
}

const LEAVE_OUT_ASIDE = 'Leave the aside out';

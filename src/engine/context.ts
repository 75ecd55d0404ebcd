import type { Mood } from './polarity';
import { polarity } from './polarity';
import type { LearnedContext } from './rules/learned';

/** What a rule sees: one sentence, with the message-level facts that decide how it lands. */
export interface SentenceContext {
  /** The sentence as written. */
  text: string;
  /** The sentence with quoted speech, code and links blanked out (same length as `text`). */
  masked: string;
  /** Quoted stretches, relative to the sentence. */
  quotes: Array<{ start: number; end: number }>;
  /** The sentence is the whole message. */
  whole: boolean;
  /** The rest of the message is a word or three ("ok."): leaving this sentence out would leave a curt reply. */
  restIsCurt?: boolean;
  /**
   * The writer says more after this sentence ("Um... well, where's the shoe department?"): a trailing-off here is
   * them thinking, not a cold reply.
   */
  goesOn?: boolean;
  /** One word among one-word sentences ("READ. THE. TICKET."): a beat of emphasis, not an aside of its own. */
  inBeats?: boolean;
  /** Mood of the whole message. */
  mood: Mood;
  /** The sentence before this one was tense (flagged, or negative), so a lone "great." reads as sarcasm. */
  afterTension: boolean;
  /**
   * This sentence is tense: another rule flagged it, it reads negative, or it follows a tense one. Set before
   * the rules that only judge delivery (capitals, marks) run, since loud delivery of good news is excitement.
   */
  tense?: boolean;
  /** The message has several sentences and no lowercase letter: capitals are how its writer types, not a raised voice. */
  typedInCapitals?: boolean;
  /** What the learned model makes of the sentence, set once the word and delivery rules have run. */
  learned?: LearnedContext;
}

// The reader, as people type them: "you", "u", "ur", "ya", "youre", "you've"…
const ADDRESSED = /(?<![\w'’])(?:you|u|ur|your|yours|yourself|ya|youre|you['’](?:re|ve|ll|d))(?![\w'’])/i;

/** The text speaks to the reader. */
export function addressesReader(text: string): boolean {
  return ADDRESSED.test(text);
}

const CLAUSE_BREAK = /[,;:()–—]|\b(?:but|and|so|though|although|because|bc|cuz)\b/gi;

/** The text of the clause before `index`: from the last clause break up to `index`. */
export function clauseBefore(ctx: SentenceContext, index: number): string {
  const before = ctx.masked.slice(0, index);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return before.slice(cut);
}

const NEGATOR = /(?<![\w'’])(?:not|no|none|never|n['’]?t|dont|didnt|wasnt|isnt|arent|wont|cant|doesnt|nobody)(?![\w'’])|n['’]t(?![\w'’])/i;

/** A negation within the few words before `index` in the same clause ("I'm not blaming you"). */
export function isNegatedAt(ctx: SentenceContext, index: number): boolean {
  const words = clauseBefore(ctx, index).trim().split(/\s+/).slice(-5).join(' ');
  return NEGATOR.test(words);
}

// A charge against the reader, ruled out: "it wasn't your fault", "you didn't do anything wrong", "you're not
// overreacting", "I know you didn't mean it", "don't blame yourself". A "but" after it may take it back.
const NEGATION = String.raw`(?:not|no|none|never|nothing|[a-z]+n['’]t|dont|didnt|wasnt|isnt|arent|werent|aint|nt)`;
const CHARGED_WITH = String.raw`(?:wrong|on\s+purpose|mean(?:t)?\s+(?:it|to)|overreact\w*|dramatic|a\s+burden|too\s+much|crazy|stupid|silly|selfish|to\s+blame(?!\s+\p{L})|at\s+fault)`;
// The words that may stand between the negation and the charge ("you didn't do any of this on purpose").
const BETWEEN = String.raw`(?:\s+(?:do|did|doing|done|be|being|anything|nothing|any|of|it|this|that|at|all|even|really|so|ever|remotely|one|bit|in|the|way|whatsoever|honestly|literally))`;
const CHARGE_RULED_OUT = new RegExp(
  String.raw`(?:${[
    // The reader as the subject of a negated charge.
    String.raw`(?<![\w'’])(?:you|u|ya)(?:['’]re|['’]ve|\s+(?:are|r|were|was|did|do|does|have|had|could|would|should))?\s*${NEGATION}(?![\w'’])${BETWEEN}{0,4}\s+${CHARGED_WITH}(?![\w'’])`,
    String.raw`(?<![\w'’])${NEGATION}(?:\s+(?:(?:it|that|this)(?:['’]s)?|was|is|were|of|all|even|really|ever|remotely|one\s+bit|in\s+any\s+way))*\s+(?:your|ur|yo)\s+fault\b`,
    String.raw`(?<![\w'’])(?:don['’]?t|do\s+not|never|stop)\s+blam\w*\s+yourself\b`,
  ].join('|')})(?![^]*\bbut\b)`,
  'iu',
);

/**
 * The sentence rules out a charge against the reader (a negation before the charge, no "but" after):
 * reassurance, which the learned model reads by its words as the charge itself.
 */
export function rulesOutCharge(text: string): boolean {
  return CHARGE_RULED_OUT.test(text);
}

// A greeting or "quick question" may lead the question in ("hey have you always had a beard?").
const YES_NO_START = /^\W*(?:(?:hey|hi|so|oh|ok|okay|um|btw|also|sorry|quick\s+question)\b[\s,:–—-]*)?(?:do|does|did|have|has|had|is|are|was|were|can|could|would|will|should|shall|may|might|am|r)\s+(?:you|u|we|they|he|she|it|i|there|ya)\b/i;
const WH_START = /^\W*(?:why|how\s+come|how\s+(?:is|was|can|could|dare))\b/i;

/** A sincere question ("do you ever…?", "was that on purpose?"), not a rhetorical "why do you always…". */
export function isSincereQuestion(ctx: SentenceContext): boolean {
  const t = ctx.masked.trim();
  if (WH_START.test(t)) return false;
  // Ends with a "?" (maybe among "!?"), then only emoji and spaces: looked back at from where the marks end, so
  // a long run of marks or spaces is scanned once.
  return YES_NO_START.test(t) && /(?![!?])(?<=\?[!?]*)[\p{Extended_Pictographic}\s]*$/u.test(t);
}

// "as I said" is the writer repeating themselves, not reporting someone else.
const REPORTING = /\b(?:(?<!\bas\s+(?:i|we|i['’]?ve)\s+)said|says|say|saying|tell(?:s|ing)?\s+me|told\s+(?:me|him|her|them|us)|asked|asks|wrote|writes|texted|replied|yelled|screamed|was\s+like|keeps?\s+saying|kept\s+saying|called\s+me|titled|heard|taught\s+(?:me|us|him|her|them))\b/i;

// "I asked you to do one thing", "she told me to wait": a request reported, which ends with its clause.
const REQUEST = /\b(?:asked|told)\s+(?:you|u|me|him|her|them|us)\s+to\s/iu;

/** The match follows a reporting verb in its sentence ("she keeps telling me it's not a big deal"). */
export function isReportedAt(ctx: SentenceContext, index: number): boolean {
  const before = ctx.masked.slice(0, index);
  const sentenceStartToMatch = before.split(/[.;!?]/).pop() ?? '';
  if (!REPORTING.test(sentenceStartToMatch)) return false;
  // "I asked you to do one thing and because of you dinner's late": what follows the "and" is not the request.
  const request = REQUEST.exec(sentenceStartToMatch);
  return !request || !/\s(?:and|but|so)\s/iu.test(sentenceStartToMatch.slice(request.index + request[0].length));
}

const AROUND = 120;
const PRAISE_LEAD = 12;

/**
 * The sentence reads as warm once the flagged words are left out ("you always make me laugh ❤️"), or sits in a
 * warm message — unless the warmth comes from the flagged words themselves, as in sarcasm ("nice job, genius").
 */
export function isPositiveAround(ctx: SentenceContext, start: number, end: number): boolean {
  // The words around the phrase, not a whole run-on paragraph, decide whether it is warm.
  const rest = polarity(ctx.text.slice(Math.max(0, start - AROUND), start) + ' ' + ctx.text.slice(end, end + AROUND));
  // Praise can start a word or two before the trigger: "you're always welcome".
  if (praisesAround(ctx, start, end)) return true;
  return rest >= 2 || (ctx.mood === 'positive' && rest >= 0 && polarity(ctx.text.slice(start, end)) <= 0);
}

// "you're never there for me" is the complaint that "there for me" praises. A test of its own: the same words as a
// look-behind in PRAISE crash V8 while it builds the command line's startup snapshot (Node 20).
const NEVER_THERE = /\b(?:never|not|n['’]?t|rarely|hardly|barely|seldom)(?:\s+(?:really|actually|even|ever|once))?\s+there\s+(?:for|when)\b/iu;

/** The words of a match, or just after it, praise what the reader does ("ur always there when i need u"). */
export function praisesAround(ctx: SentenceContext, start: number, end: number): boolean {
  const around = ctx.masked.slice(Math.max(0, start - PRAISE_LEAD), end + AROUND);
  return PRAISE.test(around) && !NEVER_THERE.test(around);
}

/**
 * What people praise each other for, in words that carry no sentiment score of their own: "you always know
 * exactly what to say", "you always go above and beyond", "you never fail to make me smile".
 */
const PRAISE = new RegExp(
  String.raw`\b(?:${[
    String.raw`know(?:s)?\s+(?:exactly\s+|just\s+)?(?:what|how)\s+to\s+(?:say|do|make|cheer|fix)`,
    String.raw`above\s+and\s+beyond`,
    String.raw`(?:have|got)\s+my\s+back`,
    String.raw`come\s+through`,
    String.raw`show\s+up\s+for`,
    String.raw`there\s+(?:for\s+(?:me|us|everyone)|when\s+(?:i|we)\s+need)`,
    String.raw`look\s+out\s+for`,
    String.raw`cheer\s+(?:me|us)\s+up`,
    String.raw`fail\s+to\s+(?:amaze|impress|make|surprise|deliver)`,
    String.raw`make\s+[\w'’]+\s+(?:laugh|smile|feel\s+(?:better|good|safe|loved|welcome|special))`,
    String.raw`find\s+a\s+way`,
    String.raw`put\s+(?:others|everyone(?:\s+else)?|us|me)\s+first`,
    String.raw`(?:first|last)\s+(?:one\s+|person\s+)?to\s+(?:help|show\s+up|offer|volunteer|step\s+up|check\s+in|reach\s+out|notice|stand\s+up)`,
    String.raw`(?:fav(?:ou?rite)?|best)\s+things?\s+about\s+(?:you|u)`,
    String.raw`so\s+(?:well|kind|patient|generous|thoughtful|clearly)`,
    String.raw`(?:are|re|r|ur|youre)\s+always\s+welcome`,
    String.raw`always\s+have\s+a\s+(?:home|place|seat)`,
    String.raw`stepped\s+up`,
    String.raw`learn\s+(?:so\s+much|stuff|something|a\s+lot)`,
    String.raw`never\s+(?:once\s+)?disappoint`,
    // An offer held open ("As always, my door is open if anything's on your mind"): warmth, not a complaint.
    String.raw`(?:my|our)\s+door\s+is\s+(?:always\s+)?open`,
    // "you always explain it better than me": credit over the writer; "you always know better" is not praise.
    String.raw`(?:explain|explained|say|said|do|did|handle|handled|put|word|cook|write|organi[sz]e|play|sing|run|fix|manage)s?\s+(?:it|this|that|things|stuff)\s+(?:so\s+much\s+|way\s+|far\s+|much\s+)?better\s+than\s+(?:me|i\s+(?:do|can|could)|anyone|anybody|us)`,
    // "every time you send me a voice note I sleep so much better": what they do, doing the writer good.
    String.raw`i\s+(?:sleep|feel|leave|go\s+home|come\s+away)\s+(?:so\s+much\s+|a\s+lot\s+|way\s+|much\s+)?(?:better|happier|lighter)`,
    String.raw`never\s+(?:once\s+)?(?:make|made|makes|let|lets)\s+(?:me|us|anyone|anybody|him|her|them)\s+(?:feel\s+(?:dumb|stupid|bad|small|silly|judged|rushed|like\s+a\s+burden|like\s+(?:i|we)\s+(?:couldn['’]?t|can['’]?t|wasn['’]?t|weren['’]?t))|down)`,
  ].join('|')})\b`,
  'i',
);

/** Excitement rather than anger: a warm message and nothing hostile in this sentence ("OMG CONGRATS!!!"). */
// Laughter, and the crying face that stands for it or for self-pity: never anger at someone.
const LAUGHTER = /\b(?:lo+l|lmf?a+o+|(?:ha){2,}h?|(?:he){2,}|rofl)\b|😂|🤣|💀|😭/iu;

/** The sentence laughs ("you absolute muppet 😂", "hahaha ur so dramatic"): teasing, not an attack. */
export function isLaughing(ctx: SentenceContext): boolean {
  return LAUGHTER.test(ctx.masked);
}

export function isExcited(ctx: SentenceContext): boolean {
  const score = polarity(ctx.text);
  return score >= 2 || (ctx.mood === 'positive' && score >= 0);
}

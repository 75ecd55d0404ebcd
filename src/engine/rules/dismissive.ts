import { defineRule } from './rule';
import { defineLearnedRule, practiceLines, HEARD } from './learned';
import type { Alternative, Rule } from './rule';
import type { SentenceContext } from '../context';
import { clauseRange, leadInStart } from './helpers';
import { lowerFirst } from '../text/case';
import { trimTrailing } from '../text/trim';

const VALIDATE = "I can see this matters to you — what's going on?";
// Where an imperative can start: the sentence start, after a clause break, or after a softener word. The look
// back runs only where no space follows, so a long run of spaces is scanned once, not from every space in it.
const CLAUSE_START = '(?:^|(?!\\s)(?:(?<=[,.;:!?…]\\s*)|(?<=\\b(?:just|so|ok|okay|omg|dude|bro|man|babe|pls|please|now|kk|k|oh|ugh|seriously|honestly)\\s+)(?<!\\b(?:would|will|to|can|could|should|they|we|i|he|she|and|maybe)\\s+just\\s+)))';

/**
 * "[don't be so dramatic], it was one missed call" → "I hear you, but it was one missed call":
 * the feeling granted, then the writer's point joined with a "but", not spliced on with a comma.
 */
function grantedThenPoint(range: { start: number; end: number }, ctx: SentenceContext, flagEnd = range.end): Alternative {
  const label = 'Validate, keep your view';
  // "you're overreacting a bit [about the photos], it was a stag do": what they are upset about stays with the
  // validation ("I hear you about the photos"), or the point after it has nothing to point back to.
  const about = ABOUT.exec(ctx.text.slice(flagEnd, range.end))?.groups?.about ?? '';
  const granted = about ? `${HEARD} ${about.trim()}` : HEARD;
  // "I've been doing this 25 years, so there's [no need to get worked up]": the point came first, so the feeling
  // is granted before it rather than spliced on after it with a comma.
  const pointBefore = trimTrailing(ctx.text.slice(0, range.start), (c) => /[\s,;:–—-]/u.test(c)).replace(LEAD_OUT, '').replace(OPENER, '');
  const closesSentence = /^[\s.!?…]*$/u.test(ctx.text.slice(range.end)) && ctx.text.slice(0, range.start).includes(',');
  const dismissalWords = (ctx.text.slice(range.start, range.end).replace(/^(?:so|and)\s+(?:there['’]?s\s+)?/iu, '').match(/[\p{L}\p{N}'’]+/gu) ?? []).length;
  if (closesSentence && (pointBefore.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3 && dismissalWords <= MOVED_WORDS) {
    return { replacement: `${HEARD}, but ${lowerFirst(pointBefore)}`, label, range: { start: 0, end: range.end } };
  }
  const comma = /^\s*,(?=\s*[\p{L}\p{N}])/u.exec(ctx.text.slice(range.end));
  if (!comma || /^\s*,\s*but\b/iu.test(ctx.text.slice(range.end))) return { replacement: granted, label, range };
  return { replacement: `${granted}, but`, label, range: { start: range.start, end: range.end + comma[0].length } };
}

const ABOUT = /^\s+(?:(?:a\s+)?(?:bit|little|lot)\s+)?(?<about>(?:about|over)\s+(?:the|my|your|ur|this|that|his|her|their|our)\s[^,;:.!?–—]+)$/iu;
// What joins the point to the dismissal after it ("…, so there's"), and an opener before the point ("Look, ").
const LEAD_OUT = /(?:^|(?<![\s,])[\s,]+)(?:so|and)(?:\s+there['’]?s|\s+there\s+is)?$/iu;
// A dismissal of a few words says nothing else; a longer clause ("… so hurt about one comment") carries a fact.
const MOVED_WORDS = 6;
const OPENER = /^(?:look|listen|honestly|mate|ok|okay|well)\b[\s,]*/iu;

const IT_IS = /(?<![\p{L}'’])(?:it['’]?s|its|it\s+is|that['’]?s|thats)$/iu;
// How they were ("being so chill", "was really relaxed"), not what they are told to do.
const DESCRIBED = /\b(?:being|been|be|was|were|is|are|so|very|pretty|super|really|too)\s+$/iu;

export const dismissiveRules: Rule[] = [
  defineRule({
    id: 'dismissive/calm-down',
    category: 'dismissive',
    severity: 'warning',
    anchors: ['calm', 'relax', 'chill', 'cool', 'settle', 'lighten', 'simmer'],
    message: 'Telling someone to calm down tells them their feelings are the problem, which usually turns the heat up.',
    patterns: [`${CLAUSE_START}(?<flag>calm\\s+(?:(?:tf|the\\s+f\\w*|the\\s+hell)\\s+)?down+|relax+|chill(?:\\s+out)?|cool\\s+it|settle\\s+down|take\\s+a\\s+chill\\s+pill|lighten\\s+up|simmer\\s+down)(?![\\w'’]|\\s+(?:is|was)\\b|\\s+(?:and\\s+)?(?:enjoy|tonight|this\\s+weekend))(?![\\s,.]*(?:don['’]?t\\s+worry|it['’]?s\\s+(?:ok|okay|alright|fine|normal)|everything|we['’]?ll|i['’]?m\\s+here|take\\s+a\\s+(?:deep\\s+)?breath|sir|ma['’]?am|a\\s+(?:little|bit)))`],
    unless: ['negated', 'reported', 'sincere-question'],
    // "thanks for being so chill about it": said of how they were, "chill" and "relax(ed)" are praise, not orders.
    when: (m, ctx) => !/^(?:chill|relax)/iu.test(m.text) || !DESCRIBED.test(ctx.text.slice(Math.max(0, m.start - 24), m.start)),
    suggest(m, ctx) {
      const range = clauseRange(m, ctx);
      // Where the writer's point follows ("calm down, it was one beer"), the feeling is granted and the point
      // kept, as for "you're overreacting"; a question there would sit oddly before it.
      const point = /[\p{L}\p{N}]/u.test(ctx.text.slice(range.end));
      return [
        point ? grantedThenPoint(range, ctx, m.end) : { replacement: VALIDATE, label: 'Reflect and ask', range },
        { replacement: "I hear that you're upset.", label: 'Validate first', range },
        // When the rest of the sentence minimises too ("…, it was a joke"), the whole sentence needs the change.
        { replacement: "I can see that upset you, and I'm sorry — what's going on?", label: 'Reflect and ask', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        'ugh [relax], it was one beer lol': ["I can see that upset you, and I'm sorry — what's going on?", "I can tell this matters to you, what's going on?", 'that sounds rough, want to talk about it?'],
        '[calm down], it was a joke': ['it was a joke', 'I hear you, but it was a joke', "I can see that upset you, and I'm sorry — what's going on?"],
        'ok [chill]': ["I can see this matters to you — what's going on?", "I can see that upset you, and I'm sorry — what's going on?"],
        'just [relax]': ["I can see this matters to you — what's going on?", "I can see that upset you, and I'm sorry — what's going on?"],
        '[Calm down]!!!': ["I can see this matters to you — what's going on?", "I can see that upset you, and I'm sorry — what's going on?"],
        'omg [calm tf down]': ["I can see this matters to you — what's going on?", "I can see that upset you, and I'm sorry — what's going on?"],
        'ok [calm downnn] lol': ["I can see this matters to you — what's going on?", "I can see that upset you, and I'm sorry — what's going on?"],
      },
      clean: ['Thanks for being so chill about it though, you\'re all stars.', 'you were really chill about it, thank you', "I'm not going to tell you to calm down", "calm down, don't worry, I'm here", 'you can relax, I already booked it', "let's chill tonight", 'my therapist says "calm down" never works', 'calm down is literally the only thing the yoga app says lmao'],
    },
  }),
  defineRule({
    id: 'dismissive/overreacting',
    category: 'dismissive',
    severity: 'warning',
    anchors: ['hurt', 'offended', 'bothered', 'issue', 'problem', 'stressing', 'panicking', 'overthinking', 'feel', 'overreacting', 'overeacting', 'over', 'freaking', 'whining', 'fuss', 'scene', 'extra', 'dramatic', 'sensitive', 'paranoid', 'hysterical', 'irrational', 'emotional', 'touchy', 'unreasonable', 'worked', 'bigger', 'deal', 'thing', 'molehill', 'proportion', 'upset', 'angry', 'mad', 'defensive', 'baby'],
    message: 'Labelling their reaction as too much invalidates it; asking what is behind it keeps them talking.',
    patterns: [
      '(?<flag>{youre}\\s+(?:(?:being|acting|just|so|way|really|totally|literally|getting|always|constantly)\\s+){0,3}(?:(?:too|so|way\\s+too|overly|super)\\s+)?(?:overreacting|overeacting|dramatic|sensitive|paranoid|hysterical|irrational|emotional|touchy|unreasonable|worked\\s+up)(?:\\s+about\\s+(?:this|it|nothing))?)',
      '(?<flag>(?:stop|quit)\\s+(?:being|acting|getting)\\s+(?:so\\s+)?(?:dramatic|sensitive|emotional|paranoid|hysterical|touchy|worked\\s+up|upset))',
      '(?<flag>(?:stop|quit)\\s+(?:(?:the|ur|your)\\s+)?(?:overreacting|overeacting|over\\s+reacting|freaking\\s+out|whining|making\\s+(?:a\\s+scene|such\\s+a\\s+fuss|a\\s+fuss)|being\\s+so\\s+extra))',
      '(?<flag>{dont}\\s+be\\s+(?:so\\s+)?(?:dramatic|sensitive|emotional|paranoid|hysterical|touchy|a\\s+baby))',
      // "you should not feel so hurt about one comment", "why this is such an issue for you", "stop stressing".
      '(?<flag>{you}\\s+(?:should\\s+not|shouldn{apos}?t|{dont}\\s+need\\s+to)\\s+(?:feel|be|get)\\s+so\\s+(?:hurt|upset|offended|bothered|worked\\s+up|sensitive|angry|mad)|why\\s+(?:this|it)\\s+is\\s+such\\s+(?:an?\\s+)?(?:issue|problem|big\\s+deal|thing)\\s+for\\s+{you}|(?:stop|quit)\\s+(?:stressing|panicking|overthinking)(?:\\s+(?:out|about\\s+it))?(?=\\s*(?:[.!,]|$)))',
      '(?<flag>(?:{youre}|{you}|stop|quit|{dont}|dont)\\s+(?:(?:always|just|really|totally)\\s+)?(?:making|make|made|blowing|blow)\\s+(?:this|it|everything|things)\\s+(?:(?:way|so\\s+much)\\s+)?(?:bigger\\s+than|into\\s+a\\s+(?:big\\s+)?(?:deal|thing)|out\\s+of\\s+proportion))',
      '(?<flag>(?:such\\s+)?a\\s+big\\s+deal\\s+(?:out\\s+)?of\\s+nothing|a\\s+mountain\\s+out\\s+of\\s+a\\s+molehill)',
      '(?<flag>no\\s+need\\s+to\\s+(?:get\\s+)?(?:so\\s+)?(?:worked\\s+up|upset|angry|mad|emotional|dramatic|defensive|hysterical))',
    ],
    unless: ['negated', 'reported', 'sincere-question', 'laughing'],
    // The writer may well think it is not that bad: the rewrite keeps that view and the rest of the sentence,
    // and only stops telling them their reaction is wrong.
    suggest(m, ctx) {
      const range = clauseRange(m, ctx);
      return [
        grantedThenPoint(range, ctx, m.end),
        { replacement: "I can see you're upset — can I tell you how I see it?", label: 'Validate, then give your view', range },
      ];
    },
    examples: {
      flagged: {
        'It is not a big topic, [you should not feel so hurt] about one comment.': ['It is not a big topic, I hear you.', "It is not a big topic, I can see you're upset — can I tell you how I see it?"],
        'honestly [why this is such an issue for you] is beyond me': ['I hear you', "I can see you're upset — can I tell you how I see it?"],
        'Open a window and [stop stressing].': ['I hear you.', "I can see you're upset — can I tell you how I see it?"],
        "[don't be so dramatic], it was one missed call": ['it was one missed call', "I can see you're upset — can I tell you how I see it? it was one missed call"],
        '[dont be so sensitive] about it': ['I hear you', "I can see you're upset — can I tell you how I see it?"],
        "you're making [such a big deal out of nothing]": ['I hear you', "I can see you're upset — can I tell you how I see it?"],
        'honestly its [a mountain out of a molehill]': ['I hear you', "I can see you're upset — can I tell you how I see it?"],
        "[you're overreacting]": ['I hear you', "I can see you're upset — can I tell you how I see it?", 'I think you might be overreacting'],
        '[ur being dramatic]': ['I hear u', 'I can see ur upset — can I tell u how I see it?'],
        '[stop being so sensitive]': ['I hear you', "I can see you're upset — can I tell you how I see it?"],
        '[stop overreacting]': ['I hear you', "I can see you're upset — can I tell you how I see it?"],
        'omg [quit whining]': ['I hear you', "I can see you're upset — can I tell you how I see it?"],
        "[you're making this way bigger than] it is": ['I think you might be making this way bigger than it is', 'I hear you', "I can see you're upset — can I tell you how I see it?"],
        '[no need to get so worked up]': ['I hear you', "I can see you're upset — can I tell you how I see it?"],
        '[ur literally overreacting]': ['I hear u', 'I can see ur upset — can I tell u how I see it?', 'I think u might be overreacting'],
        '[stop overeacting]': ['I hear you', "I can see you're upset — can I tell you how I see it?"],
      },
      clean: ["hahaha ur so dramatic, it was ONE spider 🕷️", "don't stop stressing the importance of sleep to the kids", "why this is such an issue for the team is a fair question", "you're not overreacting, that was rude", 'they are blowing it out of proportion', 'am I being dramatic? be honest', 'she said I was being dramatic lol'],
    },
  }),
  defineRule({
    id: 'dismissive/not-a-big-deal',
    category: 'dismissive',
    severity: 'warning',
    anchors: ['deal', 'deep', 'bad', 'end', 'huge', 'worth'],
    message: 'Shrinking the problem tells them their feelings are out of proportion, so they stop sharing them.',
    patterns: [
      '(?<flag>(?:{its}|its|{thats}|this\\s+is|it\\s+was|is|was)\\s+(?:(?:honestly|really|literally|seriously|just)\\s+)?(?:not|n{apos}t|nt)\\s+(?:(?:even|really)\\s+)?(?:(?:that|a|such\\s+a)\\s+)?(?:big\\s+(?:of\\s+a\\s+)?deal|that\\s+deep|deep|that\\s+bad|the\\s+end\\s+of\\s+the\\s+world|a\\s+huge\\s+deal|worth\\s+(?:crying|getting\\s+upset)\\s+over))',
    ],
    unless: ['reported', 'sincere-question'],
    when(m, ctx) {
      // Reassurance about the writer's own inconvenience or a small favour is kind, not dismissive.
      const rest = ctx.masked.slice(m.matchEnd);
      return !/^\s*(?:,\s*)?(?:if\s+(?:you|u|this|it|that|we)|take\s+your\s+time|don['’]?t\s+worry|no\s+worries|i['’]?ll|i\s+can|we\s+can|happy\s+to|just\s+(?:let|grab))/i.test(rest)
        && !/\b(?:sorry|apolog|my\s+bad|i\s+forgot|i\s+messed|no\s+rush|no\s+worries|don['’]?t\s+worry|these\s+things\s+happen)/i.test(ctx.masked.slice(0, m.matchStart));
    },
    suggest(m, ctx) {
      const range = clauseRange(m, ctx);
      return [
        { replacement: 'I can tell this is really bothering you.', label: 'Validate first', range },
        { replacement: 'I want to understand why this hit you so hard.', label: 'Get curious', range },
      ];
    },
    examples: {
      flagged: {
        '[its not that deep] lol': ['I can tell this is really bothering you.', 'I want to understand why this hit you so hard.'],
        "[it's not that deep]": ['I can tell this is really bothering you.', 'I want to understand why this hit you so hard.'],
        'ugh [its not that bad]': ['I can tell this is really bothering you.', 'I want to understand why this hit you so hard.'],
        "[it's not the end of the world]": ['I can tell this is really bothering you.', 'I want to understand why this hit you so hard.'],
        '[its honestly not that deep]': ['I can tell this is really bothering you.', 'I want to understand why this hit you so hard.'],
        "[it's not even that big of a deal]": ['I can tell this is really bothering you.', 'I want to understand why this hit you so hard.'],
      },
      clean: ["it's not a big deal if you're late, take your time", 'no rush at all, its not a big deal if this slips to monday', "dont worry about it, these things happen, it's not a big deal", "its honestly not a big deal if ur late, take ur time", 'was it a big deal? tell me', "honestly no big deal, I'll grab the next one"],
    },
  }),
  defineRule({
    id: 'dismissive/get-over-it',
    category: 'dismissive',
    severity: 'warning',
    anchors: ['need', 'want', 'over', 'suck', 'deal', 'toughen', 'man', 'go', 'move', 'stop', 'quit'],
    message: 'Telling them to get over it skips the part where they feel heard, which is what lets people move on.',
    patterns: [
      '(?<!\\b(?:i|we|they|he|she|will|ll|to|can|could|would|should|must|gonna|let\\s+me)\\s+(?:just\\s+)?)(?<flag>get\\s+over\\s+(?:it|yourself|urself)|suck\\s+it\\s+up|deal\\s+with\\s+it|toughen\\s+up|man\\s+up|let\\s+it\\s+go\\s+already)',
      `${CLAUSE_START}(?<flag>move\\s+on(?:\\s+already)?|let\\s+it\\s+go|stop\\s+(?:crying|whining|complaining|moaning|sulking)(?:\\s+about\\s+(?:it|this|that))?|no\\s+need\\s+to\\s+be\\s+(?:crying|upset|so\\s+upset|sulking)|you{apos}?d\\s+want\\s+to\\s+toughen\\s+up)(?![\\w'’]|\\s+to\\b)`,
    ],
    unless: ['negated', 'reported', 'sincere-question'],
    suggest(m, ctx) {
      const range = clauseRange(m, ctx);
      return [
        { replacement: 'I know this is still weighing on you.', label: 'Validate first', range },
        { replacement: 'what would help you feel better about it?', label: 'Ask what they need', range },
      ];
    },
    examples: {
      flagged: {
        "It was one review. Just [move on], trust me.": ['It was one review. I know this is still weighing on you.', 'It was one review. What would help you feel better about it?'],
        "Abeg it's just hair. [No need to be crying] like somebody died.": ["Abeg it's just hair. I know this is still weighing on you.", "Abeg it's just hair. What would help you feel better about it?"],
        'just [get over it] tbh': ['I know this is still weighing on you.', 'what would help you feel better about it?'],
        '[get over it], it was ages ago': ['it was ages ago', 'I know this is still weighing on you. it was ages ago', 'what would help you feel better about it? it was ages ago'],
        'honestly just [let it go]': ['I know this is still weighing on you.', 'what would help you feel better about it?'],
        '[move on already]': ['I know this is still weighing on you.', 'what would help you feel better about it?'],
        '[stop crying about it]': ['I know this is still weighing on you.', 'what would help you feel better about it?'],
        'just [get over urself]': ['I know this is still weighing on you.', 'what would help you feel better about it?'],
      },
      clean: ["let's move on to the next item", 'I will deal with it tomorrow', 'I finally got over my cold', 'it took me a year to let it go, and that is okay'],
    },
  }),
  defineRule({
    id: 'dismissive/whatever',
    category: 'dismissive',
    severity: 'warning',
    anchors: ['whatever', 'whatevs', 'watever', 'whatev'],
    message: 'A closing "whatever" tells them the conversation is not worth your effort.',
    patterns: ['(?<!\\b(?:or|and)\\s+)(?<flag>whatever|whatevs|watever|whatev)(?=\\s*(?:[.!,;…]|$)|\\s+(?:lol|man|dude|bro|i\\s+guess|then|cry)\\b)'],
    unless: ['reported'],
    suggest(m, ctx) {
      // "it's whatever" goes as a whole: "it's I need a minute" would not read.
      const range = { start: leadInStart(ctx.text.slice(0, m.start), IT_IS, 1), end: m.end };
      return [
        { replacement: 'I need a minute', label: 'Ask for a pause', range },
        { replacement: "I'm frustrated right now", label: 'Say what you feel', range },
      ];
    },
    examples: {
      flagged: {
        '[whatever], just do it then': ['just do it then', 'I need a minute, just do it then', "I'm frustrated right now, just do it then"],
        '[whatever].': ['I need a minute.', "I'm frustrated right now."],
        'kk [whatever], do it then': ['do it then', 'kk I need a minute, do it then', "kk I'm frustrated right now, do it then"],
        '[Whatever]!': ['I need a minute!', "I'm frustrated right now!"],
        'k [whatevs]': ['k I need a minute', "k I'm frustrated right now"],
        "dinner's off again. it's [whatever].": ["dinner's off again. I need a minute.", "dinner's off again. I'm frustrated right now."],
        '[watever] lol': ['I need a minute lol', "I'm frustrated right now lol"],
      },
      clean: ['whatever you prefer works for me!', 'watever u want to eat is fine by me', 'whatever happens, I am proud of you', 'pizza or whatever, I am easy'],
    },
  }),
  defineRule({
    id: 'dismissive/about-you',
    category: 'dismissive',
    severity: 'warning',
    anchors: ['about', 'around', 'sorry', 'care', 'again', 'joke', 'joking', 'kidding', 'teasing', 'grip', 'break', 'rest', 'cares'],
    message: 'Telling them it is not about them brushes off their concern instead of hearing it.',
    patterns: [
      '(?<flag>not\\s+everything\\s+is\\s+about\\s+{you}|(?:{its}|its)\\s+not\\s+(?:always\\s+)?about\\s+{you}|the\\s+world\\s+doesn{apos}?t\\s+revolve\\s+around\\s+{you})',
      '(?<flag>{im}\\s+sorry\\s+(?:that\\s+)?{youre}\\s+(?:so\\s+)?(?:upset|mad|angry|offended|bothered)\\s+(?:over|about)\\s+(?:a|one|this|that|nothing|something)\\b(?:\\s+{w})?)',
      '(?<flag>i\\s+{dont}\\s+care\\s+(?:what\\s+(?:else\\s+)?(?:you|u)|how\\s+(?:you|u)\\s+feel|about\\s+(?:your|ur|how|what)|if\\s+{youre}))',
      '(?<flag>(?:are\\s+we\\s+)?(?:seriously|really|actually)\\s+doing\\s+this\\s+again|here\\s+we\\s+go\\s+again|not\\s+this\\s+again|get\\s+a\\s+grip|give\\s+(?:me|it)\\s+a\\s+(?:break|rest)|nobody\\s+cares|who\\s+cares(?=\\s*(?:[?!.]+\\s*)?$)|i\\s+{dont}\\s+care(?=\\s*(?:[.!]+\\s*)?$))',
      '(?<flag>(?:{its}|its|it\\s+was|i\\s+was|was)\\s+(?:just|only)\\s+(?:a\\s+joke|joking|kidding|teasing)|can{apos}?t\\s+{you}\\s+take\\s+a\\s+joke)',
    ],
    unless: ['negated', 'reported'],
    suggest() {
      return [
        { replacement: "I can see this really matters to you — tell me more?", label: 'Reflect and ask', range: 'sentence' },
        { replacement: "I didn't realise this landed so hard. What's going on for you?", label: 'Get curious', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        '[im sorry ur so upset about a joke]': ['I can see this really matters to u — tell me more?', "I didn't realise this landed so hard. What's going on for u?"],
        "[I'm sorry that you're so bothered over nothing]": ['I can see this really matters to you — tell me more?', "I didn't realise this landed so hard. What's going on for you?"],
        '[not everything is about you], you know': ['I can see this really matters to you — tell me more?', "I didn't realise this landed so hard. What's going on for you?"],
        '[are we seriously doing this again]': ['I can see this really matters to you — tell me more?', "I didn't realise this landed so hard. What's going on for you?"],
        '[it was just a joke]': ['I hear you, but it was a joke', 'I can see this really matters to you — tell me more?', "I didn't realise this landed so hard. What's going on for you?"],
        "[I don't care how you feel]": ['I can see this really matters to you — tell me more?', "I didn't realise this landed so hard. What's going on for you?"],
        '[its not always about u]': ['I can see this really matters to u — tell me more?', "I didn't realise this landed so hard. What's going on for u?"],
        'omg [cant u take a joke]': ['I can see this really matters to u — tell me more?', "I didn't realise this landed so hard. What's going on for u?"],
      },
      clean: ['this party is all about you, birthday girl!', "I'm not sorry you're happy about it"],
    },
  }),
  defineLearnedRule({
    category: 'dismissive',
    unless: ['reported'],
    message: 'Waving a feeling away tells them it does not count; hearing it out first is what calms things.',
    alternatives: practiceLines([
      { label: 'Reflect and ask', formal: "I can see this matters to you — what's going on?", casual: "I can tell this matters to you, what's going on?" },
      { label: 'Validate first', formal: 'That sounds hard. Do you want to talk it through?', casual: 'that sounds rough, want to talk about it?' },
    ]),
    examples: {
      flagged: {
        "[lmao chill it's literally a mug]": ["I can tell this matters to you, what's going on?", 'that sounds rough, want to talk about it?'],
        "[grow up, it's just a code review]": ["I can tell this matters to you, what's going on?", 'that sounds rough, want to talk about it?'],
        'Addressed your comments, [though half of them were nitpicks tbh].': ['Addressed your comments.', "I can see this matters to you — what's going on?", 'That sounds hard. Do you want to talk it through?'],
        '[u need to relax its just a game]': ["I can tell this matters to u, what's going on?", 'that sounds rough, want to talk about it?'],
        "[you need to relax], it's just a game": ["it's just a game", "I can tell this matters to you, what's going on?", 'that sounds rough, want to talk about it?'],
        '[why are you making this a whole thing]': ["I can tell this matters to you, what's going on?", 'that sounds rough, want to talk about it?'],
      },
      clean: ["it's just a game night, bring snacks!", "take your time, no rush"],
    },
  }),
];

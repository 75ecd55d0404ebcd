import { defineRule } from './rule';
import { defineLearnedRule, practiceLines, withoutTrailingAsides } from './learned';
import type { Alternative, Rule, RuleMatch } from './rule';
import type { SentenceContext } from '../context';
import { group, inPast, leadInStart, stripEnd, verbForms } from './helpers';
import { polarity } from '../polarity';

const DIRECT = 'Say the real request directly';
const YOURSELF = '(?:yourself|urself|yerself|ur\\s+self|your\\s+self)';
const direct = (replacement: string): Alternative[] => [{ replacement, label: DIRECT }];
// A correction or a comparison that a closing smile turns into a dig ("everyone else managed fine 🙂").
const CORRECTION = /\b(?:not\s+your|(?:is|are)\s+not\s+(?:a|an|the)\s+(?!problem|bother|worry|big\s+deal)|would\s+be\s+(?:great|nice|good|lovely)\s+if|next\s+time|again|some\s+of\s+us|everyone\s+else|other\s+(?:people|parents|teams)|as\s+(?:i|we)\s+(?:said|mentioned)|still\s+waiting)\b/i;

/**
 * "must be nice to sleep in every day lol" → "I'd love to sleep in every day too": the envy the sarcasm wraps,
 * said as the writer's own wish, with what they wish for in their words. Only where the wish is all that follows
 * (not "… when you can't find a weekend to visit", whose point is the jab).
 */
function wishPlainly(m: RuleMatch, ctx: SentenceContext): Alternative[] {
  const lead = WISH_LEAD.exec(ctx.text.slice(m.end));
  if (!lead) return [];
  const wish = withoutTrailingAsides(ctx.text.slice(m.end + lead[0].length)).replace(I_GUESS, '');
  if (/[,;.!?…]/u.test(wish) || JAB_CLAUSE.test(wish) || (wish.match(/[\p{L}\p{N}]+/gu) ?? []).length < 2) return [];
  return [{ replacement: `I'd love to ${wish} too`, label: 'Say the wish plainly', range: { start: m.start, end: ctx.text.length } }];
}
const WISH_LEAD = /^\s+to\s+(?:just\s+|get\s+to\s+)?/iu;
// "… i guess" shrugs the wish off; the run of spaces before it is matched from its start only.
const I_GUESS = /(?<!\s)\s+i\s+guess$/iu;
// A clause that carries the point: "… when you can't find a weekend to visit".
const JAB_CLAUSE = /\b(?:when|while|whilst|if|unlike|but)\b/iu;

/** The hint's complaint said as the writer's own: "It bothers me that …", scare quotes and all sarcasm taken off. */
function saidPlainly(m: RuleMatch, ctx: SentenceContext): Alternative[] {
  // "Love how I find out from LinkedIn": the sarcastic present is one time the writer found out.
  const complaint = stripEnd(ctx.text.slice(m.end)).replace(SCARE_QUOTED, '$1').trim().replace(LEARNT_OF, (_, i: string, verb: string) => `${i}${verbForms(verb).past}`);
  if ((complaint.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return [];
  return [{ replacement: `It bothers me that ${complaint}.`, label: 'Say it plainly', range: { start: m.start, end: ctx.text.length } }];
}
const LEARNT_OF = /^(i\s+)(find|hear|learn|see|get)(?=\s)/iu;
// 'too tired' → too tired: the quotes that make the reader's words a sneer.
const SCARE_QUOTED = /['‘"“]([\p{L}\s]{1,40}?)['’"”](?!\p{L})/gu;

/** Tense outside the flagged words, or right after a tense sentence: "u made me late, i hope ur proud of urself". */
const tenseAround = (m: RuleMatch, ctx: SentenceContext): boolean =>
  ctx.afterTension || polarity(`${ctx.text.slice(0, m.start)} ${ctx.text.slice(m.end)}`) < 0;

// What makes "love how …" a complaint: the reader's habit, a slight, or finding out last.
const COMPLAINT = /\b(?:never|always|still|again|only|nobody|no\s+one|find\s+out|found\s+out|forgot|forget|late|ignor\w*|as\s+usual|apparently|suddenly)\b/iu;
const complaintFollows = (m: RuleMatch, ctx: SentenceContext): boolean => {
  const rest = ctx.text.slice(m.end);
  return polarity(rest) <= 0 && (COMPLAINT.test(rest) || tenseAround(m, ctx));
};

/** "thanks for ruining dinner" → "I'm upset that you ruined dinner": the harm the thanks was for, said plainly. */
function harmPlainly(m: RuleMatch, ctx: SentenceContext): Alternative[] {
  const done = `you ${inPast(group(m, ctx, 'harm'))}`;
  return [
    { replacement: `I'm upset that ${done}`, label: 'Say the feeling plainly' },
    { replacement: `it really hurt when ${done}`, label: 'Name the impact' },
  ];
}

/** "Thanks for finally getting back to me" → "Thanks for getting back to me": the thanks without the dig. */
function thanksPlainly(m: RuleMatch, ctx: SentenceContext): Alternative[] {
  const thanks = group(m, ctx, 'thanks');
  const rest = stripEnd(ctx.text.slice(m.end));
  return [
    { replacement: thanks, label: 'Thank them plainly' },
    ...(rest ? [{ replacement: `${thanks} ${rest} — the wait was stressful for me.`, label: 'Name the impact', range: { start: m.start, end: ctx.text.length } }] : []),
  ];
}

export const passiveAggressiveRules: Rule[] = [
  defineRule({
    id: 'passive-aggressive/as-i-said',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['per', 'as'],
    message: 'Pointing out that you already said it scolds them between the lines; restating the point plainly is kinder.',
    patterns: [
      '(?<flag>as\\s+(?:stated|mentioned|explained|noted)\\s+in\\s+(?:my|our)\\s+(?:last|previous|earlier)\\s+(?:(?:two|three|four|five|few|\\d+)\\s+)?(?:emails?|messages?|replies|responses|mails?|texts?|msgs?))',
      '(?<flag>per\\s+my\\s+(?:last|previous|earlier)\\s+(?:(?:two|three|four|five|few|\\d+)\\s+)?(?:emails?|e-mails?|messages?|mails?|notes?|texts?|msgs?))',
      '(?<flag>as\\s+(?:i|i{apos}ve|ive)\\s+{filler}(?:already\\s+)?(?:mentioned|said|stated|noted|explained|told\\s+you|pointed\\s+out)(?:\\s+(?:before|previously|earlier|already|again|multiple\\s+times|several\\s+times|many\\s+times|in\\s+my\\s+(?:last|previous|earlier)\\s+{w}))+)',
      '(?<flag>as\\s+(?:i|i{apos}ve|ive)\\s+already\\s+(?:mentioned|said|stated|noted|explained|told\\s+you))',
      // "As I have already explained twice", "as previously stated": the reminder without the message it points to.
      '(?<flag>as\\s+(?:i|we)\\s+(?:have|had)\\s+(?:already|previously)\\s+(?:mentioned|said|stated|noted|explained|told\\s+{you}|pointed\\s+out)(?:\\s+(?:twice|before|several\\s+times|multiple\\s+times))?)',
      '(?<flag>as\\s+(?:previously|already)\\s+(?:stated|mentioned|explained|advised|noted|said))(?!\\s+\\(?(?:twice|thrice|three\\s+times|multiple\\s+times|several\\s+times|\\d+\\s+times))',
    ],
    unless: ['reported'],
    suggest(m, ctx) {
      // "As per my previous email": the "As" goes with it ("As just to recap" would not read).
      const range = { start: leadInStart(ctx.text.slice(0, m.start), /(?<![\p{L}'’])as$/iu, 1), end: m.end };
      return [
        { replacement: 'just to recap', label: 'Restate without the dig', range },
        { replacement: 'to make sure we are on the same page', label: 'Keep it collaborative', range },
      ];
    },
    examples: {
      flagged: {
        '[As stated in our previous three replies], the item is outside the window.': ['The item is outside the window.', 'Just to recap, the item is outside the window.', 'To make sure we are on the same page, the item is outside the window.'],
        '[as i literally said before], it takes two minutes': ['it takes two minutes', 'just to recap, it takes two minutes', 'to make sure we are on the same page, it takes two minutes'],
        'As [per my previous email], the deposit will be returned once the inspection is complete.': ['The deposit will be returned once the inspection is complete.', 'Just to recap, the deposit will be returned once the inspection is complete.', 'To make sure we are on the same page, the deposit will be returned once the inspection is complete.'],
        '[per my last email], the deadline is Friday': ['the deadline is Friday', 'just to recap, the deadline is Friday', 'to make sure we are on the same page, the deadline is Friday'],
        '[As I mentioned in my previous email], the forms are due.': ['The forms are due.', 'Just to recap, the forms are due.', 'To make sure we are on the same page, the forms are due.'],
        "[As I've said before], it takes two minutes.": ['It takes two minutes.', 'Just to recap, it takes two minutes.', 'To make sure we are on the same page, it takes two minutes.'],
        '[as ive said before], it takes two minutes': ['it takes two minutes', 'just to recap, it takes two minutes', 'to make sure we are on the same page, it takes two minutes'],
        '[as i already said], no': ['just to recap, no', 'to make sure we are on the same page, no'],
        '[As I have already explained twice], the refund policy does not cover opened items.': ['The refund policy does not cover opened items.', 'Just to recap, the refund policy does not cover opened items.', 'To make sure we are on the same page, the refund policy does not cover opened items.'],
        '[as previously mentioned], the tap is still leaking': ['the tap is still leaking', 'just to recap, the tap is still leaking', 'to make sure we are on the same page, the tap is still leaking'],
        '[As we had previously said], the room is booked.': ['The room is booked.', 'Just to recap, the room is booked.', 'To make sure we are on the same page, the room is booked.'],
        '[per my last msg], the deadline is friday': ['the deadline is friday', 'just to recap, the deadline is friday', 'to make sure we are on the same page, the deadline is friday'],
      },
      clean: ['As discussed on Monday, the launch moved.', 'Per our conversation yesterday, here is the contract.', 'As previously agreed, the invoice goes out Friday.', 'as I have said to the kids, we can go after lunch'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/must-be-nice',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['nice'],
    message: '"Must be nice" wraps resentment in a compliment; saying what you need is clearer.',
    patterns: ['(?<flag>must\\s+be?\\s+(?:real\\s+)?nice)'],
    unless: ['positive', 'reported'],
    // Envy said with delight ("must be nice in Lisbon, send pics!!") is warm.
    when: (m, ctx) => !/!{2,}|send\s+(?:me\s+)?(?:some\s+)?(?:pics|photos?)|pics\s+pl(?:s|z|ease)|proud\s+of|enjoy/i.test(ctx.text.slice(m.end)),
    suggest(m, ctx) {
      return [
        ...wishPlainly(m, ctx),
        { replacement: "I'm a bit envious, honestly, and I could use a hand", label: DIRECT, range: 'sentence' },
        { replacement: "I'd love some help with this", label: 'Ask for what you need', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        '[must be real nice] to just sleep in every day lol': ["I'd love to sleep in every day too", "I'm a bit envious, honestly, and I could use a hand.", "I'd love some help with this."],
        'ugh [must b nice] to get to work from home 🙄': ["ugh I'd love to work from home too", "I'm a bit envious, honestly, and I could use a hand.", "I'd love some help with this."],
        '[must be nice] to sleep in every day': ["I'd love to sleep in every day too", "I'm a bit envious, honestly, and I could use a hand.", "I'd love some help with this."],
        '[Must be nice].': ["I'm a bit envious, honestly, and I could use a hand.", "I'd love some help with this."],
        '[must be real nice] to have a car': ["I'd love to have a car too", "I'm a bit envious, honestly, and I could use a hand.", "I'd love some help with this."],
        '[must b nice] to sleep in every day': ["I'd love to sleep in every day too", "I'm a bit envious, honestly, and I could use a hand.", "I'd love some help with this."],
      },
      clean: ["it'd be nice to have free time too, I'm jealous haha", 'it must be so nice to finally be on holiday!! send pics 🏖️', 'must be nice up there, send pics!!', 'Must be nice having the new kitchen in, enjoy it'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/disclaimer',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['offense', 'offence', 'respect', 'rude', 'wrong', 'saying', 'sayin', 'thought', 'some', 'funny', 'personally'],
    message: 'A disclaimer like this warns that a jab is coming, and the jab lands anyway.',
    patterns: [
      '(?<flag>no\\s+offen[cs]e,?\\s+but|with\\s+all\\s+due\\s+respect|not\\s+to\\s+be\\s+rude,?\\s+but|{dont}\\s+take\\s+this\\s+the\\s+wrong\\s+way,?\\s+but)',
      '(?<flag>(?:{im}\\s+)?just\\s+sayin(?:g|{apos})?)(?=\\s*[,.!…]|\\s*$)',
      '(?<flag>just\\s+a\\s+thought)(?=[.!\\s]*$)',
      "(?<flag>{im}\\s+not\\s+being\\s+funny,?\\s+but|{dont}\\s+take\\s+(?:it|this)\\s+personally,?\\s+(?:{w},?\\s+)?but)",
      {
        // "some of us actually work weekends": the reader is the rest of "us", told off without being named.
        pattern: '(?<flag>some\\s+of\\s+us\\s+(?:actually|have\\s+to|work|don{apos}?t|do|can{apos}?t|seem|need|manage|have\\s+been|had\\s+to|(?:also|still)\\s+(?:work|have|do|manage|need)))',
        // The verb stays, which agrees with "I" as it did with "us" ("I have been paying", "I have to get up early");
        // only the "actually" that carried the dig goes.
        suggest: (m) => [{ replacement: m.text.replace(/^some\s+of\s+us(?:\s+actually)?/iu, 'I'), label: 'Speak for yourself' }],
      },
    ],
    unless: ['reported', 'positive'],
    suggest(m, ctx) {
      // "Honestly" leads what follows; a disclaimer that closes its sentence ("… Just a thought.") has nothing to lead.
      const rest = ctx.text.slice(m.end);
      const direct = /^[\s.!?…]*$/u.test(rest) ? [] : [{ replacement: /^\s*,/u.test(rest) ? 'honestly' : 'honestly,', label: 'Be direct' }];
      // "No offense, but the plan is bad" → "The plan is bad": what the disclaimer led becomes the sentence's start,
      // with its capital where the writer uses them.
      const next = /^[\s,]*(?=\p{Ll})/u.exec(rest);
      if (next && ctx.text.slice(0, m.start).trim() === '' && /^\p{Lu}/u.test(m.text)) {
        const end = m.end + next[0].length + 1;
        return [{ replacement: ctx.text.charAt(end - 1).toUpperCase(), label: 'Drop the disclaimer', range: { start: m.start, end } }, ...direct];
      }
      return [{ replacement: '', label: 'Drop the disclaimer' }, ...direct];
    },
    examples: {
      flagged: {
        '[no offense, but] your cooking is bland': ['your cooking is bland', 'honestly, your cooking is bland'],
        '[just saying], the sink is full': ['the sink is full', 'honestly, the sink is full'],
        'maybe check next time. [Just a thought].': ['maybe check next time.', "maybe check next time. I'd like to be direct: this is bothering me, and I'd like us to talk about it.", 'maybe check next time. Can we talk about this? It has been on my mind.'],
        '[Some of us have to] get up early.': ['I have to get up early.', "I'd like to be direct: this is bothering me, and I'd like us to talk about it.", 'Can we talk about this? It has been on my mind.'],
        '[some of us actually] work weekends': ['I work weekends', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        '[no offence but] ur cooking is bland': ['ur cooking is bland', 'honestly, ur cooking is bland'],
        '[just sayin], the sink is full': ['the sink is full', 'honestly, the sink is full'],
        "[I'm not being funny but] the bins are yours": ['The bins are yours', 'Honestly, the bins are yours'],
        "[Don't take it personally, darling, but] the soup was cold": ['The soup was cold', 'Honestly, the soup was cold'],
      },
      clean: ['just saying hi 👋', 'no offense taken at all!', 'just sayin hi, miss u 💕'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/do-whatever',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['whatever', 'what', 'wat', 'watever'],
    message: '"Do whatever you want" sounds like permission but means the opposite; saying what you want is fairer.',
    patterns: [
      '(?<flag>(?:fine|ok|okay|sure|whatever)[,.]?\\s+(?:just\\s+)?do\\s+(?:whatever|what|wat|watever)\\s+(?:{you}|ya)\\s+want)',
      '(?<flag>(?:just\\s+)?do\\s+(?:whatever|what|wat|watever)\\s+(?:{you}|ya)\\s+want)(?=\\s*(?:[.!]+\\s*)?$)',
    ],
    unless: ['positive', 'reported', 'sincere-question'],
    suggest() {
      return [
        { replacement: "I'm not happy with this, but it's your call — can we talk about it first?", label: DIRECT },
        { replacement: "I'd rather we decide this together", label: 'Say what you want' },
      ];
    },
    examples: {
      flagged: {
        '[fine, just do whatever u want]': ["I'm not happy with this, but it's ur call — can we talk about it first?", "I'd rather we decide this together"],
        '[fine, do whatever you want]': ["I'm not happy with this, but it's your call — can we talk about it first?", "I'd rather we decide this together"],
        '[DO WHAT YOU WANT]': ["I'm not happy with this, but it's your call — can we talk about it first?", "I'd rather we decide this together"],
        '[fine do whatever u want]': ["I'm not happy with this, but it's ur call — can we talk about it first?", "I'd rather we decide this together"],
        '[fine, do wat u want]': ["I'm not happy with this, but it's ur call — can we talk about it first?", "I'd rather we decide this together"],
      },
      clean: ['do whatever you want on your birthday, love you! 🎉', 'do wat u want for dinner, im easy'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/sarcastic-thanks',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['happy', 'thanks', 'thank', 'thx', 'thanx', 'cheers', 'ta', 'love', 'loving', 'time', 'finally', 'nice', 'glad', 'good', 'hope', 'look', 'congrats', 'congratulations', 'bless'],
    message: 'Sarcastic thanks says the opposite of what it means, which is harder to answer than the plain feeling.',
    patterns: [
      '(?<flag>(?:i\\s+)?hope\\s+{youre}\\s+happy|(?:thanks|thank\\s+you|thx|thanx|cheers)\\s+for\\s+{filler}(?:nothing|nothin)|(?:love|loving)\\s+that\\s+for\\s+me|(?:glad|nice|good)\\s+(?:to\\s+see\\s+)?{you}\\s+finally\\s+(?:found|had|made)\\s+(?:the\\s+|some\\s+)?time|nice\\s+of\\s+{you}\\s+to\\s+(?:finally\\s+)?(?:show|join|reply|answer|call)|{you}\\s+finally\\s+(?:found|decided|bothered|remembered|showed))',
      // Thanks that counts the wait: "thanks for finally replying".
      { pattern: '(?<flag>(?<thanks>(?:thanks|thank\\s+you|thx|thanx|cheers|ta)(?:\\s+so\\s+much)?\\s+for)\\s+finally)(?=\\s+\\w)', suggest: thanksPlainly },
      // Warmth that is really a jab: "love how you always…", "look who finally decided to reply", "bless your heart".
      '(?<flag>(?:i\\s+)?(?:love|loving|luv)\\s+how\\s+{you}\\s+(?:always|never|just|can|could|manage|managed|find|found|get|got)|look\\s+who(?:{apos}s|\\s+is)?\\s+(?:finally\\s+)?(?:decided|bothered|showed)|congrat(?:s|ulations)\\s+on\\s+finally\\s+{w}|bless\\s+{your}\\s+(?:little\\s+)?heart)',
    ],
    unless: ['reported', 'sincere-question', 'positive'],
    suggest() {
      return [
        { replacement: "I'm honestly frustrated about this", label: DIRECT },
        { replacement: 'that hurt a bit, to be honest', label: 'Name the feeling' },
      ];
    },
    examples: {
      flagged: {
        "now the laptop won't turn on. [Cheers for nothing].": ["now the laptop won't turn on.", "now the laptop won't turn on. I'm honestly frustrated about this.", "now the laptop won't turn on. That hurt a bit, to be honest."],
        '[thx for literally nothing]': ["I'm honestly frustrated about this", 'that hurt a bit, to be honest'],
        'we got kicked out, [hope ur happy]': ['we got kicked out', "we got kicked out, I'm honestly frustrated about this", 'we got kicked out, that hurt a bit, to be honest'],
        '[thanks for nothing]': ["I'm honestly frustrated about this", 'that hurt a bit, to be honest'],
        '[glad you finally found time] for me 🙂': ["I'm honestly frustrated about this for me 🙂", 'that hurt a bit, to be honest for me 🙂'],
        '[thx for nothing]': ["I'm honestly frustrated about this", 'that hurt a bit, to be honest'],
        '[hope youre happy] now': ["I'm honestly frustrated about this now", 'that hurt a bit, to be honest now'],
        '[glad u finally found time] for me': ["I'm honestly frustrated about this for me", 'that hurt a bit, to be honest for me'],
        '[Nice of you to show] up.': ["I'm honestly frustrated about this up.", 'That hurt a bit, to be honest up.'],
        '[Love how you always] find time for your friends but never for me': ["I'm honestly frustrated about this find time for your friends but never for me", 'That hurt a bit, to be honest find time for your friends but never for me'],
        'oh [look who finally decided] to reply': ["oh I'm honestly frustrated about this to reply", 'oh that hurt a bit, to be honest to reply'],
        '[congrats on finally reading] the group chat lol': ["I'm honestly frustrated about this the group chat lol", 'that hurt a bit, to be honest the group chat lol'],
        '[Thanks for finally] getting back to me after two weeks.': ['Thanks for getting back to me after two weeks.', 'Thanks for getting back to me after two weeks — the wait was stressful for me.'],
        'well, [bless your heart] for trying': ["well, I'm honestly frustrated about this for trying", 'well, that hurt a bit, to be honest for trying'],
      },
      clean: ['thanks a lot for the flowers!! 💕', 'thanks for that, super helpful!', 'i love how you always remember my coffee order 🥹', 'look who is back from holiday!! missed you 💕', 'thanks for finally fixing the sink, really appreciate it']
    },
  }),
  defineRule({
    id: 'passive-aggressive/credit-for-harm',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['thanks', 'thank', 'thx', 'thanx', 'cheers', 'ta', 'hope', 'proud', 'satisfied', 'pleased', 'happy'],
    message: 'Thanking them for a harm, or asking if it pleases them, says the hurt sideways; saying it plainly is easier to answer.',
    // Thanks whose object is a harm is never sincere, so warm words around it do not turn it off.
    patterns: [
      // Thanks for a harm: "thanks for ruining dinner", "cheers for wasting everyone's afternoon".
      {
        pattern: '(?<flag>(?:thanks|thank\\s+you|thx|thanx|cheers|ta)\\s+(?:so\\s+much\\s+|a\\s+lot\\s+|a\\s+bunch\\s+)?for\\s+(?:(?:totally|completely|just|really|literally)\\s+)?(?<harm>(?:ruin|wast|ignor|forgett|wreck|mess|screw|ditch|abandon|embarrass|spoil|humiliat|ghost|bail)ing))(?![\\w\'’])',
        suggest: harmPlainly,
      },
      // The reader asked whether the harm pleases them: "hope ur proud of urself", and after a tense sentence "Proud of yourself?".
      {
        pattern: `(?<flag>(?:i\\s+)?hope\\s+{youre}\\s+(?:proud\\s+of|pleased\\s+with)\\s+${YOURSELF})`,
        // Said after good news it is warm ("I hope you're proud of yourself, you earned it").
        when: tenseAround,
      },
      {
        pattern: `^\\W*(?:(?:so|well|oh)[,\\s]+)?(?<flag>(?:happy|satisfied|proud\\s+of\\s+${YOURSELF}|pleased\\s+with\\s+${YOURSELF})(?:\\s+now)?)\\s*\\?[?!\\s]*$`,
        when: (_m, ctx) => ctx.afterTension,
        // The question is the whole sentence: the feeling takes its place, question mark and all.
        suggest: () => [
          { replacement: "I'm really hurt by this.", label: 'Say the feeling plainly', range: 'sentence' },
          { replacement: 'This really upset me.', label: 'Name the impact', range: 'sentence' },
        ],
      },
    ],
    unless: ['reported'],
    suggest() {
      return [
        { replacement: "I'm really hurt by this", label: 'Say the feeling plainly' },
        { replacement: 'this really upset me', label: 'Name the impact' },
      ];
    },
    examples: {
      flagged: {
        '[thanks for ruining] dinner, really': ["I'm upset that you ruined dinner, really", "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        "[Cheers for wasting] everyone's afternoon, Mark.": ["I'm upset that you wasted everyone's afternoon, Mark.", "It really hurt when you wasted everyone's afternoon, Mark."],
        '[thx so much for totally forgetting] my bday': ["I'm upset that you forgot my bday", 'it really hurt when you forgot my bday'],
        'u made me late for my interview, [i hope ur proud of urself]': ['u made me late for my interview', "u made me late for my interview, I'm really hurt by this", 'u made me late for my interview, this really upset me'],
        'You made your sister cry. [Proud of yourself]?': ['You made your sister cry.', "You made your sister cry. I'm really hurt by this.", 'You made your sister cry. This really upset me.'],
        'my mum is crying now. [happy]? this is ur doing': ['my mum is crying now. this is ur doing', "my mum is crying now. I'm really hurt by this. this is ur doing", 'my mum is crying now. this really upset me. this is ur doing'],
      },
      clean: ['thanks for breaking the news gently, it helped', 'Happy?', 'you got the job! proud of yourself?', 'I hope you are proud of yourself, you earned it', 'thanks for losing sleep over my essay, you are the best'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/martyr',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['myself', 'without', 'worry', 'someone', 'guess', 'again', 'forward', 'convenience', 'thread', 'email', 'sorry', 'clean', 'handle', 'fix', 'like', 'that', 'apparently', 'would'],
    message: 'Martyred lines hint at hurt instead of naming it, so the other person has to guess.',
    patterns: [
      {
        pattern: '(?<flag>{ill}\\s+just\\s+do\\s+it\\s+myself|(?:as\\s+usual\\s+)?i{apos}?ll\\s+(?:just\\s+)?(?:clean|handle|fix)\\s+it\\s+(?:myself|like\\s+always))',
        suggest: () => direct('I could really use a hand with this'),
      },
      { pattern: '(?<flag>(?:have\\s+fun|enjoy)\\s+without\\s+me(?:\\s+i\\s+guess)?)', suggest: () => direct("I'm a bit sad to miss it") },
      { pattern: '(?<flag>{dont}\\s+worry\\s+about\\s+me(?:\\s+i\\s+guess)?)', suggest: () => direct("I'm feeling a bit left out") },
      {
        pattern: '(?<flag>{im}\\s+sure\\s+someone\\s+else\\s+will(?<task>(?:\\s+{w}){0,3}))',
        suggest: (m) => direct(`could someone else ${m.groups.task?.trim() || 'do it'}`),
      },
      {
        pattern: '(?<flag>i\\s+guess\\s+i{apos}?ll\\s+just(?<task>(?:\\s+{w}){1,3}))',
        suggest: (m) => direct(`I'll ${m.groups.task?.trim() ?? ''}, but I'd love some help`),
      },
      {
        // The hurt said as if it did not count: "not like my plans mattered", "not that anyone asked".
        // Left out where it stands apart; otherwise the category's direct lines say it.
        pattern: '(?<flag>not\\s+like\\s+(?:it|they|that|this|my\\s+{w}|i|what\\s+i\\s+{w})\\s+(?:{w}\\s+)?(?:matters?|mattered|counts?|counted)|not\\s+that\\s+(?:anyone|anybody|any\\s*one|you|u)\\s+(?:actually\\s+|even\\s+|really\\s+)?(?:cares?|cared|asked|noticed|listens?|listened|reads?))',
        suggest: () => [],
      },
      {
        // The only one who does it, said sideways: "since apparently I'm the only one without plans". The reason
        // goes; what the writer is doing stays.
        pattern: '(?<flag>(?:(?:since|because|cos|cause|as)\\s+)?apparently\\s+{im}\\s+the\\s+only\\s+one(?:\\s+{w}){0,3})',
        suggest: () => [{ replacement: '', label: 'Leave the dig out' }],
      },
      {
        // A denial of being upset that asks why one would be: "I'm not mad. Why would I be mad."
        pattern: '(?<flag>why\\s+would\\s+i\\s+(?:be|get|feel)\\s+(?:mad|upset|angry|annoyed|bothered|hurt|jealous|offended|sad))',
        suggest: () => [{ replacement: "I'm actually upset about this", label: 'Say the feeling', range: 'sentence' }],
      },
      { pattern: '(?<flag>friendly\\s+reminder\\s+(?:\\(again\\)|again))', suggest: () => direct('quick reminder') },
      { pattern: '(?<flag>\\(again\\))', suggest: () => [{ replacement: '', label: 'Leave out the dig' }] },
      {
        pattern: '(?<flag>going\\s+forward,?\\s+(?:it\\s+would\\s+be\\s+(?:great|nice|helpful|appreciated)\\s+if\\s+{you}|please\\s+make\\s+sure))',
        suggest: () => direct('could you'),
      },
      { pattern: '(?<flag>for\\s+your\\s+convenience)', suggest: () => [{ replacement: '', label: 'Leave out the dig' }] },
      { pattern: '(?<flag>read\\s+the\\s+(?:whole\\s+|entire\\s+)?(?:thread|email)\\s+before)', suggest: () => direct('check the thread before') },
      {
        pattern: '(?<flag>sorry\\s+(?:that\\s+|if\\s+)?{you}\\s+(?:feel|felt)\\s+that\\s+way|sorry\\s+(?:that\\s+|if\\s+)?{you}\\s+(?:were|got|are|{apos}re)\\s+(?:so\\s+)?(?:offended|upset)|sorry\\s+{youre}\\s+so\\s+(?:upset|sensitive|offended))',
        suggest: () => [
          { replacement: "I'm sorry this upset you — can you tell me more?", label: 'Apologise for the impact', range: 'sentence' },
          { replacement: 'I hear that this hurt. What would help?', label: 'Acknowledge it', range: 'sentence' },
        ],
      },
    ],
    unless: ['reported', 'sincere-question'],
    examples: {
      flagged: {
        "lol ok, I'll just cancel my plans then, [not like they mattered]": ["lol ok, I'll just cancel my plans then", "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        '[not like my opinion counts] anyway': ["honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        '[not that anyone even reads] these notes': ["honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'happy to help again [since apparently im the only one who cleans]': ['happy to help again', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        "I'm not mad. [Why would I be mad].": ["I'm not mad. I'm actually upset about this.", "I'm not mad. I'd like to be direct: this is bothering me, and I'd like us to talk about it.", "I'm not mad. Can we talk about this? It has been on my mind."],
        '[why would i get upset] lol': ["I'm actually upset about this.", "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        "[don't worry about me I guess]": ["I'm feeling a bit left out", "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        "[dont worry about me], i'll eat later": ["I'll eat later", "I'm feeling a bit left out, i'll eat later"],
        "[I'm sure someone else will do it]": ['Could someone else do it', "I'd like to be direct: this is bothering me, and I'd like us to talk about it.", 'Can we talk about this? It has been on my mind.'],
        '[i guess ill just walk home]': ["I'll walk home, but I'd love some help", "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        '[friendly reminder again] that rent is due': ['quick reminder that rent is due', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        '[Going forward, please make sure] you cc me.': ['Could you cc me.', "I'd like to be direct: this is bothering me, and I'd like us to talk about it.", 'Can we talk about this? It has been on my mind.'],
        '[going forward it would be great if you] replied': ['could you replied', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        "I've attached it again [for your convenience].": ["I've attached it again.", "I'd like to be direct: this is bothering me, and I'd like us to talk about it.", 'Can we talk about this? It has been on my mind.'],
        'pls [read the whole thread before] replying': ['pls check the thread before replying', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        "no worries, [I'll just do it myself]": ['no worries, I could really use a hand with this', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        '[have fun without me I guess]': ["I'm a bit sad to miss it", "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'trash goes out tuesdays [(again)]': ['trash goes out tuesdays', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        '[sorry you feel that way]': ["I'm sorry this upset you — can you tell me more?", 'I hear that this hurt. What would help?'],
        '[ill just do it myself]': ['I could really use a hand with this', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        '[sorry u feel that way]': ["I'm sorry this upset u — can u tell me more?", 'I hear that this hurt. What would help?'],
      },
      clean: ["I'll just do it tomorrow, no stress", 'sorry you had such a rough day ❤️'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/pointed-aside',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['funny', 'says', 'rush', 'worth', 'excuse', 'know', 'actually', 'bothers', 'busy', 'love', 'luv', 'glad', 'guess', 'naming', 'names', 'yourself', 'one', 'understand', 'surely', 'anything', 'presence', 'finally', 'eventually'],
    message: 'An aside that hints at the complaint ("funny how…", "hope it was worth it") makes them guess; saying it plainly is kinder.',
    patterns: [
      // A sentence-opening hint, said plainly instead: "Funny how you always find time for the gym" → "It bothers me
      // that you always find time for the gym".
      { pattern: '^\\W*(?<flag>funny\\s+(?:how|that)\\b)', suggest: saidPlainly },
      // "love how" is sarcastic only about a complaint ("Love how I find out about the reorg from LinkedIn"),
      // never about what the writer loves ("love how cozy the flat is").
      { pattern: '^\\W*(?<flag>(?:(?:gotta|got\\s+to|i|ya\\s+gotta|you\\s+gotta)\\s+)?(?:love|luv)\\s+how\\b)', suggest: saidPlainly, when: complaintFollows },
      // A closing verdict.
      '^\\W*(?<flag>says\\s+it\\s+all(?:\\s+really)?(?=[\\s.!…]*$))',
      "(?<flag>{dont}\\s+all\\s+rush\\s+at\\s+once|hope\\s+(?:it|that|the\\s+{w}|{your}\\s+{w})\\s+was\\s+worth\\s+it|excuse\\s+me\\s+for\\s+(?:having|being|wanting|breathing|existing|trying|asking|caring)|not\\s+that\\s+{you}(?:{apos}?d|\\s+would)\\s+know|as\\s+{you}(?:{apos}?d|\\s+would)\\s+know\\s+if)",
      // "those of you who actually read it": the ones who did are thanked, the rest are told off.
      "(?<flag>(?:those\\s+of\\s+you|anyone|someone|somebody|people)\\s+who\\s+actually\\s+(?:read|reads|did|does|bother(?:ed|s)?|show(?:ed|s)?|turn(?:ed|s)?|pays?|paid|work(?:ed|s)?|listen(?:ed|s)?|value(?:d|s)?|care(?:d|s)?|check(?:ed|s)?|repl(?:y|ied|ies)|answer(?:ed|s)?|help(?:ed|s)?)|if\\s+anyone\\s+(?:actually\\s+)?bothers\\s+to)",
      // "those of us who were actually online at 9": the ones who were are greeted, the rest are told off.
      '(?<flag>(?:those\\s+of\\s+(?:you|us)|anyone|people)\\s+who\\s+(?:were|was|are|is)\\s+actually\\s+(?:online|here|there|present|awake|on\\s+time|listening|paying\\s+attention|prepared|ready|working|at\\s+(?:work|their\\s+desks?|the\\s+meeting|practice)))',
      // "not like I had plans or anything", "glad you could finally grace us with your presence": the hurt, hinted at.
      '(?<flag>(?:{its}\\s+)?not\\s+like\\s+(?:i|we)\\s+(?:had|have|was|were|care|cared|matter|mattered)\\b(?:\\s+{w}){0,4}?\\s+or\\s+anything)',
      '(?<flag>(?:glad|nice|good|great)\\s+(?:of\\s+)?{you}\\s+could\\s+(?:finally|eventually)\\s+(?:join\\s+us|make\\s+it|show\\s+up|turn\\s+up|grace\\s+us(?:\\s+with\\s+{your}\\s+presence)?)|grace\\s+us\\s+with\\s+{your}\\s+presence)',
      // "not naming names", "you know who you are": the complaint aimed at someone everyone can guess.
      "(?<flag>not\\s+naming\\s+(?:any\\s+)?names|no\\s+names\\s+mentioned|{you}\\s+know\\s+who\\s+{youre}|whatever\\s+{you}\\s+need\\s+to\\s+tell\\s+yourself|(?:but\\s+)?sure,?\\s+{im}\\s+the\\s+(?:dramatic|crazy|bad|unreasonable|difficult|sensitive|problem)\\s+one)",
      "(?<flag>(?:{im}\\s+sure|i\\s+(?:do\\s+)?understand|i\\s+know)\\s+{youre}\\s+(?:very|super|so|really|sooo*)\\s+busy|surely\\s+there{apos}?s\\s+(?:a\\s+)?(?:very\\s+|really\\s+)?good\\s+reason|surely\\s+there\\s+is\\s+(?:a\\s+)?(?:very\\s+|really\\s+)?good\\s+reason|(?:love|luv)\\s+that\\s+for\\s+(?:you|u|us)|glad\\s+someone{apos}?s\\s+having\\s+fun|(?:enjoy|have\\s+fun\\s+at|have\\s+fun\\s+with)\\s+(?:{your}\\s+)?{w}\\s+i\\s+guess)",
    ],
    unless: ['reported', 'sincere-question', 'positive'],
    suggest() {
      return [
        { replacement: "I'm frustrated about this, and I'd rather say it plainly.", label: DIRECT, range: 'sentence' },
        { replacement: 'This bothered me — can we talk about it?', label: 'Name it and ask', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        'Well [excuse me for trying] to help.': ['Well I was trying to help.', "I'm frustrated about this, and I'd rather say it plainly.", 'This bothered me — can we talk about it?'],
        "[I do understand you're very busy]": ["I'm frustrated about this, and I'd rather say it plainly.", 'This bothered me — can we talk about it?'],
        'now we are in week 3. But [surely there is a very good reason].': ['now we are in week 3.', "now we are in week 3. I'm frustrated about this, and I'd rather say it plainly.", 'now we are in week 3. This bothered me — can we talk about it?'],
        '[not naming names] but SOMEONE forgot the chairs again': ["I'm frustrated about this, and I'd rather say it plainly.", 'this bothered me — can we talk about it?'],
        '[u know who u are] 👀': ["I'm frustrated about this, and I'd rather say it plainly.", 'this bothered me — can we talk about it?'],
        'Sure. [Whatever you need to tell yourself].': ["Sure. I'm frustrated about this, and I'd rather say it plainly.", 'Sure. This bothered me — can we talk about it?'],
        "[But sure, I'm the dramatic one].": ["I'm frustrated about this, and I'd rather say it plainly.", 'This bothered me — can we talk about it?'],
        "[Funny how] you're only 'too tired' when it's my friends.": ["It bothers me that you're only too tired when it's my friends.", "I'd like to be direct: this is bothering me, and I'd like us to talk about it.", 'Can we talk about this? It has been on my mind.'],
        '[Love how] I find out about the reorg from LinkedIn.': ['It bothers me that I found out about the reorg from LinkedIn.', "I'd like to be direct: this is bothering me, and I'd like us to talk about it.", 'Can we talk about this? It has been on my mind.'],
        '[gotta luv how] ur still not ready': ['it bothers me that ur still not ready.', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        '[Funny how] you always find time for the gym.': ["I'd like to be direct: this is bothering me, and I'd like us to talk about it.", 'Can we talk about this? It has been on my mind.'],
        'ok. [Says it all really].': ["ok. I'm frustrated about this, and I'd rather say it plainly.", 'ok. This bothered me — can we talk about it?'],
        "[Don't all rush at once].": ["I'm frustrated about this, and I'd rather say it plainly.", 'This bothered me — can we talk about it?'],
        'Kieran, [hope the lie-in was worth it].': ["I'm frustrated about this, and I'd rather say it plainly.", 'This bothered me — can we talk about it?'],
        '[excuse me for having] a job': ['I have a job', "I'm frustrated about this, and I'd rather say it plainly.", 'this bothered me — can we talk about it?'],
        '[Not that youd know].': ["I'm frustrated about this, and I'd rather say it plainly.", 'This bothered me — can we talk about it?'],
        'only [those of you who actually read] the papers will follow this': ["I'm frustrated about this, and I'd rather say it plainly.", 'this bothered me — can we talk about it?'],
        "[I'm sure you're very busy]": ["I'm frustrated about this, and I'd rather say it plainly.", 'This bothered me — can we talk about it?'],
        'train cancelled again. [love that for us]': ["train cancelled again. I'm frustrated about this, and I'd rather say it plainly.", 'train cancelled again. this bothered me — can we talk about it?'],
        '[those of us who were actually on time] have been waiting 20 minutes': ["I'm frustrated about this, and I'd rather say it plainly.", 'this bothered me — can we talk about it?'],
        'fine, cancel then. [not like i had plans or anything]': ["fine, cancel then. I'm frustrated about this, and I'd rather say it plainly.", 'fine, cancel then. this bothered me — can we talk about it?'],
        '[Glad you could finally grace us with your presence], Dan. We are on slide 14.': ["I'm frustrated about this, and I'd rather say it plainly. We are on slide 14.", 'This bothered me — can we talk about it? We are on slide 14.'],
        '[enjoy ur night i guess]': ["I'm frustrated about this, and I'd rather say it plainly.", 'this bothered me — can we talk about it?'],
      },
      clean: ["love how this turned out!!", "it's not like we had anything planned anyway, come over!", "glad you could make it, welcome!", "those of us who are actually vegetarian, there's a separate menu", "i love how cozy the new flat is", "I love how you always make me laugh", "the dog ate the cake, not naming names 😂 it was Biscuit", "sure, I'm the one bringing drinks!", 'funny how that song still makes me cry 😂 so good', 'hope the trip was worth it!! tell me everything 💕', "I'm sure you're busy, no rush at all, whenever suits", 'anyone who actually wants a slice, shout'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/keeping-count',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['time', 'informed', 'mentioned', 'stated', 'said', 'explained', 'requested', 'clear', 'ignore'],
    message: 'Counting how often you have asked turns a reminder into a reprimand; the request itself is easier to act on.',
    patterns: [
      '(?<flag>for\\s+the\\s+(?:third|fourth|fifth|sixth|tenth|nth|hundredth|millionth|\\d+(?:st|nd|rd|th))\\s+time)',
      '(?<flag>as\\s+(?:already\\s+|previously\\s+)?(?:informed|mentioned|stated|said|explained|requested)\\s+\\(?(?:twice|thrice|three\\s+times|multiple\\s+times|several\\s+times|\\d+\\s+times)\\)?)',
      '(?<flag>(?:apologies|sorry)\\s+if\\s+my\\s+(?:last|previous|earlier)\\s+(?:two|three|four|five|few|\\d+)\\s+(?:messages|emails|texts|msgs)\\s+(?:weren{apos}?t|wasn{apos}?t|were\\s+not|was\\s+not)\\s+clear(?:\\s+enough)?)',
      '(?<flag>feel\\s+free\\s+to\\s+ignore\\s+(?:this|it|me)(?:\\s+one)?\\s+(?:too|as\\s+well|again))',
    ],
    unless: ['reported', 'sincere-question', 'positive', 'excited'],
    suggest(m, ctx) {
      const before = ctx.text.slice(0, m.start);
      const after = ctx.text.slice(m.end);
      // "Just circling back on this for the fourth time" already follows up: the count alone goes. Only a count
      // that is a clause of its own can become one ("For the third time, …" → "Just following up on this, …").
      const ownClause = /(?:^|[,;:.!?…])\s*$/u.test(before) && /^\s*(?:[,;:.!?…]|$)/u.test(after);
      const leadWords = (before.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      return [
        ...(!ownClause && leadWords >= 2 ? [{ replacement: '', label: 'Leave the count out' }] : []),
        ...(ownClause ? [{ replacement: 'just following up on this', label: 'Follow up plainly' }] : []),
        { replacement: 'could you take a look when you get a chance?', label: 'Make it a request', range: 'sentence' as const },
      ];
    },
    examples: {
      flagged: {
        'Dad, [for the hundredth time], the TV is on HDMI 2.': ['Dad, the TV is on HDMI 2.', 'Dad, just following up on this, the TV is on HDMI 2.', 'Could you take a look when you get a chance?'],
        'Just circling back on this [for the fourth time].': ['Just circling back on this.', 'Could you take a look when you get a chance?'],
        'Kindly do the needful [as already informed twice].': ['Kindly do the needful.', 'Could you take a look when you get a chance?'],
        "[Apologies if my last three messages weren't clear].": ['Just following up on this.', 'Could you take a look when you get a chance?'],
        '[Feel free to ignore this one too].': ['Just following up on this.', 'Could you take a look when you get a chance?'],
        'asking [for the 3rd time] lol': ['could you take a look when you get a chance?', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'ok [as previously stated (twice)], secrets go in the vault': ['secrets go in the vault', 'could you take a look when you get a chance?'],
      },
      clean: ['for the third time this year we won the league!! 🎉', "sorry if my last message wasn't clear, here's the link again", "don't mind me, just grabbing my charger"]
    },
  }),
  defineRule({
    id: 'passive-aggressive/backhanded',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['surprisingly', 'brand'],
    message: 'Praise with a sting in it ("surprisingly organised for you") lands as the sting, and is hard to answer.',
    patterns: [
      {
        // The praise measured against what is expected of them: "surprisingly organised for you" → "really organised".
        pattern: '(?<flag>surprisingly\\s+(?<praise>(?:{w}\\s+){0,1}?{w})\\s+for\\s+(?:{you}|someone\\s+like\\s+{you}))(?![\\w\'’]|\\s+to\\b)',
        suggest: (m) => [{ replacement: `really ${m.groups.praise ?? ''}`, label: 'Keep the praise, drop the sting' }],
      },
      {
        // Their choice praised as typical of them, after the complaint: "…, very on brand".
        pattern: '(?<flag>(?:very|so|super)\\s+on\\s+brand)',
        suggest: () => [{ replacement: '', label: 'Leave the sting out' }],
      },
    ],
    unless: ['reported', 'sincere-question'],
    examples: {
      flagged: {
        'honestly the report was [surprisingly decent for you]': ['honestly the report was really decent', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'Great job! [Surprisingly organised for you].': ['Great job! Really organised.', "Great job! I'd like to be direct: this is bothering me, and I'd like us to talk about it.", 'Great job! Can we talk about this? It has been on my mind.'],
        '[surprisingly smart for u] tbh': ['really smart tbh', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'booked the table for 6 when there are 8 of us, [very on brand]': ['booked the table for 6 when there are 8 of us', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
      },
      clean: ['that was so brave of you, proud of you ❤️', 'the weather was surprisingly nice for a bank holiday weekend', 'this is surprisingly easy for you to set up'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/why-bother',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['bother', 'care', 'caring'],
    message: 'Saying you no longer care (or wonder why you bother) hides the hurt behind a shrug; naming it gives them something to answer.',
    patterns: [
      '(?<flag>(?:i\\s+)?(?:{dont}|do\\s+not)\\s+(?:even\\s+)?know\\s+why\\s+i\\s+(?:even\\s+)?bother|not\\s+sure\\s+why\\s+i\\s+(?:even\\s+)?bother|why\\s+do\\s+i\\s+(?:even\\s+)?bother|see\\s+if\\s+i\\s+care|(?:like|as\\s+if)\\s+i\\s+(?:even\\s+)?care|i{apos}?ve\\s+stopped\\s+caring)',
    ],
    unless: ['reported', 'negated'],
    suggest() {
      return [
        { replacement: "honestly, I'm feeling discouraged", label: 'Name the hurt' },
        { replacement: "I'm hurt, and I'd like to talk about it", label: 'Say what you need' },
      ];
    },
    examples: {
      flagged: {
        'u always bail last minute, [i dont even know why i bother] inviting u': ['u always bail last minute', "u always bail last minute, honestly, I'm feeling discouraged inviting u", "u always bail last minute, I'm hurt, and I'd like to talk about it inviting u"],
        'Fine. Go to Leeds. [See if I care].': ["Fine. Go to Leeds. Honestly, I'm feeling discouraged.", "Fine. Go to Leeds. I'm hurt, and I'd like to talk about it."],
        '[Not sure why I bother] writing design docs if nobody reads them': ["Honestly, I'm feeling discouraged writing design docs if nobody reads them", "I'm hurt, and I'd like to talk about it writing design docs if nobody reads them"],
        "Whatever. Ship it, [I've stopped caring].": ["Whatever. Ship it, honestly, I'm feeling discouraged.", "Whatever. Ship it, I'm hurt, and I'd like to talk about it."],
        'ok [why do i even bother]': ["ok honestly, I'm feeling discouraged", "ok I'm hurt, and I'd like to talk about it"],
      },
      clean: ["don't worry, I don't mind the bother at all", 'I care about you so much', 'not sure why the bus is late, ill text when i know'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/grudging-courtesy',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['guess'],
    message: 'A good wish with "I guess" tacked on takes the wish back, and says there is a grievance without naming it.',
    // "Happy birthday I guess.", "ur welcome i guess 🙃", "have a nice day I guess".
    patterns: [
      "(?<flag>(?<courtesy>happy\\s+{w}(?:\\s+{w})?|{youre}\\s+welcome|(?:you|u|ur|yr)\\s+welcome|have\\s+(?:a\\s+)?(?:nice|good|great|lovely|fun)(?:\\s+{w}){0,2}|congrat(?:s|ulations)(?:\\s+on\\s+{w}(?:\\s+{w}){0,2})?|thanks|thank\\s+{you}|thx|good\\s+luck(?:\\s+with\\s+{w}(?:\\s+{w})?)?|well\\s+done|enjoy(?:\\s+{w}){1,3})[,\\s]+i\\s+guess)(?=[\\s.!…🙃🙂🤷‍♀️]*$)",
    ],
    unless: ['reported'],
    suggest(m, ctx) {
      const courtesy = group(m, ctx, 'courtesy');
      return [
        { replacement: courtesy, label: 'Mean the wish, or leave it out' },
        { replacement: `${courtesy} — and something's been bothering me, can we talk?`, label: 'Name that something is wrong' },
      ];
    },
    examples: {
      flagged: {
        '[Happy birthday I guess].': ['Happy birthday.', "Happy birthday — and something's been bothering me, can we talk?"],
        '[ur welcome i guess] 🙃': ['ur welcome 🙃', "ur welcome — and something's been bothering me, can we talk? 🙃"],
        'Anyway, [have a nice day I guess].': ['Anyway, have a nice day.', "Anyway, have a nice day — and something's been bothering me, can we talk?"],
        '[congrats i guess]': ['congrats', "congrats — and something's been bothering me, can we talk?"],
        'honestly [enjoy ur trip i guess]': ['honestly enjoy ur trip', "honestly enjoy ur trip — and something's been bothering me, can we talk?"],
        'well [thanks, i guess]': ['well thanks', "well thanks — and something's been bothering me, can we talk?"],
      },
      clean: ['happy birthday!! I guess you are 30 now 😂', 'I guess I will have a nice day off tomorrow', 'thanks, I guess we can do Friday then'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/tight-smile',
    category: 'passive-aggressive',
    severity: 'warning',
    anchorTest: /🙂|🙃|😊/u,
    message: 'A smile closing a complaint reads as a tight smile: the complaint lands, with a dig on top.',
    // Judged after the word rules, once it is known whether the sentence itself is tense.
    delivery: true,
    patterns: ['(?<flag>(?:🙂|🙃|😊)+)(?=[\\s.!…]*$)'],
    unless: ['reported', 'excited'],
    when(m, ctx) {
      const words = ctx.masked.slice(0, m.start);
      return /\p{L}/u.test(words) && (ctx.tense === true || CORRECTION.test(words));
    },
    suggest: () => [{ replacement: '', label: 'Leave out the smile' }],
    examples: {
      flagged: {
        'as i said, the bins go out on tuesday [🙃]': ['as i said, the bins go out on tuesday', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'the fridge is not your personal storage [🙂🙂]': ['the fridge is not your personal storage', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'everyone else literally managed fine [🙂]': ['everyone else literally managed fine', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'the bins go out on tuesday AGAIN [🙃]': ["honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'pls dont leave ur dishes in the sink again [🙂]': ['pls dont leave ur dishes in the sink again', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
      },
      clean: ['see you tomorrow 🙂', 'no worries at all, take ur time 😊', 'this is not a problem at all 🙂', 'u r not the only one who forgot lol 🙃', "thanks for dinner, it was lovely 🙂", 'not bad for a first try 🙂'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/not-perfect-like-you',
    category: 'passive-aggressive',
    severity: 'warning',
    anchors: ['perfect', 'interesting', 'good', 'smart', 'everyone', 'sorry'],
    message: 'Running yourself down next to them ("sorry I\'m not perfect like you") is a dig dressed as an apology.',
    patterns: [
      '(?<flag>sorry\\s+{im}\\s+not\\s+(?:as\\s+{w}\\s+as\\s+{you}(?:r\\s+{w})?|(?:perfect|smart|good|organised|organized)\\s+(?:like|as)\\s+{you}|(?:good|smart|perfect)\\s+enough\\s+for\\s+{you}))',
      '(?<flag>not\\s+(?:everyone|everybody|all\\s+of\\s+us)\\s+can\\s+be\\s+(?:as\\s+)?(?:perfect|smart|organised|organized|amazing|clever|flawless|talented)\\s+(?:like|as)\\s+{you})',
    ],
    unless: ['reported', 'positive'],
    suggest() {
      return [
        { replacement: 'I felt criticised just now, and it stung.', label: 'Name the hurt', range: 'sentence' },
        { replacement: "I'm doing my best here — can we talk about what's bothering you?", label: 'Invite a conversation', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        "[sorry i'm not as interesting as your phone] 🙃": ['I felt criticised just now, and it stung.', "I'm doing my best here — can we talk about what's bothering you?"],
        "[sorry I'm not perfect like you] 🙄": ['I felt criticised just now, and it stung.', "I'm doing my best here — can we talk about what's bothering you?"],
        'I was tired, ok? [not everyone can be perfect like u]': ['I was tired, ok?', 'I was tired, ok? I felt criticised just now, and it stung.', "I was tired, ok? I'm doing my best here — can we talk about what's bothering u?"],
        '[sorry im not good enough for u]': ['I felt criticised just now, and it stung.', "I'm doing my best here — can we talk about what's bothering u?"],
      },
      clean: ["sorry I'm not as quick as usual today, long night", 'not everyone can be as lucky as you were with the weather haha', 'not everyone can be as organised as you, and that is fine, love you'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/sarcastic-tag',
    category: 'passive-aggressive',
    // Sarcasm after bad news is not a mild touch: shown from the balanced setting on.
    severity: 'warning',
    anchors: ['great', 'nice', 'perfect', 'wonderful', 'lovely', 'awesome', 'fantastic', 'convenient', 'typical', 'classic', 'figures', 'cool', 'brilliant', 'amazing', 'interesting', 'noted', 'know', 'thanks', 'thank', 'thx', 'alot'],
    message: 'A one-word "great" or "thanks a lot" right after bad news reads as sarcasm; the plain feeling is easier to answer.',
    delivery: true,
    patterns: [
      '^\\W*(?<flag>(?:just\\s+)?(?:great|nice|perfect|wonderful|lovely|awesome|fantastic|convenient|typical|classic|figures|cool(?:[\\s,]+cool)*|brilliant|amazing|interesting|noted|good\\s+to\\s+know))[.!…\\s]*$',
      '(?<flag>(?:thanks|thank\\s+you|thx)\\s+(?:a\\s+(?:lot|bunch|ton)|alot|for\\s+that))(?=\\s*(?:[.!]+\\s*)?$)',
    ],
    when(_m, ctx) {
      return ctx.tense === true || ctx.afterTension;
    },
    suggest() {
      return [
        { replacement: "I'm frustrated", label: 'Say the feeling' },
        { replacement: "that's hard for me", label: 'Name the impact' },
      ];
    },
    examples: {
      flagged: {
        'you ignored my texts all day but posted on insta. [interesting].': ['you ignored my texts all day but posted on insta.', "you ignored my texts all day but posted on insta. I'm frustrated.", "you ignored my texts all day but posted on insta. that's hard for me."],
        'so u lied to me about where u were. [cool cool cool].': ['so u lied to me about where u were.', "so u lied to me about where u were. I'm frustrated.", "so u lied to me about where u were. that's hard for me."],
        'oh so u CAN text back when u want something. [good to know]': ['oh so u CAN text back when u want something.', "oh so u CAN text back when u want something. I'm frustrated", "oh so u CAN text back when u want something. that's hard for me"],
        "we missed the bus because of the roadworks. [great].": ['we missed the bus because of the roadworks.', "we missed the bus because of the roadworks. I'm frustrated.", "we missed the bus because of the roadworks. that's hard for me."],
        'you embarrassed me in front of everyone, [thanks a lot]': ['you embarrassed me in front of everyone', "you embarrassed me in front of everyone, I'm frustrated", "you embarrassed me in front of everyone, that's hard for me"],
        'I missed the deadline because of the delay. [Thanks for that].': ['I missed the deadline because of the delay.', "I missed the deadline because of the delay. That's hard for me.", "I missed the deadline because of the delay. I'm frustrated."],
        'u embarrassed me in front of everyone, [thanks alot]': ['u embarrassed me in front of everyone', "u embarrassed me in front of everyone, I'm frustrated", "u embarrassed me in front of everyone, that's hard for me"],
        'u embarrassed me in front of everyone, [thx a lot]': ['u embarrassed me in front of everyone', "u embarrassed me in front of everyone, I'm frustrated", "u embarrassed me in front of everyone, that's hard for me"],
      },
      clean: ['great! see you then', 'Thanks a lot.', 'thanks for that, super helpful!', 'thx a lot!! love it', 'the museum opens at 9 on sundays. good to know!', 'interesting. tell me more?'],
    },
  }),
  defineRule({
    id: 'passive-aggressive/hedge',
    category: 'passive-aggressive',
    // A mild hedge: a hint, so only the strict setting shows it.
    severity: 'hint',
    anchors: ['guess', 'say', 'know', 'matters'],
    message: 'A shrugging tag like "just saying" takes back what you said while keeping the sting; saying it plainly is kinder.',
    patterns: [
      '^\\W*(?:fine|sure|ok|okay|alright)[,\\s]+(?<flag>i\\s+guess)(?=[\\s.!…]*$)',
      '^\\W*(?:well,?\\s+|ok,?\\s+|okay,?\\s+|sure,?\\s+)?(?<flag>if\\s+{you}\\s+say\\s+so)(?=[\\s.!…]*$)',
      '(?<flag>but\\s+what\\s+do\\s+i\\s+know)',
      '(?<flag>not\\s+that\\s+(?:it|anyone\\s+cares|my\\s+opinion)\\s+matters)',
    ],
    unless: ['reported'],
    suggest() {
      return [{ replacement: '', label: 'Say it plainly' }];
    },
    examples: {
      flagged: {
        'ok [if u say so]': ['ok', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'sure, [I guess]': ['sure', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'ok [if you say so]': ['ok', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        'the blue one looks better, [but what do I know]': ['the blue one looks better', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        "I'd have picked the later train, [not that it matters]": ["I'd have picked the later train", "I'd like to be direct: this is bothering me, and I'd like us to talk about it.", 'Can we talk about this? It has been on my mind.'],
      },
      clean: ['I guess we could try the new place!', 'if you say so to her she will listen', 'what do I know about boats? teach me!', 'it matters a lot to me'],
    },
  }),
  defineLearnedRule({
    category: 'passive-aggressive',
    unless: ['reported'],
    message: 'Saying it sideways makes them guess at what you feel; saying it plainly is kinder and clearer.',
    alternatives: practiceLines([
      { label: 'Say it directly', formal: "I'd like to be direct: this is bothering me, and I'd like us to talk about it.", casual: "honestly, this is bugging me and I'd rather just say it" },
      { label: 'Name the real request', formal: 'Can we talk about this? It has been on my mind.', casual: "can we talk about this? it's been on my mind" },
    ]),
    examples: {
      flagged: {
        "[you've been 'working on it' for three days 🙄]": ["you've been working on it for three days", "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        "[Friendly reminder for the 4th time that this breaks every Windows build 🙂]": ['This breaks every Windows build', "I'd like to be direct: this is bothering me, and I'd like us to talk about it.", 'Can we talk about this? It has been on my mind.'],
        '[just a gentle reminder that ur rent was due on the 1st 🙂]': ['ur rent was due on the 1st', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
        '[just a gentle reminder that the rent was due on the 1st 🙂]': ['the rent was due on the 1st', "honestly, this is bugging me and I'd rather just say it.", "can we talk about this? it's been on my mind."],
      },
      clean: ["so glad you could make it!!", "thanks for replying so fast"],
    },
  }),
];

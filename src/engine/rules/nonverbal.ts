import { addressesReader, isLaughing, type SentenceContext } from '../context';
import { defineRule } from './rule';
import { calmAlternatives, defineLearnedRule, feelingFirst } from './learned';
import { INTERJECTION_FIRST } from './helpers';
import type { Alternative, Rule, RuleMatch } from './rule';
import { ACRONYMS, sentenceCase } from '../text/case';

function isAcronym(word: string): boolean {
  const bare = word.replace(/['’]S$|[’'.,]/g, '');
  return ACRONYMS.has(bare) || bare.length <= 1 || /\d/.test(bare) || (bare.length <= 5 && !/[AEIOUY]/.test(bare));
}

// One word raised at someone: a charge ("you ALWAYS"), an order ("STOP"), or exasperation ("can you PLEASE", "i asked
// u ONE thing", "STILL not done"). Not "NOT", which in a debate stresses the point more often than it raises the voice
// ("the bible is NOT a land deed").
const RAISED_ANYWHERE = ['YOU', 'ALWAYS', 'NEVER', 'NOW', 'STOP', 'YOUR', 'AGAIN', 'STILL', 'ONE', 'EVEN', 'EVER', 'ONCE', 'SINGLE', 'LITERALLY', 'SERIOUSLY'];
// "PLEASE" is raised only in a request to them ("can you PLEASE stop"); in an instruction it stresses it ("PLEASE
// check the certificate dates"), so its pattern asks for the request.
const EMPHASIS = new Set([...RAISED_ANYWHERE, 'PLEASE']);
// Words that make capitals or piled marks read as anger even without a flagged phrase.
const EXASPERATION = /\b(?:how\s+many\s+times|how\s+dare|what\s+the|seriously|really|why\s+(?:didn['’]?t|don['’]?t|won['’]?t|can['’]?t|aren['’]?t|would|did|do|are|were)\s+(?:you|u))\b/i;

const DELIVERY_CUE = /[!?]{2}|\.\.\.|…|\p{Extended_Pictographic}/u;
// A word of hesitation trailing off.
const HESITATION = /^\W*(?:um+|uh+|erm*|hmm+|oh+|ah+|well|ok(?:ay)?|so)\s*(?:\.{3}|…)\W*$/iu;
/** Piled marks, a trailing-off, an emoji, or a word in capitals that is not an acronym ("BC", "NHS"). */
function hasDeliveryCue(text: string): boolean {
  return DELIVERY_CUE.test(text) || (text.match(/\b\p{Lu}{2,}(?:['’]\p{Lu}+)?\b/gu) ?? []).some((word) => !isAcronym(word));
}

// Laughing while in capitals is play ("lmaooo STOP 😂"), not a raised voice.

// A question in capitals keeps its question once it is calm ("WHO MERGED THIS" → "Who merged this?").
const QUESTION_FIRST = /^\W*(?:why|who|what|where|when|how|did|do|does|are|is|can|could|would|will)\b/iu;

/**
 * The raised voice (capitals, piled marks) turned into the feeling it carries, said in words before the short
 * clause it was in: "I'm frustrated — why didn't you call?". `calm` replaces the match. Not after a colon or a
 * dash, or more than eight words in, where the feeling would land on someone else's sentence.
 */
function feelingInstead(m: RuleMatch, ctx: SentenceContext, calm: string): Alternative[] {
  const lead = ctx.text.slice(0, m.start);
  if (/[:;—–]/u.test(lead) || lead.split(/\s+/).length > 8 || (lead.trim() === '' && /^\p{P}*$/u.test(calm)) || INTERJECTION_FIRST.test(lead + calm)) return [];
  return [{ replacement: feelingFirst(sentenceCase(lead) + calm), label: 'Say the feeling, not the volume', range: { start: 0, end: m.end } }];
}

export const nonverbalRules: Rule[] = [
  defineRule({
    id: 'nonverbal/shouting',
    category: 'nonverbal',
    severity: 'warning',
    // Two capitals together, or spaced out letter by letter: whatever the first pattern can match.
    anchorTest: /\p{Lu}{2}|\p{Lu}[\s,]+\p{Lu}/u,
    message: 'Capitals read as shouting, so the other person hears the volume before the words.',
    caseSensitive: true,
    delivery: true,
    patterns: [
      // A run of capitals is matched from its first letter only, so a long run is scanned once, not from each letter.
      "(?<flag>(?<![A-Z'’])[A-Z][A-Z'’]*(?:[\\s,]+[A-Z][A-Z'’]*)+)",
      // One emphasised word after lowercase text: the last letter before it is lowercase. Looked back at only from
      // a capital, and no further than the previous letter, so each stretch between letters is scanned once.
      `(?=[A-Z])(?<=[a-z][^A-Za-z]*\\s)(?<flag>${RAISED_ANYWHERE.join('|')})(?=[\\s,.!?]|$)`,
      "\\b(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill)\\s+(?:you|u)\\s+(?<flag>PLEASE)(?=[\\s,.!?]|$)",
    ],
    unless: ['excited', 'reported'],
    when(m, ctx) {
      // In an all-caps message capitals may just be how someone types; inside lowercase text they are raised.
      const raised = /[a-z]/.test(ctx.masked) && /\b(?:YOU|YOUR|U|UR|STOP|ANSWER)\b/.test(m.text);
      // A sentence in capitals, put to the reader or asked, is said loudly to them: a whole message, or one
      // sentence among lowercase ones ("WHERE ARE YOU. the movie started").
      // Asked: a question mark, or a question word leading the capitals ("WHY IS PROD STILL RED").
      const asked = /\?\s*$/.test(ctx.masked) || /^\W*(?:WHY|WHO|WHAT|WHERE|HOW)\b/.test(ctx.masked);
      const loudMessage = !ctx.typedInCapitals && !/\p{Ll}/u.test(ctx.masked) && (addressesReader(ctx.masked) || asked);
      if (!ctx.tense && !raised && !loudMessage && !EXASPERATION.test(ctx.masked)) return false;
      const words = m.text.split(/[\s,]+/).filter(Boolean);
      if (isLaughing(ctx) || ctx.typedInCapitals) return false;
      // One stressed word raises the voice at someone ("you ALWAYS do this"); in a notice it marks what matters
      // ("NEVER open both doors").
      if (words.length === 1) return EMPHASIS.has(words[0] as string) && /[a-z]/.test(ctx.masked) && addressesReader(ctx.masked);
      return words.filter((w) => !isAcronym(w) && w.replace(/['’]/g, '').length >= 2).length >= 2;
    },
    suggest(m, ctx) {
      const asked = QUESTION_FIRST.test(m.text) && ctx.text.slice(m.end).trim() === '' ? '?' : '';
      const calm = sentenceCase(m.text) + asked;
      return [{ replacement: calm, label: 'Use sentence case' }, ...feelingInstead(m, ctx, calm)];
    },
    examples: {
      flagged: {
        "[WHO MERGED THIS TO MAIN]": ['Who merged this to main?', "I'm frustrated — who merged this to main?"],
        'u [LITERALLY NEVER] listen': ['u literally never listen', "I'm frustrated — u literally never listen"],
        '[WHY DIDN’T YOU CALL]': ['Why didn’t you call?', "I'm frustrated — why didn’t you call?"],
        'come home [RIGHT NOW]': ['come home right now', 'Come home right now.', "I'm upset about this, and I'd like to talk it through."],
        'Can you [PLEASE] stop moving my stuff off my desk': ['Can you please stop moving my stuff off my desk', "I'm frustrated — can you please stop moving my stuff off my desk"],
        'you [ALWAYS] do this': ['you always do this', "I'm frustrated — you always do this"],
        '[DO NOT] touch my stuff': ['Do not touch my stuff', "I'm frustrated — do not touch my stuff"],
        '[WHY DIDNT U CALL]': ['Why didnt u call?', "I'm frustrated — why didnt u call?"],
        'u [ALWAYS] do this': ['u always do this', "I'm frustrated — u always do this"],
        '[ANSWER UR PHONE]': ['Answer ur phone', "I'm frustrated — answer ur phone"],
        '[WHY IS STAGING DOWN AGAIN]???': ['Why is staging down again???', "I'm frustrated — why is staging down again???"],
        '[WHERE ARE YOU]. the movie started 20 min ago': ['Where are you. the movie started 20 min ago', "I'm frustrated — where are you. the movie started 20 min ago"],
      },
      clean: ['IM GONNA MISS U SO MUCH', "WHO'S AWAKE I CAN'T SLEEP 😭", 'ASAP please, the client moved the call', 'just landed in NYC!', 'OMG CONGRATS!!! so proud of you 🎉', 'team lunch is FRIDAY not Thursday!', "lmaooo STOP 😂😂", 'HI HUN! IM NOT COMIN 2NITE, TELL EVERY1 IM SORRY. CALL U TMRW', 'OMG WE SHIPPED!!!', 'new volunteers: NEVER open both doors of the cat room, they escape', 'i asked you ONE thing and you did it!! thank you 😭', 'going forward PLEASE check the certificate dates before you deploy', 'the bus is STILL the best way in, honestly'],
    },
  }),
  defineRule({
    id: 'nonverbal/piled-marks',
    category: 'nonverbal',
    // Exasperation in a tense sentence ("seriously?!?!") is a warning; calm loudness is nonverbal/loud's hint.
    severity: 'warning',
    anchorTest: /[!?]{3}|\?!|!\?/,
    message: 'Piled-up marks read as raised voice or exasperation; one mark says it more calmly.',
    delivery: true,
    patterns: ['(?<flag>[!?]{3,}|(?:\\?!|!\\?)[!?]*)(?=[^!?]|$)'],
    unless: ['excited', 'reported'],
    when(m, ctx) {
      return m.text.length >= 3 && (ctx.tense === true || EXASPERATION.test(ctx.masked));
    },
    suggest(m, ctx) {
      return m.text.includes('?')
        ? [{ replacement: '?', label: 'One question mark' }, ...feelingInstead(m, ctx, '?')]
        : [
            { replacement: '.', label: 'A calm full stop' },
            { replacement: '!', label: 'One mark' },
            ...feelingInstead(m, ctx, '.'),
          ];
    },
    examples: {
      flagged: {
        'seriously[?!?!]': ['seriously?', "I'm frustrated — seriously?"],
        'pick up your phone[!!!!]': ['pick up your phone.', 'pick up your phone!', "I'm frustrated — pick up your phone."],
        "why aren't you answering[???]": ["why aren't you answering?", "I'm frustrated — why aren't you answering?"],
        'why arent u answering[???]': ['why arent u answering?', "I'm frustrated — why arent u answering?"],
        'pick up ur phone[!!!!!]': ['pick up ur phone.', 'pick up ur phone!', "I'm frustrated — pick up ur phone."],
      },
      clean: ["wait ur engaged?!?! omg congrats 🎉", "no way?!?! that is amazing", 'happy birthday!!! 🎂🎉 love you', 'yay!!! see u soon', 'you did that?! so sweet', 'thanks so much!!'],
    },
  }),
  defineRule({
    id: 'nonverbal/loud',
    category: 'nonverbal',
    severity: 'hint',
    anchorTest: /[!?]{3}|(?<!\p{Lu})\p{Lu}{3,}\s+\p{Lu}{3,}/u,
    message: 'Capitals and piled-up marks can read as a raised voice even when nothing else is tense.',
    // A hint (the strict setting only): loud delivery where the words are calm.
    delivery: true,
    caseSensitive: true,
    patterns: [
      { pattern: '(?<flag>[!?]{3,})', suggest: (m) => [{ replacement: m.text.includes('?') ? '?' : '!', label: 'Say it at normal volume' }] },
      {
        pattern: '(?<flag>(?<![A-Z])[A-Z]{3,}(?:\\s+[A-Z]{3,})+)',
        // Two capitalised words that are not acronyms ("READ THE NOTES", not "NASA API").
        when: (m) => m.text.split(/\s+/).filter((w) => !isAcronym(w)).length >= 2,
        suggest: (m) => [{ replacement: sentenceCase(m.text), label: 'Say it at normal volume' }],
      },
    ],
    unless: ['excited', 'reported'],
    when: (_m, ctx) => !ctx.tense,
    examples: {
      flagged: {
        'pls just [READ THE NOTES] b4 friday': ['pls just read the notes b4 friday', 'pls just read the notes b4 friday.', "I'm frustrated — pls just read the notes b4 friday."],
        'the meeting moved to monday[!!!]': ['the meeting moved to monday!', "I'm frustrated — the meeting moved to monday!", "I'm upset about this, and I'd like to talk it through."],
        'please [READ THE NOTES] before friday': ['please read the notes before friday', 'please read the notes before friday.', "I'm frustrated — please read the notes before friday."],
        'pls [READ THE NOTES] b4 friday': ['pls read the notes b4 friday', 'Pls read the notes b4 friday.', "I'm frustrated — pls read the notes b4 friday."],
      },
      clean: ['the meeting moved to monday!', 'OMG CONGRATS!!! so proud 🎉'],
    },
  }),
  defineRule({
    id: 'nonverbal/cold-reply',
    category: 'nonverbal',
    severity: 'warning',
    // The reply opens the message ("Fine. Bench me then."), so only its start is tested.
    anchorTest: /^\s*(?:just\s+)?(?:k+|fine|whatever)\b/i,
    message: 'A one-word reply with a full stop reads as cold, even when you only meant to be brief.',
    patterns: ['^\\s*(?<flag>(?:just\\s+)?(?<word>k+|fine|whatever)\\s*(?!\\s)(?<dot>\\.)?)\\s*$'],
    // A reply that is the whole message, or all of it but a few words ("Fine. Bench me then."): "K. Did you call me
    // just now?" acknowledges and goes on, and the "K." of "O. K. Great." is half of "OK".
    when(m, ctx) {
      const kOnly = /^k+$/i.test(m.groups.word ?? '');
      return ctx.whole ? kOnly || Boolean(m.groups.dot) : Boolean(m.groups.dot) && ctx.restIsCurt === true;
    },
    suggest(m, ctx) {
      const word = (m.groups.word ?? '').toLowerCase();
      const base = /^k+$/.test(word) ? 'okay' : word;
      // Before a jab ("Fine. Bench me then."), "sounds good!" would say the opposite of what follows.
      if (!ctx.whole) {
        return [
          { replacement: '', label: 'Leave it out' },
          { replacement: `${base}, I hear you.`, label: 'Warmer short reply' },
        ];
      }
      return [
        { replacement: `${base}, sounds good!`, label: 'Warmer short reply' },
        { replacement: `${base} — can we talk about it later?`, label: 'Say there is more' },
      ];
    },
    examples: {
      flagged: {
        '[just fine.]': ['fine, sounds good!', 'fine — can we talk about it later?'],
        '[k.]': ['okay, sounds good!', 'okay — can we talk about it later?'],
        '[k]': ['okay, sounds good!', 'okay — can we talk about it later?'],
        '[Fine.]': ['Fine, sounds good!', 'Fine — can we talk about it later?'],
        '[whatever.]': ['whatever, sounds good!', 'whatever — can we talk about it later?'],
        '[Fine.] Bench me then.': ['Bench me then.', 'Fine, I hear you. Bench me then.'],
        '[kk.]': ['okay, sounds good!', 'okay — can we talk about it later?'],
      },
      clean: ['ok', 'OK.', 'k see u at 7', 'kk see u soon', 'fine by me, saturday it is', 'K. Did you call me just now? I was in the shower', 'Fine. I had a long day but the kids are asleep now, so I can finally sit down.'],
    },
  }),
  defineRule({
    id: 'nonverbal/angry-face',
    category: 'nonverbal',
    // A glare at the reader, not a mild touch: shown from the balanced setting on.
    severity: 'warning',
    anchorTest: /😡|😠|😤/u,
    message: 'An angry face lands like a glare; words for the feeling are easier to answer.',
    patterns: ['(?<flag>(?:[😡😠😤]\\s*)+)'],
    // "😤❤️" is fierce loyalty, not a glare.
    unless: ['positive', 'reported'],
    suggest() {
      return [{ replacement: '', label: 'Leave the angry face out' }];
    },
    examples: {
      flagged: {
        'ugh u literally forgot again [😤]': ['ugh u literally forgot again', "I'm upset about this, and I'd like to talk it through."],
        'the cake is ruined [😡]': ['the cake is ruined', "I'm upset about this, and I'd like to talk it through."],
        'ugh u forgot again [😤😤]': ['ugh u forgot again', "I'm upset about this, and I'd like to talk it through."],
      },
      clean: ['the cake is ruined 😅', 'i will always defend this ship 😤❤️'],
    },
  }),
  defineLearnedRule({
    category: 'nonverbal',
    message: 'In text, capitals, piled-up marks and curt replies stand in for a raised voice or a cold look.',
    // Delivery is in how it is typed: without capitals, piled marks, a trailing-off, an emoji or a curt reply,
    // the words alone are some other category's business.
    // A trailing-off after a word of hesitation ("Um...", "Oh... around twenty bucks") is the writer thinking, when
    // they go on; a curt "Fine." going on into a jab is still cold.
    needs: (ctx) => !(ctx.goesOn && HESITATION.test(ctx.text)) && (hasDeliveryCue(ctx.text) || ctx.text.trim().split(/\s+/).length <= 3),
    alternatives: (ctx) => calmAlternatives(ctx),
    examples: {
      flagged: {
        'Answer ur phone. [NOW].': ['Answer ur phone. Now.', 'Answer ur phone.'],
        '[are u actually serious rn??]': ['are u actually serious rn?', "I'm frustrated — are u actually serious rn?", "I'm upset about this, and I'd like to talk it through."],
        '[r u kidding me rn??]': ['r u kidding me rn?', "I'm frustrated — r u kidding me rn?", "I'm upset about this, and I'd like to talk it through."],
        '[NO].': ['No.', 'Okay, thanks for letting me know.'],
        '[its MIDNIGHT where are u]': ['its midnight where are u', 'its midnight where are u.', "I'm frustrated — its midnight where are u."],
        '[WOW]. three days and one word back.': ['Wow. three days and one word back.', 'three days and one word back.'],
      },
      clean: ['OMG WE WON!!!', 'ok see u at 7', 'I did not break the export.', 'Sir, as I said, the refund takes 5-7 business days.', "Um... well, where's the men's shoe department?", 'Oh... around twenty bucks. A bargain if you ask me.', 'hmm… maybe the blue one then?'],
    },
  }),
];

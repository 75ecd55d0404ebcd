import { defineRule } from './rule';
import { askAboutTheFault, defineLearnedRule, practiceLines, openTheDoor } from './learned';
import type { Rule, RuleMatch } from './rule';
import type { SentenceContext } from '../context';
import { clauseRange } from './helpers';

/**
 * Where the writer's view replaces the deflection: its clause, or the whole sentence where the clause leans on one
 * before it ("If she forgot, that's not my responsibility" — "If she forgot, I see it differently" does not read),
 * or where a question would end in the middle of the sentence.
 */
function viewRange(m: RuleMatch, ctx: SentenceContext, asks: boolean): { start: number; end: number } | 'sentence' {
  const range = clauseRange(m, ctx);
  const leans = SUBORDINATE_LEAD.test(ctx.text.slice(0, range.start));
  const goesOn = asks && /[\p{L}\p{N}]/u.test(ctx.text.slice(range.end));
  return leans || goesOn ? 'sentence' : range;
}
const SUBORDINATE_LEAD = /^\s*(?:if|when|whenever|because|cos|since|although|though|unless|once|after|before)\b[^.!?]*[,;:]\s*$/iu;

export const defensiveRules: Rule[] = [
  defineRule({
    id: 'defensive/not-my-fault',
    category: 'defensive',
    severity: 'warning',
    anchors: ['fault', 'problem', 'responsibility', 'on', 'blame', 'look'],
    message: 'Pushing the fault away first makes them feel unheard, even if you are right about the facts.',
    patterns: [
      '(?<flag>(?:(?:{its}|its|{thats}|this\\s+is|that\\s+was|it\\s+was|it\\s+wasn{apos}?t)\\s+)?(?:not|n{apos}t|nt)\\s+(?:my\\s+(?:fault|problem|responsibility)|on\\s+me))(?!\\s*(?:[,;]\\s*)?(?:sorry|but\\s+i))',
      '(?<flag>(?:how|why)(?:\\s+exactly)?(?:\\s+(?:is|was)|{apos}s)\\s+(?:it|this|that|any\\s+of\\s+(?:this|that)|the\\s+{w})\\s+(?:on\\s+me|my\\s+(?:fault|problem|responsibility))|(?:so\\s+)?now\\s+(?:{its}|its|this\\s+is)\\s+(?:on\\s+me|my\\s+fault))',
      '(?<flag>{dont}\\s+(?:blame|look\\s+at)\\s+me)',
    ],
    unless: ['reported', 'opens-door'],
    when(m, ctx) {
      // "it wasn't your fault / not on me to decide" are not deflection.
      return !/\bnot\s+on\s+me\s+to\b/i.test(ctx.masked.slice(m.start, m.end + 6));
    },
    suggest(m, ctx) {
      const range = viewRange(m, ctx, true);
      return [
        ...askAboutTheFault(ctx),
        ...openTheDoor(m, ctx),
        { replacement: 'I see it differently, but I want to sort this out with you — what happened?', label: 'Keep your view, open the door', range },
        { replacement: "whatever happened, I want to help sort it — what would help now?", label: 'Focus on the fix', range },
      ];
    },
    examples: {
      flagged: {
        'I told Nan the dates twice. If she forgot, [thats not my responsibility].': ['I told Nan the dates twice. I see it differently, but I want to sort this out with you — what happened?', 'I told Nan the dates twice. Whatever happened, I want to help sort it — what would help now?'],
        "[it's not my fault]": ["it's not my fault, but let me know if I've missed something.", "it's not my fault, but happy to help figure out what happened.", 'I see it differently, but I want to sort this out with you — what happened?'],
        '[Not my problem].': ['I see it differently, but I want to sort this out with you — what happened?', 'Whatever happened, I want to help sort it — what would help now?'],
        'I was at work till 9, [how exactly is the flood my fault]': ['I was at work till 9, can you talk me through how you see my part in the flood?', 'I was at work till 9.', "I was at work till 9, but let me know if I've missed something."],
        "Haud on, [how's that my fault]?": ['Haud on, can you talk me through how you see my part in this?', 'Haud on, I see it differently, but I want to sort this out with you — what happened?', 'Haud on, whatever happened, I want to help sort it — what would help now?'],
        '[how is this my fault]??': ['can you talk me through how you see my part in this?', 'I see it differently, but I want to sort this out with you — what happened?', 'whatever happened, I want to help sort it — what would help now?'],
        "[don't blame me] for the mess": ['I see it differently, but I want to sort this out with you — what happened?', 'whatever happened, I want to help sort it — what would help now?', "I don't think I'm to blame for the mess, but happy to help figure out what happened"],
        '[so now its my fault]?': ['I see it differently, but I want to sort this out with you — what happened?', 'whatever happened, I want to help sort it — what would help now?'],
        '[thats not on me]': ["thats not on me, but let me know if I've missed something.", 'thats not on me, but happy to help figure out what happened.', 'I see it differently, but I want to sort this out with you — what happened?'],
        'ugh [its not my fault] lol': ["its not my fault, but let me know if I've missed something.", 'its not my fault, but happy to help figure out what happened.', 'I see it differently, but I want to sort this out with you — what happened?'],
      },
      clean: ["it's not your fault", "don't blame yourself", 'its not ur fault, dont blame urself'],
    },
  }),
  defineRule({
    id: 'defensive/denial',
    category: 'defensive',
    severity: 'warning',
    anchors: ['didnt', 'did', 'never', 'apologizing', 'apologising', 'sorry', 'part', 'me', 'responsible'],
    message: 'A flat denial shuts the door on their experience; acknowledging it first keeps you both talking.',
    patterns: [
      '(?<flag>i\\s+(?:literally\\s+|honestly\\s+|seriously\\s+)?(?:{didnt}|didnt|never)\\s+(?:even\\s+)?(?:do\\s+anything(?:\\s+wrong)?|touch\\s+(?:it|them|your\\s+{w})|do\\s+(?:it|that)|say\\s+that))',
      '(?<flag>i\\s+(?:literally\\s+|honestly\\s+)?did\\s+nothing(?:\\s+wrong)?)',
      '(?<flag>{im}\\s+not\\s+(?:apologi[sz]ing|saying\\s+sorry)(?:\\s+for\\s+(?:something|anything)\\s+i\\s+(?:{didnt}|didnt)\\s+do)?)',
      '(?<flag>i\\s+did\\s+my\\s+part)',
      // "I don't see how this is on me", "that's not on me", "I'm not responsible for the mould".
      '(?<flag>how\\s+(?:this|that|it)(?:\\s+one)?(?:{apos}s|\\s+is|\\s+was)\\s+on\\s+me|(?:this|that|it)(?:\\s+one)?(?:{apos}s|\\s+is|\\s+was)\\s+not\\s+on\\s+me|(?:this|that|it)\\s+(?:isn{apos}?t|wasn{apos}?t)\\s+on\\s+me|{im}\\s+not\\s+responsible\\s+for\\s+(?:the|that|this|any|your)\\s+(?:{w}\\s+)?(?:damage|mess|mould|mold|damp|delay|problem|issue|mistake|bill|cost|leak|breakage|loss|error|outage|fine|fee)s?|it\\s+(?:is|was|{apos}s)\\s+not\\s+me\\s+(?:that|who)\\s+{w})',
    ],
    unless: ['sincere-question', 'reported', 'opens-door'],
    suggest(m, ctx) {
      const range = clauseRange(m, ctx);
      return [
        ...openTheDoor(m, ctx),
        { replacement: "I don't think this was me, but I hear that it hurt.", label: 'Acknowledge first', range },
        { replacement: 'can you tell me what happened from your side?', label: 'Get curious', range },
      ];
    },
    examples: {
      flagged: {
        "so I really don't see [how this one is on me].": ["I don't think this was me, but I hear that it hurt.", 'can you tell me what happened from your side?'],
        "[that's not on me], talk to Priya": ["I don't think this was me, but I hear that it hurt. talk to Priya", 'can you tell me what happened from your side? talk to Priya'],
        "[I'm not responsible for the mould].": ["I'm not responsible for the mould, but let me know if I've missed something.", "I'm not responsible for the mould, but I'm happy to help work out what happened.", "I don't think this was me, but I hear that it hurt."],
        'Ehn, [it is not me that broke] the build o.': ["Ehn, I don't think this was me, but I hear that it hurt.", 'Ehn, can you tell me what happened from your side?'],
        '[i did my part], the rest isnt on me': ["the rest isnt on me, but let me know if I've missed something.", 'okay, I get that this upset you. what happened on your end?', 'I see it a bit differently, but I do want to sort it out.'],
        "[I didn't do anything wrong]": ["I didn't do anything wrong, but let me know if I've missed something.", "I didn't do anything wrong, but I'm happy to help work out what happened.", "I don't think this was me, but I hear that it hurt."],
        '[i didnt even touch it]': ["i didnt touch it, but let me know if I've missed something.", 'i didnt touch it, but happy to help figure out what happened.', "I don't think this was me, but I hear that it hurt."],
        '[i literally did nothing]': ["i did nothing, but let me know if I've missed something.", 'i did nothing, but happy to help figure out what happened.', "I don't think this was me, but I hear that it hurt."],
        "[I'm not apologizing for something I didn't do]": ["I'm not apologizing for something I didn't do, but let me know if I've missed something.", "I'm not apologizing for something I didn't do, but I'm happy to help work out what happened.", "I don't think this was me, but I hear that it hurt."],
        '[i literally didnt do anything wrong]': ["i didnt do anything wrong, but let me know if I've missed something.", 'i didnt do anything wrong, but happy to help figure out what happened.', "I don't think this was me, but I hear that it hurt."],
        '[im not apologising for something i didnt do]': ["I don't think this was me, but I hear that it hurt.", 'can you tell me what happened from your side?'],
      },
      clean: ["this one is on me, sorry team", "it's on me this time, drinks are my treat!", "I'm not responsible for the kids this weekend, their dad has them", "no, you didn't do anything wrong!", 'did I do anything wrong? tell me', 'u literally didnt do anything wrong, dont worry'],
    },
  }),
  defineRule({
    id: 'defensive/not-the-one',
    category: 'defensive',
    severity: 'warning',
    anchors: ['one', 'mine', 'me'],
    message: 'Pointing out that it was not you shifts the focus from solving it to who is to blame.',
    patterns: [
      "(?<flag>(?:i\\s+{filler}(?:wasn{apos}?t|wasnt|was\\s+not)|{im}\\s+not|i{apos}?m\\s+not|it\\s+wasn{apos}?t\\s+me)\\s+(?:even\\s+)?the\\s+one\\s+(?:who|that)(?:\\s+{w}){1,3})",
      '(?<flag>why\\s+(?:am\\s+i|{im})\\s+the\\s+one\\s+(?:getting|who|that)(?:\\s+{w}){1,2})',
      '(?<flag>not\\s+mine|not\\s+me)(?=\\s*(?:[.!]+\\s*)?$)',
    ],
    unless: ['sincere-question', 'reported', 'opens-door'],
    when(m, ctx) {
      // A bare "not mine" only deflects when it answers an accusation in the same sentence.
      return !/^not\s+(?:mine|me)$/i.test(m.text) || /\b(?:your|ur)\s+(?:mess|problem|fault|job)\b/i.test(ctx.masked);
    },
    suggest(m, ctx) {
      const range = viewRange(m, ctx, false);
      return [
        ...openTheDoor(m, ctx),
        { replacement: 'I see it differently, but I want to sort this out with you.', label: 'Keep your view, open the door', range },
        { replacement: "let's figure out how to fix it together.", label: 'Focus on the fix', range },
      ];
    },
    examples: {
      flagged: {
        '[i literally wasnt the one who dropped the ball]': ["i wasnt the one who dropped the ball, but let me know if I've missed something.", 'i wasnt the one who dropped the ball, but happy to help figure out what happened.', 'I see it differently, but I want to sort this out with you.'],
        '[why am I the one getting yelled at]': ['I see it differently, but I want to sort this out with you.', "let's figure out how to fix it together."],
        '[why am i the one who always cleans] up': ['I see it differently, but I want to sort this out with you.', "let's figure out how to fix it together."],
        "[I wasn't the one who dropped the ball]": ["I wasn't the one who dropped the ball, but let me know if I've missed something.", "I wasn't the one who dropped the ball, but I'm happy to help work out what happened.", 'I see it differently, but I want to sort this out with you.'],
        "[I'm not the one who needs to apologize] here": ["I'm not the one who needs to apologize here, but let me know if I've missed something.", "I'm not the one who needs to apologize here, but I'm happy to help work out what happened.", 'I see it differently, but I want to sort this out with you.'],
        'this is your mess, [not mine]': ['this is your mess.', "this is your mess, but let me know if I've missed something.", "this is your mess, let's figure out how to fix it together."],
        '[i wasnt the one who dropped the ball]': ["i wasnt the one who dropped the ball, but let me know if I've missed something.", 'i wasnt the one who dropped the ball, but happy to help figure out what happened.', 'I see it differently, but I want to sort this out with you.'],
        '[im not the one who forgot the keys]': ['I see it differently, but I want to sort this out with you.', "let's figure out how to fix it together."],
      },
      clean: ["I'm not the one who booked it, but I can help", 'the red bag is not mine, sorry', "it wasn't me who broke it, but I'd like to hear how you see it"],
    },
  }),
  defineRule({
    id: 'defensive/you-too',
    category: 'defensive',
    severity: 'warning',
    anchors: ['too', 'well', 'first', 'same', 'talk', 'talking', 'about'],
    message: 'Answering with what they did too turns their concern into a scoreboard.',
    patterns: [
      '(?:^|(?!\\s)(?<=[,;.]\\s*))(?:well|but|and|yeah\\s+well|ok\\s+but|okay\\s+but)(?:\\s*,)?\\s+(?<flag>{you}\\s+(?:{w}\\s+){0,6}?(?:too|as\\s+well|first))(?![\\w\'’])',
      '(?<flag>{you}\\s+(?:literally\\s+|always\\s+){0,2}do\\s+the\\s+(?:exact\\s+)?same\\s+thing|{youre}\\s+one\\s+to\\s+talk|look\\s+who{apos}?s\\s+talking|what\\s+about\\s+when\\s+{you})',
    ],
    unless: ['sincere-question', 'reported', 'positive', 'opens-door'],
    suggest() {
      return [
        { replacement: "I hear you, and I'd like us both to look at what happened.", label: 'Hear them, then talk it through', range: 'sentence' },
        { replacement: "I hear you. I'd also like to talk about what happened on my side.", label: 'Hear them first', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        'well [you were late last week too]': ["I hear you, and I'd like us both to look at what happened.", "I hear you. I'd also like to talk about what happened on my side."],
        '[you do the same thing]': ["I hear you, and I'd like us both to look at what happened.", "I hear you. I'd also like to talk about what happened on my side."],
        "[you're one to talk]": ["I hear you, and I'd like us both to look at what happened.", "I hear you. I'd also like to talk about what happened on my side."],
        'well [u were late last week too]': ["I hear u, and I'd like us both to look at what happened.", "I hear u. I'd also like to talk about what happened on my side."],
        '[ur one to talk]': ["I hear u, and I'd like us both to look at what happened.", "I hear u. I'd also like to talk about what happened on my side."],
        '[look whos talking]': ["I hear you, and I'd like us both to look at what happened.", "I hear you. I'd also like to talk about what happened on my side."],
        '[u literally do the same thing]': ["I hear u, and I'd like us both to look at what happened.", "I hear u. I'd also like to talk about what happened on my side."],
      },
      clean: ['love you too', 'you were great last week too!', 'love u too', 'u were amazing last week too!!'],
    },
  }),
  defineLearnedRule({
    category: 'defensive',
    unless: ['reported', 'opens-door'],
    message: 'Pushing the fault back shuts the conversation down; owning even a small part opens it.',
    alternatives: practiceLines([
      { label: 'Hear them first', formal: 'I hear that this landed badly, and I want to understand how.', casual: 'okay, I get that this upset you. what happened on your end?' },
      { label: 'Keep your view, open the door', formal: "I see it differently, but I'd like us to work out what happened.", casual: 'I see it a bit differently, but I do want to sort it out' },
    ]),
    examples: {
      flagged: {
        "[I've done nothing wrong], every penny is in the spreadsheet.": ['Every penny is in the spreadsheet.', 'I hear that this landed badly, and I want to understand how.', "I see it differently, but I'd like us to work out what happened."],
        "I didn't sign the lease, you did, [so the deposit thing isn't on me].": ['I hear that this landed badly, and I want to understand how.', "I see it differently, but I'd like us to work out what happened."],
        "I sent you the email twice, [so please don't put this on me].": ['I sent you the email twice.', "I sent you the email twice, so I don't think this is on me.", 'I hear that this landed badly, and I want to understand how.'],
        "i told u twice [so pls dont put this on me]": ['I told u twice', "i told u twice so I don't think this is on me", 'okay, I get that this upset u. what happened on ur end?'],
        '[How was I meant to know the pipe was there?]': ["I'm really sorry, I had no idea the pipe was there.", 'I hear that this landed badly, and I want to understand how.', "I see it differently, but I'd like us to work out what happened."],
        "[nah don't put this on me], u booked it": ['u booked it', 'okay, I get that this upset u. what happened on ur end?', 'I see it a bit differently, but I do want to sort it out.'],
        '[I DID NOT break the export]': ["I did not break the export, but let me know if I've missed something.", "I did not break the export, but I'm happy to help work out what happened.", 'I hear that this landed badly, and I want to understand how.'],
        "[Well if you'd written a proper spec I wouldn't have had to guess].": ['I had to guess — next time, could you write a proper spec?', 'Next time, could you write a proper spec?', 'I hear that this landed badly, and I want to understand how.'],
        '[well honestly nobody told me]': ["nobody told me, but let me know if I've missed something.", 'nobody told me, but happy to help figure out what happened.', 'okay, I get that this upset you. what happened on your end?'],
        '[well nobody told me tbh]': ["nobody told me, but let me know if I've missed something.", 'nobody told me, but happy to help figure out what happened.', 'okay, I get that this upset you. what happened on your end?'],
        '[i was only doing my job]': ["i was only doing my job, but let me know if I've missed something.", 'i was only doing my job, but happy to help figure out what happened.', 'okay, I get that this upset you. what happened on your end?'],
        '[well nobody told me]': ["nobody told me, but let me know if I've missed something.", 'nobody told me, but happy to help figure out what happened.', 'okay, I get that this upset you. what happened on your end?'],
      },
      clean: ["that was on me, sorry", "i was just trying to help"],
    },
  }),
];

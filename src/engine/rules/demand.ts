import { polarity } from '../polarity';
import { defineRule } from './rule';
import { askInstead, defineLearnedRule, needWithoutThreat, practiceLines } from './learned';
import type { SentenceContext } from '../context';
import type { Alternative, Rule, RuleMatch } from './rule';
import { clauseRange, group, stripEnd } from './helpers';

// Words that make an order a request.
const POLITE = /\b(?:please|pls|plz|could\s+you|can\s+you|would\s+you|will\s+you|when\s+you\s+(?:get|have)\s+a|if\s+you\s+(?:can|could|don['’]?t\s+mind)|thanks|thank\s+you|no\s+rush|whenever)\b/i;
const APOLOGY = /\b(?:sorry|apologi[sz]e|my\s+fault|my\s+bad)\b/i;
// Asked once per sentence, however many "no ifs, no buts" it repeats.
const apologyBySentence = new WeakMap<SentenceContext, boolean>();
// The writer treating or paying: what "no arguments" insists on is their own generosity.
const GIVES = /\b(?:(?:it['’]?s|is|are|(?<!\p{L})\p{L}+['’]s)\s+on\s+me|my\s+treat|i['’]?m\s+(?:paying|buying|treating|getting\s+(?:this|these|it|dinner|lunch|drinks|the\s+\p{L}+))|i\s+insist|i['’]?ll\s+(?:pay|buy|treat|cover|get\s+(?:this|these|it|dinner|lunch|drinks|the\s+(?:bill|tab|round))))\b/iu;

function apologises(ctx: SentenceContext): boolean {
  let found = apologyBySentence.get(ctx);
  if (found === undefined) {
    found = APOLOGY.test(ctx.masked);
    apologyBySentence.set(ctx, found);
  }
  return found;
}
// A deadline or an "or" later in the same sentence, which turns "you'd better …" into a threat.
// What a writer threatens to do: lock out, cut off, report, leave, take away.
const THREAT_ACT =
  /\b(?:lock\w*\s+(?:the|you|u|ur|your)|chang\w*\s+the\s+locks|pull\w*|cancel\w*|report\w*|tell\w*\s+(?:your|ur|everyone|the)|leav\w*\s+(?:you|u|without)|kick\w*|fir(?:e|ing)\s+(?:you|u)|cut\w*\s+(?:you|u|your|ur)|block\w*|throw\w*\s+(?:your|ur|it|them)|sell\w*\s+(?:your|ur)|bin\w*|withhold\w*|charg\w*\s+(?:you|u)|tak\w*\s+(?:your|ur|the\s+keys|it\s+away)|call\w*\s+the\s+police|go\w*\s+to\s+the\s+police|done|finished)\b/iu;
const DEADLINE_AFTER = /^[^.!?]*\b(?:or|by|before|now|tonight|else)\b/iu;
// Where an order can start: the sentence start, after a clause break, or after a softener word. The look back runs
// only where no space follows, so a long run of spaces is scanned once, not from every space in it.
const CLAUSE_START = '(?:^|(?!\\s)(?:(?<=[,.;:!?…]\\s*)|(?<=\\b(?:just|now|and|so|then|ok|okay|seriously)\\s+)))';

/** "don't <act>" asked rather than ordered. */
function pleaseDont(act: string): Alternative[] {
  const rest = act.toLowerCase();
  return [
    { replacement: `please don't ${rest}`, label: 'Make it a request' },
    { replacement: `I'd really like you not to ${rest}`, label: 'Say what you need' },
  ];
}

/**
 * The order can stand without the words that close off any answer, where they end their clause; the word that
 * joined them goes too ("… by 5 on Sunday and that is NOT up for discussion" → "… by 5 on Sunday").
 */
function leaveItOut(m: RuleMatch, ctx: SentenceContext): Alternative[] {
  if (!/^(?:[\s.!?…]*$|\s*[,;])/u.test(ctx.text.slice(m.end))) return [];
  const joined = JOINING_WORD.exec(ctx.text.slice(0, m.start));
  return [{ replacement: '', label: 'Leave that part out', ...(joined ? { range: { start: joined.index, end: m.end } } : {}) }];
}
const JOINING_WORD = /(?<![\p{L}'’])(?:and|but|so)\s+$/iu;

/** What the writer wants, asked as something they would appreciate: an act of the reader's gets "it if … could". */
function appreciated(what: string): string {
  const act = /^(you|u|ya)\s+to\s+/iu.exec(what);
  return act ? `I'd really appreciate it if ${act[1]} could ${what.slice(act[0].length)}` : `I'd really appreciate ${what}`;
}

export const demandRules: Rule[] = [
  defineRule({
    id: 'demand/ultimatum',
    category: 'demand',
    severity: 'alert',
    // "or" wakes the threats that follow an order ("… or we're done"); the patterns themselves are cheap.
    anchors: ['if', 'better', 'betta', 'else', 'back', 'home', 'or'],
    message: 'An ultimatum turns a need into a threat, and people dig in when they feel cornered.',
    patterns: [
      '(?<flag>if\\s+{you}\\s+(?:{w}[\\s,]+){0,10}?(?:we{apos}?re\\s+(?:done|through|over|finished)(?!\\s+(?:with|eating|here))|{dont}\\s+(?:bother\\s+)?(?:com(?:e|ing)\\s+(?:back|home))|{im}\\s+(?:telling|leaving|done|out|gone|calling)|{ill}\\s+(?:tell|leave|report|break|never|call|make)|i\\s+swear))',
      // Advice ("you'd better get some rest") is not a threat: it needs a deadline or an "or" (see `when`).
      '(?<flag>{you}(?:{apos}?d|\\s+had)?\\s+(?<better>better|betta)\\s+{filler}{w})',
      // "if ur not home by 10 im locking the door": a deadline missed, and what the writer will do to them.
      {
        pattern: '(?<flag>if\\s+(?:{youre}\\s+not|(?:it|this|that|the\\s+{w}|{your}\\s+{w})(?:{apos}s\\s+not|\\s+(?:is|are)\\s+not|\\s+(?:isn|aren){apos}?t))\\s+(?:{w}\\s+){0,6}?(?:by|before|until|within)\\s+{w}(?:\\s+{w}){0,3}?[\\s,]+(?:then\\s+)?(?:{im}|{ill}|we{apos}ll|we\\s+will)\\s+{w})',
        when: (m, ctx) => polarity(ctx.text.slice(m.end)) < 0 || THREAT_ACT.test(ctx.text.slice(m.end - 20)),
      },
      '(?<flag>or\\s+else(?=\\s*(?:[.!?]+\\s*)?$)|{dont}\\s+(?:even\\s+)?(?:bother\\s+)?com(?:e|ing)\\s+back|or\\s+(?:we{apos}?re|were|we\\s+are)\\s+(?:done|through|over|finished)|or\\s+{im}\\s+(?:leaving|done|out|gone|telling|calling)|or\\s+{youre}\\s+(?:off\\s+the\\s+{w}|out|fired|grounded|banned|kicked\\s+out|done))',
    ],
    unless: ['sincere-question', 'reported', 'positive'],
    when(m, ctx) {
      // Checked once per match here: as a lookahead in the pattern it rescanned the rest of the sentence for every
      // shorter word the pattern backtracked to.
      return m.groups.better === undefined || DEADLINE_AFTER.test(ctx.masked.slice(m.matchEnd));
    },
    suggest(m, ctx) {
      return [
        ...askInstead('demand', m, ctx),
        ...needWithoutThreat(ctx),
        { replacement: 'this really matters to me — can we talk about what we both need?', label: 'Say the need, not the threat', range: 'sentence' },
        { replacement: "I'd really like us to sort this out. Would you be willing to talk tonight?", label: 'Ask with a choice', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        '[if ur not home by 10 im locking] the door': ['I need u home by 10 — can u confirm?', 'could u make sure ur home by 10?', 'this really matters to me — can we talk about what we both need?'],
        "[If the invoice isn't paid by Friday I'm pulling] your site offline.": ['I need the invoice paid by Friday — can you confirm?', 'Could you make sure the invoice is paid by Friday?', 'This really matters to me — can we talk about what we both need?'],
        'unmute and explain urself rn [or ur off the team]': ['this really matters to me — can we talk about what we both need?', "I'd really like us to sort this out. Would u be willing to talk tonight?"],
        '[u better just call] me back tonight': ['this really matters to me — can we talk about what we both need?', "I'd really like us to sort this out. Would u be willing to talk tonight?"],
        "[if you go on that trip without me, we're done]": ['this really matters to me — can we talk about what we both need?', "I'd really like us to sort this out. Would you be willing to talk tonight?"],
        "[you'd better be] home by 10": ['could you be home by 10?', 'please be home by 10.', 'this really matters to me — can we talk about what we both need?'],
        '[you better be] home by 10': ['could you be home by 10?', 'please be home by 10.', 'this really matters to me — can we talk about what we both need?'],
        '[u better call] me back tonight': ['could u call me back tonight?', 'please call me back tonight.', 'this really matters to me — can we talk about what we both need?'],
        "[if u dont call me back I'm telling] mom": ['this really matters to me — can we talk about what we both need?', "I'd really like us to sort this out. Would u be willing to talk tonight?"],
        'do it now [or else]': ['could you do it now?', 'please do it now.', 'this really matters to me — can we talk about what we both need?'],
        '[if u leave tonight were done]': ['this really matters to me — can we talk about what we both need?', "I'd really like us to sort this out. Would u be willing to talk tonight?"],
        '[youd better be] home by 10': ['this really matters to me — can we talk about what we both need?', "I'd really like us to sort this out. Would you be willing to talk tonight?"],
        '[u betta be] home by 10': ['this really matters to me — can we talk about what we both need?', "I'd really like us to sort this out. Would u be willing to talk tonight?"],
        "send me the money tonight [or we're finished]": ['could you send me the money tonight?', 'please send me the money tonight.', 'this really matters to me — can we talk about what we both need?'],
        'answer me [or im leaving]': ['could you answer me?', 'please answer me.', 'this really matters to me — can we talk about what we both need?'],
      },
      clean: ["if it's not raining by 3 I'll take the kids to the park", "if you're not busy by 5 I'll call you", "you'd better bring snacks, I made way too little 😅", "you'd better get some rest", 'you better send me pics of the dog!!', 'u betta send pics of the beach 😍', 'if you go, have fun and send pics!', "if you want, we're done with the dishes already", 'tea or coffee? or were you done already'],
    },
  }),
  defineRule({
    id: 'demand/order',
    category: 'demand',
    severity: 'warning',
    anchors: ['answer', 'text', 'call', 'pick', 'come', 'get', 'give', 'send', 'show', 'take', 'fix', 'delete', 'do', 'tell', 'transfer', 'pay'],
    message: 'A bare order leaves no room for their side; a request with a choice gets more willing help.',
    patterns: [
      `${CLAUSE_START}(?<flag>(?:answer|text|call)\\s+me(?:\\s+back)?|(?:pick\\s+up|answer)\\s+(?:{your}|the)\\s+(?:damn\\s+)?phone|answer\\s+(?:my|the)\\s+(?:call|calls|messages|texts)|(?:transfer|pay|send)\\s+(?:me\\s+)?(?:the|my|that|ur|your)\\s+(?:[£$€]\\s?\\d+|money|rent|deposit|share)|come\\s+(?:home|here|back)|get\\s+(?:back\\s+)?(?:here|home|in\\s+the\\s+car|over\\s+here|back\\s+to\\s+work|out)|give\\s+me\\s+(?:{your}|the)\\s+(?:phone|password|passcode|keys)(?:\\s+{w})?|send\\s+me\\s+(?:{your}|the)\\s+(?:location|messages|password|screenshots)|show\\s+me\\s+{your}\\s+(?:phone|messages|texts)|take\\s+(?:it|that|this|the\\s+{w})\\s+down|fix\\s+it|delete\\s+(?:it|that|this)|do\\s+it\\s+(?:now|right\\s+now|today)|tell\\s+me\\s+where\\s+{youre}|just\\s+answer\\s+the\\s+question|answer\\s+the\\s+question)(?![\\w'’])`,
    ],
    unless: ['sincere-question', 'reported', 'positive'],
    when(m, ctx) {
      if (POLITE.test(ctx.masked)) return false;
      const urgent = /\b(?:now|right\s+now|rn|immediately|asap|this\s+instant|already)\b|!!/i.test(ctx.text);
      const curt = stripEnd(ctx.masked).split(/\s+/).length <= 3 && /\.\s*$/.test(ctx.text);
      const privacy = /\b(?:password|passcode|location|messages|phone|texts)\b/i.test(m.text);
      return urgent || curt || privacy || /^answer/i.test(m.text);
    },
    suggest(m, ctx) {
      // The request keeps what is asked and drops the urgency and the piled marks around it.
      const range = clauseRange(m, ctx);
      const asked = ctx.text
        .slice(m.start, range.end)
        .replace(/(?<![\s.!?…])[\s.!?…]+$/, '')
        .replace(/(?<!\s)\s+(?:right\s+)?(?:now|immediately|asap|this\s+instant|already)$/i, '')
        .replace(/^just\s+/i, '');
      const request = asked === asked.toUpperCase() ? asked.toLowerCase() : asked.charAt(0).toLowerCase() + asked.slice(1);
      return [
        { replacement: `could you ${request}?`, label: 'Make it a request', range: { start: m.start, end: range.end } },
        { replacement: `please ${request}.`, label: 'Keep it short, add a please', range: { start: m.start, end: range.end } },
      ];
    },
    examples: {
      flagged: {
        '[Answer my call] now. I have called you 5 times.': ['Could you answer my call? I have called you 5 times.', 'Please answer my call. I have called you 5 times.', 'Could you answer my call now? I have called you 5 times.'],
        '[Transfer the £85] now. Not later, now.': ['Could you transfer the £85? Not later, now.', 'Please transfer the £85. Not later, now.', 'Could you transfer the £85 now? Not later, now.'],
        'just [answer ur phone] rn': ['just could u answer ur phone rn?', 'could u answer ur phone rn?'],
        '[answer me]': ['could you answer me?', 'please answer me.'],
        '[come home] right now': ['could you come home?', 'please come home.', 'could you come home right now?'],
        '[get in the car] NOW': ['could you get in the car?', 'please get in the car.', 'could you get in the car NOW?'],
        '[Send me your location].': ['Could you send me your location?', 'Would you be willing to help me with this? It matters to me.', 'I need this sorted soon — what would work for you?'],
        '[Fix it].': ['Could you fix it?', 'Please fix it.'],
        '[take the post down] now': ['could you take the post down?', 'please take the post down.', 'could you take the post down now?'],
        '[pick up ur phone] now': ['could u pick up ur phone?', 'please pick up ur phone.', 'could u pick up ur phone now?'],
      },
      clean: ['could you call me when you get a sec?', 'come home safe, love you ❤️', 'please text me when you land, no rush', 'call me when you get home'],
    },
  }),
  defineRule({
    id: 'demand/no-room',
    category: 'demand',
    severity: 'warning',
    anchors: ['final', 'more', 'rescheduling', 'arguments', 'ifs', 'buts', 'excuses', 'excuse', 'make', 'end', 'said', 'asking', 'discussion', 'debate', 'negotiation', 'dare', 'ever', 'now', 'want', 'need', 'expect', 'demand', 'touch', 'call', 'text', 'talk', 'walk', 'hang', 'go', 'speak', 'raise', 'stop', 'quit', 'give', 'hand'],
    message: 'Closing off any answer in advance makes it a command, not a conversation.',
    patterns: [
      {
        pattern: '(?<flag>no\\s+(?:excuses|rescheduling|arguments|ifs|buts)|i\\s+{dont}\\s+want\\s+to\\s+hear\\s+(?:any\\s+|your\\s+)?(?:excuses|it))',
        // "No excuses, I'm sorry" owns a fault: the writer's apology keeps it from being an order. "Dinner's on me,
        // no arguments" insists on a gift: the writer is the one giving.
        when: (_m, ctx) => !apologises(ctx) && !GIVES.test(ctx.masked),
        // Said of what is still to come as often as of what went wrong ("be on the 8am call. no excuses."): the reader
        // is asked what is in the way, not what happened.
        suggest: (m, ctx) => [{ replacement: "let me know if there's a problem", label: 'Invite their side' }, ...leaveItOut(m, ctx)],
      },
      {
        pattern: '(?<flag>{dont}\\s+make\\s+me\\s+(?:ask|say|tell\\s+you|repeat)(?:\\s+(?:it|this|myself))?(?:\\s+again)?)',
        suggest: (m, ctx) => [{ replacement: "I'd really appreciate a reply", label: 'Make it a request' }, ...leaveItOut(m, ctx)],
      },
      {
        // "I'm not asking (again)": the order is already given; what can be said instead is why it matters.
        pattern: '(?<flag>{im}\\s+not\\s+asking(?!\\s+(?:for|you\\s+to|u\\s+to|to|that|much|a\\s+lot|anyone|anybody)\\b)(?:\\s+(?:again|twice))?)',
        suggest: () => [
          { replacement: 'this really matters to me', label: 'Say why it matters' },
          { replacement: 'I feel strongly about this — can we talk it through?', label: 'Keep the door open' },
        ],
      },
      {
        pattern: '(?<flag>end\\s+of\\s+(?:discussion|story)|(?:that|this)\\s+is\\s+final|no\\s+more\\s+discussion|because\\s+i\\s+said\\s+so|(?:this|that)\\s+is\\s+not\\s+(?:up\\s+for|a)\\s+(?:discussion|debate|negotiation)(?=\\s*[.!]|\\s*$))',
        suggest: (m, ctx) => [{ replacement: 'I feel strongly about this — can we talk it through?', label: 'Keep the door open' }, ...leaveItOut(m, ctx)],
      },
      {
        pattern: '(?:^|(?!\\s)(?<=[,.;:!?]\\s*))(?<flag>{dont}\\s+(?:you\\s+)?(?:dare|ever)\\s+(?<act>{w}))',
        suggest: (m, ctx) => pleaseDont(group(m, ctx, 'act')),
      },
      {
        pattern: '(?<flag>from\\s+now\\s+on,?\\s+{you}\\s+(?:will|check|ask|need|have|are|must|{dont}|tell|call|text|come)\\b(?:\\s+{w}){0,4})',
        suggest(m, ctx) {
          const range = clauseRange(m, ctx);
          const rule = ctx.text.slice(m.start, range.end).replace(/^from\s+now\s+on,?\s+/i, '').replace(/(?<![\s.!?])[\s.!?]+$/, '');
          return [{ replacement: `from now on, could we agree that ${rule}?`, label: 'Agree on it together', range }];
        },
      },
      {
        // The deadline said as a time ("by 5pm", "before friday") or a span ("within the hour", "within 24 hours").
        pattern: '(?<flag>i\\s+(?:want|need|expect|demand)\\s+(?!to\\s)(?<what>(?:{w}\\s+){0,6}?(?:(?:by|before)\\s+(?:tonight|tomorrow|today|noon|eod|end\\s+of\\s+(?:the\\s+)?day|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|within\\s+(?:the\\s+(?:hour|day|week)|(?:an?|one|two|three|24|48|\\d{1,2})\\s+(?:mins?|minutes|hours?|hrs?|days?|working\\s+days))))\\b(?!\\s*,?\\s*(?:so|because|as|since|cause|cuz|bc)\\b))',
        // "I want you to send it by 5pm" → "I'd really appreciate it if you could send it by 5pm".
        suggest: (m, ctx) => [{ replacement: appreciated(group(m, ctx, 'what')), label: 'Make it a request' }],
      },
      {
        pattern: `${CLAUSE_START}(?<flag>(?:do\\s+not|{dont})\\s+(?:ever\\s+)?(?<act>(?:touch|call\\s+me|text\\s+me|talk\\s+to\\s+me\\s+like|walk\\s+away|hang\\s+up|go\\s+through|speak\\s+to\\s+me|raise\\s+your\\s+voice)\\b(?:\\s+{w}){0,3}))`,
        suggest: (m, ctx) => pleaseDont(group(m, ctx, 'act')),
      },
      {
        pattern: '(?<flag>(?:stop|quit)\\s+(?:being|acting|crying|whining|complaining)\\s+(?:{w}\\s+){0,4}?and\\s+(?:just\\s+)?(?<instead>{w}(?:\\s+{w}){0,3}))',
        suggest(m, ctx) {
          const instead = group(m, ctx, 'instead');
          return [
            { replacement: `when you're ready, could you ${instead}?`, label: 'Make it a request' },
            { replacement: `would you be willing to ${instead}?`, label: 'Offer a choice' },
          ];
        },
      },
      {
        pattern: '(?<flag>(?:give|hand)\\s+me\\s+{your}\\s+(?:phone\\s+)?(?:password|passcode|phone))',
        suggest: () => [{ replacement: "I've been feeling insecure — can we talk about trust?", label: 'Say what you need', range: 'sentence' }],
      },
    ],
    unless: ['sincere-question', 'reported', 'positive'],
    when: (_m, ctx) => !POLITE.test(ctx.masked),
    examples: {
      flagged: {
        '[I expect a written response within the hour].': ["I'd really appreciate a written response within the hour.", 'Could I have a written response within the hour?', 'Would it be possible to have a written response within the hour?'],
        '[I want you to send it by 5pm].': ["I'd really appreciate it if you could send it by 5pm.", 'Could you send it by 5pm?', 'Please send it by 5pm.'],
        "[don't you dare touch] my stuff": ["please don't touch my stuff", "I'd really like you not to touch my stuff", "please don't touch my stuff."],
        'You will take engineering, [that is final].': ['You will take engineering.', 'You will take engineering, I feel strongly about this — can we talk it through?'],
        'Be in, [no rescheduling].': ['Be in.', "Be in, let me know if there's a problem."],
        "[I'm not asking again]": ['This really matters to me', 'I feel strongly about this — can we talk it through?'],
        '[im not asking twice]': ['this really matters to me', 'I feel strongly about this — can we talk it through?'],
        '[End of discussion].': ['I feel strongly about this — can we talk it through?', 'Would you be willing to help me with this? It matters to me.', 'I need this sorted soon — what would work for you?'],
        '[because I said so]': ['I feel strongly about this — can we talk it through?', 'can you help me out with this? it really matters to me.', 'I need this sorted soon, what works for you?'],
        '[This is not up for discussion].': ['I feel strongly about this — can we talk it through?', 'Would you be willing to help me with this? It matters to me.', 'I need this sorted soon — what would work for you?'],
        '[from now on, you check with me first]': ['from now on, could we agree that you check with me first?', 'can you help me out with this? it really matters to me.', 'I need this sorted soon, what works for you?'],
        '[give me your password]': ['could you give me your password?', 'please give me your password.', "I've been feeling insecure — can we talk about trust?"],
        '[hand me ur phone]': ['could u hand me ur phone?', 'please hand me ur phone.', "I've been feeling insecure — can we talk about trust?"],
        '[No excuses] this time.': ["Let me know if there's a problem this time.", 'Would you be willing to help me with this? It matters to me.', 'I need this sorted soon — what would work for you?'],
        "[Don't make me ask again]": ["I'd really appreciate a reply", 'Would you be willing to help me with this? It matters to me.', 'I need this sorted soon — what would work for you?'],
        '[I want an apology by tonight]': ["I'd really appreciate an apology by tonight", 'Could I have an apology by tonight?', 'Would it be possible to have an apology by tonight?'],
        '[DO NOT touch my stuff again]': ["Please don't touch my stuff again", "I'd really like you not to touch my stuff again", "Please don't touch my stuff again."],
        '[stop whining and get back to work]': ["when you're ready, could you get back to work?", 'would you be willing to get back to work?', 'please stop whining and get back to work.'],
        '[dont make me repeat myself]': ["I'd really appreciate a reply", 'can you help me out with this? it really matters to me.', 'I need this sorted soon, what works for you?'],
        '[dont ever talk] to me like that': ["please don't talk to me like that", "I'd really like you not to talk to me like that", "please don't ever talk to me like that."],
      },
      clean: ['I need to finish this within the hour, sorry for the delay', 'I need to leave by 5 today', "I'm so angry at myself for forgetting your recital. No excuses, I'm sorry.", "also dinner's on me friday, no arguments", 'ur not paying, im getting the drinks, no arguments!!', "please don't call after 10, I need the sleep", "don't worry about it", 'Could you let me know by Thursday?', "I'm not asking for the fee to be waived, I just wanted to explain", 'im not asking u to be over it', 'I need the form back by Friday so the deposit can be registered in time'],
    },
  }),
  defineLearnedRule({
    category: 'demand',
    unless: ['reported', 'asks'],
    message: 'An order or an ultimatum leaves them no say; a request with a choice keeps their yes meaningful.',
    alternatives: practiceLines([
      { label: 'Ask with a choice', formal: 'Would you be willing to help me with this? It matters to me.', casual: 'can you help me out with this? it really matters to me' },
      { label: 'Say what you need', formal: 'I need this sorted soon — what would work for you?', casual: 'I need this sorted soon, what works for you?' },
    ]),
    examples: {
      flagged: {
        "Either you confirm the new rate today [or I give the slot to someone else].": ['Could you confirm the new rate today?', 'Please confirm the new rate today.', 'Would you be willing to help me with this? It matters to me.'],
        "[Reply or I'm coming over].": ['Could you reply?', 'Please reply.', "Could you reply? If not, I'll come over."],
        "Shift starts at 9 not 9:20. [If it happens again I'm cutting your hours].": ['Shift starts at 9 not 9:20.', 'Shift starts at 9 not 9:20. Would you be willing to help me with this? It matters to me.', 'Shift starts at 9 not 9:20. I need this sorted soon — what would work for you?'],
        "[You're covering Christmas Eve], I did it last year.": ['Could you cover Christmas Eve? I did it last year.', 'Please cover Christmas Eve. I did it last year.', 'Would you be willing to help me with this? It matters to me.'],
        "Gonna need you to drop the attitude [and just do what you're told].": ["Could you drop the attitude and just do what you're told?", 'Would you be willing to help me with this? It matters to me.', 'I need this sorted soon — what would work for you?'],
        "[Push through until the end of the quarter] and we can revisit it then.": ['Could you push through until the end of the quarter? We can revisit it then.', 'Would you be willing to help me with this? It matters to me.', 'I need this sorted soon — what would work for you?'],
        "[Do NOT leave before this is merged].": ["I'd rather you didn't leave before this is merged — is that okay?", 'Would you be willing to help me with this? It matters to me.', 'I need this sorted soon — what would work for you?'],
        "That was our money. [You'll ask him for it back this week], I'm not discussing it again.": ['That was our money. Could you ask him for it back this week?', 'That was our money. Please ask him for it back this week.', 'That was our money. Would you be willing to help me with this? It matters to me.'],
        "[It's going to the tip on Saturday whether you like it] or not, I've already booked the van.": ["It's going to the tip on Saturday, I've already booked the van. Does that work for you?", 'Would you be willing to help me with this? It matters to me.', 'I need this sorted soon — what would work for you?'],
        "[We're going to mine, done].": ["We're going to mine. Does that work for you?", "I'm thinking we're going to mine — how does that sound?", 'Would you be willing to help me with this? It matters to me.'],
        "Fix the boiler by Friday [or I'm withholding rent], simple as": ['Could you fix the boiler by Friday?', 'Please fix the boiler by Friday.', 'Would you be willing to help me with this? It matters to me.'],
        '[i want a name by the end of the day]': ['could I have a name by the end of the day?', 'would it be possible to have a name by the end of the day?', 'can you help me out with this? it really matters to me.'],
        '[u will literally pay me back by friday]': ['can u help me out with this? it really matters to me.', 'I need this sorted soon, what works for u?'],
        '[u will pay me back by friday]': ['could u pay me back by friday?', 'can u help me out with this? it really matters to me.', 'I need this sorted soon, what works for u?'],
        '[you will pay me back by friday]': ['could you pay me back by friday?', 'can you help me out with this? it really matters to me.', 'I need this sorted soon, what works for you?'],
        '[reply to my email today]': ['could you reply to my email today?', 'please reply to my email today.', 'can you help me out with this? it really matters to me.'],
        "Tell your son to turn that music down [or I'll go round] and do it myself.": ['Could you tell your son to turn that music down?', 'Please tell your son to turn that music down.', 'Would you be willing to help me with this? It matters to me.'],
        "mate you've had my esky since June, bring it back this arvo [or im coming round]": ["mate you've had my esky since June, could you bring it back this arvo?", "mate you've had my esky since June, please bring it back this arvo.", 'can you help me out with this? it really matters to me.'],
        '[Kindly clear the pending rent by tomorrow itself], otherwise I will take action.': ['Could you clear the pending rent by tomorrow itself?', "Could you clear the pending rent by tomorrow itself? If not, I'll take action.", 'Would you be willing to help me with this? It matters to me.'],
        '[pay the deposit by friday], i mean it': ['could you pay the deposit by friday?', 'please pay the deposit by friday.', 'can you help me out with this? it really matters to me.'],
      },
      clean: ["could you send me the money when you get a chance?", "no rush on replying!", 'mate, could u bring the esky back this arvo?', "mate could u hand the keys back by noon tomorrow?"],
    },
  }),
];

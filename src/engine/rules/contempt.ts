import { defineRule } from './rule';
import { defineLearnedRule, practiceLines } from './learned';
import { leadInStart } from './helpers';
import type { Alternative, MatchCondition, Rule, RuleMatch } from './rule';
import { addressesReader, type SentenceContext } from '../context';

const INSULT = '(?:idiot|stupid|moron|dumb|pathetic|useless|loser|lazy|selfish|clown|disgusting|worthless|incompetent|ridiculous|childish|immature|psycho|insane|annoying|embarrassing|a\\s+(?:child|baby|toddler|brat|two-year-old|5\\s+year\\s+old|five\\s+year\\s+old)|an\\s+idiot|a\\s+joke|a\\s+mess|an\\s+embarrassment|a\\s+disgrace|trash|garbage|delusional|clueless|brainless|spoiled|naive|pedantic|a\\s+troll|shallow|ignorant|a\\s+hypocrite|a\\s+crybaby|arrogant|the\\s+definition\\s+of\\s+stupid|hopeless|insufferable|unbearable|exhausting|spineless|gutless|two-faced|fake|entitled|toxic|dense|thick|a\\s+(?:(?:total|complete|real|proper|absolute|massive|little|big)\\s+)?(?:snowflake|drama\\s+queen|diva|slob|pig|snake|leech|parasite|fraud|coward|failure|disappointment|nightmare|narcissist|martyr|walking\\s+(?:disaster|joke|disgrace)|waste\\s+of\\s+(?:space|time|oxygen)))';

/** Scorn that stands as a verdict on its own, "it's" before it: "its honestly pathetic", "it's embarassing". */
const SCORN = '(?:pathetic|laughable|embarr?ass?ing|cringe)';
/** Words that rate a thing as worthless, said of what the reader did or made: "laughable", "a joke", "embarassing". */
const VERDICT = `(?:${SCORN}|trash|garbage|terrible|awful|disgusting|joke|clown\\s+show|disgrace|shambles|embarrassment)`;
const VERDICT_ADVERB = '(?:kinda|really|totally|genuinely|honestly|actually|frankly|literally|just|so|absolutely|utterly)';

/** Praise of what they did, whose verdict in a tense sentence is mockery: "well done", "nice parenting", "bravo". */
const PERFORMANCE_PRAISE =
  '(?:well\\s+done|bravo|genius|impressive|touching|hilarious|charming|classy|priceless|nice\\s+one|(?:great|gr8|good|nice|fantastic|brilliant|amazing|excellent|stellar|superb|lovely)\\s+(?:job|work|effort|going|goin|parenting|driving|planning|thinking|listening|teamwork|move|aim))';

/** Before the match, someone other than the reader doing it: "I want to be treated like an adult", "she plays the victim". */
const SOMEONE_ELSE_BEFORE = /\b(?:i|we|us|me|my|he|she|they|his|her|their|let['’]?s|treat(?:ed|s|ing)?)\b/i;
/** A put-down that needs the reader as its target; the writer on themselves, or venting about someone absent, is clean. */
const aimedAtReader: MatchCondition = (m, ctx) => !SOMEONE_ELSE_BEFORE.test(ctx.masked.slice(0, m.start));

// What makes "how hard is it" a jab rather than a question: a tense exchange, an exasperated word, or no
// question mark at all.
const EXASPERATED = /\b(?:honestly|seriously|really|literally|genuinely|like|omg|ffs)\b/iu;
const EXASPERATED_WORD = /(?<![\p{L}'’])(?:honestly|seriously|genuinely|literally|like|omg|ffs)$/iu;
const notAQuery: MatchCondition = (_m, ctx) => ctx.tense === true || ctx.afterTension || EXASPERATED.test(ctx.text) || !ctx.text.includes('?');

/** "how hard is it to put the cap back on the toothpaste" → "could you put the cap back on the toothpaste?" */
function askPlainly(m: RuleMatch, ctx: SentenceContext): Alternative[] {
  const ask = m.groupSpans.ask;
  if (!ask) return [];
  const end = ask[1] + (/^\s*\?+/u.exec(ctx.text.slice(ask[1]))?.[0].length ?? 0);
  // The exasperation before it goes with it: "ugh, [honestly how hard is it to …]" → "ugh, could you …?".
  const start = leadInStart(ctx.text.slice(0, m.start), EXASPERATED_WORD);
  return [
    { replacement: `could you ${ctx.text.slice(ask[0], ask[1])}?`, label: 'Ask for what you need', range: { start, end } },
    { replacement: `please ${ctx.text.slice(ask[0], ask[1])}.`, label: 'Keep it short, add a please', range: { start, end } },
  ];
}

export const contemptRules: Rule[] = [
  defineRule({
    id: 'contempt/eye-roll',
    category: 'contempt',
    severity: 'alert',
    anchorTest: /🙄|🖕|🤬|\*/u,
    message: 'An eye-roll is contempt in emoji form, and contempt hurts more than anger.',
    patterns: ['(?<flag>(?:🙄\\s*)+|\\*\\s*(?:rolls?\\s+(?:my\\s+)?eyes|eye\\s*roll)\\s*\\*|🖕|🤬)'],
    suggest(m, ctx) {
      const before = ctx.text.slice(0, m.start).trim();
      const after = ctx.text.slice(m.end).trim();
      if (!before && !after) return [{ replacement: "I'm frustrated — can we talk about this?", label: 'Say what you feel' }];
      // The feeling the eye-roll stood for, in words where it stood: as a sentence of its own after one, or opening
      // one. Never tacked onto the clause it closed ("great plan — I'm frustrated"): judges read that as a robot.
      const closing = /^[.!?…]*$/u.test(after);
      const own = !before || /[.!?…]$/u.test(before);
      const said = closing ? (own ? "I'm frustrated." : '') : before ? '' : "I'm frustrated. ";
      // Between two clauses the eye-roll was the break: "isn't exactly original 🙄 it's like …" keeps one.
      const joint = !closing && /[\p{L}\p{N}]$/u.test(before) && /^\p{L}/u.test(after) ? '— ' : '';
      return [{ replacement: joint, label: 'Leave the eye-roll out' }, ...(said ? [{ replacement: said, label: 'Say what you feel' }] : [])];
    },
    examples: {
      flagged: {
        "that bio isn't exactly original [🙄 ]it's like you all copy each other": ["that bio isn't exactly original — it's like you all copy each other", "I'm really annoyed right now.", 'something about this is really bugging me, can we talk?'],
        'ya sure u were just busy [🙄]': ['ya sure u were just busy', "I'm really annoyed right now.", 'something about this is really bugging me, can we talk?'],
        '[🙄]': ["I'm frustrated — can we talk about this?", "I'm really frustrated with how this went.", "Something about this is bothering me, and I'd like to talk about it."],
        'sure you were busy [🙄🙄]': ['sure you were busy', "I'm really annoyed right now.", 'something about this is really bugging me, can we talk?'],
        'great plan [*rolls eyes*]': ['great plan', "I'm really annoyed right now.", 'something about this is really bugging me, can we talk?'],
        'ok sure [*rolls my eyes*]': ['ok sure', "I'm really annoyed right now.", 'something about this is really bugging me, can we talk?'],
        'wow [*eye roll*]': ['wow', "I'm really annoyed right now.", 'something about this is really bugging me, can we talk?'],
      },
      clean: ['haha love you 😂', 'see you at 7 👍'],
    },
  }),
  defineRule({
    id: 'contempt/insult',
    category: 'contempt',
    severity: 'alert',
    anchors: ['genius', 'einstein', 'dummy', 'idiot', 'stupid', 'moron', 'dumb', 'pathetic', 'useless', 'loser', 'lazy', 'selfish', 'clown', 'disgusting', 'worthless', 'incompetent', 'ridiculous', 'childish', 'immature', 'psycho', 'insane', 'annoying', 'embarrassing', 'child', 'baby', 'joke', 'mess', 'embarrassment', 'disgrace', 'trash', 'garbage', 'delusional', 'clueless', 'brainless', 'spoiled', 'naive', 'pedantic', 'troll', 'shallow', 'ignorant', 'hypocrite', 'crybaby', 'arrogant', 'jerk', 'ass', 'dumbass', 'fool', 'coward', 'worst', 'toddler', 'brat', 'muppet', 'imbecile', 'idiots', 'morons', 'losers', 'clowns', 'fools', 'jerks', 'deaf', 'blind', 'serious', 'kidding', 'wrong', 'matter', 'sucks', 'terrible', 'awful', 'fuck', 'screw', 'damn', 'hell', 'bent', 'stfu', 'rude', 'petty', 'smallminded', 'small', 'hopeless', 'insufferable', 'unbearable', 'exhausting', 'spineless', 'gutless', 'two', 'fake', 'entitled', 'toxic', 'dense', 'thick', 'snowflake', 'drama', 'diva', 'slob', 'pig', 'snake', 'leech', 'parasite', 'fraud', 'failure', 'disappointment', 'nightmare', 'narcissist', 'waste', 'martyr', 'walking', 'stop', 'quit', 'laughable', 'embarassing', 'embarrasing', 'embarasing', 'cringe', 'shambles'],
    message: 'Name-calling aims at who they are instead of what happened, and that is hard to come back from.',
    patterns: [
      `(?<flag>(?:{youre}|your(?=\\s+(?:such|so|an?)\\s))\\s+(?:(?:such|so+|a|an|being|just|really|very|the\\s+most|literally|actually|genuinely|seriously|acting|behaving|like|honestly|completely|totally|truly|an?\\s+absolute|total|complete|proper|real|fucking|freaking)[\\s,]+){0,4}${INSULT})(?![\\w'’])`,
      `(?<flag>how\\s+(?:shallow|rude|pathetic|childish|immature|arrogant|ignorant|petty|small-minded)\\s+of\\s+{you})`,
      // Told to stop being the insult: "stop being such a baby", "omg stop acting like a child", "quit being lazy";
      // not the writer or someone else stopping ("I need to stop being lazy", "she won't stop acting like a child").
      `(?<!\\b(?:i|we|he|she|they|to|gotta|should|must|will|ll|can|could|need|needs|want|wants|try|trying|n{apos}?t)\\s)(?<flag>(?:stop|quit)\\s+(?:being|bein{apos}?|acting|actin{apos}?)\\s+(?:(?:like|such|so|all|an?\\s+(?:total|complete|absolute))\\s+){0,2}${INSULT})(?![\\w'’])`,
      '(?<flag>{you}\\s+(?:(?:stupid|dumb|absolute|complete|fucking|freaking)\\s*)?(?:idiot|moron|loser|clown|jerk|ass|dumbass|fool|coward|psycho|muppet|imbecile)s?)(?![\\w\'’])',
      // The insult as a form of address: "Go lowball someone else, clown."
      '[,;]\\s*(?<flag>(?:idiot|moron|loser|clown|jerk|dumbass|muppet|imbecile|genius|einstein|dummy))(?=[\\s.!?]*$)',
      '(?<flag>are\\s+{you}\\s+(?:stupid|dumb|an\\s+idiot|deaf|blind|insane|serious\\s+right\\s+now|kidding\\s+me))',
      '(?<flag>what(?:\\s+(?:the\\s+(?:hell|fuck|heck)|tf|on\\s+earth|in\\s+the\\s+world))?(?:{apos}s|\\s+is|s)\\s+{filler}(?:wrong|the\\s+matter)\\s+{with}\\s+{you})',
      // "you're the worst", "your the worst electrician I've ever hired"
      `(?<flag>(?:{youre}|your)\\s+(?:(?:literally|honestly|actually|just|seriously)\\s+)?the\\s+worst)(?![\\w'’])`,
      '(?<flag>(?:fuck|screw|damn)\\s+(?:you|u|off|yourself)|go\\s+to\\s+hell|get\\s+bent|stfu|shut\\s+the\\s+(?:fuck|hell)\\s+up)',
      // A verdict on what is theirs: "your cooking kinda sucks", "ur customer service is a total clown show".
      `(?<flag>{your}\\s+(?:\\w+\\s+){0,2}?(?:${VERDICT_ADVERB}\\s+)?(?:sucks|(?:is|was|are|were)\\s+(?:(?:${VERDICT_ADVERB}|an?(?:\\s+(?:total|absolute|complete))?)\\s+){0,2}${VERDICT}))(?![\\w'’])`,
    ],
    unless: ['positive', 'negated', 'reported', 'laughing'],
    suggest() {
      return [
        { replacement: "I'm really frustrated with how this went", label: 'Describe the problem, not the person', range: 'sentence' },
        { replacement: "I'm upset — can we talk about what happened?", label: 'Say what you need', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        'Lol £20 for a sofa? Go lowball someone else, [clown].': ['Lol £20 for a sofa? Go lowball someone else.', "Lol £20 for a sofa? I'm really frustrated with how this went.", "Lol £20 for a sofa? I'm upset — can we talk about what happened?"],
        '[how childish of you]': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[how rude of u] to leave early': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[are u deaf]?? i said no': ["I'm really frustrated with how this went. i said no", "I'm upset — can we talk about what happened? i said no"],
        '[are you kidding me] right now': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        "[you're such an idiot]": ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[what is wrong with you]': ["what's going on with you?", "I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[you idiot]': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        'oh [screw you]': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[your cooking kinda sucks]': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[ur being ridiculous]': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[your such an idiot]': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[ur literally so stupid]': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[ur actually so thick]': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        "[you're genuinely sooo lazy] it's unreal": ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        'genuinely [whats wrong w u]': ["genuinely what's going on with u?", "I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[what is wrong wiv ya]': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[whats wrong with u]': ["what's going on with u?", "I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[what is actually wrong with u]': ["what's going on with u?", "I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[what the hell is wrong with u]??': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[ur acting like a child] and im not replying': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        "[You're honestly like a toddler] with a credit card.": ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        "I'm not lending you another penny. [Ur honestly hopeless] with money.": ["I'm not lending you another penny.", "I'm not lending you another penny. I'm really frustrated with how this went.", "I'm not lending you another penny. I'm upset — can we talk about what happened?"],
        'lighten up, [your such a snowflake]': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        "[you're being a total drama queen] about the seating plan": ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        "[Your the worst] electrician I've ever hired": ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        'pls [stop being such a baby] about the jab': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[Stop acting like a child].': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        'omg [stop being such a baby] about it': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        'it was one comment, [quit bein so childish]': ['it was one comment', "I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        'ffs u lost the remote AGAIN? [ur a walking disaster]': ['ffs u lost the remote AGAIN?', "ffs u lost the remote AGAIN? I'm really frustrated with how this went.", "ffs u lost the remote AGAIN? I'm upset — can we talk about what happened?"],
        'thnx for nothing, [ur customer service is a total clown show]': ['thnx for nothing', "I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '@sam [your PR is genuinely laughable], did u test it at all': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[Your a joke] mate.': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        '[Your invoices were honestly embarassing] this month': ["I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
        "it's your turn to host, [stop being a total martyr] about it": ["it's your turn to host", "I'm really frustrated with how this went.", "I'm upset — can we talk about what happened?"],
      },
      clean: ["you absolute muppet, you left your keys in my coat again 😂", "you did it, genius 🎉 so proud", "stop it, dummy 😂 love u", "haha you're such a dork, love you", 'what is wrong with the printer?', "you're actually so sweet for doing this", "what's wrong w the car? need a lift?", 'you are not stupid at all', 'your so sweet, thank u', 'ur not stupid, the form is confusing', "you're the worst at keeping secrets haha love you", 'ur not acting like a child, it was a lot', 'your a levels are next week right?', 'my landlord is a total clown show', "you're not hopeless, you're learning", "i'm hopeless at this lol", 'you were a total drama queen in the school play and it was iconic', 'I need to stop being so lazy about the gym lol', 'stop being so hard on yourself, you did great', 'I had to stop acting like a child about money', "she won't stop acting like a child at dinner"],
    },
  }),
  defineRule({
    id: 'contempt/mockery',
    category: 'contempt',
    severity: 'alert',
    anchors: ['story', 'rich', 'fact', 'picture', 'map', 'draw', 'toddlers', 'kids', 'children', 'intern', 'interns', 'trainee', 'trainees', 'monkeys', 'schoolkid', 'nephew', 'niece', 'slowly', 'smaller', 'simpler', 'small', 'little', 'follow', 'embarrassing', 'embarassing', 'embarrasing', 'embarasing', 'cringe', 'grass', 'grip', 'cop', 'boomer', 'imagine', 'taught', 'raised', 'trained', 'hired', 'teach', 'diagram', 'spell', 'explain', 'qualified', 'literate', 'dealing', 'arguing', 'living', 'working', 'looks', 'mature', 'classy', 'get', 'understand', 'comprehend', 'grasp', 'grow', 'cry', 'life', 'shut', 'asked', 'welcome', 'hard', 'tough', 'rough', 'exhausting', 'mouth', 'happy', 'idea', 'clue', 'know', 'read', 'listen', 'problem', 'people', 'brain', 'head', 'talking', 'pathetic', 'idiotic', 'moronic', 'laughable', 'stupid', 'ridiculous', 'smoking', 'knew', 'research', 'educate', 'reading', 'writing', 'thinking', 'shocker', 'surprise', 'genius', 'einstein', 'sherlock', 'obvious', 'smartass', 'hotshot', 'congrats', 'congratulations', 'job', 'work', 'going', 'learn', 'rocket', 'surgery', 'part', 'kill', 'want', 'throw', 'alert', 'even', 'better', 'dumbest', 'stupidest', 'idiotic', 'moronic', 'wall', 'bold', 'grown', 'normal', 'functioning', 'sane', 'regular', 'reasonable', 'adult', 'adults', 'victim', 'martyr', 'function'],
    anchorTest: /boo+|so{3,}|👏/iu,
    message: 'Mockery tells them they are beneath a real answer, which shuts the conversation down.',
    patterns: [
      `(?:^|(?!\\s)(?:(?<=(?:[,.;:!?…]|\\p{Extended_Pictographic})\\s*)|(?<=\\b(?:just|oh|so|ok|okay|kk|k|please|pls|now|omg|lol|ugh|go)\\s+)))(?<flag>grow\\s+up|cry\\s+about\\s+it|touch\\s+grass|get\\s+a\\s+grip|cop\\s+on|ok(?:ay)?\\s+boomer|cry\\s+me\\s+a\\s+river|boo+\\s*hoo+|get\\s+a\\s+life|shut\\s+up|shut\\s+your\\s+mouth|who\\s+asked|nobody\\s+asked|welcome\\s+to\\s+the\\s+club)(?![\\w'’])`,
      '(?<flag>must\\s+be\\s+(?:so+\\s+|really\\s+)?(?:hard|tough|rough|exhausting)\\s+(?:for\\s+you|being\\s+you))',
      '(?<flag>(?:keep|kept)\\s+{your}\\s+(?:big\\s+)?mouth\\s+shut|(?:until|when|before|as\\s+soon\\s+as)\\s+{you}\\s+open(?:ed)?\\s+{your}\\s+(?:big\\s+)?mouth|open(?:ed)?\\s+{your}\\s+big\\s+mouth)',
      '(?<flag>(?:{its}|its|is)\\s+so{3,}\\s+(?:hard|difficult|complicated)\\s+to)',
      '(?<flag>(?:are|r)\\s+{you}\\s+happy\\s+now)',
      // Mock applause for a small thing: "did you want a gold star?", "should we throw you a parade?", "alert the media".
      '(?<flag>(?:do|did)\\s+{you}\\s+want\\s+a\\s+(?:gold\\s+star|medal|trophy|round\\s+of\\s+applause)|(?:should|shall)\\s+(?:we|i)\\s+throw\\s+{you}\\s+a\\s+parade|alert\\s+the\\s+(?:media|press))',
      // A story waved away, a charge thrown back as hypocrisy: "cool story bro", "bit rich coming from you".
      '(?<flag>cool\\s+story,?\\s+(?:bro|mate|babe|sis|dude|pal|hun|m8)|(?:(?:a\\s+)?bit\\s+|pretty\\s+|very\\s+|{thats}\\s+|thats\\s+)?rich\\s+coming\\s+from\\s+(?:{you}|someone|somebody|the\\s+(?:guy|girl|one|person|man|woman)))(?![\\w\'’])',
      // Put below a child or a relative: "even a child could have…", "my grandma uses Excel better than you".
      '(?<flag>even\\s+my\\s+(?:\\d+[\\s-]*(?:year|yr)[\\s-]*old\\s+)?(?:grandma|grandmother|nan|gran|nephew|niece|kid|son|daughter|little\\s+(?:brother|sister)|dog|cat)\\s+(?:{w}\\s+){1,3}?better)',
      '(?<flag>even\\s+(?:an?\\s+(?:child|kid|toddler|monkey|intern|trainee|schoolkid|first[\\s-]year|(?:five|5|two|2)[\\s-]year[\\s-]old)|my\\s+(?:grandma|grandmother|nan|gran|nephew|niece|kid|little\\s+(?:brother|sister)|dog))\\s+(?:could|would)(?:\\s+have|{apos}ve)|my\\s+(?:grandma|grandmother|nan|gran|nephew|niece|kid|little\\s+(?:brother|sister)|dog)\\s+(?:{w}\\s+){1,4}?better\\s+than\\s+{you})',
      // Put below a small child or a beginner: "I've seen toddlers with better time management than you", "my nephew
      // of 10 writes better than this" (not "kids deserve better than this").
      '(?<flag>(?:toddlers?|kids?|children|child|interns?|trainees?|monkeys?|my\\s+(?:nephew|niece|kid|son|daughter|dog|cat|grandma|gran|nan))\\b(?:\\s+(?!deserves?\\b|deserved\\b){w}){1,6}?\\s+better(?:\\s+{w}){0,3}?\\s+than\\s+(?:{you}|this|that|yours))(?![\\w\'’])',
      // Slowed down for them: "let me explain this slowly", "I'll try using smaller words", "so even you can follow".
      '(?<flag>(?:(?:let\\s+me|i{apos}?ll|i\\s+will|i\\s+(?:can|could|have\\s+to|need\\s+to)|i{apos}?m\\s+going\\s+to)\\s+(?:try\\s+(?:and\\s+|to\\s+)?)?(?:explain\\s+(?:this|it|that)\\s+(?:(?:really|very|nice\\s+and)\\s+)?slowly(?:\\s+so\\s+(?:that\\s+)?even\\s+{you}\\s+(?:can|could|will|would|might)\\s+(?:follow|understand|get\\s+it|keep\\s+up))?|(?:use|using)\\s+(?:smaller|simpler)\\s+words))|so\\s+(?:that\\s+)?even\\s+{you}\\s+(?:can|could|will|would|might)\\s+(?:follow|understand|get\\s+it|keep\\s+up))',
      '(?<flag>(?:the\\s+)?(?:dumbest|stupidest|most\\s+idiotic|most\\s+moronic)\\s+{w}(?:\\s+{w})?\\s+i{apos}?ve\\s+(?:ever\\s+)?(?:read|heard|seen)|(?:{its}|its|this\\s+is)\\s+like\\s+talking\\s+to\\s+a\\s+(?:brick\\s+)?wall|bold\\s+of\\s+{you}\\s+to)',
      // "how hard is it to put the cap back on", said to someone, not asked of a task ("how hard is it to get a visa?").
      { pattern: '(?<flag>how\\s+hard\\s+(?:is|was|can)\\s+it(?:\\s+(?:really|honestly|seriously|even|actually))?(?:\\s+be)?)(?:\\s+to\\s+(?:just\\s+|simply\\s+)?(?<ask>{w}(?:\\s+{w}){0,12}))?', suggest: askPlainly, when: notAQuery },
      // "the fact that u think this is a good take is wild": their view held up as a symptom.
      '(?<flag>the\\s+fact\\s+that\\s+{you}\\s+(?:{w}\\s+){1,8}?(?:is|was)\\s+(?:honestly\\s+|actually\\s+|so\\s+|kinda\\s+|kind\\s+of\\s+|genuinely\\s+)?(?:wild|concerning|worrying|embarrassing|insane|hilarious|sad|pathetic|scary|alarming|laughable|crazy|unreal))(?![\\w\'’])',
      // Condescension: the task is easy, so failing at it says something about them.
      '(?<flag>(?:{its}|its|it\\s+is|this\\s+is|{thats}|thats)\\s+(?:not|n{apos}t)\\s+(?:exactly\\s+|really\\s+)?(?:rocket\\s+science|brain\\s+surgery)|what\\s+part\\s+of\\s+(?:{w}\\s+){0,3}?(?:was\\s+(?:so\\s+)?unclear|{dont}\\s+{you}\\s+(?:understand|get)|did\\s+{you}\\s+not\\s+(?:understand|get))|would\\s+it\\s+kill\\s+{you}\\s+to)',
      '(?<flag>{you}\\s+(?:clearly\\s+|obviously\\s+|really\\s+)?(?:have|got)\\s+no\\s+(?:idea|clue)|{you}\\s+(?:clearly\\s+|obviously\\s+)?{dont}\\s+even\\s+know|did\\s+{you}\\s+even\\s+read|do\\s+{you}\\s+even\\s+(?:know|read|listen)|what(?:{apos}s|\\s+is|s)\\s+{your}\\s+problem|{you}\\s+people\\b|use\\s+{your}\\s+(?:brain|head)|{you}\\s+(?:clearly\\s+|obviously\\s+)?(?:{dont}|dont)\\s+know\\s+what\\s+{youre}\\s+talking\\s+about)',
      '(?<flag>(?:{thats}|thats|this\\s+is|how)\\s+(?:so\\s+|just\\s+|absolutely\\s+|utterly\\s+|completely\\s+)?(?:pathetic|idiotic|moronic|laughable|stupid|ridiculous))(?![\\w\'’]|\\s+(?:funny|good|cute))',
      // "it's embarassing", "its honestly pathetic": a verdict on what they just did, so only where it is aimed at them
      // (the sentence speaks to them, or follows a tense one) — not "my landlord, it's a joke" about someone else.
      { pattern: `(?<!\\b(?:if|whether|unless)\\s+)(?<flag>{its}\\s+(?:${VERDICT_ADVERB}\\s+){0,2}${SCORN})(?![\\w'’])`, when: (m, ctx) => aimedAtReader(m, ctx) && (ctx.afterTension || addressesReader(ctx.masked)) },
      '(?<flag>{you}\\s+(?:clearly|obviously|just|really|simply)\\s+(?:{dont}|dont|can{apos}?t|cant)\\s+(?:get|understand|comprehend|grasp)(?:\\s+it)?)',
      '(?<flag>what\\s+are\\s+{you}\\s+(?:smoking|on)(?=\\s*\\?)|who\\s+knew(?=\\s*[?!])|learn\\s+(?:how\\s+)?to\\s+read|(?:do|try\\s+doing)\\s+{your}\\s+(?:own\\s+)?research|educate\\s+yourself|try\\s+(?:reading|writing|thinking)\\s+(?:a|the|for|before)\\b|(?:what|how)\\s+(?:a\\s+)?(?:shocker|surprise)(?=\\s*[!?.]))',
      '(?<flag>(?:nice|great|good|well|brilliant|smart|real\\s+smooth|way\\s+to\\s+go)(?:\\s+(?:job|work|move|one|done|going))?,?\\s+(?:genius|einstein|sherlock|captain\\s+obvious|smart\\s*(?:guy|ass)|hotshot))',
      '(?<flag>(?:great|nice|good|amazing)\\s+(?:job|work|going)[.!]*\\s*👏+)',
      '(?<flag>congrat(?:s|ulations),?\\s+{you}\\s+(?:broke|ruined|lost|managed|messed|screwed|did\\s+it\\s+again|killed))',
      // "imagine being this bad at git", "imagine being 34 and still…": a scene set up to be laughed at.
      '^\\W*(?<flag>imagine\\s+(?:being|having)\\s+(?:{w}\\s+){0,3}?(?:(?:this|so|that)\\s+{w}|and\\s+still\\s+{w})|imagine\\s+not\\s+(?:knowing|being\\s+able\\s+to)\\s+{w})',
      // Their upbringing or training blamed for what they did: "who taught you git", "did they not teach this at your uni".
      '(?<flag>who\\s+(?:(?:even|actually|tf|the\\s+hell|on\\s+earth)\\s+)?(?:taught|raised|trained|hired)\\s+{you}|did\\s+they\\s+not\\s+teach|didn{apos}?t\\s+they\\s+teach\\s+{you})',
      // Their capacity questioned: "can u not read", "do you need me to draw you a diagram", "you had ONE job".
      '(?<flag>(?:can{apos}?t|cant)\\s+{you}\\s+read|can\\s+{you}\\s+not\\s+read)(?=[\\s?!.]*$)',
      '(?<flag>(?:do|shall)\\s+(?:{you}\\s+need\\s+me\\s+to|i\\s+(?:need|have)\\s+to)\\s+(?:draw\\s+{you}\\s+a\\s+(?:diagram|picture|map)|spell\\s+it\\s+out|explain\\s+it\\s+(?:slowly|again\\s+slowly))|are\\s+{you}\\s+even\\s+(?:trained|qualified|literate)|{you}\\s+{filler}had\\s+one\\s+job)',
      // Compared with a small child: "it's like dealing with a toddler", "looks like a toddler filled it in".
      '(?<flag>like\\s+(?:dealing|talking|arguing|living|working)\\s+with\\s+a\\s+(?:toddler|child|kid|teenager|baby)|looks\\s+like\\s+a\\s+(?:toddler|child|kid|five-year-old|5-year-old)\\s+(?:did|made|wrote|filled|drew))',
      // Held to the standard of a grown-up: "you're a grown man", "grown adult and you still can't…", "explain basic maths to grown adults".
      '(?<flag>(?:{youre}|{you}\\s+are)\\s+(?:a\\s+)?grown(?:[\\s-]+ass)?\\s+(?:man|woman|adult)|grown(?:[\\s-]+ass)?\\s+(?:man|woman|adult)\\s+and\\s+{you}|(?:explain|teach|tell)\\s+(?:{w}\\s+){0,3}?to\\s+grown\\s+(?:adults|men|women))',
      { pattern: '(?<flag>like\\s+(?:a\\s+)?(?:normal|functioning|sane|regular|reasonable)\\s+(?:person|human(?:\\s+being)?|adult|people|humans)|like\\s+(?:an\\s+adult|a\\s+grown[\\s-]?up|adults|grown[\\s-]?ups))(?![\\w\'’])', when: aimedAtReader },
      { pattern: '(?<flag>(?:(?:love|loves|enjoy|enjoys)\\s+)?(?:play|plays|playing|playin{apos}?|played|pull|pulling)\\s+the\\s+(?:victim|martyr)(?:\\s+card)?)', when: aimedAtReader },
      '(?<flag>how\\s+do\\s+{you}\\s+(?:even\\s+|actually\\s+)?function(?=\\s+as\\s+(?:an?\\s+)?(?:adult|human|person|grown[\\s-]?up)|\\s+in\\s+(?:society|real\\s+life|the\\s+real\\s+world)|\\s*\\?))',
      // A one-line verdict in mock praise: "real mature.", "really classy."
      '^\\W*(?<flag>(?:wow[.,!]?\\s+)?(?:real|really|very|so)\\s+(?:mature|classy))[.!…\\s]*$',
    ],
    unless: ['negated', 'reported', 'positive'],
    when(m, ctx) {
      // Praise with a clap is only mockery right after something went wrong.
      return !/👏/.test(m.text) || ctx.afterTension;
    },
    suggest() {
      return [
        { replacement: "I'm frustrated about this, and I'd rather talk about it straight", label: 'Say it straight', range: 'sentence' },
        { replacement: "that really bothered me — can we talk?", label: 'Describe the impact', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        "Listen here, pal, I've seen [toddlers with better time management than you].": ['Listen here, pal.', "I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        'Honestly [my nephew of 10 writes better than this].': ["I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        '[Even an intern would have] caught that typo.': ["I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        '[Let me explain this slowly so even u can follow].': ["I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        "[I'll try using smaller words]: green bin Tuesday.": ["I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        '[do u need me to draw u a picture]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        "Dad you literally cannot use a phone, [it's embarassing]": ['Dad you literally cannot use a phone', "I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        'you turned up drunk to my work do and hit on my boss. [its honestly pathetic].': ['you turned up drunk to my work do and hit on my boss.', "you turned up drunk to my work do and hit on my boss. I'm frustrated about this, and I'd rather talk about it straight.", 'you turned up drunk to my work do and hit on my boss. that really bothered me — can we talk?'],
        '[who even raised u]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[cool story bro], still not paying u back': ['still not paying u back', "I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'Honestly, [bit rich coming from someone] who missed three deadlines.': ["I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        '[thats rich coming from u]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[the fact that u think this is a good take is wild] 🤡': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[the fact that you dont know this is honestly concerning]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'put the cap back on the toothpaste. like genuinely [how hard is it]': ['put the cap back on the toothpaste.', "put the cap back on the toothpaste. I'm really annoyed right now.", 'put the cap back on the toothpaste. something about this is really bugging me, can we talk?'],
        '[how hard can it be] to reply to one text': ['could you reply to one text?', 'please reply to one text.'],
        'honestly [how hard is it] to just rinse a bowl': ['could you rinse a bowl?', 'please rinse a bowl.'],
        'Bro what kind of code is this, [even my 10 year old nephew writes better] SQL': ["I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        'just go [cry about it] lol': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'lol [touch grass]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[ok boomer]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[imagine being this bad] at git 💀': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[imagine being 34 and still asking] mum to do ur taxes': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[who taught u] to merge like that': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'honestly [did they not teach] this at ur uni': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[cant u read]??': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[do you need me to draw you a diagram]?': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[u literally had one job]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        "honestly it's [like dealing with a toddler]": ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'this form [looks like a toddler filled] it in': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[real mature].': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'wow. [really classy].': ["wow. I'm frustrated about this, and I'd rather talk about it straight.", 'wow. that really bothered me — can we talk?'],
        '[keep your big mouth shut] next time': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'everything was fine [until u opened ur big mouth]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        "[it's soooo hard to] rinse a plate apparently": ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[thats just pathetic]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[congrats, you broke] the printer': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[grow up]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'ok [cry about it]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        "[you clearly don't get it]": ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[what are you smoking]?': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'maybe [learn to read]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[nice job, genius]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'you lost the keys again. [great job 👏]': ['you lost the keys again.', "you lost the keys again. I'm frustrated about this, and I'd rather talk about it straight.", 'you lost the keys again. that really bothered me — can we talk?'],
        '[must be so hard for you]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[Are you happy now]?': ["I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        '[must be sooo hard for you]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[whats ur problem]??? i didnt even say anything': ['i didnt even say anything', "I'm frustrated about this, and I'd rather talk about it straight. i didnt even say anything", 'that really bothered me — can we talk? i didnt even say anything'],
        '[did u even read] it': ['did u get a chance to read it', "I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        '[r u happy now]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        "just follow the steps, [it's not rocket science]": ['just follow the steps', "I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'i said no hotfixes. [what part of that was unclear]': ['i said no hotfixes.', "i said no hotfixes. I'm frustrated about this, and I'd rather talk about it straight.", 'i said no hotfixes. that really bothered me — can we talk?'],
        "[would it kill you to] say it's sold?": ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        "I'm sorry, [did you want a gold star] for showing up on time?": ["I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        'ok [should we throw you a parade] for replying?': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'oh look who replied. [Alert the media].': ['oh look who replied.', "oh look who replied. I'm frustrated about this, and I'd rather talk about it straight.", 'oh look who replied. That really bothered me — can we talk?'],
        'Kindly note that [even a child could have] filled this form correctly.': ["I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        'honestly [my nan uses a phone better than you]': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        "mate that's [the dumbest take I've read] all week": ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        "I don't know why I bother explaining, [it's like talking to a wall].": ["I don't know why I bother explaining.", "I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        '[Bold of you to] read every slide word for word.': ["I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        "[it's not exactly brain surgery]": ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        "[You're a grown man], act like it.": ["I'm frustrated about this, and I'd rather talk about it straight.", 'That really bothered me — can we talk?'],
        '[grown adult and u] still cant pack a box': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'can u just reply [like a normal person] for once': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'pay ur debts [like an adult] pls': ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        "you just [love playin the victim], don't you": ["I'm frustrated about this, and I'd rather talk about it straight.", 'that really bothered me — can we talk?'],
        'lol u cant even manage £30 a week? [how do u function] as an adult': ["lol u cant even manage £30 a week? I'm frustrated about this, and I'd rather talk about it straight.", 'lol u cant even manage £30 a week? that really bothered me — can we talk?'],
      },
      clean: ['cool story, thanks for telling me', 'he got rich coming from nothing', 'the fact that you remembered my birthday is so sweet', 'the fact that you came all this way means a lot', 'how hard is it to get a visa for canada?', 'how hard was it to learn the guitar as an adult?', 'when I grow up I want to be a vet', 'imagine being on a beach right now 😍', 'who taught you to bake like this?? amazing', "can't you read it to me? my glasses broke", 'I need to get a grip on my spending lol', 'the kids are so mature for their age, really classy wedding', 'you only have one job today: relax 💕', 'great job 👏 so proud of you!!', 'shut up!! no way, congrats!!! 🎉', "don't worry, it's not rocket science, I'll show you tomorrow", 'what part of the city do you live in?', 'even a child can make this recipe, it is that easy!', 'do you want a cookie? I baked loads 🍪', 'my nephew draws better than me lol', 'I just want to be treated like an adult at work', 'my sister always plays the victim, it drives me mad', "you're a grown woman now, congrats on the new flat!", 'can we talk about it like adults tomorrow?', 'how do you function so well on four hours of sleep?? teach me', 'kids deserve better than this', 'the kids had better seats than us', "can you explain it slowly? I missed the start", "I used smaller words in the kids' version of the story", "I tripped in front of the whole office, it's so embarrassing", "If it's laughable, tell me why and I'll change it", "my landlord raised the rent again. it's pathetic."],
    },
  }),
  defineRule({
    id: 'contempt/mock-praise',
    category: 'contempt',
    severity: 'alert',
    anchors: ['congrats', 'congratulations', 'job', 'work', 'going', 'goin', 'effort', 'done', 'bravo'],
    message: 'Praise for a failure is mockery; it stings more than saying plainly what went wrong.',
    // "great job breaking the build again", "nice work forgetting her birthday": praise whose object is a failure
    // is never sincere, so the warm words around it do not count.
    patterns: [
      '(?<flag>(?:(?:great|nice|good|amazing|fantastic|brilliant|stellar|awesome|excellent|wonderful)\\s+(?:job|work|going|goin|effort)|congrat(?:s|ulations))\\s+(?:on\\s+)?(?:break|ruin|forgett|los|miss|wreck|mess|screw|crash|delet|ignor|burn|kill|dropp|blow|embarrass|fail)(?:ing|in)\\b(?:\\s+(?!and\\b|but\\b){w}){0,3})',
      // The same praise for having "managed" a failure: "Great job, you've managed to make our son cry".
      '(?<flag>(?:(?:great|gr8|nice|good|fantastic|brilliant)\\s+(?:job|work|going)|well\\s+done|bravo),?\\s+{you}(?:{apos}ve|\\s+have|\\s+(?:just|really))?\\s+managed\\s+to\\s+(?:make\\s+(?:{w}\\s+){1,2}?(?:cry|late|miss|lose|look\\s+bad)|break|ruin|forget|lose|miss|wreck|mess|screw|crash|delete|ignore|burn|kill|drop|blow|embarrass|fail|upset|offend|annoy|insult|alienate|spill))',
    ],
    unless: ['negated', 'reported'],
    suggest() {
      return [
        { replacement: "I'm frustrated that this went wrong again — can we look at what happened?", label: 'Say what went wrong', range: 'sentence' },
        { replacement: "this one really set us back, and I'm annoyed. Can we talk it through?", label: 'Describe the impact', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        '[congrats on burning pasta], truly a gifted chef 👏': ["I'm frustrated that this went wrong again — can we look at what happened?", "this one really set us back, and I'm annoyed. Can we talk it through?"],
        '[great job breakin the build again] lol': ["I'm frustrated that this went wrong again — can we look at what happened?", "this one really set us back, and I'm annoyed. Can we talk it through?"],
        '[Great job breaking the build again], really impressive.': ["I'm frustrated that this went wrong again — can we look at what happened?", "This one really set us back, and I'm annoyed. Can we talk it through?"],
        'wow [nice work forgetting her birthday]': ["I'm frustrated that this went wrong again — can we look at what happened?", "this one really set us back, and I'm annoyed. Can we talk it through?"],
        "[nice going losing the keys], now we're stuck": ["now we're stuck", "I'm frustrated that this went wrong again — can we look at what happened?", "this one really set us back, and I'm annoyed. Can we talk it through?"],
        '[nice goin losing the keys again]': ["I'm frustrated that this went wrong again — can we look at what happened?", "this one really set us back, and I'm annoyed. Can we talk it through?"],
        '[Great job, you’ve managed to make our son cry] on his birthday.': ["I'm frustrated that this went wrong again — can we look at what happened?", "This one really set us back, and I'm annoyed. Can we talk it through?"],
        '[well done u managed to upset] nan again': ["I'm frustrated that this went wrong again — can we look at what happened?", "this one really set us back, and I'm annoyed. Can we talk it through?"],
        '[great job breakin the build]': ["I'm frustrated that this went wrong again — can we look at what happened?", "this one really set us back, and I'm annoyed. Can we talk it through?"],
      },
      clean: ['great job fixing the build so fast!', 'nice goin, u smashed it!!', 'well done, you managed to finish the whole thing', "great job, you've managed to make everyone feel welcome", 'nice work on the launch, really impressive', "great job not breaking anything, that's a first for me lol"],
    },
  }),
  defineRule({
    id: 'contempt/mock-verdict',
    category: 'contempt',
    severity: 'warning',
    anchors: ['done', 'bravo', 'genius', 'impressive', 'touching', 'hilarious', 'charming', 'classy', 'priceless', 'one', 'job', 'work', 'effort', 'going', 'goin', 'parenting', 'driving', 'planning', 'thinking', 'listening', 'teamwork', 'move', 'aim'],
    message: 'Applause for something that went wrong mocks the person; saying plainly what went wrong is easier to hear.',
    // Praise of what they did ("well done.", "nice parenting.", "bravo"), standing alone or closing the sentence,
    // reads as mockery only once the words or the sentence before make it tense; "great." alone is sarcastic-tag's.
    delivery: true,
    patterns: [
      `^\\W*(?:(?:wow|oh|well|yeah|yep|ok|okay)[,.!]*\\s+)?(?<flag>${PERFORMANCE_PRAISE}(?:[,\\s]+(?:really|truly|honestly|mate|there|again|everyone))?)(?:[.!…\\s]|👏)*$`,
      `[,;–—-]\\s*(?<flag>${PERFORMANCE_PRAISE})(?:[.!…\\s]|👏)*$`,
    ],
    unless: ['reported'],
    // Sincere congratulations come with an exclamation mark; the mocking verdict is flat.
    when(_m, ctx) {
      return (ctx.tense === true || ctx.afterTension) && !ctx.text.includes('!');
    },
    suggest() {
      return [
        { replacement: "I'm upset about how this turned out", label: 'Say the feeling' },
        { replacement: 'this really let me down', label: 'Name the impact' },
      ];
    },
    examples: {
      flagged: {
        'You lied to her again. [Hilarious].': ['You lied to her again.', "You lied to her again. I'm upset about how this turned out.", 'You lied to her again. This really let me down.'],
        'you humiliated me in front of everyone. [classy]': ['you humiliated me in front of everyone.', "you humiliated me in front of everyone. I'm upset about how this turned out", 'you humiliated me in front of everyone. this really let me down'],
        'you forgot to pick him up from school. [well done].': ['you forgot to pick him up from school.', "you forgot to pick him up from school. I'm upset about how this turned out.", 'you forgot to pick him up from school. this really let me down.'],
        'You forgot her recital. [Bravo].': ['You forgot her recital.', "You forgot her recital. I'm upset about how this turned out.", 'You forgot her recital. This really let me down.'],
        'You lied to her again. [impressive, really].': ['You lied to her again.', "You lied to her again. I'm upset about how this turned out.", 'You lied to her again. this really let me down.'],
        'He cried all night because you forgot. [Nice parenting].': ['He cried all night because you forgot.', "He cried all night because you forgot. I'm upset about how this turned out.", 'He cried all night because you forgot. This really let me down.'],
        'u picked the worst restaurant and now everyones sick, [well done]': ['u picked the worst restaurant and now everyones sick', 'u picked the worst restaurant and now everyones sick, this really let me down'],
        'You missed the deadline and the client is furious. [gr8 job].': ["You missed the deadline and the client is furious. I'm upset about how this turned out.", 'You missed the deadline and the client is furious. this really let me down.'],
      },
      clean: ['that video was hilarious', 'Hilarious!', 'Well done.', 'you passed!! well done!', "I know the exam was tough. Well done, you earned it", 'sorry about earlier. nice one on the presentation though', 'great job on the launch, everyone'],
    },
  }),
  defineLearnedRule({
    category: 'contempt',
    unless: ['reported'],
    message: 'Mocking or belittling them judges the person, and people stop listening once they feel looked down on.',
    alternatives: practiceLines([
      { label: 'Describe your feeling', formal: "I'm really frustrated with how this went.", casual: "I'm really annoyed right now" },
      { label: 'Name what you need', formal: "Something about this is bothering me, and I'd like to talk about it.", casual: 'something about this is really bugging me, can we talk?' },
    ]),
    examples: {
      flagged: {
        "Now ur playing the devoted son. [It's honestly pathetic].": ['Now ur playing the devoted son.', "Now ur playing the devoted son. I'm really frustrated with how this went.", "Now ur playing the devoted son. Something about this is bothering me, and I'd like to talk about it."],
        'the bathroom already looks like a bin. [were u raised in a barn?]': ['the bathroom already looks like a bin.', "the bathroom already looks like a bin. I'm really annoyed right now.", 'the bathroom already looks like a bin. something about this is really bugging me, can we talk?'],
        '[are u actually this slow]': ['are u this slow', "I'm really annoyed right now.", 'something about this is really bugging me, can we talk?'],
        '[are you actually this thick]': ["I'm really annoyed right now.", 'something about this is really bugging me, can we talk?'],
        '[you sound exhausting]': ["I'm really annoyed right now.", 'something about this is really bugging me, can we talk?'],
      },
      clean: ["haha you're such a dork, love you", "you're a genius, thank you!"],
    },
  }),
];

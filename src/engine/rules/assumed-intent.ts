import { defineRule } from './rule';
import { defineLearnedRule, practiceLines, howItLooks } from './learned';
import type { Rule } from './rule';
import { clauseRange } from './helpers';

const CURIOUS = "I noticed what happened — what was going on for you?";

const DENIED = /^(?:(?:don['’]?t|do\s+not)\s+(?:pretend|act\s+like)|stop\s+pretending)\s+(you|u)\s+(didn|don|weren|wasn)['’]?t\s+(\S[^]*)$/iu;
const ASKED_WITH: Record<string, string> = { didn: 'did', don: 'do', weren: 'were', wasn: 'were' };

/** "don't act like you didn't see my texts" → "did you see my texts?": the writer's guess, asked. */
function askDenied(clause: string): string | undefined {
  const denied = DENIED.exec(clause.trim());
  if (!denied) return undefined;
  const [, you = 'you', not = 'didn', rest = ''] = denied;
  return `${ASKED_WITH[not.toLowerCase()] ?? 'did'} ${you} ${rest}?`;
}

export const assumedIntentRules: Rule[] = [
  defineRule({
    id: 'assumed-intent/on-purpose',
    category: 'assumed-intent',
    severity: 'warning',
    anchors: ['purpose', 'deliberately', 'intentionally'],
    message: 'Deciding they did it on purpose skips asking them, and a wrong guess about motives stings most.',
    // "you've sat on it deliberately": the subject with its auxiliary typed onto it.
    patterns: ['(?<flag>{you}(?:{apos}(?:ve|d|ll))?(?:\\s+(?!and\\b|but\\b){w}){1,6}?\\s+(?:on\\s+purpose|deliberately|intentionally))'],
    unless: ['sincere-question', 'positive', 'negated', 'reported'],
    when(m) {
      return !/\b(?:not|never)\b|n['’]?t\b/i.test(m.text);
    },
    suggest(m, ctx) {
      const what = m.text.replace(/(?<!\s)\s+(?:on\s+purpose|deliberately|intentionally)$/i, '');
      return [
        { replacement: `${what}, and I'm not sure why — what was going on for you?`, label: 'Ask, don\u2019t assume', range: { start: m.start, end: m.end + (ctx.text.slice(m.end).match(/^[^.!?]*/)?.[0].length ?? 0) } },
        { replacement: what, label: 'Describe what happened' },
      ];
    },
    examples: {
      flagged: {
        '[you did that on purpose]': ['did you do that on purpose?', 'it feels like you did that on purpose — is that fair?', 'you did that'],
        '[u ignored me on purpose] yesterday': ['did u ignore me on purpose yesterday?', 'it feels like u ignored me on purpose yesterday — is that fair?', "u ignored me, and I'm not sure why — what was going on for u?"],
        "[You've sat on my leave request deliberately] so I'm stuck on the rota, haven't you.": ["You've sat on my leave request so I'm stuck on the rota, haven't you.", "I'd rather ask than guess — what happened?", "I noticed this and I'm not sure what happened. Can you tell me?"],
        '[You deleted the file deliberately].': ['Did you delete the file deliberately?', 'It feels like you deleted the file deliberately — is that fair?', 'You deleted the file.'],
        '[you totally did that on purpose]': ['am I right that you totally did that on purpose?', 'it feels like you totally did that on purpose — is that fair?', 'you totally did that'],
      },
      clean: ['was that on purpose or an accident? either is fine', 'you did that on purpose?! so sweet, thank you', "I know you didn't do it on purpose"],
    },
  }),
  defineRule({
    id: 'assumed-intent/mind-reading',
    category: 'assumed-intent',
    severity: 'warning',
    anchors: ['deliberately', 'purposely', 'intentionally', 'conveniently', 'purely', 'simply', 'care', 'cared', 'give', 'obviously', 'clearly', 'just', 'only', 'never', 'knew', 'know', 'bothered', 'think', 'thinks', 'want', 'wanted', 'jealous', 'feel', 'like', 'love', 'enjoy', 'doubt'],
    message: 'Stating what they secretly think or want is mind-reading; they will argue with the guess instead of hearing you.',
    patterns: [
      '(?<flag>{you}\\s+(?:(?:obviously|clearly|just|really|simply|honestly)\\s+)?(?:{dont}|dont|never|do\\s+not)\\s+(?:even\\s+|really\\s+)?(?:care|cared|give\\s+a\\s+(?:damn|shit|crap)))(?!\\s+(?:if|which|whether|what\\s+(?:we|time)))',
      '(?<flag>{you}\\s+(?:obviously|clearly)\\s+(?:still\\s+)?(?:have|want|like|prefer|think|care|love|hate|wanted|haven{apos}?t|havent|don{apos}?t|dont|didn{apos}?t|didnt|never|missed|know|knew)\\b(?:\\s+{w}){0,4})',
      '(?<flag>{youre}\\s+(?:just|only|obviously|clearly)\\s+(?:trying\\s+to|tryna|tryin\\s+to|saying\\s+(?:that|this|it)|doing\\s+(?:this|that|it))(?:\\s+{w}){0,5})',
      '(?<flag>{you}\\s+(?:just|only)\\s+(?:want|wanted|care|cared)\\s+(?:about\\s+)?(?:attention|yourself|urself|me\\s+to|me\\s+home|to\\s+(?:look|win|be\\s+right|control)|money|sex|your\\s+own))',
      '(?<flag>{you}\\s+only\\s+(?:{w}\\s+){1,4}?(?:so\\s+(?:you|u)(?:{apos}d|\\s+could|\\s+would|\\s+can|\\s+look)|to\\s+look\\s+good|to\\s+impress))',
      // The motive put after what they did: "u said yes just to look good", "you offered purely to impress her".
      // Not an invitation or a suggestion: "you can come just to show off the baby!".
      '(?<flag>{you}\\s+(?!(?:can|could|should|might|may|will|would|must|ought)\\b)(?:{w}\\s+){1,6}?(?:just|only|purely|simply)\\s+(?:to\\s+(?:look\\s+good|impress|show\\s+off|make\\s+(?:me|us)\\s+look\\s+bad|get\\s+(?:attention|back\\s+at\\s+me))|so\\s+(?:you|u)\\s+(?:could|would|can|look)))',
      '(?<flag>{you}\\s+(?:only|never)\\s+think\\s+(?:about|of)\\s+(?:yourself|urself|anyone\\s+but|anybody\\s+but|no\\s*one\\s+but))',
      // "You deliberately switched off your phone", "you are conveniently busy": a motive stated as fact.
      '(?<flag>(?:{you}|{youre})\\s+(?:deliberately|purposely|intentionally|conveniently)\\s+{w})',
      '(?<flag>{you}\\s+(?:knew|know)\\s+(?:exactly|full\\s+well|damn(?:ed)?\\s+well|perfectly\\s+well)(?:\\s+what)?)',
      '(?<flag>i\\s+doubt\\s+{you}\\s+(?:really\\s+|even\\s+)?(?:care|want|mean|believe|read))',
      '(?<flag>{you}\\s+(?:couldn{apos}?t|couldnt|could\\s+not)\\s+be\\s+bothered)',
      '{because}\\s+(?<flag>{you}\\s+(?:think|thinks|want|wanted|were\\s+jealous|are\\s+jealous|was\\s+jealous|feel\\s+like|like\\s+to|love\\s+to|enjoy)\\b(?:\\s+{w}){0,4})',
    ],
    unless: ['sincere-question', 'negated', 'reported', 'positive'],
    suggest(m, ctx) {
      return [
        ...howItLooks(m, ctx),
        { replacement: 'I might be wrong, but it feels like this matters less to you — is that fair?', label: 'Check your guess', range: 'sentence' },
        { replacement: CURIOUS, label: 'Ask, don\u2019t assume', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        '[you clearly want me off the committee], just say it': ['do you want me off the committee?', 'it feels like you want me off the committee — is that fair?', 'I might be wrong, but it feels like this matters less to you — is that fair?'],
        '[You deliberately switched] off your phone so that I will not reach you.': ['Did you deliberately switch off your phone so that I will not reach you?', 'It feels like you switched off your phone so that I will not reach you.', 'I might be wrong, but it feels like this matters less to you — is that fair?'],
        'whenever there is work [you are conveniently busy] with your phone': ['I might be wrong, but it feels like this matters less to you — is that fair?', 'I noticed what happened — what was going on for you?'],
        '[u said yes to the wedding just to look good] infront of everyone': ['did u say yes to the wedding to look good infront of everyone?', 'it feels like u said yes to the wedding to look good infront of everyone — is that fair?', 'I might be wrong, but it feels like this matters less to u — is that fair?'],
        '[you offered purely to impress] her, admit it': ['did you offer purely to impress her?', 'it feels like you offered purely to impress her — is that fair?', 'I might be wrong, but it feels like this matters less to you — is that fair?'],
        '[you only offered to help to look good]': ['did you only offer to help to look good?', 'it feels like you only offered to help to look good — is that fair?', 'I might be wrong, but it feels like this matters less to you — is that fair?'],
        '[u only came so u could] brag': ['it feels like u only came so u could brag — is that fair?', 'I might be wrong, but it feels like this matters less to u — is that fair?', 'I noticed what happened — what was going on for u?'],
        '[you only think about yourself]': ['it feels like you only think about yourself — is that fair?', 'I might be wrong, but it feels like this matters less to you — is that fair?', 'I noticed what happened — what was going on for you?'],
        '[u never think of anyone but] urself': ['am I right that u never think of anyone but urself?', 'I might be wrong, but it feels like this matters less to u — is that fair?', 'I noticed what happened — what was going on for u?'],
        '[i doubt you even read] my email': ['I might be wrong, but it feels like this matters less to you — is that fair?', 'I noticed what happened — what was going on for you?'],
        'you did that because [you wanted to hurt me]': ['did you do that because you wanted to hurt me?', 'it feels like you did that because you wanted to hurt me — is that fair?', 'I might be wrong, but it feels like this matters less to you — is that fair?'],
        'cuz [u like to win every argument]': ['am I right that u like to win every argument?', 'it feels like u like to win every argument — is that fair?', 'I might be wrong, but it feels like this matters less to u — is that fair?'],
        "[you obviously don't care]": ['do you not care?', "it feels like you don't care — is that fair?", 'I might be wrong, but it feels like this matters less to you — is that fair?'],
        "[you're just trying to make me look bad]": ['are you trying to make me look bad?', "it feels like you're trying to make me look bad — is that fair?", "it feels like you're trying to make me look bad"],
        '[you just want attention]': ['do you want attention?', 'it feels like you want attention — is that fair?', 'I might be wrong, but it feels like this matters less to you — is that fair?'],
        '[You knew exactly what] you were doing.': ['Am I right that you knew exactly what you were doing?', 'It feels like you knew exactly what you were doing — is that fair?', 'I might be wrong, but it feels like this matters less to you — is that fair?'],
        'we lost it bc [u couldnt be bothered] to read': ['I might be wrong, but it feels like this matters less to u — is that fair?', 'I noticed what happened — what was going on for u?'],
        '[u obviously dont care]': ['do u not care?', 'it feels like u dont care — is that fair?', 'I might be wrong, but it feels like this matters less to u — is that fair?'],
        '[ur just tryna make me look bad]': ['are u tryna make me look bad?', 'it feels like ur tryna make me look bad — is that fair?', 'I might be wrong, but it feels like this matters less to u — is that fair?'],
      },
      clean: ["you deliberately chose the best gift, thank u 🥹", "you should wear the blue one just to look good in photos", "you can come just to show off the baby!", "you obviously worked hard on this, it's great", "I know you care, I'm just tired", "do you even care which movie? lol"],
    },
  }),
  defineRule({
    id: 'assumed-intent/to-hurt-me',
    category: 'assumed-intent',
    severity: 'warning',
    anchors: ['hurt', 'humiliate', 'embarrass', 'annoy', 'upset', 'punish', 'spite', 'provoke', 'manipulate', 'guilt', 'guilttrip', 'control', 'piss', 'get', 'make', 'shut', 'mess'],
    message: 'Saying they did it to hurt you assigns a motive they may not have had; ask before you decide.',
    patterns: ['(?:{you}|ur)\\b[^.!?]{0,60}?(?<flag>(?:just\\s+|only\\s+)?to\\s+(?:hurt|humiliate|embarrass|annoy|upset|punish|spite|provoke|manipulate|guilt[- ]?trip|control|piss\\s+me\\s+off|get\\s+back\\s+at|make\\s+me\\s+(?:look|feel)\\s+(?:bad|stupid|small|guilty|incompetent|like)|shut\\s+me\\s+up|mess\\s+with)(?:\\s+(?:me|us|him|her|them))?)'],
    unless: ['sincere-question', 'negated', 'reported'],
    suggest(m, ctx) {
      const impact = { replacement: 'and I felt hurt', label: 'Name the impact' };
      // The question ends the clause: with words after it ("… in front of my boss") it would be spliced into them.
      const rest = ctx.text.slice(m.end, clauseRange(m, ctx).end);
      if (/[\p{L}\p{N}]/u.test(rest)) return [impact];
      return [{ replacement: 'and it hurt — what was going on for you?', label: 'Ask, don\u2019t assume' }, impact];
    },
    examples: {
      flagged: {
        'you did it [to humiliate me]': ['did you do it to humiliate me?', 'you did it and it hurt — what was going on for you?', 'you did it and I felt hurt'],
        'you bring up my ex [just to hurt me]': ['do you bring up my ex to hurt me?', 'you bring up my ex and it hurt — what was going on for you?', 'you bring up my ex and I felt hurt'],
        'You did it on purpose [to embarrass me] in front of my boss.': ['Did you do it on purpose to embarrass me in front of my boss?', 'You did it on purpose and I felt hurt in front of my boss.'],
        "You cc'd my boss [to make me look bad].": ["Do you cc'd my boss to make me look bad?", "You cc'd my boss and it hurt — what was going on for you?", "You cc'd my boss and I felt hurt."],
        'ur doing this [to piss me off]': ['are u doing this to piss me off?', 'ur doing this and I felt hurt', 'ur doing this and it hurt — what was going on for u?'],
        'u only said that [to hurt me]': ['did u only say that to hurt me?', "I don't want to assume, what happened?", "I'm not sure what happened here, can u tell me?"],
      },
      clean: ['you went to the gym to get stronger', 'ur going to love this, I made it to surprise you', 'did you say that to hurt me? I want to understand'],
    },
  }),
  defineRule({
    id: 'assumed-intent/admit-it',
    category: 'assumed-intent',
    severity: 'warning',
    anchors: ['admit', 'pretend', 'pretending', 'act'],
    message: 'Demanding they admit your version leaves no room for theirs.',
    patterns: [
      `(?<flag>(?:^|(?!\\s)(?:(?<=[,.;!?]\\s*)|(?<=\\bjust\\s+)))admit\\s+it|{dont}\\s+pretend(?:\\s+otherwise|\\s+you\\s+didn{apos}?t)?|stop\\s+pretending(?:\\s+otherwise)?|{dont}\\s+act\\s+like\\s+{you}\\s+(?:didn{apos}?t|don{apos}?t|weren{apos}?t|didnt|dont)\\s+{w})`,
    ],
    unless: ['sincere-question', 'reported', 'negated'],
    suggest(m, ctx) {
      // The rest of the clause goes with the flagged words: "[don't act like you didn't see] my texts".
      const range = { start: m.start, end: m.end + (/^[^.!?,;]*/u.exec(ctx.text.slice(m.end))?.[0].length ?? 0) };
      const asked = askDenied(ctx.text.slice(range.start, range.end));
      return [
        ...(asked ? [{ replacement: asked, label: 'Ask what happened', range }] : []),
        { replacement: 'can you help me understand what happened?', label: 'Ask, don\u2019t assume', range },
        { replacement: "I'd like to hear your side", label: 'Invite their side', range },
      ];
    },
    examples: {
      flagged: {
        'you forgot on purpose, [admit it]': ['you forgot on purpose', 'you forgot on purpose, can you help me understand what happened?', "you forgot on purpose, I'd like to hear your side"],
        "[don't act like you didn't see] my texts": ['did you see my texts?', 'can you help me understand what happened?', "I'd like to hear your side"],
        '[dont act like u didnt see] my texts': ['did u see my texts?', 'can u help me understand what happened?', "I'd like to hear ur side"],
        '[dont pretend] u didnt see it': ['did u see it?', 'can u help me understand what happened?', "I'd like to hear ur side"],
      },
      clean: ['I admit it, I ate the last cookie', 'i admit it, u were right'],
    },
  }),
  defineRule({
    id: 'assumed-intent/scare-quotes',
    category: 'assumed-intent',
    severity: 'warning',
    anchorTest: /['‘"“]/,
    message: 'Putting their reason in scare quotes says you think they are lying, without asking.',
    // Quoted words are masked as reported speech, so this rule reads the original text.
    source: 'text',
    patterns: [`{you}\\s+(?:{w}\\s+)?(?<flag>['‘"“](?:forget|forgot|forgets|miss|missed|lost|lose|busy|tired|sick|overslept|traffic|working|didn['’]?t\\s+see|didnt\\s+see)['’"”])`],
    unless: ['sincere-question', 'reported'],
    suggest(m) {
      return [{ replacement: m.text.slice(1, -1), label: 'Drop the scare quotes' }];
    },
    examples: {
      flagged: {
        "u just ['forgot'] again": ['u just forgot again', "I don't want to assume, what happened?", "I'm not sure what happened here, can u tell me?"],
        "you always ['forget'] your keys": ['you always forget your keys', "I don't want to assume, what happened?", "I'm not sure what happened here, can you tell me?"],
        'u were ["busy"] again': ['u were busy again', "I don't want to assume, what happened?", "I'm not sure what happened here, can u tell me?"],
        'ya [“forgot”] my birthday': ['ya forgot my birthday', "I don't want to assume, what happened?", "I'm not sure what happened here, can you tell me?"],
      },
      clean: ["she said 'forget it' and left"],
    },
  }),
  defineLearnedRule({
    category: 'assumed-intent',
    aimed: true,
    unless: ['sincere-question', 'reported', 'checks-guess'],
    message: 'Telling them what they meant leaves no room for what actually happened; asking does.',
    alternatives: practiceLines([
      { label: "Ask, don't assume", formal: "I'd rather ask than guess — what happened?", casual: "I don't want to assume, what happened?" },
      { label: 'Describe what you saw', formal: "I noticed this and I'm not sure what happened. Can you tell me?", casual: "I'm not sure what happened here, can you tell me?" },
    ]),
    examples: {
      flagged: {
        "You marked it low priority [so you wouldn't have to deal with it].": ["Did you mark it low priority so you wouldn't have to deal with it?", "It feels like you marked it low priority so you wouldn't have to deal with it — is that fair?", "I'd rather ask than guess — what happened?"],
        'u marked it low priority [so u wouldnt have to deal with it]': ['did u mark it low priority so u wouldnt have to deal with it?', 'it feels like u marked it low priority so u wouldnt have to deal with it — is that fair?', "I don't want to assume, what happened?"],
        '3 days to reply. [ur clearly just keeping me as a backup]': ['3 days to reply.', '3 days to reply. are u keeping me as a backup?', '3 days to reply. it feels like ur keeping me as a backup — is that fair?'],
        'Bro you bailed on my leaving drinks. [You clearly just dont rate me as a mate].': ['Bro you bailed on my leaving drinks.', 'Bro you bailed on my leaving drinks. Do you not rate me as a mate?', 'Bro you bailed on my leaving drinks. It feels like you dont rate me as a mate — is that fair?'],
        '[u just want everyone to feel sorry for u]': ['do u want everyone to feel sorry for u?', 'it feels like u want everyone to feel sorry for u — is that fair?', "I don't want to assume, what happened?"],
        '[you just want everyone to feel sorry for you]': ['do you want everyone to feel sorry for you?', 'it feels like you want everyone to feel sorry for you — is that fair?', "I don't want to assume, what happened?"],
        '[you wanted me to fail]': ['am I right that you wanted me to fail?', 'it feels like you wanted me to fail — is that fair?', "I don't want to assume, what happened?"],
        "Coach, [you just want your mates son in the team], thats what this is.": ['Coach, do you want your mates son in the team?', 'Coach, it feels like you want your mates son in the team — is that fair?', "I'd rather ask than guess — what happened?"],
        "You're clearly reading from a script [and don't actually care whether this gets fixed].": ["I'd rather ask than guess — what happened?", "I noticed this and I'm not sure what happened. Can you tell me?"],
        "The fence is leaning already. [Let's be honest, you sent the cheapest lad you had].": ['The fence is leaning already.', "The fence is leaning already. I'd rather ask than guess — what happened?", "The fence is leaning already. I noticed this and I'm not sure what happened. Can you tell me?"],
        'you only came to my party [so you could see Jake], be honest': ['it feels like you only came to my party so you could see Jake — is that fair?', "I don't want to assume, what happened?", "I'm not sure what happened here, can you tell me?"],
      },
      clean: ["am I right that you wanted the late shift?", "it feels like u were knackered after work — is that fair?", "I don't want to assume you meant it, what happened?", "I'm not saying you did it on purpose at all, just checking if you'd seen the bill?", "did you want me to bring anything?", "thanks for grabbing the tickets!"],
    },
  }),
];

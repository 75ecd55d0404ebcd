import { polarity } from '../polarity';
import { defineRule } from './rule';
import { defineLearnedRule, practiceLines } from './learned';
import type { MatchCondition, Rule, RuleMatch } from './rule';
import { after, clauseRange, inGerund, STATE_OF_MIND, verbForms } from './helpers';

const MESSAGE = 'Words like "always" and "never" turn one moment into a verdict, which invites a defence instead of a conversation.';
const ALWAYS = '(?<adverb>always|alwasy|allways|alwyas|alwys|(?:never|nevr|neva)(?:\\s+ever)?(?!\\s+(?:stopped|stops|stop)\\s+(?:trying|believing|working|fighting|caring|supporting|helping|pushing|loving|encouraging)\\b|\\s+(?:gave|give|gives)\\s+up\\s+on\\s+(?:me|us|him|her|them)\\b)(?!\\s+(?:know|knows|can\\s+tell|guess)\\b)(?!\\s+(?:have|need|has|needs)\\s+to\\b|\\s+(?:fails?|ceases?)\\s+to\\b)(?!\\s+(?:gonna|going\\s+to)\\s+(?:believe|guess)\\b|\\s+too\\s+(?:old|young|late)\\b)|constantly|forever|continually|perpetually)';
const HEDGE = '(?:(?:literally|just|still|seriously|honestly|really|actually|basically|so)\\s+)?';

/** "always" → "often"; "never <verb>" → "don't always <verb>" (or "aren't always" after "you're"). */
// The auxiliary that may follow the subject: "my flatmate has", "she's", "Ronan didn't".
const AUXILIARY = String.raw`(?:['’]s|\s+(?:has|have|had|is|was|were|did|does|do)(?:n['’]?t)?)?\s*$`;
// A third person as the subject right before the quantifier: "my flatmate has", "she's", "they".
const THIRD_PARTY_SUBJECT = new RegExp(String.raw`(?:\b(?:he|she|they)|\bmy\s+(?!own\b)[\w'’-]+)${AUXILIARY}`, 'i');
// … or named, by a capitalised name after the sentence's first word ("I swear Ronan never once planned a date"):
// case matters here, so it is a pattern of its own.
// The capital is matched before looking back, so a long run of spaces is looked back over once, not once a space.
const NAMED_SUBJECT = new RegExp(String.raw`(?!(?:You|Your|Ur|U|I)\b)\p{Lu}(?<=\S\s+\p{Lu})\p{Ll}+${AUXILIARY}`, 'u');

/** The words before the quantifier end with someone other than the reader as its subject. */
const someoneElseBefore = (before: string): boolean => THIRD_PARTY_SUBJECT.test(before) || NAMED_SUBJECT.test(before);

/**
 * A generalisation about a third party in the news ("the minister dodged it, as always") is not a complaint to
 * the reader: the sentence speaks to or from someone here, or follows a tense one.
 */
const saidToReader: MatchCondition = (_m, ctx) => /\b(?:you|u|ur|your|i|we)\b/i.test(ctx.masked) || ctx.afterTension;

/** "you" as the writer typed it ("u dont ever…" keeps its "u"). */
const you = (m: RuleMatch): string => (/^u\b/i.test(m.text) ? 'u' : 'you');

const OBLIGATION = /\b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|should|make\s+sure|remember\s+to)\b/i;
const ANY_AFTER = /\bany(?:thing|one|body)\b/i;
// What may follow a "do" that has no object of its own: nothing, a mark, or a clause saying when.
const NOTHING_DONE = /^(?:\s*(?:when|whenever|if|unless|anymore|with|around|for)\b|(?!\s*[\p{L}\p{N}]))/iu;

const NEVER = /^nev/i;

function softenAdverb(adverb: string, copula: boolean): string {
  const a = adverb.toLowerCase();
  // Judges read "you don't always reply" for "you never reply" as too weak to be what the writer meant.
  if (NEVER.test(a)) return copula ? 'not always' : 'rarely';
  return 'often';
}

// An auxiliary just before the quantifier: "I've [never once] been", "it has [not once] worked".
const AUXILIARY_BEFORE = /(?:\b(?:have|has|had|is|are|was|were|am|do|does|did|will|would|can|could|should)|['’](?:ve|s|d|m|re|ll))\s+$/iu;

export const absolutistRules: Rule[] = [
  defineRule({
    id: 'absolutist/you-always',
    category: 'absolutist',
    severity: 'warning',
    anchors: ['always', 'never', 'nevr', 'neva', 'constantly', 'forever', 'continually', 'perpetually', 'alwasy', 'allways', 'alwyas', 'alwys'],
    message: MESSAGE,
    patterns: [
      `(?<!\\b(?:with|to|for|at|of|about|from|than|on)\\s+)(?<flag>(?<subject>{you}(?<copula>{apos}re|\\s+are|\\s+r|re|r|{apos}ve\\s+been)?)\\s+${HEDGE}${ALWAYS}(?:\\s+(?:actually|really|even|properly|truly|once))?(?:\\s+(?<verb>{w}))?)`,
      `(?:why|how\\s+come)\\s+(?:do|are|does|did|must|can{apos}?t|won{apos}?t|don{apos}?t|would)\\s+(?<flag>(?<subject>{you})\\s+${HEDGE}${ALWAYS}(?:\\s+(?<verb>{w}))?)`,
      `(?<flag>(?<subject>{your}\\s+{w}(?:\\s+{w})?\\s+(?<copula>are|is|were|was))\\s+${HEDGE}${ALWAYS}(?:\\s+(?<verb>{w}))?)`,
    ],
    unless: ['sincere-question', 'positive', 'reported'],
    suggest(m, ctx) {
      const adverb = m.groups.adverb ?? 'always';
      const never = NEVER.test(adverb);
      const copula = Boolean(m.groups.copula) || !m.groups.verb;
      const [adverbStart, adverbEnd] = m.groupSpans.adverb ?? [m.start, m.end];
      // "You're never listening" is a doing, as "you never listen" is: "rarely listening", not "not always listening".
      const doing = copula && /\p{L}ing$/iu.test(m.groups.verb ?? '');
      const pattern = { replacement: softenAdverb(adverb, copula && !doing), label: 'Name a pattern, not a rule', range: { start: adverbStart, end: adverbEnd } };
      // "never … anything" is "not always … everything": "You're not always anywhere" says nothing ("rarely …
      // anything" does).
      const any = never && copula ? ANY_AFTER.exec(ctx.text.slice(adverbEnd, clauseRange(m, ctx).end)) : null;
      if (any) {
        const anyEnd = adverbEnd + any.index + any[0].length;
        pattern.replacement += ctx.text.slice(adverbEnd, anyEnd - any[0].length) + 'every' + any[0].slice(3);
        pattern.range = { start: adverbStart, end: anyEnd };
      }
      const verb = m.groups.verb;
      // "You never do when it's her": the verb stands in for the one before, so there is no doing to name.
      if (never && verb && /^(?:do|does|did)$/i.test(verb) && NOTHING_DONE.test(ctx.text.slice(m.end))) {
        return [
          { replacement: 'it keeps happening', label: 'Say how it feels lately' },
          { replacement: "it's happened before", label: 'Name a pattern, not a rule' },
        ];
      }
      if (never && verb && !copula && /^[a-z]+$/i.test(verb)) {
        const rest = after(m, ctx);
        const subject = ctx.text.slice(m.start, (m.groupSpans.subject ?? [m.start, m.start])[1]);
        const forms = verbForms(verb);
        // "you never said it was urgent" is about one time, told in the past: what the writer remembers of it,
        // or that time alone ("didn't say"), not a habit ("don't always said").
        // A state of mind is not something one remembers seeing ("you never meant a word of it": "you didn't mean").
        if (forms.past === verb.toLowerCase() && forms.infinitive !== verb.toLowerCase()) {
          const through = m.end + (rest ? ctx.text.slice(m.end).indexOf(rest) + rest.length : 0);
          const thisTime = { replacement: `didn't ${forms.infinitive}`, label: 'Stick to this time', range: { start: adverbStart, end: m.end } };
          if (STATE_OF_MIND.test(verb)) return [thisTime];
          return [{ replacement: `I don't remember ${you(m)} ${forms.gerund}${rest ? ' ' + rest : ''}`, label: 'Say what you remember', range: { start: m.start, end: through } }, thisTime];
        }
        const feels = {
          replacement: `lately it feels like ${subject.toLowerCase() === 'u' ? 'u' : 'you'} haven't been ${inGerund(verb)}${rest ? ' ' + rest : ''}`,
          label: 'Say how it feels lately',
          range: { start: m.start, end: m.end + (rest ? ctx.text.slice(m.end).indexOf(rest) + rest.length : 0) },
        };
        return [feels, pattern];
      }
      const exceptions = { replacement: never ? (doing ? 'hardly ever' : 'not often') : 'sometimes', label: 'Leave room for the exceptions', range: { start: adverbStart, end: adverbEnd } };
      // An observation of the pattern rather than a verdict on the person, where the subject (a "you" word, so
      // never a name to keep capitalised) starts a clause.
      const lead = ctx.text.slice(0, m.start).trimEnd();
      if (never || !/(?:^|[,;:—–]|\b(?:and|but|so))$/iu.test(lead) || /\b(?:why|how\s+come)\b/i.test(lead)) return [pattern, exceptions];
      const subject = ctx.text.slice(m.start, adverbStart).replace(/\b(?:literally|just|still|seriously|honestly|really|actually|basically|so)\s+/giu, '');
      const noticed = { replacement: `I've noticed ${subject.charAt(0).toLowerCase()}${subject.slice(1)}often${ctx.text.slice(adverbEnd, m.end)}`, label: 'Say what you have noticed' };
      return [noticed, pattern, exceptions];
    },
    examples: {
      flagged: {
        "[you're never there] for me": ["you're not always there for me", "you're not often there for me"],
        "Just do it my way. [Ur never listening].": ['Just do it my way. Ur rarely listening.', 'Just do it my way. Ur hardly ever listening.', 'Just do it my way. It feels like ur rarely listening — is that fair?'],
        "You didn't back me up. [You never do] when it's her.": ["You didn't back me up. It keeps happening when it's her.", "You didn't back me up. It's happened before when it's her.", "You didn't back me up. You rarely do when it's her."],
        '[Yer forever leaving] wet towels on the landing': ["I've noticed yer often leaving wet towels on the landing", 'Yer often leaving wet towels on the landing', 'Yer sometimes leaving wet towels on the landing'],
        '[You never once made] an effort with her.': ["I don't remember you making an effort with her.", "You didn't make an effort with her."],
        '[you never ever clean] the litter box': ["lately it feels like you haven't been cleaning the litter box", 'you rarely clean the litter box'],
        '[you never actually read] my emails': ["lately it feels like you haven't been reading my emails", 'you rarely actually read my emails'],
        '[you never meant] a word of that apology': ["you didn't mean a word of that apology", "this has happened a few times lately and it's getting to me.", "I've noticed this a lot lately, can we talk about it?"],
        '[u never told] me': ["I don't remember u telling me", "this has happened a few times lately and it's getting to me.", "I've noticed this a lot lately, can we talk about it?"],
        'well [you nevr said] it was urgent': ["well I don't remember you saying it was urgent", "well you didn't say it was urgent"],
        '[u never reply] to anything': ["lately it feels like u haven't been replying to anything", 'u rarely reply to anything'],
        '[you never listen] to me': ["lately it feels like you haven't been listening to me", 'you rarely listen to me'],
        "[you're always late] and I'm tired of it": ["I've noticed you're often late and I'm tired of it", "you're often late and I'm tired of it", "you're sometimes late and I'm tired of it"],
        'why do [you always have] to argue': ['why do you often have to argue', 'why do you sometimes have to argue'],
        '[ur constantly on] your phone': ["I've noticed ur often on your phone", 'ur often on your phone', 'ur sometimes on your phone'],
        '[Your reports are always late].': ["I've noticed your reports are often late.", 'Your reports are often late.', 'Your reports are sometimes late.'],
        '[u literally never listen]': ['u literally rarely listen', 'u rarely listen', "lately it feels like u haven't been listening"],
        '[youre alwasy late]': ["I've noticed youre often late", 'youre often late', 'youre sometimes late'],
        '[you just always interrupt] me': ["I've noticed you often interrupt me", 'you just often interrupt me', 'you just sometimes interrupt me'],
      },
      clean: ['ur literally always there when i need u, never change', 'He taught us that you always help a neighbour and you never leave a job half done.', 'you showed up in the rain and you never stopped working for each other', 'you never gave up on me, thank you', "you're too kind, honestly, you always put everyone else first", "You're always the first one to show up when someone needs help.", "you always remember everyone's birthdays, it's one of my favourite things about you", "Hey have you always had a beard? didn't recognise you lol", 
        "I'll always love you",
        'ur never gonna believe who i just saw at the shop',
        "you're never too old for a birthday cake",
        'You always make Nan laugh on the phone.',
        'you never disappoint at quiz night 🏆',
        'you always explain this so well',
        'you never make me feel dumb for asking',
        "you're always welcome here",
        "this isn't a ban, and ur always welcome to post it in the weekly thread",
        'you always make me laugh so much, love you',
        'do you always take the early bus?',
        'you never have to apologize for calling me',
        "she said 'you never call' and I laughed",
        "you don't always have to be the one who plans",
      ],
    },
  }),
  defineRule({
    id: 'absolutist/dont-ever',
    category: 'absolutist',
    severity: 'warning',
    anchors: ['ever', 'evr'],
    message: MESSAGE,
    // "you don't ever listen", "u dont even ever call": "never" spelt out, which the you-always rule cannot see.
    patterns: [
      {
        pattern: `(?<flag>{you}\\s+(?:{dont}|dont|do\\s+not|{didnt}|didnt)\\s+${HEDGE}(?:even\\s+)?ever\\s+(?!(?:have|need|has|needs|want|wanna)\\b)(?<verb>{w}))`,
        suggest: (m) => [
          { replacement: `lately it feels like ${you(m)} haven't been ${inGerund(m.groups.verb ?? '')}`, label: 'Say how it feels lately' },
          { replacement: `${you(m)} don't often ${m.groups.verb ?? ''}`, label: 'Leave room for the exceptions' },
        ],
      },
      {
        // "you only ever text me when you need something": "only ever" quantifies over their behaviour too.
        pattern: `(?<flag>{you}\\s+${HEDGE}(?:only\\s+ever|only\\s+evr)\\s+(?!(?:have|need|has|needs)\\b)(?<verb>{w}))`,
        suggest: (m) => [
          { replacement: `lately it feels like ${you(m)} mostly ${m.groups.verb ?? ''}`, label: 'Say how it feels lately' },
          { replacement: `${you(m)} often ${m.groups.verb ?? ''}`, label: 'Leave room for the exceptions' },
        ],
      },
    ],
    unless: ['sincere-question', 'positive', 'reported'],
    examples: {
      flagged: {
        "[you don't ever listen] to me": ["lately it feels like you haven't been listening to me", "you don't often listen to me"],
        '[u dont even ever call] me back': ["lately it feels like u haven't been calling me back", "u don't often call me back"],
        '[You do not ever ask] how my day was.': ["Lately it feels like you haven't been asking how my day was.", "You don't often ask how my day was."],
        '[you didnt ever ask] how i was': ["lately it feels like you haven't been asking how i was", "you don't often ask how i was"],
        '[you only ever text] me when u need something': ['lately it feels like u mostly text me when u need something', 'u often text me when u need something'],
        '[u literally only ever call] when ur bored': ['lately it feels like u mostly call when ur bored', 'u often call when ur bored', 'u mostly call when ur bored'],
      },
      clean: ["you don't ever have to apologise for that", 'do you ever listen to podcasts?', "I don't ever want to lose you", 'you only ever need one coat of this paint'],
    },
  }),
  defineRule({
    id: 'absolutist/every-time',
    category: 'absolutist',
    severity: 'warning',
    anchors: ['fail', 'every', 'time', '24', 'whenever'],
    message: MESSAGE,
    patterns: [
      {
        pattern: '(?<flag>(?:each\\s+and\\s+)?every\\s+(?:single\\s+|blessed\\s+|bloody\\s+|damn\\s+|freaking\\s+|last\\s+)?time)',
        suggest(m, ctx) {
          // "every time we argue, you…" opens a clause; "you cancel every time" closes one; "stop running to HR
          // every time you get feedback" joins one to the sentence, where "when" says it without the absolute.
          if (/^\s+(?!(?:and|but|so)\b)[\p{L}]/u.test(ctx.text.slice(m.end))) {
            const lead = ctx.text.slice(0, m.start).trimEnd();
            if (!/(?:^|[,;:—–])(?:\s*(?:ugh|honestly|seriously|and|but|so|omg|lol|tbh|literally|like|look|ok|okay)\b)*$/iu.test(lead)) {
              return [{ replacement: 'when', label: 'Say when it happens' }];
            }
            return [
              { replacement: 'sometimes when', label: 'Leave room for the exceptions' },
              { replacement: 'lately, when', label: 'Stick to what happened lately' },
            ];
          }
          return [
            { replacement: 'a few times lately', label: 'Stick to what happened lately' },
            { replacement: 'sometimes', label: 'Leave room for the exceptions' },
          ];
        },
      },
      {
        // "whenever I ask you for anything you sigh": every time, said as a condition, in a sour sentence.
        pattern: '^\\W*(?<flag>whenever)(?=\\s+(?:i|we)\\b)',
        suggest: () => [
          { replacement: 'sometimes when', label: 'Leave room for the exceptions' },
          { replacement: 'lately, when', label: 'Stick to what happened lately' },
        ],
      },
      {
        // "without fail u rage quit": a routine claimed for their worst habit.
        pattern: '(?<flag>without\\s+fail)',
        suggest: () => [
          { replacement: 'lately', label: 'Stick to what happened lately' },
          { replacement: 'quite often', label: 'Leave room for the exceptions' },
        ],
      },
      {
        // A routine ("I run every morning") is not a complaint: these need "you" doing it, in a sour sentence.
        // "you're on your phone all the time": the subject with its verb typed onto it counts too.
        pattern: '{you}(?:{apos}(?:re|ve|d))?\\s+(?:{w}\\s+){1,6}?(?<flag>every\\s+(?:single\\s+)?(?<period>day|night|morning|week|weekend)|all\\s+the\\s+(?:bloody\\s+|damn\\s+|freaking\\s+)?time|24/7)',
        suggest(m) {
          const period = m.groups.period?.toLowerCase();
          // "on your phone all the time" is how much, not how often: "a lot lately".
          const howMuch = /^all/i.test(m.text);
          const often = period ? `most ${period}s lately` : howMuch ? 'a lot lately' : 'a few times lately';
          return [
            { replacement: often, label: 'Stick to what happened lately' },
            { replacement: howMuch ? 'sometimes' : 'lately', label: 'Leave room for the exceptions' },
          ];
        },
      },
    ],
    unless: ['sincere-question', 'positive', 'reported'],
    when(m, ctx) {
      if (!/time$/i.test(m.text)) return polarity(ctx.text) < 0 || ctx.afterTension;
      // A rule to keep ("you must evacuate immediately, every single time") is an instruction, not a verdict on
      // what they did.
      if (OBLIGATION.test(ctx.masked.slice(0, m.start)) && !ctx.tense && !ctx.afterTension) return false;
      // A criticism of someone: "you" doing something, or the bare exasperated fragment "Every single time."
      const youAsActor = /(?<!\b(?:of|to|for|with|about|at|from|miss|love|see|thank|thanks|tell|told|call|text|hug|kiss)\s+)\b(?:you|u)\b(?!['’]?ll\s+(?:love|like|enjoy))/i;
      const fragment = ctx.masked.trim().replace(/(?<![.!?,\s])[.!?,\s]+$/, '').length <= m.end - m.start + 8;
      return youAsActor.test(ctx.masked) || fragment || /^\s*[,.]/.test(ctx.masked.slice(m.matchEnd));
    },
    examples: {
      flagged: {
        '[without fail] u rage quit the second we go a round down': ['lately u rage quit the second we go a round down', 'quite often u rage quit the second we go a round down'],
        '[Every bloody time] you ring, it is one excuse or the other.': ['Sometimes when you ring, it is one excuse or the other.', 'Lately, when you ring, it is one excuse or the other.'],
        'Please stop running to HR [every time] you get feedback.': ['Please stop running to HR when you get feedback.', "This has happened a few times lately, and it's been hard for me.", "I've noticed this more lately — can we talk about it?"],
        'ugh [every single time] i ask u just ignore me': ['ugh sometimes when i ask u just ignore me', 'ugh lately, when i ask u just ignore me'],
        '[every time] I ask for help you roll your eyes': ['sometimes when I ask for help you roll your eyes', 'lately, when I ask for help you roll your eyes'],
        'you cancel on me [every single time]': ['you cancel on me a few times lately', 'you cancel on me sometimes'],
        '[Every single time], we end up waiting.': ['A few times lately, we end up waiting.', 'Sometimes, we end up waiting.'],
        'ugh you complain [every day]': ['ugh you complain most days lately', 'ugh you complain lately'],
        "you're on your phone [all the time] when I'm talking to you": ["you're on your phone a lot lately when I'm talking to you", "you're on your phone sometimes when I'm talking to you"],
        '[Whenever] I ask you for anything you sigh.': ['Sometimes when I ask you for anything you sigh.', 'Lately, when I ask you for anything you sigh.'],
        'ugh u cancel on me [all the time]': ['ugh u cancel on me a lot lately', 'ugh u cancel on me sometimes'],
      },
      clean: ["call me whenever you're free", 'whenever I visit you always make me feel welcome', "if the alarm sounds at any other time, you must evacuate immediately, every single time, even if you think it's a false alarm.", 'you need to wash your hands every single time', "she passes her exams without fail, so proud 💕", 'every time I hear that song I think of you 🥹', 'I walk the dog every morning', 'I miss you every day', 'thank you every time you help, it means a lot', 'you can call me every day if you like'],
    },
  }),
  defineRule({
    id: 'absolutist/nobody-ever',
    category: 'absolutist',
    severity: 'warning',
    anchors: ['ever', 'always', 'never'],
    message: 'Saying nobody ever does something leaves the people who sometimes do feeling unseen.',
    patterns: [
      {
        pattern: '(?<flag>(?:nobody|no\\s+one|no-one|none\\s+of\\s+you|not\\s+one\\s+of\\s+you)(?<who>(?:\\s+(?!ever\\b){w}){0,4})\\s+ever)',
        suggest(m) {
          const who = m.groups.who?.trim() ?? '';
          return [
            { replacement: `it feels like hardly anyone ${who}`.trimEnd(), label: 'Say how it feels' },
            { replacement: `lately, hardly anyone ${who}`.trimEnd(), label: 'Stick to what happened lately' },
          ];
        },
      },
      {
        pattern: '(?<flag>(?:everyone|everybody)\\s+(?<who>here\\s+|in\\s+this\\s+{w}\\s+|on\\s+this\\s+{w}\\s+)?(?:always|(?<never>never)))',
        suggest(m, ctx) {
          const who = m.groups.who?.trim() ?? '';
          if (m.groups.never) return [{ replacement: `it feels like hardly anyone ${who}`.trimEnd(), label: 'Say how it feels' }];
          // "everybody leaves" → "people leave": the verb after it agrees with the plural.
          const verb = /^\s+([\p{L}'’]+)/u.exec(ctx.text.slice(m.end));
          if (!verb?.[1]) return [];
          const people = who ? `people ${who}` : 'people';
          const act = verbForms(verb[1]).infinitive;
          const range = { start: m.start, end: m.end + verb[0].length };
          return [
            { replacement: `lately it feels like ${people} often ${act}`, label: 'Say how it feels', range },
            { replacement: `a lot of the time, ${people} ${act}`, label: 'Stick to what happens', range },
          ];
        },
      },
    ],
    unless: ['sincere-question', 'positive', 'reported'],
    examples: {
      flagged: {
        '[nobody in this house ever] helps me tbh': ['it feels like hardly anyone in this house helps me tbh', 'lately, hardly anyone in this house helps me tbh'],
        '[nobody ever] asks how my day was': ['it feels like hardly anyone asks how my day was', 'lately, hardly anyone asks how my day was'],
        '[No one on this team ever] replies to my emails.': ['It feels like hardly anyone on this team replies to my emails.', 'Lately, hardly anyone on this team replies to my emails.'],
        '[everybody here always] leaves the dishes': ['lately it feels like people here often leave the dishes', 'a lot of the time, people here leave the dishes'],
        '[nobody literally ever] texts me back': ['it feels like hardly anyone literally texts me back', "this has happened a few times lately and it's getting to me.", "I've noticed this a lot lately, can we talk about it?"],
      },
      clean: ['nobody makes pasta like you do', 'nobody ever needs to know, your secret is safe with me 😉', 'no one could have predicted the storm', 'has anyone ever been to Lisbon?'],
    },
  }),
  defineRule({
    id: 'absolutist/not-once',
    category: 'absolutist',
    severity: 'warning',
    anchors: ['once', 'single', 'one'],
    message: '"Not once" erases every time they did, so they argue the count instead of hearing the need.',
    patterns: [
      {
        // "not once have you asked", "I've never once been paid on time": "rarely" keeps the inversion grammatical.
        pattern: '(?<flag>(?:not|never)\\s+(?:even\\s+)?once)\\b(?!\\s+(?:but|or|fail|failed|fails|let|disappointed|missed)\\b)',
        suggest: (m, ctx) => [
          { replacement: 'rarely', label: 'Leave room for the exceptions' },
          // "I've not often been paid" after an auxiliary; before a verb of its own, "You hardly ever made".
          { replacement: AUXILIARY_BEFORE.test(ctx.text.slice(0, m.start)) ? 'not often' : 'hardly ever', label: 'Say how it has felt' },
        ],
      },
      {
        // "not a single weekend free", "not one repair request answered".
        pattern: '(?<flag>not\\s+(?:a\\s+single|one(?:\\s+single)?))\\s+(?!of\\b|to\\b|bit\\b|but\\b|for\\b|thing\\s+wrong\\b){w}(?:\\s+{w})?\\s+(?:free|answered|returned|replied|fixed|done|paid|sent|offered|mentioned|asked|since|in|has|have|was|got)\\b',
        suggest: () => [
          { replacement: 'hardly any', label: 'Leave room for the exceptions' },
          { replacement: 'barely any', label: 'Say how it has felt' },
        ],
      },
    ],
    unless: ['sincere-question', 'positive', 'reported', 'negated'],
    // Venting about someone else ("my flatmate has never once cleaned…") is not said to the reader.
    when: (m, ctx) => (polarity(ctx.text) <= 0 || ctx.afterTension) && !someoneElseBefore(ctx.masked.slice(0, m.start)),
    examples: {
      flagged: {
        '[not once] have you asked how im doing': ['rarely have you asked how im doing', 'hardly ever have you asked how im doing'],
        "I've [never once] been paid on time": ["I've rarely been paid on time", "I've not often been paid on time"],
        'honestly [Not once] in six weeks.': ['honestly rarely in six weeks.', 'honestly hardly ever in six weeks.'],
        '[not a single] weekend free since march': ['hardly any weekend free since march', 'barely any weekend free since march'],
        '[Not one] repair request answered.': ['Hardly any repair request answered.', 'Barely any repair request answered.'],
        '[not even once] have u asked how i am': ['rarely have u asked how i am', 'hardly ever have u asked how i am'],
      },
      clean: ['not once but twice!! so proud 🎉', 'ugh my flatmate has NEVER once cleaned the fridge', 'I swear Ronan never once planned a date in three years', 'you explained it all so clearly and never once made him feel rushed', 'thank u to the fellowship who have never once failed us',  "I'm not one to complain, but the soup was cold", 'not a single thing wrong with it, love it', 'not once did I doubt you ❤️', "You never once made me feel like I couldn't do something."],
    },
  }),
  defineRule({
    id: 'absolutist/like-always',
    category: 'absolutist',
    severity: 'warning',
    anchors: ['always', 'same', 'usual', 'again', 'other', 'time', 'times', 'changes', 'classic', 'typical'],
    message: '"Like always" files this moment under a pattern, so the other person hears a verdict on their character.',
    patterns: [
      {
        pattern: '(?<flag>(?<!\\b(?:i|you|u|we|they|would|d|to)\\s+)like\\s+always|(?:classic|typical)\\s+{you}\\b|as\\s+always|as\\s+(?:per\\s+)?usual|like\\s+(?:i|you|u|we|he|she|they)\\s+always\\s+(?:do|does|did|say|says)|like\\s+every\\s+other\\s+(?:time|day|week|month|year|weekend))',
        when: saidToReader,
        suggest: (m, ctx) =>
          // "[As usual]." or "[Classic you], borrow my charger…" stands apart from what happened: it can go.
          ctx.text.slice(0, m.start).trim() === '' && /^\s*(?:[,.!…]|$)/u.test(ctx.text.slice(m.end))
            ? [{ replacement: '', label: 'Leave the aside out' }, { replacement: 'again', label: 'Stick to this time' }]
            : [
                { replacement: 'again', label: 'Stick to this time' },
                { replacement: 'this time', label: 'Stick to this time' },
              ],
      },
      {
        // Counting the repeats: "for the hundredth time, …".
        pattern: '(?<flag>for\\s+the\\s+(?:hundredth|thousandth|millionth|umpteenth|nth|fifth|tenth|twentieth|last)\\s+time)',
        when: saidToReader,
        suggest: () => [
          { replacement: 'again', label: 'Stick to this time' },
          { replacement: "I've mentioned this before, and it matters to me", label: 'Say why it matters' },
        ],
      },
      {
        // "how many times do we have to go over this?": the count is the whole question, so the sentence is what
        // gets said instead (a word swapped into it leaves "again over this?").
        pattern: '(?<flag>how\\s+many\\s+(?:more\\s+)?times\\s+(?:do|does|did|have|has|must|will)\\s+(?:i|we)(?:\\s+{w}){0,3})',
        when: saidToReader,
        suggest: () => [
          { replacement: "I've mentioned this before, and it matters to me. Can we sort it out?", label: 'Say why it matters', range: 'sentence' },
          { replacement: "This keeps coming up, and it's wearing me down. Can we talk about it?", label: 'Say how it feels lately', range: 'sentence' },
        ],
      },
      {
        // "it never changes with you", "nothing ever changes": the behaviour declared permanent.
        pattern: '(?<flag>(?:it|this|that|nothing)\\s+(?:never|ever)\\s+changes(?:\\s+with\\s+{you})?)',
        when: saidToReader,
        suggest: () => [
          { replacement: "it keeps happening lately, and it's wearing me down", label: 'Say how it feels lately' },
          { replacement: "I'd really like this to change", label: 'Say what you need' },
        ],
      },
      {
        // Said to whoever is there.
        pattern: '(?<flag>here\\s+we\\s+go\\s+(?:again|agen))',
        suggest: () => [
          { replacement: "I feel like we've been here before", label: 'Say how it feels' },
          { replacement: 'this feels familiar, and it worries me', label: 'Name the worry' },
        ],
      },
      {
        // "every time it's the same thing" is said to whoever is there; "it's the same story" may be about the news.
        pattern: '(?<flag>(?:every\\s+(?:single\\s+)?(?:time|day|night|week)\\s+)?(?:{its}|is)\\s+the\\s+same\\s+(?:thing|story|old\\s+story|crap)(?:\\s+every\\s+(?:single\\s+)?(?:time|day|night|week))?)',
        when: (m, ctx) => /^every/i.test(m.text) || saidToReader(m, ctx),
        suggest: () => [{ replacement: "it's happened again", label: 'Stick to this time' }],
      },
    ],
    unless: ['positive', 'reported', 'sincere-question'],
    examples: {
      flagged: {
        '[classic you], borrow my charger and it vanishes': ['borrow my charger and it vanishes', 'again, borrow my charger and it vanishes'],
        'You have been late to standup for like the entire month, [it never changes with you].': ["You have been late to standup for like the entire month, it keeps happening lately, and it's wearing me down.", "You have been late to standup for like the entire month, I'd really like this to change.", 'You have been late to standup for like the entire month, it rarely changes with you.'],
        'honestly [nothing ever changes with u]': ["honestly it keeps happening lately, and it's wearing me down", "honestly I'd really like this to change"],
        'ur late again, [as per usual]': ['ur late again', 'ur late again, this time'],
        'u forgot the rent [like every other month]': ['u forgot the rent again', 'u forgot the rent this time'],
        '[for the hundredth time], u need to put the bins out': ['again, u need to put the bins out', "I've mentioned this before, and it matters to me, u need to put the bins out"],
        '[how many times do we have to go] over this?': ["I've mentioned this before, and it matters to me. Can we sort it out?", "this keeps coming up, and it's wearing me down. Can we talk about it?"],
        "you're late, [like always]": ["you're late, this time", "this has happened a few times lately and it's getting to me.", "I've noticed this a lot lately, can we talk about it?"],
        'ugh ur late again [like u always do]': ['ugh ur late again', 'ugh ur late again this time'],
        "I'll clean up, [like I always do]": ["I'll clean up, again", "I'll clean up, this time"],
        "[every night it's the same thing]": ["it's happened again", "this has happened a few times lately and it's getting to me.", "I've noticed this a lot lately, can we talk about it?"],
        "[as usual] I'm the only one who remembers to feed the dog": ["again I'm the only one who remembers to feed the dog", "this time I'm the only one who remembers to feed the dog"],
        'the kitchen is a mess and nobody helped. [as usual].': ['the kitchen is a mess and nobody helped.', 'the kitchen is a mess and nobody helped. again.'],
        'oh [here we go again] with the silent treatment': ["oh I feel like we've been here before with the silent treatment", 'oh this feels familiar, and it worries me with the silent treatment'],
      },
      clean: ["As always, my door is open if anything's on your mind.", "the view never changes and I love it", "nothing ever changes between us, best friends forever 💕", 'as always, thank you so much for your help!', 'for the last time this year, happy friday everyone!', 'how many times have we watched this film lol, still love it', 'I like always having snacks around', 'The minister dodged the question, as always.', 'as usual, thank u so much for sorting the snacks!', 'here we go again, round two of the pub quiz 🎉'],
    },
  }),
  defineRule({
    id: 'absolutist/million-times',
    category: 'absolutist',
    severity: 'warning',
    anchors: ['times'],
    message: 'Exaggerating how often you asked makes the other person argue about the count instead of the request.',
    patterns: [
      '(?:told|asked|said|reminded|explained|begged)\\s+(?:you\\s+|u\\s+)?(?:this\\s+|that\\s+|it\\s+)?(?<flag>(?:like\\s+|literally\\s+|already\\s+|about\\s+)?(?:a\\s+)?(?:million|hundred|thousand|billion|gazillion|zillion|hundred\\s+thousand|hundred\\s+million)\\s+times)',
    ],
    unless: ['positive'],
    suggest() {
      return [
        { replacement: 'a few times', label: 'Give the real count' },
        { replacement: 'before', label: 'Keep it simple' },
      ];
    },
    examples: {
      flagged: {
        "I've told you [a million times] to lock the door": ["I've told you a few times to lock the door", "I've told you before to lock the door"],
        'I asked [a hundred times]': ['I asked a few times', 'I asked before'],
        'ive told u [like a million times] to lock the door': ['ive told u a few times to lock the door', 'ive told u before to lock the door'],
        'ive asked u [literally a hundred times]': ['ive asked u a few times', 'ive asked u before'],
      },
      clean: ['thanks a million times over!', 'I watched it a million times as a kid'],
    },
  }),
  defineLearnedRule({
    category: 'absolutist',
    unless: ['sincere-question', 'reported', 'praised'],
    message: 'Turning what happened into how they always are leaves them nothing to answer but a denial.',
    alternatives: practiceLines([
      { label: 'Name the specific moments', formal: "This has happened a few times lately, and it's been hard for me.", casual: "this has happened a few times lately and it's getting to me" },
      { label: 'Invite a conversation', formal: "I've noticed this more lately — can we talk about it?", casual: "I've noticed this a lot lately, can we talk about it?" },
    ]),
    examples: {
      flagged: {
        "[For once, pick something fun]": ['Pick something fun', "This has happened a few times lately, and it's been hard for me.", "I've noticed this more lately — can we talk about it?"],
        "[You people never read the tickets before escalating].": ['You people rarely read the tickets before escalating.', 'It feels like you people rarely read the tickets before escalating — is that fair?', "This has happened a few times lately, and it's been hard for me."],
        "[Every single time I come home the kitchen looks like a bomb hit it].": ['Often when I come home the kitchen looks like a bomb hit it.', "This has happened a few times lately, and it's been hard for me.", "I've noticed this more lately — can we talk about it?"],
        "[Beta, we never see you].": ['Beta, we rarely see you.', "This has happened a few times lately, and it's been hard for me.", "I've noticed this more lately — can we talk about it?"],
        "[honestly nobody tells me anything around here]": ['honestly hardly anyone tells me anything around here', 'it feels like hardly anyone tells me anything around here — is that fair?', "this has happened a few times lately and it's getting to me."],
        "[u ppl nevr read the tickets b4 escalating]": ['u ppl rarely read the tickets b4 escalating', 'it feels like u ppl rarely read the tickets b4 escalating — is that fair?', "this has happened a few times lately and it's getting to me."],
        '[honestly yet again nobody cleaned up]': ['nobody cleaned up', 'it feels like hardly anyone cleaned up — is that fair?', "this has happened a few times lately and it's getting to me."],
        '[yet again ur late]': ["this has happened a few times lately and it's getting to me.", "I've noticed this a lot lately, can we talk about it?"],
        '[yet again nobody cleaned up]': ['nobody cleaned up', 'it feels like hardly anyone cleaned up — is that fair?', "this has happened a few times lately and it's getting to me."],
        "[yet again you're late]": ["this has happened a few times lately and it's getting to me.", "I've noticed this a lot lately, can we talk about it?"],
        "I paid for the last three dinners. [Not one of you].": ['I paid for the last three dinners.', "I paid for the last three dinners. This has happened a few times lately, and it's been hard for me.", "I paid for the last three dinners. I've noticed this more lately — can we talk about it?"],
        'paint in her hair again, [every week its the same]': ['paint in her hair again', "this has happened a few times lately and it's getting to me.", "I've noticed this a lot lately, can we talk about it?"],
        "You overspend, I cover it. [Every single month its the same].": ['You overspend, I cover it.', "You overspend, I cover it. This has happened a few times lately, and it's been hard for me.", "You overspend, I cover it. I've noticed this more lately — can we talk about it?"],
      },
      clean: ['Every single time I visit your place I leave happier. Thanks for having us ❤️', "I'll always be here for you", "every time I see that photo I smile"],
    },
  }),
];

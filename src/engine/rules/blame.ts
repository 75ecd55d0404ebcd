import { polarity } from '../polarity';
import { defineRule } from './rule';
import { defineLearnedRule, practiceLines } from './learned';
import type { Alternative, MatchCondition, Rule, RuleMatch } from './rule';
import type { SentenceContext } from '../context';
import { after, before, clauseRange, group, inPast, stripEnd, verbForms } from './helpers';
import { lowerFirst } from '../text/case';
import { isSpace, isWordChar, trimTrailing } from '../text/trim';
import nlp from 'compromise';

// Words that say something went wrong, for sentences whose polarity is flat ("the page has been down for an hour").
const BAD_OUTCOME = /\b(?:down|broke|broken|lost|lose|losing|over|late|miss(?:ed)?|slipped|fail(?:ed|ing|s)?|stuck|in\s+(?:bits|tears)|smashed|cracked|shattered|scratched|dented|soaked|flooded|locked\s+out|evicted|(?:a|another)\s+(?:parking\s+|speeding\s+)?(?:fine|ticket|penalty)|gutted|heartbroken|devastated|crying|ruined|cost|wrong|gone|full|crashed|dead|damaged|shut|cancell?ed|kicked|fired|fined|grounded|banned|behind|delayed|wasted|screwed|happened|fight|started|mess|escalat\w*|trouble|sick|hurt|embarrass\w*|angry|mad|upset|yelled|blew\s+up)\b/i;
// … and what could not happen because of it ("the page won't load thanks to your fix").
const BLOCKED = /\b(?:can['’]?t|cannot|won['’]?t|didn['’]?t|couldn['’]?t|no\s+longer)\b/i;

// "because you…", "bc ur team skipped…": the reader's doing named as a cause (not their knowing, wanting or saying).
const BECAUSE_YOU = String.raw`(?:{because}|becuase|becasue|bcuz)\s+(?:of\s+)?(?:{you}|{your}\s+(?!own\b){w})\s+{filler}(?!know\b|asked\b|said\b|are\b|were\b|want\b|love\b|deserve\b|mean\b){w}`;

// A past participle, so that "if you'd taken" is a counterfactual and "if you'd like" or "if you'd rather" is not.
const PARTICIPLE = String.raw`(?:\p{L}+ed|taken|told|done|gone|been|given|seen|known|made|had|got|gotten|paid|sent|left|kept|brought|thought|said|put|read|come|shown|written|spoken|bought|caught|lost|eaten|driven|rung|run)\b`;

// What a counterfactual would have brought about that is fond, not a charge: "if u had a good time we'd love to
// have you back". With the outcome first, "fine" and "ok" reassure too ("I'd be fine if you didn't come"); after the
// condition they are the charge ("if u had told me the truth we'd be fine").
const fondAfter = ({ reassuring }: { reassuring: boolean }): string =>
  String.raw`(?!\s+(?:totally\s+|completely\s+|really\s+)?(?:understand|get\s+it|love|like|be\s+(?:happy|glad${reassuring ? '|fine|ok|okay' : ''})|not\s+mind|forgive)\b)`;

/** "the game with" → "the game": the words that lead on to something not said, taken off the end. */
function withoutLeadingOn(text: string): string {
  for (;;) {
    const before = trimTrailing(text, isWordChar);
    if (before === text || !/^(?:with|to|for|of|by|from)$/i.test(text.slice(before.length)) || !isSpace(before.slice(-1))) return text;
    text = trimTrailing(before, isSpace);
  }
}

const GRATEFUL = /\b(?:thanks\s+(?:so\s+much|a\s+lot|again|for)|thank\s+(?:you|u)|grateful|appreciate)/i;

// "because of", "thanks to", "down to" … before the one held responsible.
const CAUSED_BY = '(?:because\\s+of|thanks\\s+to|due\\s+to|cuz\\s+of|bc\\s+of|down\\s+to)';

/** The sentence around the cause named: what it brought about. */
const outcomeAround = (m: RuleMatch, ctx: SentenceContext): string => `${ctx.text.slice(0, m.start)} ${ctx.text.slice(m.end)}`;

/** An outcome says something went wrong. */
const wentWrong = (outcome: string): boolean => polarity(outcome) < 0 || BAD_OUTCOME.test(outcome) || BLOCKED.test(outcome);
/** The sentence around the match says something went wrong. */
const wentWrongAround: MatchCondition = (m, ctx) => wentWrong(outcomeAround(m, ctx));

/**
 * What "thanks to you" brought about went wrong: the outcome after it where it says one ("…, but thanks to you, I can
 * breathe easier now"), not the trouble it rescued the writer from; the sentence around it otherwise.
 */
const wentWrongAfter: MatchCondition = (m, ctx) => {
  const outcome = ctx.text.slice(m.end).replace(/^[\s,]+/u, '');
  return (outcome.match(/\p{L}+/gu) ?? []).length < 3 ? wentWrongAround(m, ctx) : wentWrong(outcome);
};

// What people credit each other with: something achieved, learned, become or come to love.
const ACHIEVED = /\b(?:managed|achieved|accomplished|made\s+it|passed|graduated|succeeded|(?:got|landed|(?:was|got)\s+offered|offered\s+(?:me|us))\s+(?:the|a|my)\s+(?:job|place|offer|role|position|promotion|spot)|finally\s+(?:get|got|understand|understood)|learn(?:ed|t)|(?:who|where)\s+i\s+am|(?:quit|stopped|gave\s+up)\s+(?:smoking|drinking|vaping)|(?:i|we)\s+(?:now\s+|still\s+|actually\s+)?(?:love|enjoy|believe\s+in))\b/i;

/**
 * The outcome around "because of you" is good: credit, not blame. Something achieved is credit even where an
 * emoji or a word scores low ("because of you I actually got the job 😭😭").
 */
const creditsThem: MatchCondition = (m, ctx) => {
  const outcome = outcomeAround(m, ctx);
  if (BAD_OUTCOME.test(outcome) || BLOCKED.test(outcome)) return false;
  return ACHIEVED.test(outcome) || polarity(outcome) > 0;
};

const TRAILING_CONNECTORS = new Set(['and', 'but', 'so', 'tbh', 'honestly', "that's", 'that’s', 'thats', "it's", 'it’s', 'its', 'is', 'was', 'all']);

/** "we're £60 over and tbh thats" → "we're £60 over": the words a clause trails off with before the blame. */
function withoutTrailingConnectors(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && /[\s,]/.test(text.charAt(end - 1))) end--;
    const start = Math.max(text.lastIndexOf(' ', end - 1), text.lastIndexOf(',', end - 1)) + 1;
    if (start >= end || !TRAILING_CONNECTORS.has(text.slice(start, end).toLowerCase())) return text.slice(0, end);
    end = start;
  }
}

const FILLERS = new Set(['tbh', 'honestly', 'ngl', 'lol', 'imo', 'tho', 'though', 'rn', 'smh', 'really', 'seriously', 'literally']);

/** "honestly we're late tbh" → "we're late": the asides around a clause, word by word from each end. */
function withoutFillers(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const bare = (w: string | undefined): string => (w ?? '').replace(/[^\p{L}]/gu, '').toLowerCase();
  while (words.length > 0 && FILLERS.has(bare(words[0]))) words.shift();
  while (words.length > 0 && FILLERS.has(bare(words[words.length - 1]))) words.pop();
  return words.join(' ').replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/, '');
}

const NOT_AN_OUTCOME = /^(?:\p{L}+ing|to|and|but|however|if|when|so|because|cos|since|as|that|you|u|your|ur|you['’]\p{L}+)\b|\bhappened$/iu;

const NEXT_STEP = 'can we figure out what to do differently next time?';

// What the reader's doing left behind, said without the doer: "you wrecked the car" → "the car got wrecked".
const LEFT_BEHIND: Record<string, string> = { ruined: 'ruined', wrecked: 'wrecked', broke: 'broken', broken: 'broken', destroyed: 'destroyed' };
const FELT = new Set(['embarrassed', 'humiliated']);
const AS_SUBJECT: Record<string, string> = { me: 'I', us: 'we' };
const LEADS_ON = new Set(['in', 'on', 'at', 'for', 'to', 'with', 'from', 'by', 'like', 'after', 'before', 'during', 'last', 'this', 'tonight']);

interface PhraseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
}

/** compromise's terms of the first sentence of `text`, with the spacing around each. */
const termsOf = (text: string): PhraseTerm[] => (nlp(text).json() as Array<{ terms: PhraseTerm[] }>)[0]?.terms ?? [];

/**
 * Nothing in `text` leans back on the words before it: it is empty, starts a new clause or phrase, or is an aside
 * ("in front of everyone", "and honestly", "lol") — not a relative clause ("we built") that a rewrite would strand.
 */
function endsThere(text: string): boolean {
  if (!/^\s*[\p{L}\p{N}]/u.test(text)) return true;
  const next = termsOf(text)[0];
  // compromise tags "in front of" and "last week" as adjectives: the words that open such phrases are listed.
  return !next || LEADS_ON.has(next.text.toLowerCase()) || ['Preposition', 'Conjunction', 'Adverb', 'Expression', 'Date'].some((tag) => next.tags.includes(tag));
}

/** The noun phrase that opens `text` ("my sisters wedding lol" → "my sisters wedding"), or '' if none does. */
function openingNounPhrase(text: string): string {
  let length = 0;
  let phrase = '';
  for (const [i, term] of termsOf(text).entries()) {
    const tagged = (tag: string): boolean => term.tags.includes(tag);
    const opener = i === 0 && (tagged('Determiner') || tagged('Possessive'));
    if (!opener && (!(tagged('Noun') || tagged('Adjective')) || tagged('Pronoun') || tagged('Date'))) break;
    length += term.pre.length + term.text.length;
    if (tagged('Noun') && !opener) phrase = text.slice(0, length);
    if (/[^\s]/.test(term.post)) break;
    length += term.post.length;
  }
  const found = phrase.trim();
  return found && endsThere(text.slice(found.length)) ? found : '';
}

/**
 * "you've literally ruined my birthday" → "my birthday got ruined"; "you embarrassed me" → "I felt embarrassed";
 * "u cost us the flat" → "we lost the flat": the outcome in the writer's words, with no one on trial.
 */
function outcomeWithoutDoer(m: RuleMatch, ctx: SentenceContext): Alternative[] {
  const verb = (/(?<!\p{L})\p{L}+$/u.exec(m.text)?.[0] ?? '').toLowerCase();
  const rest = ctx.text.slice(m.end);
  const lead = /^\s+/.exec(rest)?.[0] ?? '';
  const said = (outcome: string, taken: number): Alternative[] => [{
    replacement: outcome,
    label: 'Say what happened, not whose fault',
    range: { start: m.start, end: m.end + lead.length + taken },
  }];
  const pronoun = /^(it|this|that|everything|me|us)\b/i.exec(rest.slice(lead.length))?.[1];
  if (pronoun && !endsThere(rest.slice(lead.length + pronoun.length))) return [];
  const spoiled = LEFT_BEHIND[verb];
  if (spoiled) {
    if (pronoun && !AS_SUBJECT[pronoun.toLowerCase()]) return said(`${pronoun} got ${spoiled}`, pronoun.length);
    const thing = pronoun ? '' : openingNounPhrase(rest.slice(lead.length));
    return thing ? said(`${thing} got ${spoiled}`, thing.length) : [];
  }
  const who = pronoun ? AS_SUBJECT[pronoun.toLowerCase()] : undefined;
  if (!who || !pronoun) return [];
  if (FELT.has(verb)) return said(`${who} felt ${verb}`, pronoun.length);
  if (verb !== 'cost') return [];
  const afterWho = rest.slice(lead.length + pronoun.length);
  const gap = /^\s+/.exec(afterWho)?.[0] ?? '';
  const lost = openingNounPhrase(afterWho.slice(gap.length));
  return lost ? said(`${who} lost ${lost}`, pronoun.length + gap.length + lost.length) : [];
}

// "your little online poker habit we now can't …": their thing, up to the subject of what it brought about.
const THEIR_THING_BEFORE_SUBJECT = /^\s+((?:(?!(?:i|we|he|she|they|it|everyone|everybody|nobody)\b)[\p{L}\p{N}'’-]+\s+){1,4}?)(?=(?:i|we|he|she|they|it|everyone|everybody|nobody)\s)/iu;

/** "<what happened>, and I'm upset about it" — the impact in the writer's words, then a shared next step. */
function impactAlternatives(text: string): Alternative[] {
  const what = withoutFillers(text);
  // Only a clause can follow "I'm upset that": "tbh" or "honestly" after the blame is not what happened, and
  // neither is a fragment ("putting off the service", "if we lose the deposit") or the reader's doing again.
  if (!nlp(what).has('#Verb') || NOT_AN_OUTCOME.test(what)) {
    return [
      { replacement: `I'm frustrated about how this turned out — ${NEXT_STEP}`, label: 'Name the impact', range: 'sentence' },
      { replacement: "I'm upset about what happened. Can we talk it through?", label: 'Invite a conversation', range: 'sentence' },
    ];
  }
  const clause = lowerFirst(what);
  const said = /\p{Ll}/u.test(what) ? what : clause;
  // What happened, without who is to blame, is what writers judging these rewrites sent most often; the
  // feeling and a next step come after it, for those who want to say more. Where what happened is already the
  // writer's feeling ("I stay very upset"), it is not wrapped in another ("I'm upset that I stay very upset").
  const felt = FEELING_SAID.test(what);
  return [
    { replacement: said, label: 'Say what happened, not whose fault', range: 'sentence' },
    ...(felt ? [] : [{ replacement: `I'm upset that ${clause}.`, label: 'Use an I-statement', range: 'sentence' as const }]),
    { replacement: felt ? `${said} — ${NEXT_STEP}` : `${said}, and I'm really frustrated about it — ${NEXT_STEP}`, label: 'Name the impact', range: 'sentence' },
  ];
}

// "I stay very upset", "I'm so stressed": the writer's feeling, said already.
const FEELING_SAID =
  /^(?:i|i['’]m|im)\s+(?:(?:am|feel|felt|stay|get|got|was|have\s+been|['’]ve\s+been)\s+)?(?:(?:so|very|really|quite|super|pretty)\s+)?(?:upset|angry|sad|hurt|frustrated|annoyed|stressed|worried|mad|gutted|disappointed|furious|anxious|miserable)\b/iu;

/** "I'm really upset about what happened with my birthday. Can we talk about it?" — for any caused harm. */
function talkAboutWhatHappened(m: RuleMatch, ctx: SentenceContext): Alternative[] {
  // "cost us the game with …": what was lost, without who lost it or the words that lead on.
  const obj = withoutLeadingOn(group(m, ctx, 'obj').trim().replace(/^(?:me|us)\s+/i, ''));
  const about = obj && !/^(?:me|us|it|everything)$/i.test(obj) ? ` with ${obj}` : '';
  return [
    { replacement: `I'm really upset about what happened${about}. Can we talk about it?`, label: 'Name the impact', range: 'sentence' },
    { replacement: `Can we talk about what happened${about}? I'm upset.`, label: 'Invite a conversation', range: 'sentence' },
  ];
}

export const blameRules: Rule[] = [
  defineRule({
    id: 'blame/your-fault',
    category: 'blame',
    severity: 'warning',
    anchors: ['fault'],
    message: 'Calling it their fault puts them on trial; naming the impact invites them to help fix it.',
    patterns: ['(?<flag>(?:(?:{its}|{thats}|this\\s+is|it\\s+was|that\\s+was|its)\\s+)?(?:all\\s+|totally\\s+|entirely\\s+|literally\\s+)?{your}\\s+fault)'],
    unless: ['negated', 'sincere-question', 'reported'],
    suggest(m, ctx) {
      const rest = after(m, ctx);
      const forGerund = /^for\s+(\w+ing)\b\s*(?!\s)(.*)$/i.exec(rest);
      const [, gerund = '', tail = ''] = forGerund ?? [];
      const forms = verbForms(gerund);
      // Only a verb compromise conjugates back to the writer's word ("texting" it does not).
      if (forGerund && forms.gerund === gerund.toLowerCase()) {
        const past = forms.past;
        return [
          { replacement: `I was hurt when you ${past}${tail ? ' ' + tail : ''} — can we talk about it?`, label: 'Name the impact', range: 'sentence' },
          { replacement: `I'm upset that you ${past}${tail ? ' ' + tail : ''}. Can we figure out what to do now?`, label: 'Use an I-statement', range: 'sentence' },
        ];
      }
      // "for texting him" is not an outcome: without its verb's past, the impact is said without it.
      const what = forGerund ? '' : rest.replace(/^that\s+/i, '');
      return what ? impactAlternatives(what) : impactAlternatives(forGerund ? '' : before(m, ctx));
    },
    examples: {
      flagged: {
        "[it's your fault] we're late": ["we're late.", "I'm upset that we're late.", "we're late, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        '[this is all your fault]': ["I'm frustrated about how this turned out — can we figure out what to do differently next time?", "I'm upset about what happened. Can we talk it through?"],
        'well [its ur fault] for telling her': ['I was hurt when u told her — can we talk about it?', "I'm upset that u told her. Can we figure out what to do now?"],
        "[its literally ur fault] we're late": ["we're late.", "I'm upset that we're late.", "we're late, and I'm really frustrated about it — can we figure out what to do differently next time?"],
      },
      clean: ["it wasn't your fault at all", "it's not your fault, the train was delayed", 'is it my fault or yours? no idea lol'],
    },
  }),
  defineRule({
    id: 'blame/you-made-me',
    category: 'blame',
    severity: 'warning',
    anchors: ['made', 'make', 'makes', 'got'],
    message: '"You made me" hands them responsibility for your feelings; owning the feeling keeps the door open.',
    patterns: ['(?<flag>{you}\\s+{filler}(?:made|make|makes|got)\\s+me)\\s+(?!(?:laugh|laughing|smile|smiling|grin|grinning)\\b|feel\\s+(?:so\\s+|really\\s+)?(?:special|loved|better|good|happy|welcome|safe)\\b)(?<verb>{w})'],
    unless: ['positive', 'negated', 'sincere-question', 'reported'],
    suggest(m, ctx) {
      const verb = (m.groups.verb ?? '').toLowerCase();
      const rest = after(m, ctx);
      // The match ends at the verb; "after" starts past it.
      const feeling = /^(?:look|feel|seem|so|really|very|angry|mad|sad|upset|furious|sick)$/.test(verb);
      // "u made me late for my interview": a state, not an act ("I was late", never "I late").
      const state = !feeling && nlp(verb).has('#Adjective');
      const what = feeling
        ? `I felt ${verb === 'look' || verb === 'feel' || verb === 'seem' ? '' : verb + ' '}${rest}`.replace(/\s+/g, ' ').trim()
        : `I ${state ? `was ${verb}` : inPast(verb)}${rest ? ' ' + rest : ''}`;
      return [
        { replacement: `${what}, and I'm upset about it. Can we talk?`, label: 'Own the feeling', range: 'sentence' },
        { replacement: `I felt really hurt by what happened — can we talk about it?`, label: 'Name the impact', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        '[you literally just made me] miss the bus': ["I missed the bus, and I'm upset about it. Can we talk?", 'I felt really hurt by what happened — can we talk about it?'],
        '[u honestly made me] look stupid': ["I felt stupid, and I'm upset about it. Can we talk?", 'I felt really hurt by what happened — can we talk about it?'],
        '[you made me] miss the bus': ["I missed the bus, and I'm upset about it. Can we talk?", 'I felt really hurt by what happened — can we talk about it?'],
        '[u made me] look like a fool tonight': ["I felt like a fool tonight, and I'm upset about it. Can we talk?", 'I felt really hurt by what happened — can we talk about it?'],
        '[You make me] so angry.': ["I felt so angry, and I'm upset about it. Can we talk?", 'I felt really hurt by what happened — can we talk about it?'],
        '[u made me] late for my interview': ["I was late for my interview, and I'm upset about it. Can we talk?", 'I felt really hurt by what happened — can we talk about it?'],
        '[ya made me] miss the bus again': ["I missed the bus again, and I'm upset about it. Can we talk?", 'I felt really hurt by what happened — can we talk about it?'],
      },
      clean: ['you made me laugh so hard today 😂', 'you made me cry with that speech ❤️ happy tears', 'you made me dinner? thank you!', 'u made me laugh so hard today', 'you made me feel so special tonight'],
    },
  }),
  defineRule({
    id: 'blame/because-of-you',
    category: 'blame',
    severity: 'warning',
    anchors: ['because', 'thanks', 'due', 'cuz', 'bc', 'b', 'cause', 'down'],
    message: 'Tying the outcome to them as a person sounds like an accusation, even when the frustration is fair.',
    patterns: [
      {
        pattern: `(?<flag>(?:${CAUSED_BY}|b/c\\s+of|cause\\s+of)\\s+{you})(?!\\s+(?:all|so\\s+much|guys\\s+so))`,
        // "Thanks to you" is gratitude unless something went wrong ("thanks to you I'm stuck here").
        // Nor in a sentence that thanks them ("Thanks so much – it's thanks to you chasing that we spotted the error").
        // "Because of you" is credit where what it brought about is good ("everything I've managed is because of you").
        when: (m, ctx) => (!/^thanks/i.test(m.text) ? !creditsThem(m, ctx) : wentWrongAfter(m, ctx) && !GRATEFUL.test(outcomeAround(m, ctx))),
      },
      {
        // "thanks to your 'quick fix' the page is down", "thats down to your space heater": their doing as the
        // cause, only when the outcome around it is bad ("because of your email I found the bug" is not).
        pattern: `(?<flag>${CAUSED_BY}\\s+{your})(?=\\s+(?!own\\b)\\S)`,
        when: wentWrongAround,
        suggest(m, ctx) {
          // What of theirs: a quoted phrase, the words up to where the outcome's subject starts ("little online
          // poker habit [we] now can't pay"), or the next two words ("space heater", "'quick fix'").
          const thingMatch = THEIR_THING_BEFORE_SUBJECT.exec(ctx.text.slice(m.end)) ?? /^\s+(['‘’"“][^'‘’"“”]+['’"”]|[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)?)/u.exec(ctx.text.slice(m.end));
          const thing = (thingMatch?.[1] ?? 'it').trim();
          // The outcome keeps its facts ("we're £60 over on electric"): the clause before, or the one after the X.
          const lead = withoutTrailingConnectors(before(m, ctx));
          const rest = stripEnd(ctx.text.slice(m.end + (thingMatch?.[0].length ?? 0)).replace(/^[\s,;:–—-]+/, ''));
          const outcome = lead || rest;
          const impact = outcome ? `I'm upset that ${lowerFirst(outcome)}` : "I'm upset about how this turned out";
          return [
            { replacement: `${impact} — can we look at what happened with the ${thing}?`, label: 'Ask what happened', range: 'sentence' },
            { replacement: `Something went wrong with the ${thing}, and I'm frustrated. Can we talk it through?`, label: 'Name the impact', range: 'sentence' },
          ];
        },
      },
    ],
    unless: ['positive', 'negated', 'sincere-question', 'reported'],
    suggest(m, ctx) {
      // "it's because of you that Mum had to cancel": the outcome is what follows the "that".
      const rest = after(m, ctx).replace(/^that\s+/i, '');
      // "… was down to you not confirming the order": what follows is what they did, not what came of it, and what
      // came before ("the medals arriving late was") is no clause of its own: the practice lines say it.
      if (/^(?:not\s+)?\p{L}+ing\b/iu.test(rest)) return impactAlternatives('');
      const lead = before(m, ctx);
      return impactAlternatives(rest || lead);
    },
    examples: {
      flagged: {
        "[Thanks to your] 'quick fix' the checkout page has been down for an hour.": ["I'm upset that the checkout page has been down for an hour — can we look at what happened with the 'quick fix'?", 'The checkout page has been down for an hour.', "Something went wrong with the 'quick fix', and I'm frustrated. Can we talk it through?"],
        'we are £60 over and tbh thats [down to your] space heater': ["I'm upset that we are £60 over — can we look at what happened with the space heater?", "something went wrong with the space heater, and I'm frustrated. Can we talk it through?"],
        'the party got shut down [because of ur] loud mates': ["I'm upset that the party got shut down — can we look at what happened with the loud mates?", 'the party got shut down.', "something went wrong with the loud mates, and I'm frustrated. Can we talk it through?"],
        "we're literally stuck here [because of you]": ["we're literally stuck here.", "I'm upset that we're literally stuck here.", "we're literally stuck here, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        "[thanks to you] I'm stuck here all night": ["I'm stuck here all night.", "I'm upset that I'm stuck here all night.", "I'm stuck here all night, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        '[Because of you], the whole office knows.': ['The whole office knows.', "I'm upset that the whole office knows.", "The whole office knows, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        "we're late [because of you]": ["we're late.", "I'm upset that we're late.", "we're late, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        '[cuz of u] we missed the bus': ['we missed the bus.', "I'm upset that we missed the bus.", "we missed the bus, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        "I asked u to do one thing and [because of u] dinner's an hour late": ["Dinner's an hour late.", "I'm upset that dinner's an hour late.", "Dinner's an hour late, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        'we missed the bus [bc of you]': ['we missed the bus.', "I'm upset that we missed the bus.", "we missed the bus, and I'm really frustrated about it — can we figure out what to do differently next time?"],
      },
      clean: ['money was tight but thanks to u, we can finally breathe again', "Everything I've managed so far is because of you two.", 'because of u i finally get rebase', 'I passed because of you, thank you!!', "Thanks so much for your patience – it's entirely thanks to you chasing that we spotted the error.", 'because of your email I found the bug, thank u', 'the delay is down to the weather, not you', 'thanks to your help we finished early!', 'thanks to you I passed the exam!! 🙏', 'thanks to u i finally get rebase', 'Honestly thanks to you the migration went smoothly.', 'because of you I finally tried sushi and I love it', 'I stayed because of you guys so much fun'],
    },
  }),
  defineRule({
    id: 'blame/you-are-the-reason',
    category: 'blame',
    severity: 'warning',
    anchors: ['reason', 'cause', 'one', 'problem', 'why'],
    message: 'Naming them as the cause leaves them only two moves: defend or give in.',
    patterns: [
      {
        pattern: '(?<flag>{youre}\\s+(?:literally\\s+|exactly\\s+|the\\s+only\\s+)?(?:the\\s+)?(?:reason|cause|problem|why))',
        // "ur the reason i passed stats": the reason for something good is credit.
        when: (m, ctx) => /problem$/i.test(m.text) || !creditsThem(m, ctx),
        suggest: (m, ctx) => impactAlternatives(after(m, ctx)),
      },
      {
        // "ur the one who invited him": what they did stays, said as a fact next to the writer's feeling.
        pattern: '(?<flag>{youre}\\s+(?:literally\\s+|exactly\\s+|the\\s+only\\s+)?(?:the\\s+)?one\\s+(?:who|that))',
        suggest: (m, ctx) => [
          { replacement: `I know you ${after(m, ctx) || 'were part of this'}, and I'm upset about how it turned out. Can we talk?`, label: 'Name the impact', range: 'sentence' },
          { replacement: "I'm frustrated about how this went — can we figure it out together?", label: 'Invite a shared fix', range: 'sentence' },
        ],
      },
    ],
    unless: ['positive', 'negated', 'sincere-question', 'reported'],
    examples: {
      flagged: {
        "[You're the one who] posted it on Insta.": ['You posted it on Insta.', "I know you posted it on Insta, and I'm upset about how it turned out. Can we talk?", "I'm frustrated about how this went — can we figure it out together?"],
        "[you're the reason] we're broke": ["we're broke.", "I'm upset that we're broke.", "we're broke, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        '[ur the one who] invited him': ['u invited him', "I know u invited him, and I'm upset about how it turned out. Can we talk?", "I'm frustrated about how this went — can we figure it out together?"],
        '[You are the problem] here.': ["I'm frustrated about how this turned out — can we figure out what to do differently next time?", "I'm upset about what happened. Can we talk it through?"],
        '[ur literally why] we got kicked out': ['we got kicked out.', "I'm upset that we got kicked out.", "we got kicked out, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        '[ur literally the problem]': ["I'm frustrated about how this turned out — can we figure out what to do differently next time?", "I'm upset about what happened. Can we talk it through?"],
      },
      clean: ["you're the reason I smile every day ❤️", 'honestly ur the reason i passed stats lol', 'Grandad, you’re the reason I love fishing 🎣', "you're not the reason, don't worry", 'are you the one who baked this? amazing', "what's your problem with the plan? just curious"],
    },
  }),
  defineRule({
    id: 'blame/on-you',
    category: 'blame',
    severity: 'warning',
    anchors: ['on'],
    message: '"This is on you" closes the case before you have heard their side.',
    patterns: ['(?<flag>(?:{thats}|{its}|this\\s+is|this\\s+was|that\\s+was|it\\s+was|this\\s+one{apos}s|thats|its)\\s+(?:all\\s+|totally\\s+|completely\\s+|entirely\\s+|literally\\s+(?:all\\s+)?)?on\\s+{you})(?!\\s+(?:if|when|whether)\\b)'],
    unless: ['negated', 'sincere-question', 'reported'],
    suggest(m, ctx) {
      // Who else "you" takes in and whom the writer leaves out ("on you guys, not me") go with the blame.
      const others = /^(?:\s+(?:guys|all|two|both|lot|lads|people)\b)?(?:,?\s+not\s+(?:me|mine)\b)?/i.exec(ctx.text.slice(m.end))?.[0] ?? '';
      const rest = after({ ...m, matchEnd: m.matchEnd + others.length }, ctx).replace(/^\W+/, '');
      const shared = "let's figure out together what went wrong";
      // A clause left before it ("if the mark is bad") is closed with a comma, so the two do not run together.
      const lead = before(m, ctx);
      const end = m.end + others.length;
      return impactAlternatives(rest).concat(
        lead && !/[,;:–—]\s*$/.test(ctx.text.slice(0, m.start))
          ? { replacement: `${lead}, ${shared}${ctx.text.slice(end)}`, label: 'Make it shared', range: 'sentence' }
          : { replacement: shared, label: 'Make it shared', range: { start: m.start, end } },
      );
    },
    examples: {
      flagged: {
        '[this is on you]': ["I'm frustrated about how this turned out — can we figure out what to do differently next time?", "I'm upset about what happened. Can we talk it through?", "let's figure out together what went wrong"],
        '[that was all on you], honestly': ["I'm frustrated about how this turned out — can we figure out what to do differently next time?", "I'm upset about what happened. Can we talk it through?", "let's figure out together what went wrong, honestly"],
        '[this is literally all on you]': ["I'm frustrated about how this turned out — can we figure out what to do differently next time?", "I'm upset about what happened. Can we talk it through?", "let's figure out together what went wrong"],
        '[thats on u] tbh': ["I'm frustrated about how this turned out — can we figure out what to do differently next time?", "I'm upset about what happened. Can we talk it through?", "let's figure out together what went wrong tbh"],
        '[this is all on u]': ["I'm frustrated about how this turned out — can we figure out what to do differently next time?", "I'm upset about what happened. Can we talk it through?", "let's figure out together what went wrong"],
      },
      clean: ["that's on me, I forgot", "it's not on you, really", 'the next round is on you if you want'],
    },
  }),
  defineRule({
    id: 'blame/look-what-you-did',
    category: 'blame',
    severity: 'warning',
    anchors: ['look'],
    message: '"Look what you did" points at the person; describing what happened lets you solve it together.',
    patterns: ['(?<flag>look\\s+(?:at\\s+)?what\\s+{you}(?:{apos}ve|\\s+have|ve)?\\s+{filler}(?:did|done|made|caused))'],
    unless: ['positive', 'reported'],
    suggest(m, ctx) {
      // "… to my shirt": what it happened to goes with the rewrite, which then asks about it.
      const range = clauseRange(m, ctx);
      const to = stripEnd(ctx.text.slice(m.end, range.end));
      return [
        { replacement: "I'm upset about what happened", label: 'Use an I-statement' },
        to
          ? { replacement: `can we talk about what happened ${to}?`, label: 'Ask about it', range: { start: m.start, end: range.end } }
          : { replacement: "this didn't turn out how I hoped", label: 'Describe what happened' },
      ];
    },
    examples: {
      flagged: {
        '[look what you just did] to my shirt': ["I'm upset about what happened to my shirt", 'can we talk about what happened to my shirt?'],
        '[look what you did] to my shirt': ["I'm upset about what happened to my shirt", 'can we talk about what happened to my shirt?'],
        '[look at what u did]': ["I'm upset about what happened", "this didn't turn out how I hoped"],
        '[look what youve done] to my shirt': ["I'm upset about what happened to my shirt", 'can we talk about what happened to my shirt?'],
      },
      clean: ['look what I made for you!'],
    },
  }),
  defineRule({
    id: 'blame/caused-harm',
    category: 'blame',
    severity: 'warning',
    anchors: ['ruined', 'wrecked', 'broke', 'destroyed', 'embarrassed', 'humiliated', 'screwed', 'messed', 'ruin', 'wreck', 'ruins', 'wrecks', 'got', 'get', 'made', 'broken', 'cost'],
    message: 'Saying they ruined or broke something frames it as who is guilty rather than what to do now.',
    patterns: [
      {
        pattern: '(?<flag>{you}(?:{apos}?ve|\\s+have|\\s+had|{apos}d)?\\s+(?:(?:just|totally|completely|literally|really|officially|actually|absolutely|already)\\s+)?(?:ruined|wrecked|broke|destroyed|embarrassed|humiliated|ruin|wreck|ruins|broken|cost))\\s+(?<obj>(?:my|our|the|this|that|it|everything|me|us|your)\\b(?:\\s+(?!and\\b|but\\b|in\\b|on\\b|at\\b){w}){0,3})',
        suggest: (m, ctx) => [...outcomeWithoutDoer(m, ctx), ...talkAboutWhatHappened(m, ctx)],
      },
      // "you've messed this up", "u screwed it all up": the thing spoiled sits inside the phrasal verb.
      '(?<flag>{you}(?:{apos}?ve|\\s+have|\\s+had)?\\s+(?:(?:just|totally|completely|really|actually)\\s+)?(?:screwed|messed)\\s+(?:(?<obj>this|it|that|everything|things)\\s+)?(?:all\\s+)?up)(?!\\s+(?:my|your|ur)\\s+(?:hair|order)\\b)',
      {
        // The reader's doing as the agent: "ur lies literally cost us the flat", "your attitude ruined the trip".
        pattern: '(?<flag>{your}\\s+(?:(?:stupid|constant|little|big|damn)\\s+)?{w}\\s+{filler}(?:(?:ruined|wrecked|destroyed|ruins|wrecks)|cost\\s+(?<loser>me|us)(?!\\s+(?:\\$|£|€|\\d))))\\s+(?<obj>(?:my|our|the|this|that|it|everything)\\b(?:\\s+(?!and\\b|but\\b|in\\b|on\\b|at\\b){w}){0,3})',
        suggest(m, ctx) {
          // The sentence may go on ("… and honestly I'm done"): only the blaming clause is rewritten.
          const range = { start: m.start, end: m.groupSpans.obj?.[1] ?? m.end };
          const obj = group(m, ctx, 'obj').trim();
          const loser = m.groups.loser?.toLowerCase();
          const impact = loser ? `that ${loser === 'me' ? 'I' : 'we'} lost ${obj}` : `about how ${obj} went`;
          return [
            { replacement: `I'm really upset ${impact}`, label: 'Name the impact', range },
            { replacement: `I'm sad ${impact}, and I'd like to talk about what happened`, label: 'Invite a conversation', range },
          ];
        },
      },
      '(?<flag>{you}(?:{apos}?ve|\\s+have)?\\s+(?:(?:just|officially|actually|literally)\\s+)?(?:got|get|gotten)\\s+(?:us|me|him|her|them|everyone|the\\s+whole\\s+{w})\\s+(?:kicked\\s+out|lost|fired|banned|stuck|thrown\\s+out|in\\s+trouble|caught|evicted|grounded|suspended|locked\\s+out|(?:a\\s+)?detention))',
      '(?<flag>{you}\\s+made\\s+(?:the\\s+{w}|him|her|them|us|everyone|everybody|my\\s+{w})\\s+(?:cry|late|leave|wait|miss|upset|angry|mad|sad))',
    ],
    unless: ['positive', 'negated', 'sincere-question', 'reported'],
    suggest: talkAboutWhatHappened,
    examples: {
      flagged: {
        '[you ruined] my birthday': ['my birthday got ruined', "I'm really upset about what happened with my birthday. Can we talk about it?", "can we talk about what happened with my birthday? I'm upset."],
        '[u broke] my favorite mug': ['my favorite mug got broken', "I'm really upset about what happened with my favorite mug. Can we talk about it?", "can we talk about what happened with my favorite mug? I'm upset."],
        "[you've literally ruined] my birthday": ['my birthday got ruined', "I'm really upset about what happened with my birthday. Can we talk about it?", "can we talk about what happened with my birthday? I'm upset."],
        '[you have ruined] everything': ['everything got ruined', "I'm really upset about what happened. Can we talk about it?", "can we talk about what happened? I'm upset."],
        '[uve wrecked] the car': ['the car got wrecked', "I'm really upset about what happened with the car. Can we talk about it?", "can we talk about what happened with the car? I'm upset."],
        "[you've messed this up] for all of us": ["I'm really upset about what happened with this. Can we talk about it?", "can we talk about what happened with this? I'm upset."],
        '[u screwed it all up]': ["I'm really upset about what happened. Can we talk about it?", "can we talk about what happened? I'm upset."],
        "[you've got us evicted], do you get that?": ["I'm really upset about what happened. Can we talk about it?", "can we talk about what happened? I'm upset."],
        '[u got the whole class a detention] by mouthing off': ["I'm really upset about what happened. Can we talk about it?", "can we talk about what happened? I'm upset."],
        '[you got us kicked out] of the bar': ["I'm really upset about what happened. Can we talk about it?", "can we talk about what happened? I'm upset."],
        '[You made the kids cry].': ["I'm really upset about what happened. Can we talk about it?", "Can we talk about what happened? I'm upset."],
        '[you totally ruined] my birthday': ['my birthday got ruined', "I'm really upset about what happened with my birthday. Can we talk about it?", "can we talk about what happened with my birthday? I'm upset."],
        'honestly [you cost] us the game with that own goal': ["I'm really upset about what happened with the game. Can we talk about it?", "can we talk about what happened with the game? I'm upset."],
        '[u literally cost] us the flat': ["I'm really upset about what happened with the flat. Can we talk about it?", "can we talk about what happened with the flat? I'm upset."],
        '[ur lies literally cost us] the flat': ["I'm really upset that we lost the flat", "I'm sad that we lost the flat, and I'd like to talk about what happened"],
        '[u embarrassed] me in front of everyone': ['I felt embarrassed in front of everyone', "I'm really upset about what happened. Can we talk about it?", "can we talk about what happened? I'm upset."],
        "[you've destroyed] everything we built": ["can we talk about what happened with everything we built? I'm upset.", "I'm really upset about what happened with everything we built. Can we talk about it?"],
        '[Your attitude ruined] the whole trip.': ["I'm really upset about how the whole trip went.", "I'm sad about how the whole trip went, and I'd like to talk about what happened."],
      },
      clean: ["you didn't ruin anything, I promise", 'you broke the record!! so proud of you 🎉', 'did you break the printer?', 'your ticket cost me 40 quid, pay me whenever', 'your cake ruined every other cake for me 😍'],
    },
  }),
  defineRule({
    id: 'blame/and-now',
    category: 'blame',
    severity: 'warning',
    anchors: ['now'],
    message: 'Linking what they did straight to the damage reads as a charge sheet; the impact alone says enough.',
    // "u lied and now we've lost the flat", "u sat on my glasses, now i cant see the board".
    patterns: ['(?<flag>{you}\\s+(?!(?:made|make)\\s+me\\b|(?:were|was|are|r)\\s+(?:so\\s+)?(?:right|correct)\\b){w}(?:\\s+{w}){0,5}?)(?:\\s+and\\s+now\\b|\\s*,\\s*(?:and\\s+|so\\s+)?now\\b)'],
    unless: ['positive', 'negated', 'sincere-question', 'reported'],
    when(m, ctx) {
      return /\b(?:gone|lost|ruined|broken|late|stuck|missed|dead|wet|stolen|over|mess|angry|mad|upset|ruin|can['’]?t|cannot|won['’]?t|no\s+longer)\b/i.test(ctx.masked.slice(m.matchEnd));
    },
    suggest(m, ctx) {
      return impactAlternatives(after(m, ctx));
    },
    examples: {
      flagged: {
        '[you literally left the gate open] and now the dog is gone': ['the dog is gone.', "I'm upset that the dog is gone.", "the dog is gone, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        '[you left the window open] and now the floor is wet': ['the floor is wet.', "I'm upset that the floor is wet.", "the floor is wet, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        '[u forgot the tickets] and now we missed the show': ['we missed the show.', "I'm upset that we missed the show.", "we missed the show, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        'ffs [u sat on my glasses], now i cant see the board': ['i cant see the board.', "I'm upset that i cant see the board.", "i cant see the board, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        '[u left the door open] and now the dog is gone': ['the dog is gone.', "I'm upset that the dog is gone.", "the dog is gone, and I'm really frustrated about it — can we figure out what to do differently next time?"],
      },
      clean: ['you called and now I am smiling 😊', "You were right, and now we're over budget. I'm sorry I didn't listen."],
    },
  }),
  defineRule({
    id: 'blame/because-you',
    category: 'blame',
    severity: 'warning',
    anchors: ['because', 'bc', 'b', 'cuz', 'coz', 'cos', 'cause', 'since', 'becuase', 'becasue', 'bcuz'],
    message: 'Pinning the setback on what they did sounds like a verdict; say what happened and what you need.',
    patterns: [
      {
        pattern: `(?<flag>${BECAUSE_YOU})`,
        // The outcome comes first ("we missed the train because you…"); a bare "because you…" explains, not blames.
        // Warm words around it make it fond ("I missed you so much because you were away ❤️"); a warm mood of the
        // message does not, since that is often the sarcasm after it ("… bc u snitched. hope ur happy").
        when: (m, ctx) => BAD_OUTCOME.test(ctx.masked.slice(0, m.matchStart)) && polarity(outcomeAround(m, ctx)) < 2,
        suggest: (m, ctx) => impactAlternatives(before(m, ctx)),
      },
      {
        // The cause first, the outcome after the comma: "Because you packed it in a carrier bag, the lens got
        // smashed". What happened stays; who did it goes.
        pattern: `^\\W*(?<flag>${BECAUSE_YOU}(?:\\s+{w}){0,12}?)(?=\\s*,)`,
        when: (m, ctx) => BAD_OUTCOME.test(after(m, ctx)) && polarity(outcomeAround(m, ctx)) < 2,
        suggest: (m, ctx) => impactAlternatives(after(m, ctx)),
      },
    ],
    unless: ['sincere-question', 'reported'],
    examples: {
      flagged: {
        "I stay very upset [because you always] change my shifts": ['I stay very upset.', 'I stay very upset — can we figure out what to do differently next time?'],
        '[Because you packed it in a carrier bag with no padding], the lens got smashed in transit.': ['The lens got smashed in transit.', "I'm upset that the lens got smashed in transit.", "The lens got smashed in transit, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        '[bc ur team skipped the tests], the build is broken again': ['the build is broken again.', "I'm upset that the build is broken again.", "the build is broken again, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        'the kids are in bits [because you let] it slip about Santa': ['the kids are in bits.', "I'm upset that the kids are in bits.", "the kids are in bits, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        "the car's after failing the NCT [because you didn't] get the tyres done": ["the car's after failing the NCT.", "I'm upset that the car's after failing the NCT.", "the car's after failing the NCT — next time, could you get the tyres done?"],
        'i got grounded for a month [bc u snitched] to mum': ['i got grounded for a month.', "I'm upset that i got grounded for a month.", "i got grounded for a month, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        'we missed the bus [because you just had] to finish your game': ['we missed the bus.', "I'm upset that we missed the bus.", "we missed the bus, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        'we missed the train [because you wanted] more coffee': ['we missed the train.', "I'm upset that we missed the train.", "we missed the train, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        'the fight started [bc u couldnt] stop texting': ['the fight started.', "I'm upset that the fight started.", "the fight started, and I'm really frustrated about it — can we figure out what to do differently next time?"],
        'The build failed [because your team skipped] the tests.': ['The build failed.', "I'm frustrated about how this turned out — can we figure out what to do differently next time?", "I'm upset about what happened. Can we talk it through?"],
        'we were late [becuase u wanted] coffee': ['we were late.', "I'm upset that we were late.", "we were late, and I'm really frustrated about it — can we figure out what to do differently next time?"],
      },
      clean: ["I can't come tonight because you're hosting and I'd feel bad leaving early", 'I missed you so much because you were away, love you ❤️', "I'm happy because you came", "since you asked, it's at five", 'we left early because we were tired'],
    },
  }),
  defineRule({
    id: 'blame/if-you-had',
    category: 'blame',
    severity: 'warning',
    anchors: ['if'],
    message: 'Replaying what they should have done keeps score; asking what to do next time solves it.',
    patterns: [
      `(?<flag>if\\s+{you}(?:\\s+had\\s+(?:just\\s+|only\\s+)?|\\s+hadn{apos}?t\\s+|\\s+hadnt\\s+|{apos}?d\\s+(?:(?:just|only|actually)\\s+)?(?=${PARTICIPLE})|\\s+(?:actually|just)\\s+){w}(?:\\s+{w}){0,8}?)[\\s,]+(?:we|i|{you}|none\\s+of\\s+this|this|it|they|everything|nothing)(?:\\s+(?:would(?:n{apos}?t)?|wouldnt|could(?:n{apos}?t)?|couldnt)|{apos}d)(?:{apos}?ve)?${fondAfter({ reassuring: false })}`,
      // The outcome first: "we'd be done by now if u didnt spend an hour on a font".
      `(?<flag>(?:we|i|{you}|it|this|everything)(?:\\s+would|{apos}d|\\s+could)(?:n{apos}?t|nt)?(?:{apos}?ve|\\s+have)?${fondAfter({ reassuring: true })}\\s+(?:{w}\\s+){0,6}?if\\s+(?:{you}|someone|somebody)\\s+(?:(?:actually|just|only)\\s+)?(?:didn{apos}?t|didnt|did\\s+not|hadn{apos}?t|hadnt|stopped|weren{apos}?t|werent|wasn{apos}?t|wasnt|bothered\\s+to)\\s+{w}(?:\\s+{w}){0,5})`,
    ],
    unless: ['sincere-question', 'reported'],
    suggest() {
      return [
        { replacement: "I'm frustrated about how this turned out. What could we do differently next time?", label: 'Look ahead together', range: 'sentence' },
        { replacement: "This didn't go the way I hoped, and I'm upset. Can we plan it together next time?", label: 'Name the impact', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        "[If you had sent the reminder like you promised], this would not have happened.": ['Next time, could you send the reminder like you promised?', "I'm frustrated about how this turned out. What could we do differently next time?", "This didn't go the way I hoped, and I'm upset. Can we plan it together next time?"],
        "[if u had sent the reminder like u promised] this wouldnt have happened": ['next time, could u send the reminder like u promised?', "I'm frustrated about how this turned out. What could we do differently next time?", "this didn't go the way I hoped, and I'm upset. Can we plan it together next time?"],
        '[if you had just left on time] we would be there by now': ['next time, could you leave on time?', "I'm frustrated about how this turned out. What could we do differently next time?", "this didn't go the way I hoped, and I'm upset. Can we plan it together next time?"],
        "[if you hadn't told her] none of this would be happening": ["I'm frustrated about how this turned out. What could we do differently next time?", "this didn't go the way I hoped, and I'm upset. Can we plan it together next time?"],
        "[If you'd just listened to the sat nav] we'd be there by now.": ["I'm frustrated about how this turned out. What could we do differently next time?", "This didn't go the way I hoped, and I'm upset. Can we plan it together next time?"],
        "[if you'd taken ur inhaler like I told you] we wouldn't have spent the night in A&E": ["I'm frustrated about how this turned out. What could we do differently next time?", "this didn't go the way I hoped, and I'm upset. Can we plan it together next time?"],
        '[if u had just listened] we wouldnt be here': ["I'm frustrated about how this turned out. What could we do differently next time?", "this didn't go the way I hoped, and I'm upset. Can we plan it together next time?"],
        '[if youd just left on time] we wouldve made it': ["I'm frustrated about how this turned out. What could we do differently next time?", "this didn't go the way I hoped, and I'm upset. Can we plan it together next time?"],
        "maybe [if you actually studied] you wouldn't be this stressed": ["I'm frustrated about how this turned out. What could we do differently next time?", "this didn't go the way I hoped, and I'm upset. Can we plan it together next time?"],
        "[we'd be done by now if u didnt spend an hour picking a font]": ["I'm frustrated about how this turned out. What could we do differently next time?", "this didn't go the way I hoped, and I'm upset. Can we plan it together next time?"],
        "[we would've won if someone didnt rush in solo]": ["I'm frustrated about how this turned out. What could we do differently next time?", "this didn't go the way I hoped, and I'm upset. Can we plan it together next time?"],
      },
      clean: ['if you had fun, we should go again!', "if u had a good time we'd love to have you back", "if you'd like, we could go together", "I'd have loved it if you had come too", "we'd understand if you didn't want to come, no pressure"],
    },
  }),
  defineRule({
    id: 'blame/your-mistake',
    category: 'blame',
    severity: 'warning',
    anchors: ['mistake', 'screwup', 'screw', 'mess', 'carelessness', 'negligence', 'incompetence'],
    message: 'Calling it their mistake makes the problem about them; the problem alone is easier to fix together.',
    patterns: ['(?<flag>{your}\\s+(?:(?:stupid|dumb|little|careless|huge|big)\\s+)?(?<noun>mistake|screw-?up|mess|carelessness|negligence|incompetence))\\b'],
    unless: ['negated', 'sincere-question', 'reported', 'positive'],
    suggest(m) {
      const noun = (m.groups.noun ?? 'mistake').toLowerCase();
      return [
        { replacement: `the ${noun === 'carelessness' || noun === 'negligence' || noun === 'incompetence' ? 'mistake' : noun}`, label: 'Describe the problem, not the person' },
        { replacement: 'what happened', label: 'Keep it about the events' },
      ];
    },
    examples: {
      flagged: {
        'honestly this is [your mess] to clean up': ['honestly this is the mess to clean up', 'honestly this is what happened to clean up'],
        '[Your mistake] cost us the client.': ['The mistake cost us the client.', 'What happened cost us the client.'],
        'this is [your mess] to clean up': ['this is the mess to clean up', 'this is what happened to clean up'],
        '[ur stupid mistake] cost us the client': ['the mistake cost us the client', 'what happened cost us the client'],
      },
      clean: ["it wasn't your mistake, the form was confusing"],
    },
  }),
  defineRule({
    id: 'blame/not-my-fault-you',
    category: 'blame',
    severity: 'warning',
    anchors: ['fault', 'problem'],
    message: 'Handing the fault back to them turns a mix-up into a contest over who is guilty.',
    patterns: ['(?:not|n{apos}t|nt)\\s+my\\s+(?:fault|problem)\\s+(?:that\\s+)?(?<flag>{you}\\s+(?:{w}\\s*){1,6})'],
    unless: ['sincere-question', 'reported'],
    suggest() {
      return [
        { replacement: 'I think we got our wires crossed — can we figure out how to avoid that next time?', label: 'Make it shared', range: 'sentence' },
        { replacement: "I'm frustrated about how this went. What would help next time?", label: 'Name the impact', range: 'sentence' },
      ];
    },
    examples: {
      flagged: {
        'its honestly not my fault [u never read the email]': ['I think we got our wires crossed — can we figure out how to avoid that next time?', "I'm frustrated about how this went. What would help next time?"],
        "it's not my fault [you showed up late]": ['I think we got our wires crossed — can we figure out how to avoid that next time?', "I'm frustrated about how this went. What would help next time?"],
        "not my fault [u didn't read the email]": ['next time, could u read the email?', 'I think we got our wires crossed — can we figure out how to avoid that next time?', "I'm frustrated about how this went. What would help next time?"],
        'its not my fault [u didnt read it]': ['its not my fault — next time, could u read it?', 'I think we got our wires crossed — can we figure out how to avoid that next time?', "I'm frustrated about how this went. What would help next time?"],
      },
      clean: ["it's not my fault, sorry, the bus broke down"],
    },
  }),
  defineLearnedRule({
    category: 'blame',
    aimed: true,
    unless: ['sincere-question', 'reported', 'praised'],
    message: 'Putting the outcome on them as a person invites a defence; naming the impact invites them to help.',
    alternatives: practiceLines([
      { label: 'Name the impact', formal: "I'm frustrated about how this turned out — can we figure out what to do next?", casual: "I'm really annoyed about how this went, can we sort it out?" },
      { label: 'Use an I-statement', formal: "I felt let down by how this went, and I'd like us to sort it out together.", casual: 'honestly, that let me down. can we talk about what happened?' },
    ]),
    examples: {
      flagged: {
        '[honestly all this stress is cos of ur lies]': ["I'm really annoyed about how this went, can we sort it out?", 'honestly, that let me down. can we talk about what happened?'],
        "The fundraiser is £300 short purely [because you didn't collect the float].": ['The fundraiser is £300 short.', 'The fundraiser is £300 short — next time, could you collect the float?', "I'm frustrated about how this turned out — can we figure out what to do next?"],
        "[the time was in the group chat for days, you just didn't read it]": ['the time was in the group chat for days — next time, could you read it?', "I'm really annoyed about how this went, can we sort it out?", 'honestly, that let me down. can we talk about what happened?'],
        "[we're late cos of you]": ["we're late.", "I'm really annoyed about how this went, can we sort it out?", 'honestly, that let me down. can we talk about what happened?'],
        '[thx to u we all got detention]': ['we all got detention.', "I'm really annoyed about how this went, can we sort it out?", 'honestly, that let me down. can we talk about what happened?'],
        '[Because of your lil hotfix I spent my whole Saturday rolling back]': ['I spent my whole Saturday rolling back.', "I'm frustrated about how this turned out — can we figure out what to do next?", "I felt let down by how this went, and I'd like us to sort it out together."],
        '[u lied n now we lost the flat cos of it]': ["I'm really annoyed about how this went, can we sort it out?", 'honestly, that let me down. can we talk about what happened?'],
        '[your the reason we missed the train]': ['we missed the train.', "I'm really annoyed about how this went, can we sort it out?", 'honestly, that let me down. can we talk about what happened?'],
        'we lost 4-0 [because half of u turned up hungover]': ['we lost 4-0.', "I'm really annoyed about how this went, can we sort it out?", 'honestly, that let me down. can we talk about what happened?'],
        "Root cause was the expired cert, [which you were supposed to renew last week].": ['Root cause was the expired cert.', 'Root cause was the expired cert, which I thought you were going to renew last week.', "I'm frustrated about how this turned out — can we figure out what to do next?"],
        "don't put this on me, [we're in overdraft cos u had to have the new iphone]": ["don't put this on me, we're in overdraft.", "I'm really annoyed about how this went, can we sort it out?", 'honestly, that let me down. can we talk about what happened?'],
        "[because u forgot the tickets we're stuck outside]": ["we're stuck outside.", "I'm really annoyed about how this went, can we sort it out?", 'honestly, that let me down. can we talk about what happened?'],
      },
      clean: ["you saved my whole birthday", "the train was late so we missed it"],
    },
  }),
];

import { describe, expect, it } from 'vitest';
import { analyze, CATEGORIES } from '../../../src/engine';
import { rulesOutCharge } from '../../../src/engine/context';
import { categoryProbabilities, compileModel, type ModelWeights } from '../../../src/engine/model/classifier';
import { sentenceFeatures, stem, tokenize } from '../../../src/engine/model/features';
import { MODEL } from '../../../src/engine/rules/learned';
import { trainLogistic } from '../../../scripts/lib/logistic';

const words = (text: string): string[] => tokenize(text).flatMap((t) => t.words);
const facts = { whole: true, polarity: 0, mood: 'neutral' as const, ruleCategories: new Set<never>() };

describe('features: every spelling of a phrase gives the same words', () => {
  it.each([
    ["you've ruined it", 'you have ruined it'],
    ['u have ruined it', 'you have ruined it'],
    ['youve ruined it', 'you have ruined it'],
    ["you don't listen", 'you do not listen'],
    ['u dont listen', 'you do not listen'],
    ["you’re late", 'you are late'],
    ['ur late', 'your late'],
    ['your late', 'your late'],
  ])('%s ≈ %s', (a, b) => {
    expect(words(a)).toEqual(words(b));
  });

  it('brings inflections to one stem', () => {
    expect(new Set(['ruined', 'ruining', 'ruins', 'ruin'].map(stem))).toEqual(new Set(['ruin']));
    expect(stem('stopped')).toBe(stem('stop'));
  });

  it('reads shouting from two or more capitalised words, not from acronyms or one word', () => {
    expect(sentenceFeatures('WHY ARE YOU IGNORING ME', facts)).toContain('shape:shout');
    expect(sentenceFeatures('send the PDF ASAP please', facts)).not.toContain('shape:shout');
    expect(sentenceFeatures('that was SO good', facts)).toContain('shape:caps-word');
  });

  it('tells the model which rule families fired and what the message mood is', () => {
    const features = sentenceFeatures('you never listen', { ...facts, mood: 'negative', ruleCategories: new Set(['absolutist'] as const) });
    expect(features).toEqual(expect.arrayContaining(['rule:absolutist', 'mood:negative', 'first:you', 'b:you_never']));
  });
});

describe('classifier', () => {
  const toy: ModelWeights = {
    categories: ['blame', 'contempt'],
    bias: [-1, 0],
    thresholds: [0.5, 0.5],
    weights: { 'w:fault': [3, 0], 'w:idiot': [0, 2] },
  };

  it('adds the weights of the features present to each category bias', () => {
    const [blame = 0, contempt = 0] = categoryProbabilities(compileModel(toy), ['w:fault', 'w:unknown']);
    expect(blame).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(contempt).toBeCloseTo(0.5, 10);
  });

  it('ships weights for every category with thresholds between 0 and 1', () => {
    expect(MODEL.categories).toEqual([...CATEGORIES]);
    expect(MODEL.bias).toHaveLength(CATEGORIES.length);
    for (const t of MODEL.thresholds) expect(t > 0 && t < 1).toBe(true);
    for (const w of Object.values(MODEL.weights).slice(0, 200)) expect(w).toHaveLength(CATEGORIES.length);
  });
});

describe('training', () => {
  it('learns a separable problem, and the same way every time', () => {
    // Feature 0 marks the positives, feature 1 is on everywhere.
    const rows = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? [0, 1] : [1]));
    const targets = rows.map((r) => (r.includes(0) ? 1 : 0));
    const a = trainLogistic(rows, targets, 2, { lambda: 0.001, epochs: 20 });
    const b = trainLogistic(rows, targets, 2, { lambda: 0.001, epochs: 20 });
    expect(a.weights[0]).toBeGreaterThan(2);
    expect([...a.weights]).toEqual([...b.weights]);
  });
});

describe('learned rules keep to what rules may judge', () => {
  const learned = (text: string): string[] => analyze(text).findings.filter((f) => f.rule.endsWith('/learned')).map((f) => f.rule);

  it('leave reported speech alone', () => {
    expect(learned('she said you just want everyone to feel sorry for you')).toEqual([]);
  });

  it.each([
    "it wasn't your fault, the vendor changed the API without telling anyone",
    'you did nothing wrong, I promise',
    "you're not overreacting, that was awful",
    "I know you didn't do it on purpose, please stop apologising",
    "don't blame yourself for the breakup",
  ])('leave a charge the writer rules out alone: %j', (text) => {
    expect(analyze(text).findings.filter((f) => ['blame', 'defensive', 'dismissive', 'assumed-intent', 'contempt'].includes(f.category))).toEqual([]);
  });

  it.each(["it's not your fault but you should have told me", 'you dont get to blame me for this', "I didn't do anything wrong", "you're not sorry at all"])(
    'still judge a charge taken back, turned on the writer, or not a charge at all: %j',
    (text) => {
      expect(rulesOutCharge(text)).toBe(false);
    },
  );

  it('leave a sentence that is mostly a link or quote alone', () => {
    expect(learned('read https://example.com/why-you-never-listen-to-anyone when you can')).toEqual([]);
  });

  it('need blame to be about the reader', () => {
    expect(analyze('because of the strike we lost the flat').findings.filter((f) => f.category === 'blame')).toEqual([]);
  });

  it('underline inside the sentence they judge, and offer at least one alternative that verifies', () => {
    const text = 'ok. u lied n now we lost the flat cos of it';
    const finding = analyze(text).findings.find((f) => f.rule === 'blame/learned');
    expect(finding?.start).toBeGreaterThanOrEqual(4);
    expect(finding?.suggestions.length).toBeGreaterThan(0);
  });
});

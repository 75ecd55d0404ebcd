/**
 * The learned second opinion: one logistic model per category over sentenceFeatures(), trained by
 * scripts/train-model.ts from messages written for this project (never from the non-commercial corpora).
 */
import type { Category } from '../types';
import { featureParts, type SentenceFacts } from './features';

export interface ModelWeights {
  categories: Category[];
  /** Per category, in `categories` order. */
  bias: number[];
  /** Probability at or above which a sentence counts as that category. */
  thresholds: number[];
  /** Feature → one weight per category. */
  weights: Record<string, number[]>;
}

/** A model laid out for scoring: each feature's weights in one flat array, found through one Map lookup. */
export interface CompiledModel {
  weights: ModelWeights;
  index: Map<string, number>;
  flat: Float64Array;
  bias: Float64Array;
  /** Word, pair and triple features by their words, so that scoring a sentence builds no feature strings. */
  grams: Map<string, Gram>;
  /** The other features: a few hundred, so looking them up stays within a small table. */
  others: Map<string, number>;
  /** Per feature, the stamp of the last sentence that counted it (see sentenceProbabilities). */
  seen: Uint32Array;
  stamp: number;
}

/** A word (or the words before it): its feature's offset in `flat` (-1 if the model has none), and what follows. */
interface Gram {
  at: number;
  next?: Map<string, Gram>;
}

const GRAM_PREFIXES = ['w:', 'b:', 't:'];

export function compileModel(weights: ModelWeights): CompiledModel {
  const features = Object.keys(weights.weights);
  const width = weights.categories.length;
  const flat = new Float64Array(features.length * width);
  features.forEach((f, i) => (weights.weights[f] ?? []).forEach((w, c) => (flat[i * width + c] = w)));
  const grams = new Map<string, Gram>();
  const others = new Map<string, number>();
  features.forEach((f, i) => {
    const words = f.slice(2).split('_');
    // Words never hold '_' (they are letters, digits, emoji or marks), so a gram's words split back exactly.
    if (GRAM_PREFIXES.indexOf(f.slice(0, 2)) !== words.length - 1) {
      others.set(f, i * width);
      return;
    }
    let gram: Gram = { at: -1, next: grams };
    for (const w of words) {
      const level = (gram.next ??= new Map<string, Gram>());
      gram = level.get(w) ?? { at: -1 };
      level.set(w, gram);
    }
    gram.at = i * width;
  });
  const index = new Map(features.map((f, i) => [f, i * width]));
  return { weights, index, flat, bias: Float64Array.from(weights.bias), grams, others, seen: new Uint32Array(features.length), stamp: 0 };
}

/** Probability per category (in `categories` order) for a sentence's features. */
export function categoryProbabilities(model: CompiledModel, features: readonly string[]): number[] {
  const logits = new Float64Array(model.bias);
  for (const f of features) addWeights(model, logits, model.index.get(f));
  return probabilities(logits);
}

/**
 * categoryProbabilities(model, sentenceFeatures(text, facts)), without building the word features' strings: the
 * weights are added in the same order, each feature once, so the sums are the same to the last bit.
 */
export function sentenceProbabilities(model: CompiledModel, text: string, facts: SentenceFacts): number[] {
  const { words, triples, others } = featureParts(text, facts);
  const logits = new Float64Array(model.bias);
  // A feature's weights count once however often it occurs: its slot in `seen` holds this call's stamp.
  const stamp = nextStamp(model);
  const width = logits.length;
  const add = (at: number | undefined): void => {
    if (at === undefined || at < 0 || model.seen[at / width] === stamp) return;
    model.seen[at / width] = stamp;
    addWeights(model, logits, at);
  };
  // Each word is looked up once; its pair and triple are found below it.
  const unigrams: Array<Gram | undefined> = [];
  for (const w of words) {
    const gram = model.grams.get(w);
    unigrams.push(gram);
    add(gram?.at);
  }
  const bigrams: Array<Gram | undefined> = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const gram = unigrams[i]?.next?.get(words[i + 1] as string);
    bigrams.push(gram);
    add(gram?.at);
  }
  for (const i of triples) add(bigrams[i]?.next?.get(words[i + 2] as string)?.at);
  for (const f of others) add(model.others.get(f));
  return probabilities(logits);
}

function nextStamp(model: CompiledModel): number {
  if (model.stamp === 0xffffffff) {
    model.seen.fill(0);
    model.stamp = 0;
  }
  return ++model.stamp;
}

function addWeights(model: CompiledModel, logits: Float64Array, at: number | undefined): void {
  if (at === undefined) return;
  const width = logits.length;
  for (let c = 0; c < width; c++) logits[c] = (logits[c] as number) + (model.flat[at + c] as number);
}

function probabilities(logits: Float64Array): number[] {
  const out: number[] = [];
  for (const z of logits) out.push(1 / (1 + Math.exp(-z)));
  return out;
}

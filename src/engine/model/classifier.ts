/**
 * The learned second opinion: one logistic model per category over sentenceFeatures(), trained by
 * scripts/train-model.ts from messages written for this project (never from the non-commercial corpora).
 */
import type { Category } from '../types';

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
}

export function compileModel(weights: ModelWeights): CompiledModel {
  const features = Object.keys(weights.weights);
  const width = weights.categories.length;
  const flat = new Float64Array(features.length * width);
  features.forEach((f, i) => (weights.weights[f] ?? []).forEach((w, c) => (flat[i * width + c] = w)));
  return { weights, index: new Map(features.map((f, i) => [f, i * width])), flat };
}

/** Probability per category (in `categories` order) for a sentence's features. */
export function categoryProbabilities(model: CompiledModel, features: readonly string[]): number[] {
  const width = model.weights.categories.length;
  const logits = Float64Array.from(model.weights.bias);
  for (const f of features) {
    const at = model.index.get(f);
    if (at !== undefined) for (let c = 0; c < width; c++) logits[c] = (logits[c] as number) + (model.flat[at + c] as number);
  }
  return Array.from(logits, (z) => 1 / (1 + Math.exp(-z)));
}

/**
 * Binary logistic regression over sparse binary features, trained with AdaGrad and L2 — small enough to read,
 * deterministic (fixed visiting order), and quick on a few thousand sentences.
 */
export interface LogisticOptions {
  lambda: number;
  epochs: number;
  learningRate?: number;
}

export interface LogisticModel {
  bias: number;
  weights: Float64Array;
}

export function trainLogistic(rows: number[][], targets: number[], features: number, options: LogisticOptions): LogisticModel {
  const weights = new Float64Array(features);
  const squares = new Float64Array(features).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const rate = options.learningRate ?? 0.5;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // A fixed shuffle per epoch, so training is repeatable.
    shuffle(order, epoch + 1);
    for (const i of order) {
      const row = rows[i] as number[];
      let z = bias;
      for (const f of row) z += weights[f] as number;
      const error = 1 / (1 + Math.exp(-z)) - (targets[i] as number);
      biasSquares += error * error;
      bias -= (rate * error) / Math.sqrt(biasSquares);
      for (const f of row) {
        const g = error + options.lambda * (weights[f] as number);
        squares[f] = (squares[f] as number) + g * g;
        weights[f] = (weights[f] as number) - (rate * g) / Math.sqrt(squares[f] as number);
      }
    }
  }
  return { bias, weights };
}

function shuffle(items: number[], seed: number): void {
  let state = seed * 2654435761;
  for (let i = items.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [items[i], items[j]] = [items[j] as number, items[i] as number];
  }
}

// Trains the crisis model: logistic regression by stochastic gradient descent with AdaGrad steps,
// in a fixed order from a fixed seed, so the same examples always give the same weights (a test
// retrains and compares with the shipped model). Small enough to need no library: about 7,500
// short messages train in a few seconds.
import { crisisFeatures } from './features.js';
import { type CrisisModel, logitOf } from './model.js';

export interface TrainingExample {
  text: string;
  crisis: boolean;
}

export interface TrainingOptions {
  epochs: number;
  /** A feature seen in fewer examples than this is left out (one-off words only memorise). */
  minCount: number;
  learningRate: number;
  l2: number;
  threshold: number;
  /** Weights smaller than this are dropped from the model (they change no decision measurably). */
  keepAbove: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 15,
  minCount: 2,
  learningRate: 0.5,
  l2: 1e-6,
  threshold: 0.5,
  keepAbove: 0.005,
};

/** A deterministic shuffle (linear congruential generator; no Math.random). */
function shuffled(count: number, epoch: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = 12345 + epoch;
  for (let i = count - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = Math.floor((state / 2147483648) * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

const round = (value: number) => Math.round(value * 10000) / 10000;

export function trainCrisisModel(
  examples: readonly TrainingExample[],
  options: TrainingOptions = DEFAULT_TRAINING,
): CrisisModel {
  const featuresOf = examples.map((example) => crisisFeatures(example.text));
  const seen = new Map<string, number>();
  for (const features of featuresOf) for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const kept = featuresOf.map((features) => features.filter((f) => (seen.get(f) ?? 0) >= options.minCount));

  const weights = new Map<string, number>();
  const squaredGradients = new Map<string, number>();
  let bias = 0;
  let biasSquaredGradient = 1e-8;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffled(examples.length, epoch)) {
      const features = kept[i] as string[];
      const scale = 1 / Math.sqrt(Math.max(1, features.length));
      const p = 1 / (1 + Math.exp(-logitOf(weights, bias, features)));
      const error = p - ((examples[i] as TrainingExample).crisis ? 1 : 0);
      for (const feature of features) {
        const weight = weights.get(feature) ?? 0;
        const gradient = error * scale + options.l2 * weight;
        const sum = (squaredGradients.get(feature) ?? 1e-8) + gradient * gradient;
        squaredGradients.set(feature, sum);
        weights.set(feature, weight - (options.learningRate * gradient) / Math.sqrt(sum));
      }
      biasSquaredGradient += error * error;
      bias -= (options.learningRate * error) / Math.sqrt(biasSquaredGradient);
    }
  }
  const shipped = new Map<string, number>();
  for (const [feature, weight] of weights) {
    if (Math.abs(weight) >= options.keepAbove) shipped.set(feature, round(weight));
  }
  return { threshold: options.threshold, bias: round(bias), weights: shipped };
}

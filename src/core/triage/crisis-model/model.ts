// A statistical check for crisis language, beside the word rules of triage.yaml. The rules catch
// what clinicians have written down; people in crisis mostly say it some other way ("sorted the
// will and the dog, won't be around much longer"), and blind test batches showed the rules
// missing 20-60% of such messages. This logistic model over words and word pairs was trained on
// the vignette suite (test/fixtures/vignettes), so it reads the same signs in new wordings. It
// only ever adds a crisis escalation: it never lowers or removes what a rule found.
import { crisisFeatures } from './features.js';

export interface CrisisModel {
  /** Probability at or above which a message is escalated as crisis. */
  threshold: number;
  bias: number;
  weights: ReadonlyMap<string, number>;
}

export interface CrisisReading {
  probability: number;
  /** The features that pushed hardest towards crisis, strongest first (for `--explain`). */
  strongest: string[];
}

/**
 * Reads the text format written by serialiseCrisisModel: a header line
 * `crisis-model v1 threshold=T bias=B`, then one `feature weight` line per feature.
 */
export function parseCrisisModel(serialised: string): CrisisModel {
  const lines = serialised.split('\n').filter((line) => line !== '');
  const header = /^crisis-model v1 threshold=([\d.]+) bias=(-?[\d.e-]+)$/.exec(lines[0] ?? '');
  if (!header) throw new Error('The crisis model is not in the v1 format: run `npm run train:crisis-model`.');
  const weights = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const space = line.lastIndexOf(' ');
    weights.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return { threshold: Number(header[1]), bias: Number(header[2]), weights };
}

export function serialiseCrisisModel(model: CrisisModel): string {
  const lines = [...model.weights]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([feature, weight]) => `${feature} ${weight}`);
  return `crisis-model v1 threshold=${model.threshold} bias=${model.bias}\n${lines.join('\n')}\n`;
}

/** The model's score for one message's features (each feature counts once; longer messages are scaled down). */
export function logitOf(
  weights: ReadonlyMap<string, number>,
  bias: number,
  features: readonly string[],
): number {
  const scale = 1 / Math.sqrt(Math.max(1, features.length));
  let z = bias;
  for (const feature of features) z += (weights.get(feature) ?? 0) * scale;
  return z;
}

/** The probability of crisis for a message's features (what triage asks on every message). */
export function crisisProbability(model: CrisisModel, features: readonly string[]): number {
  return 1 / (1 + Math.exp(-logitOf(model.weights, model.bias, features)));
}

/** The probability with the words behind it, for `--explain`, the benchmark and tests. */
export function readCrisis(model: CrisisModel, text: string): CrisisReading {
  const features = crisisFeatures(text);
  const probability = crisisProbability(model, features);
  const strongest = features
    .map((feature) => [feature, model.weights.get(feature) ?? 0] as const)
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([feature]) => feature.replace('_', ' '));
  return { probability, strongest };
}

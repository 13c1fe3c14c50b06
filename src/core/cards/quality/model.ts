// A logistic regression over the features of features.ts: the probability that a careful reader
// keeps a card. Weights are kept by feature name, so a model file reads as a list of reasons and
// survives a feature being added (a missing weight counts as 0).
import { encodeInputs, FEATURE_NAMES, type QualityInputs } from './features.js';

export interface QualityModel {
  /** Which model this is: the shipped weights' id, so a library knows what it learned on top of. */
  readonly id: string;
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The model's weights in FEATURE_NAMES order. */
export function weightVector(model: QualityModel): number[] {
  return FEATURE_NAMES.map((name) => model.weights[name] ?? 0);
}

export function modelFromVector(id: string, bias: number, w: readonly number[]): QualityModel {
  return { id, bias, weights: Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, w[i] ?? 0])) };
}

export function probabilityOf(model: QualityModel, inputs: QualityInputs): number {
  const x = encodeInputs(inputs);
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += (model.weights[FEATURE_NAMES[i]!] ?? 0) * x[i]!;
  return sigmoid(z);
}

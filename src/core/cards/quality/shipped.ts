// The weights trained by scripts/train-card-model.mjs on the judged dev-set cards, shipped with
// the app: the model every library starts from, with the filter threshold and the blend with the
// rules' own score that the script chose on the labelled set.
import shipped from './weights.json' with { type: 'json' };
import type { QualityModel } from './model.js';

export interface ShippedModel extends QualityModel {
  /** Cards whose probability is below this are dropped at generation. */
  readonly threshold: number;
  /** The model's share of the ranking score; the rest is the rules' score (0 = rules only). */
  readonly blend: number;
}

export const SHIPPED_MODEL: ShippedModel = {
  id: shipped.id,
  bias: shipped.bias,
  weights: shipped.weights as Readonly<Record<string, number>>,
  threshold: shipped.threshold,
  blend: shipped.blend,
};

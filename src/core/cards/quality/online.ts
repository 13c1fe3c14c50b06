// Learning from the reader: after each triage decision the library's model takes one stochastic
// gradient step on the logistic loss of that card, with an L2 pull back toward the shipped
// weights — so a few decisions nudge the ranking and many make it the reader's own, while
// features the reader never showed an opinion on stay where the labelled set put them.
import { encodeInputs, inputsFromFeatures, type QualityInputs } from './features.js';
import { modelFromVector, probabilityOf, weightVector, type QualityModel } from './model.js';

/** A library's model: the shipped one it started from (by id) and how many decisions moved it. */
export interface ReaderModel extends QualityModel {
  readonly prior: string;
  readonly decisions: number;
}

/** How far one decision moves its card's log-odds (× the error), and the share of the way back to the prior per step. */
export const ONLINE_RATE = 3;
export const ONLINE_L2 = 0.01;

/** What a triage decision says about the card: keep and edit (worth fixing) are 1, drop is 0. */
export function decisionLabel(decision: string): 0 | 1 | null {
  if (decision === 'keep' || decision === 'edit') return 1;
  if (decision === 'drop') return 0;
  return null;
}

export function startReaderModel(prior: QualityModel): ReaderModel {
  return { ...prior, weights: { ...prior.weights }, prior: prior.id, decisions: 0 };
}

/** One SGD step on one card's logistic loss, pulled toward the prior's weights. */
export function learnDecision(model: ReaderModel, prior: QualityModel, inputs: QualityInputs, label: 0 | 1): ReaderModel {
  const x = encodeInputs(inputs);
  const err = probabilityOf(model, inputs) - label;
  // Normalised by the card's squared length (bias included): the card's own log-odds move by
  // ONLINE_RATE × err, whatever number of features it has — a plain step overshot.
  const step = ONLINE_RATE / (1 + x.reduce((s, xi) => s + xi * xi, 0));
  const w = weightVector(model);
  const w0 = weightVector(prior);
  const next = w.map((wi, i) => wi - step * err * x[i]! - ONLINE_L2 * (wi - w0[i]!));
  const bias = model.bias - step * err - ONLINE_L2 * (model.bias - prior.bias);
  const fit = modelFromVector(model.id, bias, next);
  return { ...fit, prior: model.prior, decisions: model.decisions + 1 };
}

/** A journalled decision as far as learning needs it. */
export interface DecisionRecord {
  readonly decision: string;
  readonly cardId?: string;
  readonly features?: Readonly<Record<string, unknown>>;
}

/** The decisions that still stand: an `undo` takes back the latest labelled decision on its card. */
export function standingDecisions<R extends DecisionRecord>(records: readonly R[]): R[] {
  const out: (R | null)[] = [];
  for (const record of records) {
    if (record.decision !== 'undo') {
      out.push(record);
      continue;
    }
    const last = out.findLastIndex((r) => r !== null && r.cardId === record.cardId && decisionLabel(r.decision) !== null);
    if (last >= 0) out[last] = null;
  }
  return out.filter((r): r is R => r !== null);
}

/** The example a decision gives, or null when it carries no model inputs (an older card, a reader's own card). */
export function exampleOf(record: DecisionRecord): { inputs: QualityInputs; label: 0 | 1 } | null {
  const label = decisionLabel(record.decision);
  if (label === null || record.features?.['madeByReader'] === true) return null;
  const inputs = inputsFromFeatures(record.features);
  return inputs ? { inputs, label } : null;
}

/** Learns from a run of decisions in order (also: rebuilding a library's model from its journal). */
export function learnDecisions(model: ReaderModel, prior: QualityModel, records: readonly DecisionRecord[]): ReaderModel {
  let out = model;
  for (const record of records) {
    const example = exampleOf(record);
    if (example) out = learnDecision(out, prior, example.inputs, example.label);
  }
  return out;
}

// Training and scoring a logistic regression in plain numbers: Newton's method on the
// mean log loss with an L2 pull toward a prior (zero for the shipped model, the shipped weights
// for a library's own), and the ROC AUC to report it on cards it was not trained on.
import { sigmoid } from './model.js';

export interface Example {
  readonly x: readonly number[];
  /** 1 kept/accepted, 0 dropped/rejected. */
  readonly y: number;
}

export interface Fit {
  readonly bias: number;
  readonly w: number[];
}

export interface TrainOptions {
  /** L2 strength, per example (the loss is the mean log loss + l2/2 · |w − prior|²). */
  readonly l2?: number;
  /** Newton steps at most (it stops earlier once the weights settle). */
  readonly iterations?: number;
  /** Weights to shrink toward (default zeros); the bias is not shrunk. */
  readonly prior?: Fit;
}

function dot(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (w[i] ?? 0) * x[i]!;
  return z;
}

/** Mean log loss plus the L2 term (what `train` minimises). */
export function loss(fit: Fit, data: readonly Example[], l2 = 0, prior?: Fit): number {
  let sum = 0;
  for (const { x, y } of data) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(fit.bias + dot(fit.w, x))));
    sum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  let penalty = 0;
  fit.w.forEach((wi, i) => (penalty += (wi - (prior?.w[i] ?? 0)) ** 2));
  return sum / Math.max(1, data.length) + (l2 / 2) * penalty;
}

/** Solves A·v = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const d = m[col]![col]!;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / d;
      if (f !== 0) for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/**
 * Newton's method (iteratively reweighted least squares) on the regularised loss: deterministic,
 * exact to rounding in a few steps, and needs no step size — features of different scales
 * (a log word count beside a 0/1 flag) made plain gradient descent diverge.
 */
export function train(data: readonly Example[], dims: number, options: TrainOptions = {}): Fit {
  const { l2 = 0.05, iterations = 50, prior } = options;
  const n = Math.max(1, data.length);
  // Index 0 is the bias (not shrunk, but kept finite on separable data by a tiny ridge).
  let v = [prior?.bias ?? 0, ...(prior ? prior.w : new Array<number>(dims).fill(0))];
  const center = [0, ...(prior ? prior.w : new Array<number>(dims).fill(0))];
  const rows = data.map(({ x, y }) => ({ x: [1, ...Array.from({ length: dims }, (_, i) => x[i] ?? 0)], y }));
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(dims + 1).fill(0);
    const h = Array.from({ length: dims + 1 }, () => new Array<number>(dims + 1).fill(0));
    for (const { x, y } of rows) {
      const p = sigmoid(dot(v, x));
      const s = p * (1 - p);
      for (let i = 0; i <= dims; i++) {
        g[i]! += (p - y) * x[i]!;
        if (x[i] === 0) continue;
        for (let j = 0; j <= dims; j++) h[i]![j]! += s * x[i]! * x[j]!;
      }
    }
    for (let i = 0; i <= dims; i++) {
      const ridge = i === 0 ? 1e-6 : l2;
      g[i] = g[i]! / n + ridge * (v[i]! - center[i]!);
      for (let j = 0; j <= dims; j++) h[i]![j] = h[i]![j]! / n + (i === j ? ridge : 0);
    }
    const step = solve(h, g);
    v = v.map((vi, i) => vi - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { bias: v[0]!, w: v.slice(1) };
}

export function predict(fit: Fit, x: readonly number[]): number {
  return sigmoid(fit.bias + dot(fit.w, x));
}

/** ROC AUC: the chance a random positive scores above a random negative (ties count half). */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  const pairs = scores.map((s, i) => ({ s, y: labels[i]! })).sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < pairs.length; ) {
    let j = i;
    while (j < pairs.length && pairs[j]!.s === pairs[i]!.s) j++;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (pairs[k]!.y === 1) (rankSum += meanRank), positives++;
    i = j;
  }
  const negatives = pairs.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

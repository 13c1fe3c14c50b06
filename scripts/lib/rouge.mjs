// ROUGE-1/2/L as scripts/eval-summary.mjs measures it (shared with scripts/train-key-points.mjs,
// so the learned key point scorer is fitted and judged on the very same figures).

/** A light suffix stripper (not Porter), applied alike to candidates and references. */
function stem(word) {
  if (word.length <= 4) return word;
  for (const suffix of ['ing', 'ed', 'es', 's']) if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  return word;
}

/** Lowercased Unicode word runs, stemmed; an apostrophe's "s" is dropped ("Omar's" → "omar"). */
export const tokens = (text) =>
  (text.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);

export function ngrams(list, n) {
  const counts = new Map();
  for (let i = 0; i + n <= list.length; i++) {
    const key = list.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const f1 = (overlap, candLength, refLength) => {
  const p = candLength ? overlap / candLength : 0;
  const r = refLength ? overlap / refLength : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export function rougeN(cand, ref, n) {
  const c = ngrams(cand, n);
  const r = ngrams(ref, n);
  let overlap = 0;
  for (const [gram, k] of c) overlap += Math.min(k, r.get(gram) ?? 0);
  return f1(overlap, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** ROUGE-L over the whole summary as one token sequence: F1 of the longest common subsequence. */
export function rougeL(cand, ref) {
  let prev = new Array(ref.length + 1).fill(0);
  for (let i = 1; i <= cand.length; i++) {
    const row = new Array(ref.length + 1).fill(0);
    for (let j = 1; j <= ref.length; j++) row[j] = cand[i - 1] === ref[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    prev = row;
  }
  return f1(prev[ref.length], cand.length, ref.length);
}

export function rouge(candidate, reference) {
  const cand = tokens(candidate);
  const ref = tokens(reference);
  return { r1: rougeN(cand, ref, 1), r2: rougeN(cand, ref, 2), rl: rougeL(cand, ref) };
}

/** Recall of ROUGE-1 and ROUGE-2 of a candidate's tokens against a reference's (both lists
 * from `tokens`): the share of the reference's unigrams and bigrams the candidate holds. */
export function recall(cand, ref) {
  const out = [];
  for (const n of [1, 2]) {
    const c = ngrams(cand, n);
    const r = ngrams(ref, n);
    let overlap = 0;
    for (const [gram, k] of c) overlap += Math.min(k, r.get(gram) ?? 0);
    out.push(ref.length - n + 1 > 0 ? overlap / (ref.length - n + 1) : 0);
  }
  return { r1: out[0], r2: out[1] };
}

#!/usr/bin/env node
// Trains the card quality model: an L2-regularised logistic regression on the judged cards of
// scripts/card-labels.json, scripts/card-labels-r24.json (dev-set texts) and
// scripts/card-labels-web34.json (real web pages read through the import path; keyed `web-…`, so
// leave-one-set-out holds them out as a fourth set) (built by scripts/card-labels.mjs),
// and writes its weights to src/core/cards/quality/weights.json, which the app ships and every
// library starts from.
//
//   node scripts/train-card-model.mjs [--labels FILE[,FILE…]] [--eval FILE] [--dry] [--as-judged] [--all-features] [--search]
//
// Several labels files (judgings of different generator versions) train one model; a text's
// cards from every file are left out together, so no text is scored by a model that saw it.
//
// Labels are each card's `label` (a card rejected only for its multiple-choice options counts as
// accepted: the rules now make the options fair, see scripts/card-labels.mjs); --as-judged uses
// the judges' verdicts as given.
//
// scripts/card-labels-news35.json (440 agreed cards of session 35's unseen news, keyed `news35-…`)
// is not in the default list: trained with it too (--labels …,scripts/card-labels-news35.json) the
// model's transfer AUC was 0.602 over five sets, blind judges of two unseen halves scored its top
// 10 level with the old model's, and the encyclopedia coverage of the tune half fell from 34.0% to
// 31.4% (its threshold dropped expository cards), so the shipped weights stayed (session 36).
//
// What is shipped is chosen for text the model was not trained on. Each added feature raised the
// leave-one-text-out AUC on the tuning half while the AUC on held-out text fell (0.649 → 0.615 →
// 0.595): cards of one set or one judging round share habits a text-wise split does not hide. So
// the model is chosen by two transfer-style validations (grouped leave-one-text-out is printed
// beside them, as the optimistic one):
//   leave-one-set-out  trained on two of articles/news/expository, scored on the third;
//   across rounds      each text's cards of one labels file scored by a model trained on the other
//                      file's cards of the other texts (a new judging and generator, new text).
// Their mean AUC ("transfer") picks among a few declared feature sets and L2 strengths: the
// simplest within one bootstrap standard error (over texts) of the best is shipped. The blend
// with the rules' score and the filter threshold are chosen on the transfer predictions too.
// With --eval, the final model's AUC on another labels file. --dry prints without writing the
// weights; --all-features trains the full model (the old behaviour) for comparison; --search also
// runs the free backward elimination over every feature group that was tried and dropped, and
// scores it on each set left out of the search (a few minutes). --shown studies rules for how many
// cards to show (scripts/lib/shown-rules.mjs): each text's top-10 accepted share under the transfer
// validations, and how many of the current generator's top 10 on the tune texts carry no label.
// Needs the Node build (`npx tsc -p tsconfig.cli.json`).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    labels: { type: 'string', default: ['card-labels.json', 'card-labels-r24.json', 'card-labels-web34.json'].map((f) => join(repo, 'scripts', f)).join(',') },
    eval: { type: 'string' },
    dry: { type: 'boolean', default: false },
    'as-judged': { type: 'boolean', default: false },
    'all-features': { type: 'boolean', default: false },
    search: { type: 'boolean', default: false },
    shown: { type: 'boolean', default: false },
  },
});
const { encodeInputs, FEATURE_NAMES, train, predict, loss, auc } = await import(pathToFileURL(join(repo, 'out', 'node', 'core', 'cards', 'quality', 'index.js')).href);

/** L2 strengths tried (per example). Weaker than 0.003 overfits even text-wise; stronger than 0.03
 * lost transfer AUC at every feature set (the weights shrink toward the marginal correlations). */
const L2S = [0.003, 0.01, 0.03];
/** The previous fixed choice, for the full model printed beside the chosen one. */
const FULL_L2 = 0.003;
/** The filter keeps at least this share of the cards the judges accepted: a model this weak
 * (AUC well under 0.8) should drop only the cards it is surest about. */
const KEEP_ACCEPTED = 0.97;
/** A feature present on fewer labelled cards than this keeps weight 0: under the light L2 above,
 * two rejected cards of a new form would otherwise teach the model to hide every card of it. */
const MIN_CARDS = 10;
const BLENDS = [0, 0.25, 0.5, 0.75, 1];
const BOOTSTRAPS = 1000;

/** Features kept or dropped together (one idea each); the elimination works on these. */
const GROUPS = {
  'card kind': (n) => n.startsWith('kind='),
  'answer type': (n) => n.startsWith('answer='),
  'answer is a number': (n) => n === 'answer is a number',
  'answer words': (n) => n.startsWith('answer words'),
  'front and sentence words': (n) => /^(front|sentence) words/.test(n),
  'pronoun start': (n) => n.startsWith('pronoun'),
  'paragraph position': (n) => n === 'paragraph position',
  'sentence score': (n) => n === 'sentence score',
  'answer frequency': (n) => n.startsWith('answer frequency'),
  'quote marks': (n) => n === 'quote marks',
  'speech verb': (n) => n === 'speech verb',
  'caption-like source': (n) => n.startsWith('caption'),
  'first person': (n) => n === 'first person',
  'answer capitalised': (n) => n === 'answer capitalised',
  'apposition': (n) => n.startsWith('answer in an apposition'),
  'side name': (n) => n.startsWith('answer named in this sentence only'),
  'lead overlap': (n) => n.startsWith('sentence shares'),
  // On too few labelled cards to weigh (MIN_CARDS): always 0, listed so every feature has a group.
  'rare': (n) => ['answer in title', 'reference/correction line', 'blank at start', 'fragment'].includes(n),
};
/** Answer types that may share one weight: eight types over a few hundred cards learn each set's habits. */
const COARSE_TYPES = [['person'], ['organization', 'place', 'name'], ['date', 'number'], ['term'], ['role']];

/** Inputs added after some labelled cards' generator was retired (their text is no longer made, so
 * --refresh cannot compute them), by the feature each one feeds. */
const ADDED = { sideName: 'answer named in this sentence only', leadOverlap: "sentence shares the lead's words (log, 1 = 6+)" };

function readLabels(file, round) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(doc.cards)) throw new Error(`${file} has no "cards" list (make it with scripts/card-labels.mjs).`);
  return doc.cards.map((c) => {
    const lacks = Object.keys(ADDED).filter((k) => !(k in c.features));
    const x = encodeInputs({ ...Object.fromEntries(lacks.map((k) => [k, 0])), ...c.features });
    return { key: c.key, set: c.key.split('-')[0], round, kind: c.kind, rank: c.rank, rule: c.ruleScore ?? 0, x, lacks: lacks.map((k) => FEATURE_NAMES.indexOf(ADDED[k])), y: args['as-judged'] ? (c.judged ?? c.label) : c.label };
  });
}

const files = args.labels.split(',');
const all = files.flatMap((f, round) => readLabels(f, round));
// A card that lacks an added input gets the mean of the cards that have it: it then teaches the
// model nothing about that input, rather than that its absence (read as 0) goes with its label.
for (const i of new Set(all.flatMap((c) => c.lacks))) {
  const known = all.filter((c) => !c.lacks.includes(i));
  const mean = known.reduce((sum, c) => sum + c.x[i], 0) / Math.max(1, known.length);
  for (const c of all) if (c.lacks.includes(i)) c.x[i] = mean;
}
const dims = FEATURE_NAMES.length;
const support = FEATURE_NAMES.map((_, i) => all.filter((c) => c.x[i] !== 0).length);
const unseen = FEATURE_NAMES.filter((_, i) => support[i] < MIN_CARDS);
const cards = all.map((c) => ({ ...c, x: c.x.map((v, i) => (support[i] < MIN_CARDS ? 0 : v)) }));
const texts = [...new Set(cards.map((c) => c.key))];
const sets = [...new Set(cards.map((c) => c.set))];
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const ungrouped = FEATURE_NAMES.filter((n) => Object.values(GROUPS).filter((g) => g(n)).length !== 1);
if (ungrouped.length) throw new Error(`features in no group or in several: ${ungrouped.join(', ')}`);

// A model spec: the L2 strength and its columns, each a list of feature indices sharing one weight.
function columnsOf(groups, coarse) {
  const cols = [];
  for (const g of groups) {
    if (g === 'rare') continue;
    const members = FEATURE_NAMES.flatMap((n, i) => (GROUPS[g](n) ? [i] : []));
    if (g === 'answer type' && coarse) for (const types of COARSE_TYPES) cols.push(types.map((t) => FEATURE_NAMES.indexOf(`answer=${t}`)));
    else cols.push(...members.map((i) => [i]));
  }
  return cols.filter((col) => col.some((i) => support[i] >= MIN_CARDS));
}
function fitSpec(list, spec) {
  const f = train(list.map((c) => ({ x: spec.cols.map((col) => col.reduce((s, i) => s + c.x[i], 0)), y: c.y })), spec.cols.length, { l2: spec.l2 });
  const w = new Array(dims).fill(0);
  spec.cols.forEach((col, j) => col.forEach((i) => (w[i] = f.w[j])));
  return { bias: f.bias, w };
}

// The validation schemes, as folds of (train, test) cards.
const SCHEMES = {
  'leave-one-text-out': texts.map((k) => ({ train: cards.filter((c) => c.key !== k), test: cards.filter((c) => c.key === k) })),
  'leave-one-set-out': sets.map((s) => ({ train: cards.filter((c) => c.set !== s), test: cards.filter((c) => c.set === s) })),
  'across rounds': texts.flatMap((k) => files.map((_, r) => ({ train: cards.filter((c) => c.round !== r && c.key !== k), test: cards.filter((c) => c.round === r && c.key === k) }))).filter((f) => f.test.length && f.train.length),
};
const TRANSFER = ['leave-one-set-out', 'across rounds'];
/** Out-of-fold probabilities of a spec under each scheme (Map card → p). */
function outOfFold(spec, schemes = Object.keys(SCHEMES)) {
  return Object.fromEntries(schemes.map((name) => {
    const p = new Map();
    for (const { train: tr, test } of SCHEMES[name]) { const f = fitSpec(tr, spec); for (const c of test) p.set(c, predict(f, c.x)); }
    return [name, p];
  }));
}
const aucOn = (list, score) => auc(list.map(score), list.map((c) => c.y));
/** Ranking happens within a text: the share of each text's (accepted, rejected) pairs that
 * `score` orders right, pooled over texts (a tie counts half). Unlike AUC over all cards, a model
 * whose probabilities shift from text to text is not charged for it. */
function pairsRight(list, score) {
  const byKey = new Map();
  for (const c of list) (byKey.get(c.key) ?? byKey.set(c.key, []).get(c.key)).push([score(c), c.y]);
  let right = 0;
  let pairs = 0;
  for (const group of byKey.values()) {
    for (const [a, ya] of group) {
      if (ya !== 1) continue;
      for (const [r, yr] of group) if (yr === 0) (pairs++, (right += a > r ? 1 : a === r ? 0.5 : 0));
    }
  }
  return right / Math.max(1, pairs);
}
const transferOf = (oof, list = cards) => TRANSFER.reduce((s, name) => s + aucOn(list, (c) => oof[name].get(c)), 0) / TRANSFER.length;

// The candidates: the full model and two declared simplifications, each at every L2 strength.
// Card kind is dropped because its weights learn which kinds each set happens to be judged on
// (quote cards: +0.84, mostly from articles) and cost most under leave-one-set-out; the answer
// types are merged for the same reason. A free backward elimination over all groups scored far
// higher here, but lost when the whole search was itself left out by set (--search shows both).
const allGroups = Object.keys(GROUPS).filter((g) => g !== 'rare');
const DECLARED = [
  { name: 'full', coarse: false, groups: allGroups },
  { name: 'coarse answer types', coarse: true, groups: allGroups },
  { name: 'coarse answer types, no card kind', coarse: true, groups: allGroups.filter((g) => g !== 'card kind') },
];
const specOf = (d, l2) => ({ ...d, l2, cols: columnsOf(d.groups, d.coarse) });
const full = specOf(DECLARED[0], FULL_L2);
const candidates = (args['all-features'] ? [full] : DECLARED.flatMap((d) => L2S.map((l2) => specOf(d, l2)))).map((spec) => ({ spec, oof: outOfFold(spec) }));

// Bootstrap over texts (a text's cards are drawn together): a 95% interval for each AUC, and the
// standard error of a difference between two candidates for the choice.
let seed = 12345;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const byText = new Map(texts.map((k) => [k, cards.filter((c) => c.key === k)]));
const samples = Array.from({ length: BOOTSTRAPS }, () => texts.flatMap(() => byText.get(texts[Math.floor(random() * texts.length)])));
for (const c of candidates) c.transfer = transferOf(c.oof);
const best = candidates.reduce((a, b) => (b.transfer > a.transfer ? b : a));
const sd = (xs) => { const m = xs.reduce((a, b) => a + b, 0) / xs.length; return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1)); };
for (const c of candidates) c.se = c === best ? 0 : sd(samples.map((s) => transferOf(best.oof, s) - transferOf(c.oof, s)));
// One-standard-error rule: the simplest candidate (fewest weights, then the stronger L2) whose
// transfer AUC is within one bootstrap standard error of the best one's.
const chosenCandidate = candidates.filter((c) => best.transfer - c.transfer <= c.se)
  .sort((a, b) => a.spec.cols.length - b.spec.cols.length || b.spec.l2 - a.spec.l2 || b.transfer - a.transfer)[0];
const chosen = chosenCandidate.spec;

const oofFull = candidates.find((c) => c.spec.name === full.name && c.spec.l2 === full.l2)?.oof ?? outOfFold(full);
const oofChosen = chosenCandidate.oof;

const interval = (xs) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); return `[${s[Math.floor(0.025 * s.length)].toFixed(3)}, ${s[Math.ceil(0.975 * s.length) - 1].toFixed(3)}]`; };
function report(name) {
  const score = (oof, list) => (name === 'transfer' ? transferOf(oof, list) : aucOn(list, (c) => oof[name].get(c)));
  const a = score(oofFull, cards), b = score(oofChosen, cards);
  const diffs = samples.map((s) => score(oofChosen, s) - score(oofFull, s));
  return `  ${name.padEnd(19)} full ${a.toFixed(3)} ${interval(samples.map((s) => score(oofFull, s)))} · chosen ${b.toFixed(3)} ${interval(samples.map((s) => score(oofChosen, s)))} · gain ${(b - a >= 0 ? '+' : '')}${(b - a).toFixed(3)} ${interval(diffs)}`;
}

const rulesOf = new Map(texts.map((k) => [k, Math.max(1e-9, ...byText.get(k).map((c) => c.rule))]));
const ruleShare = (c) => c.rule / rulesOf.get(c.key);
// Blend: the best mean AUC of blend·p + (1−blend)·rules over the transfer schemes (text-wise it
// would favour the model more than new text does).
const byBlend = BLENDS.map((b) => ({ b, auc: TRANSFER.reduce((s, name) => s + aucOn(cards, (c) => b * oofChosen[name].get(c) + (1 - b) * ruleShare(c)), 0) / TRANSFER.length }));
const blend = byBlend.reduce((top, x) => (x.auc > top.auc + 1e-9 ? x : top)).b;
// The threshold: the highest that still keeps KEEP_ACCEPTED of the accepted cards, text-wise out
// of fold (as before). Taking it on the transfer predictions instead (0.15–0.18 here, not 0.27)
// would keep 97% of accepted cards there too, but a library's model filters with the same
// threshold, and the simulated reader's next articles lost 6–7 points of kept cards with it
// (scripts/simulate-reader.mjs); at this one the chosen model keeps more accepted cards under
// every scheme than the full model did at its own (printed below).
const thresholdOf = (p) => {
  const accepted = cards.filter((c) => c.y === 1).map((c) => p.get(c)).sort((a, b) => b - a);
  return Math.floor(1000 * (accepted[Math.ceil(KEEP_ACCEPTED * accepted.length) - 1] ?? 0)) / 1000;
};
const threshold = thresholdOf(oofChosen['leave-one-text-out']);
const fullThreshold = thresholdOf(oofFull['leave-one-text-out']);
const acceptShare = (list) => list.filter((c) => c.y === 1).length / Math.max(1, list.length);
/** Each text's first 10 by a score, as an accept share over all texts' top 10s. */
function top10(list, score) {
  const picked = [];
  for (const key of new Set(list.map((c) => c.key))) picked.push(...list.filter((c) => c.key === key).sort((a, b) => score(b) - score(a)).slice(0, 10));
  return acceptShare(picked);
}

const fit = fitSpec(cards, chosen);
const weights = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, Math.round(fit.w[i] * 1e4) / 1e4]));
const bias = Math.round(fit.bias * 1e4) / 1e4;
const id = `lr-${createHash('sha256').update(JSON.stringify({ bias, weights })).digest('hex').slice(0, 10)}`;
const describe = (s) => `${s.name}, L2 ${s.l2}: ${s.cols.length} weights`;
const c_name = (s) => `${describe(s)} (${s.groups.join(', ')})`;

console.log(`labelled: ${cards.length} cards from ${texts.length} texts (${sets.map((s) => `${s} ${new Set(cards.filter((c) => c.set === s).map((c) => c.key)).size}`).join(', ')}), ${pct(acceptShare(cards))} accepted (${files.join(', ')})`);
console.log(`held at 0 (on fewer than ${MIN_CARDS} labelled cards): ${unseen.join(', ') || 'none'}`);
console.log(`\ncandidates, by transfer AUC (mean of ${TRANSFER.join(' and ')}; ± the bootstrap standard error of the gap to the best):`);
for (const c of candidates) console.log(`  ${c === chosenCandidate ? '→' : ' '} ${c.transfer.toFixed(3)} ± ${c.se.toFixed(3)}  ${describe(c.spec)}`);
console.log(`chosen (the fewest weights, then the stronger L2, within one standard error of the best): ${c_name(chosen)}`);
console.log(`full (every feature, the old model): ${describe(full)}`);
console.log(`\nAUC on cards the model was not trained on, 95% interval by bootstrap over texts (${BOOTSTRAPS}):`);
for (const name of [...Object.keys(SCHEMES), 'transfer']) console.log(report(name));
console.log(`  leave-one-set-out by set: ${sets.map((s) => `${s} ${aucOn(cards.filter((c) => c.set === s), (c) => oofFull['leave-one-set-out'].get(c)).toFixed(3)} → ${aucOn(cards.filter((c) => c.set === s), (c) => oofChosen['leave-one-set-out'].get(c)).toFixed(3)}`).join(' · ')}`);
console.log(`  rules' score alone ${aucOn(cards, ruleShare).toFixed(3)}`);
console.log(`\nblend (mean transfer AUC): ${byBlend.map((x) => `${x.b}:${x.auc.toFixed(3)}`).join(' ')} → blend ${blend}`);
console.log(`blend (within-text pairs ranked right, mean over transfer schemes): ${BLENDS.map((b) => `${b}:${(TRANSFER.reduce((t, name) => t + pairsRight(cards, (c) => b * oofChosen[name].get(c) + (1 - b) * ruleShare(c)), 0) / TRANSFER.length).toFixed(3)}`).join(' ')}`);
const rates = (p, t) => `keeps ${pct(cards.filter((c) => c.y === 1 && p.get(c) >= t).length / cards.filter((c) => c.y === 1).length)} of accepted, drops ${pct(cards.filter((c) => c.y === 0 && p.get(c) < t).length / cards.filter((c) => c.y === 0).length)} of rejected`;
console.log(`threshold ${threshold} (keeps ≥ ${pct(KEEP_ACCEPTED)} of accepted cards, leave-one-text-out); full model at its ${fullThreshold} → chosen at ${threshold}:`);
for (const name of Object.keys(SCHEMES)) console.log(`  ${name.padEnd(19)} ${rates(oofFull[name], fullThreshold)} → ${rates(oofChosen[name], threshold)}`);
for (const name of Object.keys(SCHEMES)) {
  const p = oofChosen[name];
  console.log(`top 10 per text, accepted share (${name}): rules ${pct(top10(cards, (c) => c.rule))} → filtered + blended ${pct(top10(cards.filter((c) => p.get(c) >= threshold), (c) => blend * p.get(c) + (1 - blend) * ruleShare(c)))}`);
}
console.log(`training loss (all cards): ${loss({ bias: 0, w: new Array(dims).fill(0) }, cards.map((c) => ({ x: c.x, y: c.y })), 0).toFixed(3)} → ${loss(fit, cards.map((c) => ({ x: c.x, y: c.y })), 0).toFixed(3)} (log loss, no L2 term)`);
console.log(`\nweights (per unit of each feature; bias ${bias}), largest first:`);
for (const [name, w] of Object.entries(weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))) console.log(`  ${w >= 0 ? '+' : ''}${w.toFixed(3)}  ${name}`);

if (args.search) {
  // What was tried and dropped: backward elimination over every group (and both answer-type
  // codings) by the transfer AUC, then the same search run without each set and scored on it.
  const transferIn = (list, spec) => {
    const ts = [...new Set(list.map((c) => c.key))], ss = [...new Set(list.map((c) => c.set))];
    const folds = [ss.map((s) => [list.filter((c) => c.set !== s), list.filter((c) => c.set === s)]),
      ts.flatMap((k) => files.map((_, r) => [list.filter((c) => c.round !== r && c.key !== k), list.filter((c) => c.round === r && c.key === k)]))];
    return folds.reduce((sum, fs) => {
      const p = new Map();
      for (const [tr, te] of fs) if (tr.length && te.length) { const f = fitSpec(tr, spec); for (const c of te) p.set(c, predict(f, c.x)); }
      return sum + aucOn(list.filter((c) => p.has(c)), (c) => p.get(c)) / folds.length;
    }, 0);
  };
  const search = (list) => {
    let top = null;
    for (const coarse of [false, true]) {
      let groups = allGroups;
      const at = (gs) => { const spec = { name: 'search', l2: FULL_L2, coarse, groups: gs, cols: columnsOf(gs, coarse) }; return { spec, t: transferIn(list, spec) }; };
      let cur = at(groups);
      for (;;) {
        if (!top || cur.t > top.t) top = cur;
        if (groups.length === 1) break;
        cur = groups.map((g) => at(groups.filter((x) => x !== g))).reduce((a, b) => (b.t > a.t ? b : a));
        groups = cur.spec.groups;
      }
    }
    return top;
  };
  const found = search(cards);
  console.log(`\n--search: backward elimination's best, transfer AUC ${found.t.toFixed(3)} on the cards it was chosen on: ${c_name(found.spec)}`);
  for (const s of sets) {
    const rest = cards.filter((c) => c.set !== s), held = cards.filter((c) => c.set === s);
    const f = search(rest).spec, score = (spec) => { const m = fitSpec(rest, spec); return aucOn(held, (c) => predict(m, c.x)).toFixed(3); };
    console.log(`  searched without ${s}, AUC on ${s}: search ${score(f)} · full ${score(full)} · chosen ${score(chosen)}  (${f.groups.join(', ')})`);
  }
}

if (args.shown) {
  const { shownStudy, candidateRules } = await import(pathToFileURL(join(repo, 'scripts', 'lib', 'shown-rules.mjs')).href);
  const { MAX_DROPPED_SHARE } = await import(pathToFileURL(join(repo, 'out', 'node', 'core', 'cards', 'quality', 'rank.js')).href);
  // Its own bootstrap draws (texts with all their decks), so the figures above are unchanged.
  let s2 = 777;
  const rnd = () => ((s2 = (Math.imul(s2, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const samplesOfTexts = (keys) => Array.from({ length: BOOTSTRAPS }, () => keys.map(() => keys[Math.floor(rnd() * keys.length)]));
  console.log(`\n--shown: rules for how many cards to show, on the chosen model's out-of-fold probabilities (blend ${blend}); a deck is one text's labelled cards from one round, ranked as the app ranks them; labelled cards only`);
  shownStudy({ cards, oof: oofChosen, schemes: [...TRANSFER, 'leave-one-text-out'], blend, ruleShare, threshold, maxDropped: MAX_DROPPED_SHARE, samplesOfTexts });
  // The labels cover only the cards generated when they were judged: a rule that hides cards lets
  // unjudged ones move up. Count them on today's generator for the same tune texts (shipped model).
  const { existsSync: exists } = await import('node:fs');
  const { devsetDir, rawPath } = await import(pathToFileURL(join(repo, 'scripts', 'lib', 'devset-cards.mjs')).href);
  const devset = devsetDir(repo);
  if (exists(devset)) {
    const load = (p) => import(pathToFileURL(join(repo, 'out', 'node', 'core', p)).href);
    const { parseText } = await load('parse/index.js');
    const { generateCards } = await load('cards/index.js');
    const { SHIPPED_RANKING } = await load('cards/quality/index.js');
    const labelled = new Set(files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).cards.map((c) => c.id)));
    const rules = candidateRules(threshold, MAX_DROPPED_SHARE);
    const tally = rules.map(() => ({ shown: 0, unlabelled: 0 }));
    for (const key of texts) {
      const set = key.slice(0, key.indexOf('-')), name = key.slice(key.indexOf('-') + 1);
      const article = parseText(readFileSync(rawPath(devset, set, name), 'utf8').replace(/\r\n?/g, '\n'), { format: 'text', encoding: 'utf-8' });
      // Threshold 0 with no floor effect: every rules' card, ranked, with its probability.
      const deck = generateCards(article, { quality: { ...SHIPPED_RANKING, threshold: 0 } }).cards.map((c) => ({ id: c.id, p: c.features.quality }));
      rules.forEach((rule, j) => { const top = rule.keep(deck).slice(0, 10); tally[j].shown += top.length; tally[j].unlabelled += top.filter((c) => !labelled.has(c.id)).length; });
    }
    console.log(`\ntoday's generator on the ${texts.length} labelled tune texts (shipped model): cards in the top 10 per text, of them unlabelled`);
    rules.forEach((rule, j) => console.log(`  ${rule.name.padEnd(30)} ${(tally[j].shown / texts.length).toFixed(2)} per text, unlabelled ${tally[j].unlabelled}/${tally[j].shown} (${pct(tally[j].unlabelled / Math.max(1, tally[j].shown))})`));
  }
}

if (args.eval) {
  const held = readLabels(args.eval, files.length);
  const hp = held.map((c) => predict(fit, c.x));
  const hBest = new Map([...new Set(held.map((c) => c.key))].map((k) => [k, Math.max(1e-9, ...held.filter((c) => c.key === k).map((c) => c.rule))]));
  const hKept = held.filter((_, i) => hp[i] >= threshold);
  const hRule = held.map((c) => c.rule / hBest.get(c.key));
  const hy = held.map((c) => c.y);
  // The blend is what the app ranks by; each blend weight is shown beside the chosen one.
  const blended = (b) => auc(hp.map((p, i) => b * p + (1 - b) * hRule[i]), hy).toFixed(3);
  console.log(`\n--eval ${args.eval}: ${held.length} cards, AUC model ${auc(hp, hy).toFixed(3)} · rules' score ${auc(hRule, hy).toFixed(3)} · blended (${blend}) ${blended(blend)} [${[0, 0.25, 0.5, 0.75, 1].map((b) => `${b}:${blended(b)}`).join(' ')}]`);
  const pOf = new Map(held.map((c, i) => [c, [hp[i], hRule[i]]]));
  const within = (b) => pairsRight(held, (c) => b * pOf.get(c)[0] + (1 - b) * pOf.get(c)[1]).toFixed(3);
  console.log(`  within-text pairs ranked right: model ${within(1)} · rules' score ${within(0)} · blended (${blend}) ${within(blend)} [${BLENDS.map((b) => `${b}:${within(b)}`).join(' ')}]`);
  console.log(`  threshold ${threshold} keeps ${hKept.length}/${held.length}, accepted share ${pct(acceptShare(held))} → ${pct(acceptShare(hKept))}`);
}

if (!args.dry) {
  const doc = {
    id,
    about: `Written by scripts/train-card-model.mjs from ${files.map((f) => `scripts/${basename(f)}`).join(', ')}; do not edit by hand.`,
    trainedOn: { cards: cards.length, texts: texts.length, accepted: cards.filter((c) => c.y === 1).length, l2: chosen.l2, features: chosen.name },
    looAuc: Math.round(aucOn(cards, (c) => oofChosen['leave-one-text-out'].get(c)) * 1000) / 1000,
    transferAuc: Math.round(transferOf(oofChosen) * 1000) / 1000,
    bias,
    weights,
    threshold,
    blend,
  };
  const out = join(repo, 'src', 'core', 'cards', 'quality', 'weights.json');
  writeFileSync(out, `${JSON.stringify(doc, null, 1)}\n`);
  console.log(`\nwrote ${out} (${id})`);
}

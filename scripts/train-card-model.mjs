#!/usr/bin/env node
// Trains the card quality model: an L2-regularised logistic regression on the judged cards of
// scripts/card-labels.json (built by scripts/card-labels.mjs), and writes its weights to
// src/core/cards/quality/weights.json, which the app ships and every library starts from.
//
//   node scripts/train-card-model.mjs [--labels FILE[,FILE…]] [--eval FILE] [--dry] [--as-judged]
//
// Several labels files (judgings of different generator versions) train one model; a text's
// cards from every file are left out together, so no text is scored by a model that saw it.
//
// Labels are each card's `label` (a card rejected only for its multiple-choice options counts as
// accepted: the rules now make the options fair, see scripts/card-labels.mjs); --as-judged uses
// the judges' verdicts as given.
// Reports the AUC on cards it was not trained on: leave-one-text-out over the labelled set (each
// text's cards scored by a model trained on the other texts — cards of one text are alike, so a
// random card split would flatter it), and with --eval the final model's AUC on another labels
// file (e.g. the held-out half). The filter threshold and the blend with the rules' score are
// chosen on the out-of-fold predictions. --dry prints without writing the weights.
// Needs the Node build (`npx tsc -p tsconfig.cli.json`).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    labels: { type: 'string', default: ['card-labels.json', 'card-labels-r24.json'].map((f) => join(repo, 'scripts', f)).join(',') },
    eval: { type: 'string' },
    dry: { type: 'boolean', default: false },
    'as-judged': { type: 'boolean', default: false },
  },
});
const { encodeInputs, FEATURE_NAMES, train, predict, loss, auc } = await import(pathToFileURL(join(repo, 'out', 'node', 'core', 'cards', 'quality', 'index.js')).href);

/** Chosen by leave-one-text-out AUC on the labelled set (0.1 → 0.03 → 0.01 → 0.003 → 0.001 gave
 * 0.61 → 0.65 → 0.67 → 0.68 → 0.68): 0.1, fixed up front, held the weights near zero and the model
 * under the rules' own score; 0.003 is the strongest pull at the top of that curve. */
const L2 = 0.003;
/** The filter keeps at least this share of the cards the judges accepted: a model this weak
 * (AUC well under 0.8) should drop only the cards it is surest about. */
const KEEP_ACCEPTED = 0.97;
/** A feature present on fewer labelled cards than this keeps weight 0: under the light L2 above,
 * two rejected cards of a new form would otherwise teach the model to hide every card of it. */
const MIN_CARDS = 10;
const BLENDS = [0, 0.25, 0.5, 0.75, 1];

/** Inputs added after some labelled cards' generator was retired (their text is no longer made, so
 * --refresh cannot compute them), by the feature each one feeds. */
const ADDED = { sideName: 'answer named in this sentence only', leadOverlap: "sentence shares the lead's words (log, 1 = 6+)" };

function readLabels(file) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(doc.cards)) throw new Error(`${file} has no "cards" list (make it with scripts/card-labels.mjs).`);
  return doc.cards.map((c) => {
    const lacks = Object.keys(ADDED).filter((k) => !(k in c.features));
    const x = encodeInputs({ ...Object.fromEntries(lacks.map((k) => [k, 0])), ...c.features });
    return { key: c.key, kind: c.kind, rank: c.rank, rule: c.ruleScore ?? 0, x, lacks: lacks.map((k) => FEATURE_NAMES.indexOf(ADDED[k])), y: args['as-judged'] ? (c.judged ?? c.label) : c.label };
  });
}

const all = args.labels.split(',').flatMap(readLabels);
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
const masked = (x) => x.map((v, i) => (support[i] < MIN_CARDS ? 0 : v));
const cards = all.map((c) => ({ ...c, x: masked(c.x) }));
const texts = [...new Set(cards.map((c) => c.key))];
const pct = (x) => `${(100 * x).toFixed(1)}%`;

// Leave one text out: every card gets a probability from a model that never saw its text.
const oof = new Map();
for (const key of texts) {
  const fit = train(cards.filter((c) => c.key !== key), dims, { l2: L2 });
  for (const c of cards.filter((c) => c.key === key)) oof.set(c, predict(fit, c.x));
}
const labels = cards.map((c) => c.y);
const p = cards.map((c) => oof.get(c));
const bestRule = new Map(texts.map((k) => [k, Math.max(1e-9, ...cards.filter((c) => c.key === k).map((c) => c.rule))]));
const blended = (b) => cards.map((c, i) => b * p[i] + (1 - b) * (c.rule / bestRule.get(c.key)));
const aucModel = auc(p, labels);
const aucRule = auc(cards.map((c) => c.rule / bestRule.get(c.key)), labels);
const byBlend = BLENDS.map((b) => ({ b, auc: auc(blended(b), labels) }));
const blend = byBlend.reduce((best, x) => (x.auc > best.auc + 1e-9 ? x : best)).b;

// The threshold: the highest that still keeps KEEP_ACCEPTED of the accepted cards.
const accepted = cards.filter((c) => c.y === 1).map((c) => oof.get(c)).sort((a, b) => b - a);
const threshold = Math.floor(1000 * (accepted[Math.ceil(KEEP_ACCEPTED * accepted.length) - 1] ?? 0)) / 1000;
const kept = cards.filter((c) => oof.get(c) >= threshold);
const acceptShare = (list) => list.filter((c) => c.y === 1).length / Math.max(1, list.length);

/** Each text's first 10 by a score, as an accept share over all texts' top 10s. */
function top10(list, score) {
  const chosen = [];
  for (const key of new Set(list.map((c) => c.key))) chosen.push(...list.filter((c) => c.key === key).sort((a, b) => score(b) - score(a)).slice(0, 10));
  return acceptShare(chosen);
}

const fit = train(cards, dims, { l2: L2 });
const weights = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, Math.round(fit.w[i] * 1e4) / 1e4]));
const bias = Math.round(fit.bias * 1e4) / 1e4;
const id = `lr-${createHash('sha256').update(JSON.stringify({ bias, weights })).digest('hex').slice(0, 10)}`;

console.log(`labelled: ${cards.length} cards from ${texts.length} texts, ${pct(acceptShare(cards))} accepted (${args.labels})`);
console.log(`held at 0 (on fewer than ${MIN_CARDS} labelled cards): ${unseen.join(', ') || 'none'}`);
console.log(`training loss (all cards, L2 ${L2}): ${loss({ bias: 0, w: new Array(dims).fill(0) }, cards.map((c) => ({ x: c.x, y: c.y })), L2).toFixed(3)} → ${loss(fit, cards.map((c) => ({ x: c.x, y: c.y })), L2).toFixed(3)}`);
console.log(`\nleave-one-text-out AUC: model ${aucModel.toFixed(3)} · rules' score ${aucRule.toFixed(3)} · blends ${byBlend.map((x) => `${x.b}:${x.auc.toFixed(3)}`).join(' ')} → blend ${blend}`);
console.log(`threshold ${threshold} (keeps ≥ ${pct(KEEP_ACCEPTED)} of accepted cards, out of fold): keeps ${kept.length}/${cards.length} cards, accepted share ${pct(acceptShare(cards))} → ${pct(acceptShare(kept))}`);
console.log(`top 10 per text, accepted share: rules ${pct(top10(cards, (c) => c.rule))} → filtered + blended ${pct(top10(kept, (c) => blend * oof.get(c) + (1 - blend) * (c.rule / bestRule.get(c.key))))}`);
console.log(`\nweights (per unit of each feature; bias ${bias}), largest first:`);
for (const [name, w] of Object.entries(weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))) console.log(`  ${w >= 0 ? '+' : ''}${w.toFixed(3)}  ${name}`);

if (args.eval) {
  const held = readLabels(args.eval);
  const hp = held.map((c) => predict(fit, c.x));
  const hBest = new Map([...new Set(held.map((c) => c.key))].map((k) => [k, Math.max(1e-9, ...held.filter((c) => c.key === k).map((c) => c.rule))]));
  const hKept = held.filter((_, i) => hp[i] >= threshold);
  console.log(`\n--eval ${args.eval}: ${held.length} cards, AUC model ${auc(hp, held.map((c) => c.y)).toFixed(3)} · rules' score ${auc(held.map((c) => c.rule / hBest.get(c.key)), held.map((c) => c.y)).toFixed(3)}`);
  console.log(`  threshold ${threshold} keeps ${hKept.length}/${held.length}, accepted share ${pct(acceptShare(held))} → ${pct(acceptShare(hKept))}`);
}

if (!args.dry) {
  const doc = {
    id,
    about: 'Written by scripts/train-card-model.mjs from scripts/card-labels.json; do not edit by hand.',
    trainedOn: { cards: cards.length, texts: texts.length, accepted: cards.filter((c) => c.y === 1).length, l2: L2 },
    looAuc: Math.round(aucModel * 1000) / 1000,
    bias,
    weights,
    threshold,
    blend,
  };
  const out = join(repo, 'src', 'core', 'cards', 'quality', 'weights.json');
  writeFileSync(out, `${JSON.stringify(doc, null, 1)}\n`);
  console.log(`\nwrote ${out} (${id})`);
}

#!/usr/bin/env node
// A simulated reader with a taste of their own teaches a library's card model, and we measure
// whether the next articles' cards suit them better: the share of each next article's top 10
// that this reader would keep, ranked and filtered by the shipped weights (before) and by the
// library's model after their decisions (after).
//
//   node scripts/simulate-reader.mjs [--decisions 50] [--orders 5]
//
// The reader drops every quote card and every card whose answer is a number (years included) and
// keeps the rest. Texts: the dev sets' tuning half (scripts/devset-split.json) plus the sample —
// never the held-out half. The reader triages the cards of one text after another, top first, as
// the library ranks them at that moment (each decision one online step, as in the app), until
// --decisions; every remaining text is then a "next article". Repeated over --orders rotations of
// the text order. Needs the Node build (`npx tsc -p tsconfig.cli.json`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = process.env.LECTERN_DEVSET ?? [join(repo, '..', 'shared', 'devset'), join(repo, '..', '..', 'shared', 'devset')].find(existsSync);
const { values: args } = parseArgs({ options: { decisions: { type: 'string', default: '50' }, orders: { type: 'string', default: '5' } } });
const DECISIONS = Number(args.decisions);
const ORDERS = Number(args.orders);
if (!devset) {
  console.log('simulate-reader: no dev set found (../shared/devset or LECTERN_DEVSET); nothing to do.');
  process.exit(0);
}
const load = (p) => import(pathToFileURL(join(repo, 'out', 'node', 'core', p)).href);
const { parseText, parseFile } = await load('parse/index.js');
const { generateCards } = await load('cards/index.js');
const { inputsFromFeatures, learnDecision, SHIPPED_MODEL, SHIPPED_RANKING, startReaderModel } = await load('cards/quality/index.js');

const split = JSON.parse(readFileSync(join(repo, 'scripts', 'devset-split.json'), 'utf8'));
const RAW = {
  articles: (name) => join(devset, 'articles', name, 'raw.txt'),
  news: (name) => join(devset, 'news', name, 'article.txt'),
  expository: (name) => join(devset, 'expository', `${name}.txt`),
};
const texts = [];
for (const set of ['articles', 'news', 'expository']) {
  for (const name of split[set].tune) {
    texts.push({ key: `${set}-${name}`, article: parseText(readFileSync(RAW[set](name), 'utf8').replace(/\r\n?/g, '\n'), { format: 'text', encoding: 'utf-8' }) });
  }
}
const samples = join(repo, 'resources', 'samples');
for (const file of readdirSync(samples).filter((f) => f.endsWith('.txt'))) texts.push({ key: `sample-${file}`, article: parseFile(readFileSync(join(samples, file)), file).article });

/** The reader's taste. */
function keeps(card) {
  const x = inputsFromFeatures(card.features);
  return x.kind !== 'quote' && !x.isNumber;
}

const rankingOf = (model) => ({ ...SHIPPED_RANKING, model });
const top10Kept = (article, ranking) => {
  const top = generateCards(article, { quality: ranking }).cards.slice(0, 10);
  return top.length === 0 ? null : { kept: top.filter(keeps).length, shown: top.length };
};
const pct = (x) => `${(100 * x).toFixed(1)}%`;

const rows = [];
for (let order = 0; order < ORDERS; order++) {
  // Rotations of a fixed shuffle (by key), so each run starts its teaching on other texts.
  const sorted = [...texts].sort((a, b) => hash(a.key) - hash(b.key));
  const start = Math.floor((order * sorted.length) / ORDERS);
  const sequence = [...sorted.slice(start), ...sorted.slice(0, start)];
  let model = startReaderModel(SHIPPED_MODEL);
  let used = 0;
  let taught = [];
  for (const { key, article } of sequence) {
    if (model.decisions >= DECISIONS) break;
    used++;
    taught.push(key);
    for (const card of generateCards(article, { quality: rankingOf(model) }).cards) {
      if (model.decisions >= DECISIONS) break;
      model = learnDecision(model, SHIPPED_MODEL, inputsFromFeatures(card.features), keeps(card) ? 1 : 0);
    }
  }
  const next = sequence.slice(used);
  let before = { kept: 0, shown: 0 };
  let after = { kept: 0, shown: 0 };
  const first = { before: null, after: null };
  for (const { article } of next) {
    const b = top10Kept(article, SHIPPED_RANKING);
    const a = top10Kept(article, rankingOf(model));
    if (!b || !a) continue;
    if (first.before === null) (first.before = b.kept / b.shown), (first.after = a.kept / a.shown);
    before = { kept: before.kept + b.kept, shown: before.shown + b.shown };
    after = { kept: after.kept + a.kept, shown: after.shown + a.shown };
  }
  rows.push({ order, taughtOn: taught.length, decisions: model.decisions, next: next.length, first, before: before.kept / before.shown, after: after.kept / after.shown, shownBefore: before.shown, shownAfter: after.shown });
  console.log(
    `order ${order}: ${model.decisions} decisions on ${taught.length} texts; next article: ${pct(first.before)} → ${pct(first.after)} kept of its top 10; all ${next.length} next articles: ${pct(before.kept / before.shown)} → ${pct(after.kept / after.shown)} (cards shown ${before.shown} → ${after.shown}, of them kept ${before.kept} → ${after.kept})`,
  );
}
const mean = (f) => rows.reduce((s, r) => s + f(r), 0) / rows.length;
console.log(`\nmean over ${rows.length} orders — the next article's top 10 kept by this reader: ${pct(mean((r) => r.first.before))} → ${pct(mean((r) => r.first.after))}; every next article's top 10: ${pct(mean((r) => r.before))} → ${pct(mean((r) => r.after))}`);

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

#!/usr/bin/env node
// Builds the quality model's labelled set, scripts/card-labels.json: for every judged card, its
// key, id, kind, model inputs (src/core/cards/quality/features.ts) and label — never any text
// (the dev-set texts are third-party; they are read in place and only numbers come back).
//
//   node scripts/card-labels.mjs [--packet DIR] [--judges A.json,B.json] [--reconciled R.json] [--out FILE]
//   node scripts/card-labels.mjs --refresh LABELS.json [--packet DIR,…]
//   node scripts/card-labels.mjs --files FOLDER --packet DIR,… --judges A.json,B.json,… [--prefix news35] --out FILE
//
// --files: the judged texts are documents in FOLDER (real web pages, say: see
// scripts/judge-packet-files.mjs), read through the import path (readDocument) rather than the dev
// set; their cards are keyed `web-<file name>` (or `<prefix>-<file name>`), so the trainer's
// leave-one-set-out holds them out as one set. Several packets may be given (two halves judged by different judges).
//
// --refresh recomputes the model inputs of an existing labels file (after an input is added),
// keeping its labels: each card is found by id in a fresh generation of its text, else in the
// packets' .cards.json; a card found nowhere keeps the inputs it has (an input it lacks reads as
// absent, as on a stored card made before that input). No verdicts are read.
//
// Labels: a reconciled verdict (judge "R") wins when the file exists; otherwise a card is used
// only when both blind judges agree. Each card's article is parsed again from the dev set
// (scripts/devset-split.json names the texts), as scripts/judge-packet.mjs does, and the card is
// matched by id to what the current generator makes (a mismatch is counted, the judged card is used).
// Needs the Node build (`npx tsc -p tsconfig.cli.json`).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ../shared beside the main checkout; a worktree under wt/ finds it one level further up.
const devset = process.env.LECTERN_DEVSET ?? [join(repo, '..', 'shared', 'devset'), join(repo, '..', '..', 'shared', 'devset')].find(existsSync) ?? join(repo, '..', 'shared', 'devset');
const { values: args } = parseArgs({
  options: {
    packet: { type: 'string', default: '/work/judge/tune-before' },
    judges: { type: 'string', default: '/work/judge/labels-A.json,/work/judge/labels-B.json' },
    reconciled: { type: 'string', default: '/work/judge/labels-reconciled.json' },
    out: { type: 'string', default: join(repo, 'scripts', 'card-labels.json') },
    refresh: { type: 'string' },
    files: { type: 'string' },
    prefix: { type: 'string', default: 'web' },
  },
});
if (!existsSync(devset)) {
  console.log(`card-labels: no dev set at ${devset}; nothing to do.`);
  process.exit(0);
}
if (!args.refresh && !args.packet.split(',').every(existsSync)) {
  console.error(`card-labels: no judging packet at ${args.packet} (make one with scripts/judge-packet.mjs).`);
  process.exit(1);
}
const load = (p) => import(pathToFileURL(join(repo, 'out', 'node', 'core', p)).href);
const { parseText } = await load('parse/index.js');
const { formatOf, readDocument } = await load('formats/index.js');
const { generateCards } = await load('cards/index.js');
const { qualityInputs } = await load('cards/quality/index.js');

const RAW = {
  articles: (name) => join(devset, 'articles', name, 'raw.txt'),
  news: (name) => join(devset, 'news', name, 'article.txt'),
  expository: (name) => join(devset, 'expository', `${name}.txt`),
};

/**
 * A verdict as two labels: `judged` as given, and `fact` — ACCEPT also when every reason to reject
 * was the multiple-choice options (mc-pattern, mc-wrong-type, …). The options are being made fair
 * by the rules (issue 14), so what a model should learn about a choice card is whether its fact is
 * worth a card; trained on `judged`, it learnt "choice cards are bad" from a bug being fixed.
 */
const articleOf = (key) => {
  const set = key.slice(0, key.indexOf('-'));
  const name = key.slice(key.indexOf('-') + 1);
  if (!RAW[set]) throw new Error(`${key}: unknown dev set "${set}".`);
  return parseText(readFileSync(RAW[set](name), 'utf8').replace(/\r\n?/g, '\n'), { format: 'text', encoding: 'utf-8' });
};

if (args.refresh) {
  const text = readFileSync(args.refresh, 'utf8');
  const doc = JSON.parse(text);
  const packets = args.packet.split(',').filter(existsSync);
  const kept = [];
  let fresh = 0;
  let fromPacket = 0;
  for (const key of [...new Set(doc.cards.map((c) => c.key))]) {
    const article = articleOf(key);
    const byId = new Map(generateCards(article, { quality: null }).cards.map((c) => [c.id, c]));
    const packed = new Map(packets.flatMap((dir) => (existsSync(join(dir, `${key}.cards.json`)) ? JSON.parse(readFileSync(join(dir, `${key}.cards.json`), 'utf8')).cards : [])).map((c) => [c.id, c]));
    for (const row of doc.cards.filter((c) => c.key === key)) {
      const card = byId.get(row.id) ?? packed.get(row.id);
      if (!card) {
        kept.push(row);
        continue;
      }
      if (byId.has(row.id)) fresh++;
      else fromPacket++;
      kept.push({ ...row, features: qualityInputs(card, article) });
    }
  }
  const { cards: _old, ...head } = doc;
  head.refreshed = { cards: kept.length, fresh, fromPacket, unchanged: kept.length - fresh - fromPacket };
  writeFileSync(args.refresh, `${JSON.stringify(head, null, 1).slice(0, -2)},\n "cards": [\n${kept.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n ]\n}\n`);
  console.log(`card-labels: refreshed ${fresh + fromPacket}/${kept.length} cards (${fresh} regenerated, ${fromPacket} from packets; the rest unchanged) → ${args.refresh}`);
  process.exit(0);
}

function verdictOf(v) {
  const reasons = Array.isArray(v.reasons) ? v.reasons : [];
  const optionsOnly = v.verdict === 'REJECT' && reasons.length > 0 && reasons.every((r) => String(r).startsWith('mc-'));
  return `${v.verdict === 'ACCEPT' ? 1 : 0}${v.verdict === 'ACCEPT' || optionsOnly ? 1 : 0}`;
}

function verdicts(file) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(doc.verdicts)) throw new Error(`${file} has no "verdicts" list.`);
  return new Map(doc.verdicts.filter((v) => v.verdict === 'ACCEPT' || v.verdict === 'REJECT').map((v) => [`${v.key}\u0000${v.id}`, verdictOf(v)]));
}
const judges = args.judges.split(',').map(verdicts);
const reconciled = existsSync(args.reconciled) ? verdicts(args.reconciled) : new Map();

/** A packet's text as the generator sees it: a dev-set text by its key, or with --files the
 * document of that name in the folder, through the import path. */
async function packetArticle(key) {
  if (args.files) {
    const file = readdirSync(args.files).find((f) => formatOf(f) !== null && f.slice(0, f.lastIndexOf('.')) === key);
    if (!file) throw new Error(`${key}: no document of that name in ${args.files}.`);
    return (await readDocument(new Uint8Array(readFileSync(join(args.files, file))), file)).article;
  }
  return articleOf(key);
}

const counts = { cards: 0, agreed: 0, reconciled: 0, disagreed: 0, unjudged: 0, regeneratedMatch: 0 };
const out = [];
const packetFiles = args.packet.split(',').flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.cards.json')).sort().map((f) => join(dir, f)));
for (const file of packetFiles) {
  const { key, cards } = JSON.parse(readFileSync(file, 'utf8'));
  const article = await packetArticle(key);
  const regenerated = new Set(generateCards(article, { quality: null }).cards.map((c) => c.id));
  cards.forEach((card, rank) => {
    counts.cards++;
    if (regenerated.has(card.id)) counts.regeneratedMatch++;
    const id = `${key}\u0000${card.id}`;
    let label = null;
    let from = null;
    if (reconciled.has(id)) (label = reconciled.get(id)), (from = 'R'), counts.reconciled++;
    else {
      // Every judge who saw the card must agree, and at least two saw it (each half of a real
      // set has its own two judges).
      const said = judges.map((j) => j.get(id)).filter((v) => v !== undefined);
      if (said.length < Math.min(2, judges.length)) counts.unjudged++;
      else if (said.every((v) => v === said[0])) (label = said[0]), (from = 'agreed'), counts.agreed++;
      else counts.disagreed++;
    }
    if (label === null) return;
    out.push({ key: args.files ? `${args.prefix}-${key}` : key, id: card.id, kind: card.kind, rank, features: qualityInputs(card, article), ruleScore: card.features?.score ?? 0, label: Number(label[1]), judged: Number(label[0]), from });
  });
}
const doc = {
  about: `Judged cards of ${args.files ? 'real documents read through the import path' : 'the dev set tuning half'}: model inputs and labels only, no text. \`judged\` is the verdict (1 ACCEPT, 0 REJECT); \`label\` also counts a card rejected only for its multiple-choice options as 1 (its fact was worth a card). Built by scripts/card-labels.mjs; train with scripts/train-card-model.mjs.`,
  packet: args.packet.split(',').map((dir) => dir.split('/').filter(Boolean).at(-1)).join(','),
  counts,
  cards: out,
};
// One card a line: a relabelled card shows as one changed line.
const { cards: rows, ...head } = doc;
writeFileSync(args.out, `${JSON.stringify(head, null, 1).slice(0, -2)},\n "cards": [\n${rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n ]\n}\n`);
console.log(`card-labels: ${out.length} labelled cards (${counts.agreed} agreed, ${counts.reconciled} reconciled; left out ${counts.disagreed} disagreements, ${counts.unjudged} unjudged) of ${counts.cards}; ${counts.regeneratedMatch} matched by id in a fresh generation → ${args.out}`);

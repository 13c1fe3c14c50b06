#!/usr/bin/env node
// Answer coverage of the quiz cards on encyclopedia passages: the share of the questions people
// wrote for devset/expository (SQuAD format, questions.json) whose answer is some card's answer
// (SQuAD-normalised, token F1 ≥ 0.6), with cards per 100 words. Reported for the tune half,
// the held-out half and all, per devset-split.json. Outside `npm test`: the dev set lives at
// <repo>/../shared/devset (or $LECTERN_DEVSET) and is read in place; without it, exits 0.
// Needs the Node build: `npx tsc -p tsconfig.cli.json`.
//   node scripts/eval-card-coverage.mjs [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devsetDir, loadCore, parseDevText, rawPath, readSplit, words } from './lib/devset-cards.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = devsetDir(repo);
const questionsFile = join(devset, 'expository', 'questions.json');
if (!existsSync(questionsFile)) {
  console.log(`eval-card-coverage: no dev set at ${devset} (set LECTERN_DEVSET); nothing to measure.`);
  process.exit(0);
}
const core = await loadCore(repo);
if (!core) process.exit(1);
const verbose = process.argv.includes('--verbose');
const split = readSplit(repo).expository;
const MIN_F1 = 0.6;

/** SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces. */
const normalise = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\b(?:a|an|the)\b/g, ' ').split(/\s+/).filter(Boolean);

function f1(a, b) {
  const x = normalise(a);
  const y = normalise(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map();
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1);
  let same = 0;
  for (const w of x) if ((counts.get(w) ?? 0) > 0) (same++, counts.set(w, counts.get(w) - 1));
  if (same === 0) return 0;
  const p = same / x.length;
  const r = same / y.length;
  return (2 * p * r) / (p + r);
}

const data = JSON.parse(readFileSync(questionsFile, 'utf8')).data;
const byTitle = new Map(data.map((a) => [a.title, a]));
const rows = [];
for (const [half, names] of Object.entries(split)) {
  for (const name of names) {
    const file = rawPath(devset, 'expository', name);
    const entry = byTitle.get(name);
    if (!existsSync(file) || !entry) continue;
    const { article } = parseDevText(core, readFileSync(file, 'utf8'));
    const { cards } = core.generateCards(article);
    const answers = cards.map((c) => c.back);
    let asked = 0;
    let covered = 0;
    for (const p of entry.paragraphs) {
      for (const q of p.qas) {
        asked++;
        const hit = q.answers.some((a) => answers.some((b) => f1(a.text, b) >= MIN_F1));
        if (hit) covered++;
      }
    }
    rows.push({ half, name, asked, covered, cards: cards.length, words: words(article) });
    if (verbose && half === 'tune') console.log(`${name}: ${answers.join(' | ')}`);
  }
}

function line(label, list) {
  const asked = list.reduce((n, r) => n + r.asked, 0);
  const covered = list.reduce((n, r) => n + r.covered, 0);
  const cards = list.reduce((n, r) => n + r.cards, 0);
  const w = list.reduce((n, r) => n + r.words, 0);
  const pct = asked ? ((100 * covered) / asked).toFixed(1) : '—';
  console.log(`${label.padEnd(8)} texts ${String(list.length).padStart(2)}  questions ${String(asked).padStart(4)}  covered ${String(covered).padStart(4)} (${pct}%)  cards ${String(cards).padStart(3)}  cards/100 words ${(w ? (100 * cards) / w : 0).toFixed(2)}  words/card ${(cards ? w / cards : 0).toFixed(1)}`);
}
console.log(`answer coverage (token F1 ≥ ${MIN_F1} against some card's answer), devset/expository:`);
for (const r of rows) console.log(`  ${r.half.padEnd(7)} ${r.name.padEnd(45)} ${String(r.covered).padStart(3)}/${String(r.asked).padEnd(3)} cards ${String(r.cards).padStart(2)}  words ${r.words}`);
line('tune', rows.filter((r) => r.half === 'tune'));
line('heldOut', rows.filter((r) => r.half === 'heldOut'));
line('all', rows);

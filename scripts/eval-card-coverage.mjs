#!/usr/bin/env node
// Answer coverage of the quiz cards on encyclopedia passages: the share of the questions people
// wrote for devset/expository (SQuAD format, questions.json) whose answer is some card's answer
// (SQuAD-normalised, token F1 ≥ 0.6), with cards per 100 words. Reported for the tune half,
// the held-out half and all, per devset-split.json. Outside `npm test`: the dev set lives at
// <repo>/../shared/devset (or $LECTERN_DEVSET) and is read in place; without it, exits 0.
// Needs the Node build: `npx tsc -p tsconfig.cli.json`.
//   node scripts/eval-card-coverage.mjs [--verbose] [--tune-only] [--set <folder> [--tune <n>]]
// --tune-only: the dev set's tune half only (held-out texts are not even read).
// --set: also any other SQuAD-format folder (questions.json beside `<title>.txt` files), read in
// place like the dev set; its first n titles (alphabetical, default all) are reported as 'tune',
// the rest as 'check', so a set tuned on in part keeps an untouched part.
// --texts a,b,c: only these dev-set texts are read and reported (e.g. the dev2 half of
// devset-split2.json, so a sealed half is never even read); `--texts dev2` names that half.
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
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const tuneOnly = args.includes('--tune-only');
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const extra = option('--set');
const extraTune = option('--tune');
const split = readSplit(repo).expository;
const textsArg = option('--texts');
const only = textsArg === undefined ? undefined : new Set(textsArg === 'dev2' ? JSON.parse(readFileSync(join(repo, 'scripts', 'devset-split2.json'), 'utf8')).expository.dev2 : textsArg.split(','));
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

/** Coverage of one text: its questions, how many some card answers, its cards and words. */
function measure(set, half, name, file, entry) {
  const { article } = parseDevText(core, readFileSync(file, 'utf8'));
  const { cards } = core.generateCards(article);
  const answers = cards.map((c) => c.back);
  let asked = 0;
  let covered = 0;
  for (const p of entry.paragraphs) {
    for (const q of p.qas) {
      asked++;
      if (q.answers.some((a) => answers.some((b) => f1(a.text, b) >= MIN_F1))) covered++;
    }
  }
  if (verbose && half !== 'heldOut') console.log(`${name}: ${answers.join(' | ')}`);
  return { set, half, name, asked, covered, cards: cards.length, words: words(article) };
}

const entries = (file) => new Map(JSON.parse(readFileSync(file, 'utf8')).data.map((a) => [a.title, a]));
const rows = [];
const byTitle = entries(questionsFile);
for (const [half, names] of Object.entries(split)) {
  if (tuneOnly && half !== 'tune') continue;
  for (const name of names) {
    if (only && !only.has(name)) continue;
    const file = rawPath(devset, 'expository', name);
    const entry = byTitle.get(name);
    if (existsSync(file) && entry) rows.push(measure('expository', half, name, file, entry));
  }
}
if (extra) {
  const titles = entries(join(extra, 'questions.json'));
  const names = [...titles.keys()].filter((n) => existsSync(join(extra, `${n}.txt`))).sort();
  const tuneCount = extraTune === undefined ? names.length : Number(extraTune);
  names.forEach((n, i) => rows.push(measure('set', i < tuneCount ? 'tune' : 'check', n, join(extra, `${n}.txt`), titles.get(n))));
}

function line(label, list) {
  const asked = list.reduce((n, r) => n + r.asked, 0);
  const covered = list.reduce((n, r) => n + r.covered, 0);
  const cards = list.reduce((n, r) => n + r.cards, 0);
  const w = list.reduce((n, r) => n + r.words, 0);
  const pct = asked ? ((100 * covered) / asked).toFixed(1) : '—';
  console.log(`${label.padEnd(10)} texts ${String(list.length).padStart(2)}  questions ${String(asked).padStart(4)}  covered ${String(covered).padStart(4)} (${pct}%)  cards ${String(cards).padStart(3)}  cards/100 words ${(w ? (100 * cards) / w : 0).toFixed(2)}  words/card ${(cards ? w / cards : 0).toFixed(1)}`);
}
console.log(`answer coverage (token F1 ≥ ${MIN_F1} against some card's answer):`);
for (const r of rows) console.log(`  ${r.set === 'set' ? 'set' : 'dev'} ${r.half.padEnd(7)} ${r.name.padEnd(45)} ${String(r.covered).padStart(3)}/${String(r.asked).padEnd(3)} cards ${String(r.cards).padStart(2)}  words ${r.words}`);
const dev = rows.filter((r) => r.set === 'expository');
line('tune', dev.filter((r) => r.half === 'tune'));
if (!tuneOnly) {
  line('heldOut', dev.filter((r) => r.half === 'heldOut'));
  line('all', dev);
}
if (extra) {
  const own = rows.filter((r) => r.set === 'set');
  line('set tune', own.filter((r) => r.half === 'tune'));
  line('set check', own.filter((r) => r.half === 'check'));
}

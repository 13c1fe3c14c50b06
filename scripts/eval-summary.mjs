#!/usr/bin/env node
// Measures the summary's key points against the Lead-3 baseline on news articles of the
// development set: ROUGE-1, ROUGE-2 and ROUGE-L F1 against reference summaries written by hand
// for Lectern (scripts/summary-references.json: our own abstractive summaries, not the
// articles' text). Three systems per article:
//   ours     — summarizeArticle(article).keyPoints, at the app's own length (3 to 7 points);
//   ours@3   — the same ranking asked for 3 points, length-matched to Lead-3 (longer summaries
//              gain recall, so this is the fair comparison);
//   lead-3   — the first three sentences of the article's paragraphs (same sentence splitter).
// Two conditions: the article parsed from the copied page (raw.txt, as the app would get it)
// and from the benchmark's reference body (clean.txt), which isolates cleanup errors.
// Needs the Node build: `npx tsc -p tsconfig.cli.json`. The set lives outside the repo
// (<repo>/../shared/devset, or $LECTERN_DEVSET); without it the script says so and exits 0.
// Options: --verbose prints the chosen sentences; --json prints the figures as JSON.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = process.env.LECTERN_DEVSET ?? join(repo, '..', 'shared', 'devset');
const articlesDir = join(devset, 'articles');
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

if (!existsSync(articlesDir)) {
  console.log(`eval-summary: skipped, no development set at ${devset} (set LECTERN_DEVSET to point at one).`);
  process.exit(0);
}
const out = join(repo, 'out', 'node', 'core');
const modules = ['parse', 'summary', 'nlp'].map((m) => join(out, m, 'index.js'));
if (modules.some((m) => !existsSync(m))) {
  console.error('eval-summary: build first with `npx tsc -p tsconfig.cli.json` (out/node is missing).');
  process.exit(1);
}
const [{ parseText }, { summarizeArticle }, { analyzeText }] = await Promise.all(modules.map((m) => import(pathToFileURL(m).href)));
const { articles: references } = JSON.parse(readFileSync(join(repo, 'scripts', 'summary-references.json'), 'utf8'));

// ---- ROUGE ---------------------------------------------------------------------------------

/** A light suffix stripper (not Porter), applied alike to candidates and references. */
function stem(word) {
  if (word.length <= 4) return word;
  for (const suffix of ['ing', 'ed', 'es', 's']) if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  return word;
}

/** Lowercased Unicode word runs, stemmed; an apostrophe's "s" is dropped ("Omar's" → "omar"). */
const tokens = (text) =>
  (text.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);

function ngrams(list, n) {
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

function rougeN(cand, ref, n) {
  const c = ngrams(cand, n);
  const r = ngrams(ref, n);
  let overlap = 0;
  for (const [gram, k] of c) overlap += Math.min(k, r.get(gram) ?? 0);
  return f1(overlap, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** ROUGE-L over the whole summary as one token sequence: F1 of the longest common subsequence. */
function rougeL(cand, ref) {
  let prev = new Array(ref.length + 1).fill(0);
  for (let i = 1; i <= cand.length; i++) {
    const row = new Array(ref.length + 1).fill(0);
    for (let j = 1; j <= ref.length; j++) row[j] = cand[i - 1] === ref[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    prev = row;
  }
  return f1(prev[ref.length], cand.length, ref.length);
}

function rouge(candidate, reference) {
  const cand = tokens(candidate);
  const ref = tokens(reference);
  return { r1: rougeN(cand, ref, 1), r2: rougeN(cand, ref, 2), rl: rougeL(cand, ref) };
}

// ---- Systems -------------------------------------------------------------------------------

function lead3(article) {
  const paragraphs = article.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
  return analyzeText(paragraphs).sentences.slice(0, 3).map((s) => s.text);
}

const SYSTEMS = ['ours', 'ours@3', 'lead-3'];
const CONDITIONS = ['raw', 'clean'];
const results = { raw: [], clean: [] };

const parse = (text) => parseText(text.replace(/\r\n?/g, '\n'), { format: 'text', encoding: 'utf-8' });

for (const [name, reference] of Object.entries(references)) {
  let title = null;
  for (const condition of CONDITIONS) {
    const path = join(articlesDir, name, `${condition}.txt`);
    if (!existsSync(path)) {
      console.warn(`eval-summary: ${name}/${condition}.txt is missing, skipped.`);
      continue;
    }
    // clean.txt is the body alone: without a title line the parser would take the lead
    // paragraph for the title, so the title found in the page is put on top of it.
    const text = readFileSync(path, 'utf8');
    const article = parse(condition === 'clean' && title ? `${title}\n\n${text}` : text);
    if (condition === 'raw') title = article.title;
    const picks = {
      ours: summarizeArticle(article).keyPoints.map((p) => p.text),
      'ours@3': summarizeArticle(article, { points: 3 }).keyPoints.map((p) => p.text),
      'lead-3': lead3(article),
    };
    const scores = Object.fromEntries(SYSTEMS.map((s) => [s, rouge(picks[s].join(' '), reference)]));
    results[condition].push({ name, points: picks.ours.length, scores, picks });
  }
}

const mean = (rows, system, metric) => rows.reduce((sum, row) => sum + row.scores[system][metric], 0) / (rows.length || 1);
const means = Object.fromEntries(
  CONDITIONS.map((c) => [c, Object.fromEntries(SYSTEMS.map((s) => [s, { r1: mean(results[c], s, 'r1'), r2: mean(results[c], s, 'r2'), rl: mean(results[c], s, 'rl') }]))]),
);

if (asJson) {
  console.log(JSON.stringify({ means, articles: Object.fromEntries(CONDITIONS.map((c) => [c, results[c].map(({ name, points, scores }) => ({ name, points, scores }))])) }, null, 2));
  process.exit(0);
}

const fmt = (x) => x.toFixed(3);
const triple = (s) => `${fmt(s.r1)} ${fmt(s.r2)} ${fmt(s.rl)}`;
console.log('Key points vs Lead-3: ROUGE-1 / ROUGE-2 / ROUGE-L F1 against hand-written reference summaries');
console.log('(scripts/summary-references.json). ours = app length (n points); ours@3 = 3 points, length-matched.\n');
for (const condition of CONDITIONS) {
  const rows = results[condition];
  console.log(`== ${condition}.txt (${rows.length} articles)`);
  console.log(`${'article'.padEnd(26)} n  ${'ours R1    R2    RL'.padEnd(18)} | ${'ours@3 R1  R2    RL'.padEnd(18)} | lead-3 R1  R2    RL`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(26)} ${String(row.points).padEnd(2)} ${triple(row.scores.ours)} | ${triple(row.scores['ours@3'])} | ${triple(row.scores['lead-3'])}`);
    if (verbose) for (const s of SYSTEMS) for (const text of row.picks[s]) console.log(`    [${s}] ${text}`);
  }
  console.log(`${'mean'.padEnd(29)} ${triple(means[condition].ours)} | ${triple(means[condition]['ours@3'])} | ${triple(means[condition]['lead-3'])}\n`);
}

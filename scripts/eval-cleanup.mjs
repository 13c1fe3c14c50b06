#!/usr/bin/env node
// Measures plain-text cleanup on the development set of copied web pages: for every article,
// token precision, recall and F1 of the clean text against the reference body, next to the
// same figures for the untouched page. Needs the Node build: `npx tsc -p tsconfig.cli.json`.
// The set lives outside the repo (<repo>/../shared/devset, or $LECTERN_DEVSET); without it
// the script says so and exits 0.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = process.env.LECTERN_DEVSET ?? join(repo, '..', 'shared', 'devset');
const articlesDir = join(devset, 'articles');

if (!existsSync(articlesDir)) {
  console.log(`eval-cleanup: skipped, no development set at ${devset} (set LECTERN_DEVSET to point at one).`);
  process.exit(0);
}
const modulePath = join(repo, 'out', 'node', 'core', 'parse', 'index.js');
if (!existsSync(modulePath)) {
  console.error('eval-cleanup: build first with `npx tsc -p tsconfig.cli.json` (out/node is missing).');
  process.exit(1);
}
const { parseText, cleanText } = await import(pathToFileURL(modulePath).href);
const splitPath = join(repo, 'scripts', 'devset-split.json');
const halves = existsSync(splitPath) ? JSON.parse(readFileSync(splitPath, 'utf8')).articles : null;
// --tune-only: the held-out half is neither read nor scored (for work that tunes rules).
const tuneOnly = process.argv.includes('--tune-only');
const tuneNames = new Set(halves?.tune ?? []);

/** Lowercased Unicode word runs. */
const tokens = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function bag(list) {
  const counts = new Map();
  for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Multiset overlap of tokens: precision, recall, F1. */
function score(candidate, reference) {
  const cand = tokens(candidate);
  const ref = tokens(reference);
  const refBag = bag(ref);
  let overlap = 0;
  for (const [token, n] of bag(cand)) overlap += Math.min(n, refBag.get(token) ?? 0);
  const precision = cand.length ? overlap / cand.length : 0;
  const recall = ref.length ? overlap / ref.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const rows = [];
for (const name of readdirSync(articlesDir).sort()) {
  const rawPath = join(articlesDir, name, 'raw.txt');
  const cleanPath = join(articlesDir, name, 'clean.txt');
  if (!existsSync(rawPath) || !existsSync(cleanPath)) continue;
  if (tuneOnly && !tuneNames.has(name)) continue;
  const raw = readFileSync(rawPath, 'utf8');
  const reference = readFileSync(cleanPath, 'utf8');
  const article = parseText(raw.replace(/\r\n?/g, '\n'), { format: 'text', encoding: 'utf-8' });
  rows.push({ name, raw: score(raw, reference), cleaned: score(cleanText(article), reference) });
}

const fmt = (x) => x.toFixed(3);
console.log(`${'article'.padEnd(30)}  raw P  raw R  raw F1   cln P  cln R  cln F1`);
for (const { name, raw, cleaned } of rows) {
  console.log(
    `${name.padEnd(30)}  ${fmt(raw.precision)}  ${fmt(raw.recall)}  ${fmt(raw.f1)}   ${fmt(cleaned.precision)}  ${fmt(cleaned.recall)}  ${fmt(cleaned.f1)}`,
  );
}
console.log(`\n${rows.length} articles from ${devset}`);
const meanOf = (subset, pick) => subset.reduce((sum, row) => sum + pick(row), 0) / (subset.length || 1);
const summarise = (label, subset) => {
  for (const kind of ['raw', 'cleaned']) {
    console.log(
      `${label} ${kind.padEnd(7)}  precision ${fmt(meanOf(subset, (r) => r[kind].precision))}  recall ${fmt(meanOf(subset, (r) => r[kind].recall))}  F1 ${fmt(meanOf(subset, (r) => r[kind].f1))}  (${subset.length})`,
    );
  }
};
summarise('mean', rows);
// Rules are tuned on one half only; the held-out half is the figure that counts.
if (halves) {
  for (const half of tuneOnly ? ['tune'] : ['tune', 'heldOut']) {
    const names = new Set(halves?.[half] ?? []);
    summarise(`${half.padEnd(7)}`, rows.filter((row) => names.has(row.name)));
  }
  // The held-out half's two parts (scripts/devset-split2.json): rules may be developed on dev2, so
  // only test2 is untouched.
  const split2Path = join(repo, 'scripts', 'devset-split2.json');
  if (!tuneOnly && existsSync(split2Path)) {
    const parts = JSON.parse(readFileSync(split2Path, 'utf8')).articles;
    for (const part of ['dev2', 'test2']) summarise(`${part.padEnd(7)}`, rows.filter((row) => parts[part].includes(row.name)));
  }
}

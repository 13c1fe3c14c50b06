#!/usr/bin/env node
// From a judging packet, writes a smaller one holding, per text, its text and only the top-10
// cards no label file knows yet, with the answers of its other top-10 cards as context (so a
// judge can still spot a duplicate). Judges then label just what a new build changed, including a
// choice card whose options changed when its labels are given with their packet (scripts/lib/judge-labels.mjs).
//   node scripts/judge-unknown.mjs <packet-folder> <out-folder> <labels.json>[@<judged-packet>] …
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cardLines } from './lib/judge-cards.mjs';
import { loadLabels, verdictFor } from './lib/judge-labels.mjs';

const [packet, outDir, ...labelFiles] = process.argv.slice(2);
if (!packet || !outDir) {
  console.error('usage: node scripts/judge-unknown.mjs <packet-folder> <out-folder> <labels.json>[@<judged-packet>] …');
  process.exit(2);
}
const labels = loadLabels(labelFiles);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { cardHeading } = await import(pathToFileURL(join(repo, 'out', 'node', 'shared', 'card-heading.js')).href);
mkdirSync(outDir, { recursive: true });
let total = 0;
for (const f of readdirSync(packet).filter((x) => x.endsWith('.cards.json')).sort()) {
  // A packet from before the headings were written down shows none.
  const { key, title, cards, headings = false } = JSON.parse(readFileSync(join(packet, f), 'utf8'));
  const top = cards.slice(0, 10).map((c, i) => ({ c, rank: i + 1, known: verdictFor(labels, key, c) !== undefined }));
  const todo = top.filter((t) => !t.known);
  if (todo.length === 0) continue;
  const head = readFileSync(join(packet, `${key}.md`), 'utf8').split('\n## Cards')[0];
  const md = [
    head,
    '',
    `## The top 10 already judged (context only, do NOT judge these): ${top.filter((t) => t.known).map((t) => `rank ${t.rank}: ${t.c.back}`).join('; ')}`,
    '',
    `## Cards to judge (${todo.length} of this text's top 10; rank = Lectern's rank)`,
    '',
    ...todo.flatMap(({ c, rank }) => cardLines(`rank ${rank}`, c, headings ? cardHeading(title, c) : null)),
  ].join('\n');
  writeFileSync(join(outDir, `${key}.md`), md);
  total += todo.length;
}
console.log(`${total} cards to judge in ${outDir}`);

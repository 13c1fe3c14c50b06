#!/usr/bin/env node
// A blind comparison packet of two builds: for each text, the union of the two packets' first 10
// cards (a card both builds made is listed once), in id order, so a judge cannot tell which build
// made which card. Judge it with scripts/judgements/BRIEF.md (telling the judge the list mixes
// versions, so no card is a duplicate of another), then score each build's top 10 from the one
// set of labels with scripts/judge-estimate.mjs on each packet.
//   node scripts/judge-union.mjs <packet-a> <packet-b> <out-folder>
// Packets come from scripts/judge-packet.mjs or scripts/judge-packet-files.mjs (`.cards.json` with
// key, title and cards; the `.md` beside it is rebuilt here from the text of packet a).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cardLines } from './lib/judge-cards.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [a, b, out] = process.argv.slice(2);
if (!a || !b || !out) {
  console.error('usage: node scripts/judge-union.mjs <packet-a> <packet-b> <out-folder>');
  process.exit(2);
}
const { cardHeading } = await import(pathToFileURL(join(repo, 'out', 'node', 'shared', 'card-heading.js')).href);

/** The text as packet a shows it: its .md up to the cards heading. */
function textOf(packet, key) {
  const md = join(packet, `${key}.md`);
  return existsSync(md) ? readFileSync(md, 'utf8').split(/\n## Cards \(/)[0].split('\n').slice(1).join('\n').trim() : '';
}

mkdirSync(out, { recursive: true });
let total = 0;
let shared = 0;
for (const file of readdirSync(a).filter((f) => f.endsWith('.cards.json')).sort()) {
  const first = JSON.parse(readFileSync(join(a, file), 'utf8'));
  const second = existsSync(join(b, file)) ? JSON.parse(readFileSync(join(b, file), 'utf8')) : { cards: [] };
  // A choice card keeps its id when only its options change: both versions are judged.
  const sig = (c) => `${c.id}|${(c.choices ?? []).join('\u0001')}`;
  const union = new Map();
  for (const c of [...first.cards.slice(0, 10), ...second.cards.slice(0, 10)]) {
    if (union.has(sig(c))) shared++;
    else union.set(sig(c), c);
  }
  const cards = [...union.values()].sort((x, y) => x.id.localeCompare(y.id));
  total += cards.length;
  const md = [`# ${first.key}: ${first.title}`, '', textOf(a, first.key), '', `## Cards (${cards.length}, in no particular order)`, '', ...cards.flatMap((c, i) => cardLines(`${i + 1}`, c, cardHeading(first.title, c)))].join('\n');
  writeFileSync(join(out, file.replace(/\.cards\.json$/, '.md')), md);
  writeFileSync(join(out, file), JSON.stringify({ key: first.key, title: first.title, cards }, null, 1));
}
console.log(`${total} cards in the union, ${shared} made by both builds`);

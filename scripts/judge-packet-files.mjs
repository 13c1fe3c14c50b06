#!/usr/bin/env node
// A judging packet from any folder of documents (web pages, EPUB, PDF, DOCX, text), read through
// the import path the app uses (readDocument), for judging cards on text nobody tuned on — real
// pages saved from the web, say, which the dev set (plain text only) does not hold. As
// scripts/judge-packet.mjs: per document `<name>.md` (the clean text, then the cards in rank order
// under the title they are studied with) and `<name>.cards.json`. The folder and the packet stay
// OUTSIDE the repo (third-party text); only labels come back.
//   node scripts/judge-packet-files.mjs <folder> <out-folder> [--names <file of names, one a line>] [--top N]
// --names: only these documents (file names without extension), e.g. one half of a split made
// before any rule is written from the set. --top: only each document's first N cards (default all).
// To compare two builds blind, write a packet with each and judge the union of their cards
// (scripts/judge-union.mjs). Needs the Node build (`npx tsc -p tsconfig.cli.json`).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { packetMarkdown } from './lib/judge-cards.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { names: { type: 'string' }, top: { type: 'string' } } });
const [folder, outDir] = positionals;
if (!folder || !outDir) {
  console.error('usage: node scripts/judge-packet-files.mjs <folder> <out-folder> [--names <file>] [--top N]');
  process.exit(2);
}
const load = (p) => import(pathToFileURL(join(repo, 'out', 'node', p)).href);
const { formatOf, readDocument } = await load('core/formats/index.js');
const { generateCards } = await load('core/cards/index.js');
const { cardHeading } = await load('shared/card-heading.js');

const top = values.top === undefined ? Infinity : Number(values.top);
const files = readdirSync(folder).filter((f) => formatOf(f) !== null);
const stem = (f) => f.slice(0, f.length - extname(f).length);
const wanted = values.names ? new Set(readFileSync(values.names, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)) : null;
mkdirSync(outDir, { recursive: true });
for (const file of files.sort()) {
  const name = stem(file);
  if (wanted && !wanted.has(name)) continue;
  let article;
  try {
    ({ article } = await readDocument(new Uint8Array(readFileSync(join(folder, file))), file));
  } catch (error) {
    console.log(`${name}\tnot read: ${error.message}`);
    continue;
  }
  const cards = generateCards(article).cards.slice(0, top);
  const body = article.blocks.map((b) => b.text).join('\n\n');
  const md = packetMarkdown(name, article.title, body, cards, (c) => cardHeading(article.title, c));
  writeFileSync(join(outDir, `${name}.md`), md);
  writeFileSync(join(outDir, `${name}.cards.json`), JSON.stringify({ key: name, title: article.title, body, cards }, null, 1));
  console.log(`${name}\t${body.split(/\s+/).filter(Boolean).length} words\t${cards.length} cards`);
}

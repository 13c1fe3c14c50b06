#!/usr/bin/env node
// Writes a judging packet: for each dev-set text of one half, the clean text Lectern reads and
// the cards it generates, in rank order, so judges who did not write the rules can mark each card
// with ../shared/CARDS-RUBRIC.md. The packet goes to a folder OUTSIDE the repo (the texts are
// third-party); only features and labels ever come back into the repo.
//   node scripts/judge-packet.mjs <tune|heldOut|dev2|test2> <out-folder> [articles,news,expository] [--no-headings]
// --no-headings shows the cards without the article title they are studied under (as before
// session 33), for judging the title's effect.
// dev2 and test2 are the two parts of heldOut in scripts/devset-split2.json: rules may be developed
// on dev2; test2 is only measured.
// Judge in two passes, then: scripts/judge-unknown.mjs (a later build's new cards), scripts/judge-estimate.mjs.
// Needs the Node build (`npx tsc -p tsconfig.cli.json`).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rawPath } from './lib/devset-cards.mjs';
import { packetMarkdown } from './lib/judge-cards.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = process.env.LECTERN_DEVSET ?? join(repo, '..', 'shared', 'devset');
const args = process.argv.slice(2);
const headings = !args.includes('--no-headings');
const [half, outDir, setsArg] = args.filter((a) => a !== '--no-headings');
if (!['tune', 'heldOut', 'dev2', 'test2'].includes(half) || !outDir) {
  console.error('usage: node scripts/judge-packet.mjs <tune|heldOut|dev2|test2> <out-folder> [articles,news,expository]');
  process.exit(2);
}
if (!existsSync(devset)) {
  console.log(`judge-packet: no dev set at ${devset}; nothing to do.`);
  process.exit(0);
}
const split = JSON.parse(readFileSync(join(repo, 'scripts', half === 'dev2' || half === 'test2' ? 'devset-split2.json' : 'devset-split.json'), 'utf8'));
const load = (p) => import(pathToFileURL(join(repo, 'out', 'node', 'core', p)).href);
const { parseText } = await load('parse/index.js');
const { generateCards } = await load('cards/index.js');
const { cardHeading } = await import(pathToFileURL(join(repo, 'out', 'node', 'shared', 'card-heading.js')).href);

mkdirSync(outDir, { recursive: true });
const sets = (setsArg ?? 'articles,news,expository').split(',');
const index = [];
for (const set of sets) {
  for (const name of split[set][half]) {
    const text = readFileSync(rawPath(devset, set, name), 'utf8').replace(/\r\n?/g, '\n');
    const article = parseText(text, { format: 'text', encoding: 'utf-8' });
    const { cards } = generateCards(article);
    const key = `${set}-${name}`;
    const body = article.blocks.map((b) => b.text).join('\n\n');
    const md = packetMarkdown(key, article.title, body, cards, (c) => (headings ? cardHeading(article.title, c) : null));
    writeFileSync(join(outDir, `${key}.md`), md);
    writeFileSync(join(outDir, `${key}.cards.json`), JSON.stringify({ key, title: article.title, headings, cards }, null, 1));
    index.push({ key, words: body.split(/\s+/).filter(Boolean).length, cards: cards.length });
  }
}
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 1));
console.log(index.map((x) => `${x.key}\t${x.words} words\t${x.cards} cards`).join('\n'));

#!/usr/bin/env node
// Measures titles and bodies on every dev set, through the same reader `lectern import` uses
// (readDocument): the share of articles whose title is one short line (≤ 150 characters),
// comes from the document where the document has a title, and is not a sentence of the body;
// and how many articles come out with an empty body. Figures on all texts, on the tuning half
// and on the held-out half (scripts/devset-split.json).
//
// What "comes from the document" means per set, since no set ships a reference title:
// - expository/*.txt: the file's first line is the article's title; the title must be it.
// - articles/*/raw.txt: a copied web page; the headline is a line of the page whose words
//   cover at least a third of the page URL's slug words (where the slug has three or more).
// - news/*/article.txt: one long line without a title; nothing to come from, so only length,
//   one line and a non-empty body are judged (the first sentence, clipped, is the fallback).
// "Not a body sentence": the title's words do not run inside the reference body as a whole
// sentence (articles: clean.txt; expository: the paragraphs after the first line).
//
// Needs the Node build (`npx tsc -p tsconfig.cli.json`); `--build DIR` reads another build's
// out/node instead (e.g. one of the base commit, for a before/after). The sets live outside the
// repo (<repo>/../shared/devset or $LECTERN_DEVSET); without them the script says so, exits 0.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = process.env.LECTERN_DEVSET ?? join(repo, '..', 'shared', 'devset');
const buildArg = process.argv.indexOf('--build');
const build = buildArg > 0 ? resolve(process.argv[buildArg + 1] ?? '') : join(repo, 'out', 'node');
const verbose = process.argv.includes('--verbose');

if (!existsSync(devset)) {
  console.log(`eval-titles: skipped, no development set at ${devset} (set LECTERN_DEVSET to point at one).`);
  process.exit(0);
}
const formatsPath = join(build, 'core', 'formats', 'index.js');
if (!existsSync(formatsPath)) {
  console.error(`eval-titles: build first with \`npx tsc -p tsconfig.cli.json\` (${formatsPath} is missing).`);
  process.exit(1);
}
const { readDocument } = await import(pathToFileURL(formatsPath).href);
const split = JSON.parse(readFileSync(join(repo, 'scripts', 'devset-split.json'), 'utf8'));
const split2 = JSON.parse(readFileSync(join(repo, 'scripts', 'devset-split2.json'), 'utf8'));
// Each web page's real headline, as hashes of its words (scripts/title-references.json).
const headlines = JSON.parse(readFileSync(join(repo, 'scripts', 'title-references.json'), 'utf8')).articles;
const wordsHash = (text) => createHash('sha256').update(words(text).join(' ')).digest('hex');

const MAX_TITLE = 150;
const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const comparable = (text) => ` ${words(text).join(' ')} `;

function slugWords(url) {
  const path = new URL(url).pathname.replace(/\.html?$/, '');
  const slug = path.split('/').filter(Boolean).sort((a, b) => b.split('-').length - a.split('-').length)[0] ?? '';
  return slug.split(/[-_]/).filter((w) => /^[a-z]{3,}$/i.test(w)).map((w) => w.toLowerCase());
}

/** One text of a set: its bytes, what the title must match, and the body it must not repeat. */
function* texts() {
  const articles = join(devset, 'articles');
  for (const name of existsSync(articles) ? readdirSync(articles).sort() : []) {
    const raw = join(articles, name, 'raw.txt');
    if (!existsSync(raw)) continue;
    const meta = JSON.parse(readFileSync(join(articles, name, 'meta.json'), 'utf8'));
    const slug = slugWords(meta.url);
    const page = readFileSync(raw, 'utf8');
    const lines = new Set(page.split('\n').map((l) => comparable(l)).filter((l) => l.trim() !== ''));
    yield {
      set: 'articles', name, path: raw,
      body: readFileSync(join(articles, name, 'clean.txt'), 'utf8'),
      // From the page: a whole line of it (or a line's start, when furniture was cut off its end)
      // that covers half of the slug's words when the slug has words to compare.
      fromDocument: (title) => {
        const t = comparable(title);
        if (t.trim() === '' || ![...lines].some((l) => l.startsWith(t))) return false;
        if (slug.length < 3) return true;
        const have = new Set(words(title));
        return slug.filter((w) => have.has(w)).length / slug.length >= 1 / 3;
      },
    };
  }
  const news = join(devset, 'news');
  for (const name of existsSync(news) ? readdirSync(news).sort() : []) {
    const path = join(news, name, 'article.txt');
    if (existsSync(path)) yield { set: 'news', name, path, body: null, fromDocument: null };
  }
  const expository = join(devset, 'expository');
  for (const file of existsSync(expository) ? readdirSync(expository).filter((f) => f.endsWith('.txt')).sort() : []) {
    const path = join(expository, file);
    const [first = '', ...rest] = readFileSync(path, 'utf8').split('\n');
    yield {
      set: 'expository', name: file.replace(/\.txt$/, ''), path,
      body: rest.join('\n'),
      fromDocument: (title) => comparable(title) === comparable(first),
    };
  }
}

/** True when the title, as words, is a whole sentence of the body. */
function isBodySentence(title, body) {
  if (body === null) return false;
  const t = comparable(title);
  if (words(title).length < 4) return false;
  const sentences = body.split(/(?<=[.!?…]["'”’)]*)\s+|\n+/u).map(comparable);
  return sentences.some((s) => s === t) || (words(title).length >= 12 && comparable(body).includes(t));
}

const rows = [];
for (const text of texts()) {
  const bytes = new Uint8Array(readFileSync(text.path));
  let article = null;
  let error = null;
  try {
    article = (await readDocument(bytes, basename(text.path))).article;
  } catch (e) {
    error = e.message;
  }
  const title = article?.title ?? '';
  const short = article !== null && title.length <= MAX_TITLE && !title.includes('\n') && title.trim() !== '';
  const fromDoc = text.fromDocument === null ? null : text.fromDocument(title);
  const notBody = !isBodySentence(title, text.body);
  const emptyBody = article === null || article.blocks.every((b) => b.text.trim() === '');
  const group = split[text.set]?.heldOut?.includes(text.name) ? 'heldOut' : 'tune';
  const part = split2[text.set]?.test2?.includes(text.name) ? 'test2' : split2[text.set]?.dev2?.includes(text.name) ? 'dev2' : 'tune';
  const reference = text.set === 'articles' ? headlines[text.name]?.sha256 : undefined;
  const headline = reference === undefined ? null : reference.includes(wordsHash(title));
  rows.push({ ...text, group, part, title, short, fromDoc, headline, notBody, emptyBody, good: short && fromDoc !== false && notBody && !emptyBody, error });
}

const pct = (n, d) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
function report(label, list) {
  const judged = list.filter((r) => r.fromDoc !== null);
  const line = [
    label.padEnd(22),
    `n=${String(list.length).padStart(3)}`,
    `≤150 ${pct(list.filter((r) => r.short).length, list.length)}`,
    `from doc ${pct(judged.filter((r) => r.fromDoc).length, judged.length)} (of ${judged.length})`,
    ...(list.some((r) => r.headline !== null) ? [`the headline ${pct(list.filter((r) => r.headline).length, list.filter((r) => r.headline !== null).length)}`] : []),
    `not body ${pct(list.filter((r) => r.notBody).length, list.length)}`,
    `all three ${pct(list.filter((r) => r.good).length, list.length)}`,
    `empty bodies ${list.filter((r) => r.emptyBody).length}`,
    `longest ${Math.max(0, ...list.map((r) => r.title.length))}`,
  ];
  console.log(line.join('  '));
}

if (verbose) {
  for (const r of rows) {
    const flags = `${r.short ? '' : ' LONG'}${r.fromDoc === false ? ' NOT-FROM-DOC' : ''}${r.headline === false ? ' NOT-HEADLINE' : ''}${r.notBody ? '' : ' BODY'}${r.emptyBody ? ' EMPTY' : ''}`;
    console.log(`${r.set}/${r.name}${flags}: ${r.error ?? JSON.stringify(r.title.slice(0, 160))}`);
  }
  console.log();
}
console.log(`eval-titles on ${devset} (build ${build})`);
for (const set of ['articles', 'news', 'expository']) {
  const list = rows.filter((r) => r.set === set);
  report(`${set} all`, list);
  report(`${set} held-out`, list.filter((r) => r.group === 'heldOut'));
  if (set === 'articles') for (const part of ['tune', 'dev2', 'test2']) report(`${set} ${part}`, list.filter((r) => r.part === part));
}
report('every set, all', rows);
report('every set, held-out', rows.filter((r) => r.group === 'heldOut'));

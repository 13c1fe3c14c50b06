#!/usr/bin/env node
// Writes a facts packet: for each dev-set text of one half, the clean text Lectern reads and the
// places, timeline and key numbers of its summary, numbered, each with a stable id (a hash of its
// kind, value and text), so a reader who did not write the rules can mark each entry right or
// wrong. The packet goes to a folder OUTSIDE the repo (the texts are third-party).
//   node scripts/facts-packet.mjs <tune|dev2|test2> <out-folder> [--build <out/node folder>]
// With --files DIR the texts are every .txt of DIR instead (e.g. news fetched after the rules were
// written, kept outside the repo). The halves and the texts are read as scripts/judge-packet.mjs reads them; `--build` renders the
// same packet from another (older) build's out/node folder, so before and after can be compared
// entry by entry (same id, same entry). Needs the Node build (`npx tsc -p tsconfig.cli.json`).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rawPath } from './lib/devset-cards.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = process.env.LECTERN_DEVSET ?? join(repo, '..', 'shared', 'devset');
const args = process.argv.slice(2);
const buildAt = args.indexOf('--build');
const build = buildAt >= 0 ? resolve(args[buildAt + 1] ?? '') : join(repo, 'out', 'node');
// --files DIR in place of a half: every .txt file of DIR (text nobody tuned on, kept outside the repo).
const filesAt = args.indexOf('--files');
const filesDir = filesAt >= 0 ? resolve(args[filesAt + 1] ?? '') : null;
const flagged = new Set([buildAt, filesAt].filter((at) => at >= 0).flatMap((at) => [at, at + 1]));
const rest = args.filter((_, k) => !flagged.has(k));
const [half, outDir] = filesDir ? ['files', rest[0]] : rest;
const usage = 'usage: node scripts/facts-packet.mjs <tune|dev2|test2> <out-folder> [--build <out/node folder>]\n       node scripts/facts-packet.mjs --files <folder of .txt> <out-folder> [--build <out/node folder>]';
if ((!filesDir && !['tune', 'dev2', 'test2'].includes(half)) || !outDir || (buildAt >= 0 && !args[buildAt + 1]) || (filesAt >= 0 && !args[filesAt + 1])) {
  console.error(usage);
  process.exit(2);
}
if (!filesDir && !existsSync(devset)) {
  console.log(`facts-packet: no dev set at ${devset}; nothing to do.`);
  process.exit(0);
}
if (!existsSync(join(build, 'core', 'summary', 'index.js'))) {
  console.error(`facts-packet: no build at ${build} (run npx tsc -p tsconfig.cli.json)`);
  process.exit(2);
}
const split = filesDir ? null : JSON.parse(readFileSync(join(repo, 'scripts', half === 'tune' ? 'devset-split.json' : 'devset-split2.json'), 'utf8'));
const load = (p) => import(pathToFileURL(join(build, 'core', p)).href);
const { parseText } = await load('parse/index.js');
const { summarizeArticle } = await load('summary/index.js');

/** A stable id of an entry: the same entry of another build has the same id. */
const idOf = (kind, value, text) => createHash('sha256').update(`${kind}\u0000${value}\u0000${text}`).digest('hex').slice(0, 10);

mkdirSync(outDir, { recursive: true });
const index = [];
const sources = filesDir
  ? readdirSync(filesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ set: 'file', name: f.slice(0, -4), path: join(filesDir, f) }))
  : ['articles', 'news', 'expository'].flatMap((set) => split[set][half].map((name) => ({ set, name, path: rawPath(devset, set, name) })));
{
  for (const { set, name, path } of sources) {
    const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
    const article = parseText(text, { format: 'text', encoding: 'utf-8' });
    const summary = summarizeArticle(article);
    const key = `${set}-${name}`;
    const body = article.blocks.map((b) => b.text).join('\n\n');
    const entries = {
      places: summary.places.map((p) => ({ id: idOf('place', p.name, ''), name: p.name })),
      timeline: summary.timeline.map((t) => ({ id: idOf('timeline', t.date, t.event), date: t.date, event: t.event })),
      numbers: summary.numbers.map((n) => ({ id: idOf('number', n.value, n.what), value: n.value, what: n.what })),
    };
    const list = (heading, rows, line) => [`## ${heading} (${rows.length})`, '', ...(rows.length ? rows.map((r, i) => `${i + 1}. [${r.id}] ${line(r)}`) : ['(none)']), ''];
    const md = [
      `# ${key}: ${article.title}`,
      '',
      `Published: ${article.published ?? '(unknown)'}`,
      '',
      '## The text as Lectern shows it',
      '',
      body || '(empty body)',
      '',
      ...list('Places', entries.places, (r) => r.name),
      ...list('Timeline', entries.timeline, (r) => `${r.date} — ${r.event}`),
      ...list('Numbers', entries.numbers, (r) => `${r.value} — ${r.what}`),
    ].join('\n');
    writeFileSync(join(outDir, `${key}.md`), md);
    writeFileSync(join(outDir, `${key}.facts.json`), JSON.stringify({ key, title: article.title, published: article.published ?? null, ...entries }, null, 1));
    index.push({ key, places: entries.places.length, timeline: entries.timeline.length, numbers: entries.numbers.length });
  }
}
writeFileSync(join(outDir, 'index.json'), JSON.stringify({ half, build, texts: index }, null, 1));
console.log(index.map((x) => `${x.key}\t${x.places} places\t${x.timeline} dates\t${x.numbers} numbers`).join('\n'));

#!/usr/bin/env node
// Prints the quiz cards for the sample and chosen development-set articles, with the generation
// time as a ratio to wink-nlp's bare `readDoc` of the same text (same process, same run, median
// of several repetitions). Needs the Node build: `npx tsc -p tsconfig.cli.json`.
// The set lives outside the repo (<repo>/../shared/devset, or $LECTERN_DEVSET); it is read in
// place and never copied. Without it, only the sample is shown and the script exits 0.
//   node scripts/eval-cards.mjs [devset-article-name …]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = process.env.LECTERN_DEVSET ?? join(repo, '..', 'shared', 'devset');
const articlesDir = join(devset, 'articles');
const DEFAULT_DEVSET = ['nbcnews-7a457a4f', 'livescience-3c5bf8db', 'wired-d48aeb9c', 'space-686bb170', 'politifact-9e8c9f08', 'thehill-6ebac05f', 'cnbc-ffc109d4', 'sciencealert-359fee22', 'space-c50845a7', 'spokesman-c13b9c0e', 'livescience-bd673bd7', 'nbcdfw-51d066b0', 'cbssports-08f79376'];
const REPS = 41;

const out = join(repo, 'out', 'node', 'core');
if (!existsSync(join(out, 'cards', 'index.js'))) {
  console.error('eval-cards: build first with `npx tsc -p tsconfig.cli.json` (out/node is missing).');
  process.exit(1);
}
const load = (p) => import(pathToFileURL(join(out, p)).href);
const { parseFile, parseText } = await load('parse/index.js');
const { generateCards } = await load('cards/index.js');
const { wink } = await load('nlp/index.js');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median over REPS of the ratio full/bare, the two timed back to back in each repetition. */
function timeRatio(bareFn, fullFn) {
  const bare = [];
  const full = [];
  const ratios = [];
  for (let i = 0; i < REPS; i++) {
    let t0 = performance.now();
    bareFn();
    const b = performance.now() - t0;
    t0 = performance.now();
    fullFn();
    const f = performance.now() - t0;
    bare.push(b);
    full.push(f);
    ratios.push(f / b);
  }
  return { bare: median(bare), full: median(full), ratio: median(ratios) };
}

function report(name, article) {
  const text = article.blocks.map((b) => b.text).join('\n\n');
  const nlp = wink();
  // Warm both paths: model load and JIT are not part of either figure.
  for (let i = 0; i < 5; i++) {
    nlp.readDoc(text);
    generateCards(article);
  }
  const { bare, full, ratio } = timeRatio(() => nlp.readDoc(text), () => generateCards(article));
  const set = generateCards(article);
  const words = text.split(/\s+/).length;
  console.log(`\n=== ${name} — "${article.title}" (${article.language}, ${words} words)`);
  if (!set.supported) console.log(`(${set.reason})`);
  set.cards.forEach((c, i) => {
    console.log(`${String(i + 1).padStart(2)}. [${c.kind}] ${c.front}`);
    if (c.choices) console.log(`      choices: ${c.choices.join(' | ')}`);
    console.log(`      → ${c.back}    (¶${c.source.paragraph}, score ${c.features.score})`);
  });
  console.log(`time: generateCards ${full.toFixed(1)} ms, bare readDoc ${bare.toFixed(1)} ms, ratio ${ratio.toFixed(2)}× (median of ${REPS} paired runs)`);
  return ratio;
}

const ratios = [];
const sample = join(repo, 'resources', 'samples', '000_df74848942b8800c.txt');
ratios.push(report('sample', parseFile(readFileSync(sample), 'sample.txt').article));

if (!existsSync(articlesDir)) {
  console.log(`\neval-cards: devset skipped, none at ${devset} (set LECTERN_DEVSET to point at one).`);
  process.exit(0);
}
const names = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_DEVSET;
for (const name of names) {
  const raw = join(articlesDir, name, 'raw.txt');
  if (!existsSync(raw)) {
    console.log(`\n=== ${name}: not in the devset, skipped`);
    continue;
  }
  const article = parseText(readFileSync(raw, 'utf8').replace(/\r\n?/g, '\n'), { format: 'text', encoding: 'utf-8' });
  ratios.push(report(name, article));
}
console.log(`\nmedian time ratio over ${ratios.length} articles: ${median(ratios).toFixed(2)}×`);

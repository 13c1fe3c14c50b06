#!/usr/bin/env node
// `npm run bench`: Lectern's benchmark suite (see bench/README.md). Builds a small (10) and a
// big (10,000) synthetic library, measures both side by side in one run, prints a table and
// writes bench/results.json. Needs the build (`npm run build`: out/node and out/renderer) and
// Chromium (/usr/bin/chromium, or $LECTERN_CHROMIUM).
//   node scripts/bench.mjs [--quick] [--articles N] [--out FILE]
// --tiny runs every measurement once on a 10- and a 30-article library, with few repetitions:
// for test/bench/bench.test.ts, which keeps this code working (its figures mean nothing).
import { resolve } from 'node:path';
import { runBench, table } from './bench/run.mjs';

const argv = process.argv.slice(2);
const valueOf = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const known = new Set(['--quick', '--tiny', '--articles', '--out']);
for (const [i, arg] of argv.entries()) {
  if (arg.startsWith('--') && !known.has(arg)) {
    console.error(`bench: unknown option ${arg}\nusage: node scripts/bench.mjs [--quick | --tiny] [--articles N] [--out FILE]`);
    process.exit(2);
  }
  if (!arg.startsWith('--') && !['--articles', '--out'].includes(argv[i - 1])) {
    console.error(`bench: unexpected argument ${arg}`);
    process.exit(2);
  }
}
const articles = valueOf('--articles') === undefined ? undefined : Number(valueOf('--articles'));
if (articles !== undefined && !(Number.isInteger(articles) && articles >= 11)) {
  console.error('bench: --articles takes a whole number above 10 (the small library has 10)');
  process.exit(2);
}
const output = valueOf('--out') ? resolve(valueOf('--out')) : undefined;

const results = await runBench({ profile: argv.includes('--tiny') ? 'tiny' : argv.includes('--quick') ? 'quick' : 'full', large: articles, ...(output ? { output } : {}) });
console.log(`\nLectern benchmark (${results.run.profile}; ${results.run.articles_small} vs ${results.run.articles_large} articles; ${results.run.seconds.toFixed(0)} s)\n`);
console.log(table(results));
const missed = Object.entries(results.pass).filter(([, ok]) => !ok).map(([k]) => k);
console.log(`\n${missed.length ? `missed: ${missed.join(', ')}` : 'all targets met'}`);

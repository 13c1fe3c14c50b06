#!/usr/bin/env node
// Does saving one change cost the same in a library of 10,000 articles as in one of 10?
// Builds both libraries in temp folders (records written straight in the store's format, with
// the real store reading them), then times the same saves on both, interleaved in one run,
// and prints the ratio of medians. Usage: node scripts/bench-store.mjs [--articles 10000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Library } from '../out/node/host/services/library.js';
import { seedLibrary } from './lib/seed-library.mjs';

const big = Number(process.argv[process.argv.indexOf('--articles') + 1]) || 10_000;
const SAVES = 300;

function seeded(count) {
  const home = mkdtempSync(join(tmpdir(), `lectern-bench-${count}-`));
  Library.open(home); // creates the home and its files
  seedLibrary(home, count);
  return home;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const t0 = performance.now();
const homes = { small: seeded(10), large: seeded(big) };
process.stderr.write(`seeded 10 and ${big} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
const libs = { small: Library.open(homes.small), large: Library.open(homes.large) };
const ids = { small: libs.small.list().map((a) => a.id), large: libs.large.list().map((a) => a.id) };
const times = { small: [], large: [] };
for (let i = 0; i < SAVES; i++) {
  for (const size of i % 2 ? ['small', 'large'] : ['large', 'small']) {
    const list = ids[size];
    const id = list[(i * 31) % list.length];
    const start = performance.now();
    if (i % 2) libs[size].setProgress(id, (i % 100) / 100);
    else libs[size].setTags(id, [`tag-${i}`]);
    times[size].push(performance.now() - start);
  }
}
const listStart = performance.now();
libs.large.list();
const listLarge = performance.now() - listStart;
const ratio = median(times.large) / median(times.small);
const result = { articles: big, saves: SAVES, save_ms_median_10: median(times.small), save_ms_median_large: median(times.large), write_10k_vs_10: ratio, list_ms_large: listLarge };
console.log(JSON.stringify(result, null, 2));
for (const home of Object.values(homes)) rmSync(home, { recursive: true, force: true });

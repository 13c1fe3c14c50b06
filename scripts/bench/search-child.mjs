// Figure 4, run in a child process of its own (node --expose-gc) so that nothing else the
// benchmark holds is counted: builds the search index of a library from scratch
// (SearchService.ready with no saved index: built in the builder's own child process, then
// loaded), with the heap and resident-memory growth it causes, then times queries. Prints one
// JSON line on stdout.
//   node --expose-gc scripts/bench/search-child.mjs HOME QUERIES_JSON
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median, out, percentile } from './paths.mjs';

const [home, queriesFile] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(queriesFile, 'utf8'));
const { Library } = await import(out('host/services/library.js'));
const { SearchService } = await import(out('host/services/search.js'));

const mb = (bytes) => bytes / 1024 / 1024;
const settle = () => {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
};

const library = Library.open(home);
rmSync(join(home, 'search'), { recursive: true, force: true }); // build, never load
library.list(); // the store's files in the page cache, as for an open library
settle();
const before = process.memoryUsage();
let t = performance.now();
const search = new SearchService(library.store);
await search.ready((done, total) => {
  if (done % 2000 === 0) process.stderr.write(`  indexed ${done}/${total}\n`);
});
const buildSeconds = (performance.now() - t) / 1000;
settle();
const after = process.memoryUsage();

// Loading the saved index (what every later start does), and the heap it holds once loaded.
settle();
const beforeLoad = process.memoryUsage().heapUsed;
t = performance.now();
const reopened = new SearchService(library.store);
reopened.open();
const loadSeconds = (performance.now() - t) / 1000;
settle();
const loadedHeap = process.memoryUsage().heapUsed - beforeLoad;

for (const q of queries.slice(0, 10)) search.search(q);
const times = [];
const hits = [];
for (const q of queries) {
  const start = performance.now();
  const results = search.search(q);
  times.push(performance.now() - start);
  hits.push(results.length);
}
// The same queries with a typo in their longest word (two neighbouring letters swapped), which
// takes the typo-tolerant pass (vocabulary lookup, corrected lookups, fuzzy ranking).
const typoQueries = queries.map((q) => {
  const words = q.split(' ');
  const i = words.reduce((best, w, j) => (w.length > words[best].length ? j : best), 0);
  const w = words[i];
  if (w.length >= 5) words[i] = `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`;
  return words.join(' ');
});
const typoTimes = [];
const typoHits = [];
for (const q of typoQueries) {
  const start = performance.now();
  const results = search.search(q);
  typoTimes.push(performance.now() - start);
  typoHits.push(results.length);
}
// Where a query's time goes: the index lookup alone, for the profile.
const lookup = [];
for (const q of queries) {
  const start = performance.now();
  search.index.search(q.toLowerCase(), { limit: 60, suggest: false });
  lookup.push(performance.now() - start);
}
process.stdout.write(`${JSON.stringify({
  articles: library.store.ids('articles').length,
  queries: queries.length,
  index_build_s: buildSeconds,
  index_load_s: loadSeconds,
  index_heap_mb: mb(after.heapUsed - before.heapUsed),
  index_loaded_heap_mb: mb(loadedHeap),
  index_rss_mb: mb(after.rss - before.rss),
  rss_after_index_mb: mb(after.rss),
  search_p50_ms: median(times),
  search_p95_ms: percentile(times, 95),
  search_max_ms: Math.max(...times),
  lookup_p50_ms: median(lookup),
  lookup_p95_ms: percentile(lookup, 95),
  results_median: median(hits),
  typo_search_p50_ms: median(typoTimes),
  typo_search_p95_ms: percentile(typoTimes, 95),
  typo_results_median: median(typoHits),
})}\n`);

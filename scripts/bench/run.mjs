// The benchmark suite: builds a small and a big synthetic library, runs every measurement
// module on them in one run, prints the table and writes the results file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildLibrary } from './library.mjs';
import { measureImportCards } from './import-cards.mjs';
import { measureCards, measureHtml } from './parsing.mjs';
import { REPO } from './paths.mjs';
import { measureResponsiveness } from './responsiveness.mjs';
import { measureFirstRender, measureHostMemory, startHost } from './shell.mjs';
import { queries as makeQueries } from './text.mjs';
import { measureWrites } from './writes.mjs';

/** How much work each mode does. `tiny` is for the test that keeps this code working. */
export const PROFILES = {
  full: { quick: false, small: 10, large: 10_000, writeReps: 300, cardArticles: 6, cardReps: 31, htmlPages: 4, htmlReps: 41, queries: 200, renderRuns: 11, importArticles: 30, busyFiles: 500, busyPdfPages: 300, busyPdfMb: 30 },
  quick: { quick: true, small: 10, large: 10_000, writeReps: 150, cardArticles: 4, cardReps: 15, htmlPages: 4, htmlReps: 15, queries: 200, renderRuns: 5, importArticles: 12, busyFiles: 100, busyPdfPages: 100, busyPdfMb: 10 },
  tiny: { quick: true, small: 10, large: 30, writeReps: 6, cardArticles: 1, cardReps: 3, htmlPages: 1, htmlReps: 3, queries: 12, renderRuns: 1, importArticles: 2, busyFiles: 8, busyPdfPages: 4, busyPdfMb: 0.2 },
};

const fmt = (x, digits = 2) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : String(x));

export function table(results) {
  const r = results.ratios;
  const d = results.details;
  const rows = [
    ['1. save review+note, big ÷ small (worse of the two)', `${fmt(d.writes.review_ms_large)} / ${fmt(d.writes.note_ms_large)} ms`, `${fmt(d.writes.review_ms_small)} / ${fmt(d.writes.note_ms_small)} ms`, r.write_10k_vs_10, '≤ 1.5', r.write_10k_vs_10 <= 1.5],
    ['   review save, big ÷ small', `${fmt(d.writes.review_ms_large)} ms`, `${fmt(d.writes.review_ms_small)} ms`, d.writes.review_ratio, '≤ 1.5', d.writes.review_ratio <= 1.5],
    ['   note save, big ÷ small', `${fmt(d.writes.note_ms_large)} ms`, `${fmt(d.writes.note_ms_small)} ms`, d.writes.note_ratio, '≤ 1.5', d.writes.note_ratio <= 1.5],
    ['2. cards + summary ÷ wink readDoc', `${fmt(median(d.cards.articles.map((a) => a.cards_summary_ms)))} ms`, `${fmt(median(d.cards.articles.map((a) => a.readDoc_ms)))} ms`, r.cards_vs_parse, '≤ 3', r.cards_vs_parse <= 3],
    ['   cards alone ÷ readDoc (profile)', '', '', d.cards.cards_only_vs_parse, '', null],
    ['   summary alone ÷ readDoc (profile)', '', '', d.cards.summary_only_vs_parse, '', null],
    ['3. HTML import ÷ Readability+jsdom', `${fmt(median(d.html.pages.map((p) => p.readDocument_ms)))} ms`, `${fmt(median(d.html.pages.map((p) => p.readability_ms)))} ms`, r.html_vs_readability, '≤ 1.3', r.html_vs_readability <= 1.3],
    [`4. search p50 (${d.search.articles} articles)`, `${fmt(results.search_p50_ms)} ms`, `lookup ${fmt(d.search.lookup_p50_ms)} ms`, '', '≤ 10 ms', results.search_p50_ms <= 10],
    ['   search p95', `${fmt(results.search_p95_ms)} ms`, `lookup ${fmt(d.search.lookup_p95_ms)} ms`, '', 'report', null],
    ['   search with a typo, p50 / p95', `${fmt(d.search.typo_search_p50_ms)} / ${fmt(d.search.typo_search_p95_ms)} ms`, `${fmt(d.search.typo_results_median, 0)} results (median)`, '', 'report', null],
    ['   index build', `${fmt(results.index_build_s)} s`, `load ${fmt(d.search.index_load_s)} s`, '', 'report', null],
    ['   index memory (heap / RSS growth)', `${fmt(d.search.index_heap_mb, 0)} / ${fmt(d.search.index_rss_mb, 0)} MB`, `loaded ${fmt(d.search.index_loaded_heap_mb, 0)} MB heap`, '', 'report', null],
    ['5. library first render, big ÷ small', `${fmt(d.render.render_ms_large, 0)} ms`, `${fmt(d.render.render_ms_small, 0)} ms`, r.list_render_10k_vs_10, '≤ 1.5', r.list_render_10k_vs_10 <= 1.5],
    ['   articles:page call inside it', `${fmt(d.render.list_call_ms_large, 0)} ms`, `${fmt(d.render.list_call_ms_small, 0)} ms`, d.render.list_call_ms_large / d.render.list_call_ms_small, '', null],
    [`6. host RSS, ${d.host.articles} articles open+searched`, `${fmt(results.rss_mb_10k, 0)} MB`, `idle ${fmt(d.host.rss_mb_idle, 0)} MB`, '', '≤ 300 MB', results.rss_mb_10k <= 300],
    ['8. host p95 latency, idle (first page / queue every 50 ms)', `${fmt(d.responsiveness.idle.p95_ms)} ms`, '', '', 'baseline', null],
    [`   while importing ${d.responsiveness.folder_import.files} files`, `${fmt(d.responsiveness.folder_import.p95_ms)} ms`, `idle ${fmt(d.responsiveness.idle.p95_ms)} ms`, d.responsiveness.folder_import.vs_idle_p95, '≤ 50 ms', d.responsiveness.folder_import.p95_ms <= 50],
    [`   while importing a ${fmt(d.responsiveness.pdf_import.mb, 0)} MB PDF`, `${fmt(d.responsiveness.pdf_import.p95_ms)} ms`, `idle ${fmt(d.responsiveness.idle.p95_ms)} ms`, d.responsiveness.pdf_import.vs_idle_p95, '≤ 50 ms', d.responsiveness.pdf_import.p95_ms <= 50],
    ['   while building the big library\'s search index', `${fmt(d.responsiveness.index_build.p95_ms)} ms`, `idle ${fmt(d.responsiveness.idle_large.p95_ms)} ms`, d.responsiveness.index_build.vs_idle_p95, '≤ 50 ms', d.responsiveness.index_build.p95_ms <= 50],
    ['7. import with cards ÷ without (per article)', `${fmt(d.import_cards.with_cards_ms, 0)} ms`, `${fmt(d.import_cards.without_cards_ms, 0)} ms`, r.import_cards_vs_plain, 'report', null],
  ];
  const head = ['metric', 'ours', 'baseline', 'ratio', 'target', 'result'];
  const cells = rows.map(([m, o, b, ratio, target, pass]) => [m, o, b, typeof ratio === 'number' ? fmt(ratio) : ratio, target, pass === null ? '' : pass ? 'pass' : 'MISS']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => c.map((x, i) => String(x).padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs the whole suite. `profile`: 'full' | 'quick' | 'tiny'; `large` overrides the big
 * library's size; `output` is the results file. Returns the results object.
 */
export async function runBench({ profile = 'quick', large, output = join(REPO, 'bench', 'results.json'), log = (s) => process.stderr.write(`${s}\n`) } = {}) {
  const p = { ...PROFILES[profile], ...(large ? { large } : {}) };
  const started = performance.now();
  const section = (name) => log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${name}`);
  const homes = {};
  const hosts = [];
  try {
    section(`building libraries of ${p.small} and ${p.large} articles (${p.quick ? 'records written straight into the store' : 'imported with Library.importText'})`);
    const small = await buildLibrary(p.small, { quick: p.quick, log });
    const big = await buildLibrary(p.large, { quick: p.quick, log });
    homes.small = small.home;
    homes.large = big.home;

    section('1. saving reviews and notes');
    const writes = measureWrites(homes, { reps: p.writeReps });
    section('2. cards + summary vs readDoc');
    const cards = measureCards({ articles: p.cardArticles, reps: p.cardReps });
    section('3. HTML import vs Readability');
    const html = await measureHtml({ pages: p.htmlPages, reps: p.htmlReps });
    section('7. import with cards generated vs without');
    const importCards = await measureImportCards({ articles: p.importArticles });

    section(`4. search index and ${p.queries} queries on ${p.large} articles`);
    const queryList = makeQueries(p.queries);
    const queriesFile = join(dirname(homes.large), 'queries.json');
    writeFileSync(queriesFile, JSON.stringify(queryList));
    const child = spawnSync(process.execPath, ['--expose-gc', join(REPO, 'scripts', 'bench', 'search-child.mjs'), homes.large, queriesFile], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) throw new Error(`bench: the search measurement failed (${child.status})`);
    const search = JSON.parse(child.stdout.trim().split('\n').pop());

    section('6. host memory (lectern serve on the big library)');
    const hostSmall = await startHost(homes.small);
    hosts.push(hostSmall);
    const hostLarge = await startHost(homes.large);
    hosts.push(hostLarge);
    const host = await measureHostMemory(hostLarge, queryList);

    section('5. library first render in Chromium, small vs big');
    const render = await measureFirstRender({ small: hostSmall, large: hostLarge }, { runs: p.renderRuns });
    const { processMemory } = await import('./shell.mjs');
    host.rss_mb_after_render = processMemory(hostLarge.pid).rss_mb;
    await Promise.all(hosts.splice(0).map((h) => h.stop()));

    section('8. host responsiveness while it imports and indexes');
    const responsiveness = await measureResponsiveness(homes, { files: p.busyFiles, pdfPages: p.busyPdfPages, pdfMb: p.busyPdfMb, log });

    const results = {
      ratios: {
        write_10k_vs_10: writes.write_10k_vs_10,
        cards_vs_parse: cards.cards_vs_parse,
        html_vs_readability: html.html_vs_readability,
        list_render_10k_vs_10: render.list_render_10k_vs_10,
        import_cards_vs_plain: importCards.import_cards_vs_plain,
      },
      search_p50_ms: search.search_p50_ms,
      search_p95_ms: search.search_p95_ms,
      index_build_s: search.index_build_s,
      rss_mb_10k: host.rss_mb,
      targets: { write_10k_vs_10: 1.5, cards_vs_parse: 3, html_vs_readability: 1.3, list_render_10k_vs_10: 1.5, search_p50_ms: 10, rss_mb_10k: 300 },
      run: {
        profile,
        quick: p.quick,
        articles_small: p.small,
        articles_large: p.large,
        library_build_s: { small: small.seconds, large: big.seconds },
        node: process.version,
        date: new Date().toISOString(),
        seconds: (performance.now() - started) / 1000,
      },
      details: { writes, cards, html, search, host, render, import_cards: importCards, responsiveness },
    };
    results.pass = {
      write_10k_vs_10: results.ratios.write_10k_vs_10 <= 1.5,
      cards_vs_parse: results.ratios.cards_vs_parse <= 3,
      html_vs_readability: results.ratios.html_vs_readability <= 1.3,
      list_render_10k_vs_10: results.ratios.list_render_10k_vs_10 <= 1.5,
      search_p50_ms: results.search_p50_ms <= 10,
      rss_mb_10k: results.rss_mb_10k <= 300,
    };
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);
    section(`done; results in ${output}`);
    return results;
  } finally {
    await Promise.all(hosts.map((h) => h.stop()));
    for (const home of Object.values(homes)) rmSync(dirname(home), { recursive: true, force: true });
  }
}

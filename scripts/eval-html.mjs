#!/usr/bin/env node
// (1) Times readDocument on web pages against @mozilla/readability alone on jsdom (new JSDOM +
// Readability.parse), on the same pages, alternating in one run; reports medians and the
// ratio (target ≤ 1.3). The development set holds no HTML, so the pages are synthetic, built
// here: news articles with navigation, share buttons, related links, figures and a footer.
// (2) Reports plain-text cleanup quality on the development set with the function
// eval-cleanup.mjs uses (parseText + cleanText); skipped with a message when it is absent.
// Needs the Node build: `npx tsc -p tsconfig.cli.json`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readabilityBaseline } from './lib/readability-baseline.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const formatsPath = join(repo, 'out', 'node', 'core', 'formats', 'index.js');
const parsePath = join(repo, 'out', 'node', 'core', 'parse', 'index.js');
if (!existsSync(formatsPath) || !existsSync(parsePath)) {
  console.error('eval-html: build first with `npx tsc -p tsconfig.cli.json` (out/node is missing).');
  process.exit(1);
}
const { readDocument } = await import(pathToFileURL(formatsPath).href);
const { parseText, cleanText } = await import(pathToFileURL(parsePath).href);

// ---- (1) speed ----
const SENTENCES = [
  'The council voted on Tuesday to fund the new sea wall, ending a debate that had divided the town for a decade.',
  'Engineers said the structure would protect the harbour from winter storms, which have grown stronger in recent years.',
  'Fishermen welcomed the decision but asked that the works not close the harbour mouth during the herring season.',
  'The mayor, speaking after the vote, said the town could not afford to wait for another flood before acting.',
  'Residents of the lower streets, whose cellars flooded twice last winter, packed the public gallery for the vote.',
  'Critics argued that the money would be better spent on moving the most exposed houses further from the shore.',
];
const paragraph = (i) => `<p>${SENTENCES[i % 6]} ${SENTENCES[(i + 2) % 6]} ${SENTENCES[(i + 4) % 6]}</p>`;

function page(topic, paragraphs, figures) {
  const nav = ['Home', 'News', 'Politics', 'Business', 'Sport', 'Culture', 'Opinion', 'Weather'].map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join('');
  const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/story-${i}">Another story about ${topic} number ${i}</a></li>`).join('');
  let body = '';
  for (let i = 0; i < paragraphs; i++) {
    body += paragraph(i);
    if (i % 5 === 2 && figures-- > 0) body += `<figure><img src="page_files/photo-${i}.jpg" alt="Photo ${i}"><figcaption>The harbour at dawn, photo ${i}. (Photo: A. Lens)</figcaption></figure>`;
    if (i === 4) body += '<h2>What happens next</h2><ul><li>Surveys begin in spring</li><li>Works start next year</li></ul><blockquote><p>We have waited long enough for this wall.</p></blockquote>';
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${topic} | The Coast Gazette</title>
<meta property="og:site_name" content="The Coast Gazette"><meta property="article:published_time" content="2024-03-05T09:30:00Z">
<meta name="author" content="Ana Ruiz"><link rel="canonical" href="https://gazette.example/${topic.replace(/\W+/g, '-')}">
<style>.share{display:flex}</style><script>var analytics = 1;</script></head><body>
<header><a href="/">The Coast Gazette</a><nav><ul>${nav}</ul></nav><form><input name="q"><button>Search</button></form></header>
<main><article><h1>${topic}</h1><p class="byline">By Ana Ruiz</p>
<div class="share"><a href="https://facebook.com/share">Facebook</a> <a href="https://twitter.com/share">Twitter</a> <a href="mailto:?x">Email</a></div>
${body}<p>Share this article</p><p>Subscribe to our newsletter for daily updates.</p></article>
<aside><h3>Related stories</h3><ul>${related}</ul></aside></main>
<footer><p>© 2024 The Coast Gazette. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body></html>`;
}

const pages = [
  page('Council funds the harbour sea wall', 14, 2),
  page('Storm season ends early on the coast', 28, 3),
  page('Ferry timetable changes for the summer', 8, 1),
  page('Lighthouse restoration wins national prize', 45, 4),
].map((html) => new TextEncoder().encode(html));

const readLocal = () => null;
const baseline = readabilityBaseline;
const ours = (bytes) => readDocument(bytes, 'page.html', { readLocal });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const RUNS = Number(process.env.RUNS ?? 40);
for (const bytes of pages) {
  baseline(bytes); // warm up both paths (JIT, module loading)
  await ours(bytes);
}
const times = { readability: [], readDocument: [] };
for (let run = 0; run < RUNS; run++) {
  for (const bytes of pages) {
    let t = performance.now();
    baseline(bytes);
    times.readability.push(performance.now() - t);
    t = performance.now();
    await ours(bytes);
    times.readDocument.push(performance.now() - t);
  }
}
const per = (kind) => pages.map((_, i) => median(times[kind].filter((__, j) => j % pages.length === i)));
const base = per('readability');
const mine = per('readDocument');
console.log('eval-html: synthetic pages built in this script (the development set holds no HTML).');
console.log(`${'page'.padEnd(6)} ${'KiB'.padStart(5)}  readability+jsdom  readDocument  ratio`);
pages.forEach((bytes, i) => {
  console.log(`${String(i + 1).padEnd(6)} ${(bytes.length / 1024).toFixed(1).padStart(5)}  ${base[i].toFixed(2).padStart(14)} ms  ${mine[i].toFixed(2).padStart(9)} ms  ${(mine[i] / base[i]).toFixed(2)}`);
});
const ratio = median(times.readDocument) / median(times.readability);
console.log(`median over ${RUNS} runs × ${pages.length} pages: readability ${median(times.readability).toFixed(2)} ms, readDocument ${median(times.readDocument).toFixed(2)} ms, ratio ${ratio.toFixed(2)} (target ≤ 1.30${ratio <= 1.3 ? ', met' : ', NOT met'})`);
const sample = await ours(pages[0]);
console.log(`sample: "${sample.article.title}", ${sample.article.blocks.length} blocks kept, ${sample.article.removed.length} removed (${[...new Set(sample.article.removed.map((r) => r.rule))].join(', ')}), ${sample.article.figures?.length ?? 0} figures`);

// ---- (2) text cleanup on the development set ----
const devset = process.env.LECTERN_DEVSET ?? join(repo, '..', 'shared', 'devset');
const articlesDir = join(devset, 'articles');
if (!existsSync(articlesDir)) {
  console.log(`\ncleanup: skipped, no development set at ${devset} (set LECTERN_DEVSET to point at one).`);
  process.exit(0);
}
const tokens = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function score(candidate, reference) {
  const ref = new Map();
  for (const t of tokens(reference)) ref.set(t, (ref.get(t) ?? 0) + 1);
  const cand = tokens(candidate);
  let overlap = 0;
  const seen = new Map();
  for (const t of cand) {
    const used = seen.get(t) ?? 0;
    if (used < (ref.get(t) ?? 0)) overlap++;
    seen.set(t, used + 1);
  }
  const refLength = tokens(reference).length;
  const precision = cand.length ? overlap / cand.length : 0;
  const recall = refLength ? overlap / refLength : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
const rows = [];
for (const name of readdirSync(articlesDir).sort()) {
  const raw = join(articlesDir, name, 'raw.txt');
  const clean = join(articlesDir, name, 'clean.txt');
  if (!existsSync(raw) || !existsSync(clean)) continue;
  const article = parseText(readFileSync(raw, 'utf8').replace(/\r\n?/g, '\n'), { format: 'text', encoding: 'utf-8' });
  rows.push(score(cleanText(article), readFileSync(clean, 'utf8')));
}
const mean = (k) => rows.reduce((s, r) => s + r[k], 0) / (rows.length || 1);
console.log(`\ncleanup (parseText + cleanText, as eval-cleanup.mjs) on ${rows.length} articles from ${devset}:`);
console.log(`mean precision ${mean('precision').toFixed(3)}  recall ${mean('recall').toFixed(3)}  F1 ${mean('f1').toFixed(3)}`);

// Figure 2: card generation + summary of an article ÷ wink-nlp's bare readDoc of the same text.
// Figure 3: HTML import of a page (readDocument) ÷ @mozilla/readability alone on jsdom.
// Both on synthetic articles of the benchmark's own text (plus, for cards, the sample article
// the app ships), the two conditions timed back to back in each repetition (order alternating),
// the figure the median of the per-repetition ratios.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, out, REPO } from './paths.mjs';
import { article } from './text.mjs';
import { readabilityBaseline } from '../lib/readability-baseline.mjs';

const { generateCards } = await import(out('core/cards/index.js'));
const { summarizeArticle } = await import(out('core/summary/index.js'));
const { wink } = await import(out('core/nlp/index.js'));
const { readDocument } = await import(out('core/formats/index.js'));
const { parseFile } = await import(out('core/parse/index.js'));

function pairedRatio(reps, bare, full) {
  const b = [];
  const f = [];
  const r = [];
  for (let i = 0; i < reps; i++) {
    let tb;
    let tf;
    if (i % 2) {
      let t = performance.now();
      bare();
      tb = performance.now() - t;
      t = performance.now();
      full();
      tf = performance.now() - t;
    } else {
      let t = performance.now();
      full();
      tf = performance.now() - t;
      t = performance.now();
      bare();
      tb = performance.now() - t;
    }
    b.push(tb);
    f.push(tf);
    r.push(tf / tb);
  }
  return { bare: median(b), full: median(f), ratio: median(r), ratios: r };
}

export function measureCards({ articles = 4, reps = 21 } = {}) {
  const nlp = wink();
  const docs = Array.from({ length: articles }, (_, i) => {
    const a = article(50_000 + i);
    return { title: a.title, byline: a.byline, published: a.published, language: 'en', blocks: a.paragraphs.map((text) => ({ type: 'paragraph', text })), removed: [], format: 'text', encoding: 'utf-8' };
  });
  const sample = join(REPO, 'resources', 'samples', '000_df74848942b8800c.txt');
  try {
    const doc = parseFile(readFileSync(sample), 'sample.txt').article;
    // Only if cards are made for it (an unsupported language returns at once and would flatter the figure).
    if (generateCards(doc).cards.length > 0) docs.push(doc);
  } catch {
    // no sample in this checkout: synthetic articles only
  }
  const rows = [];
  const ratios = [];
  for (const doc of docs) {
    const text = doc.blocks.map((b) => b.text).join('\n\n');
    for (let i = 0; i < 3; i++) {
      nlp.readDoc(text);
      generateCards(doc);
      summarizeArticle(doc);
    }
    // A fresh copy of the blocks each time: the NLP analysis is shared by cards and summary of
    // one article (cached per blocks array), but never carried over between repetitions.
    const fresh = () => ({ ...doc, blocks: [...doc.blocks] });
    const res = pairedRatio(reps, () => nlp.readDoc(text), () => {
      const d = fresh();
      generateCards(d);
      summarizeArticle(d);
    });
    // The two parts alone, for the profile of where the time goes (not part of the figure).
    const cardsOnly = pairedRatio(Math.max(5, reps >> 1), () => nlp.readDoc(text), () => generateCards(fresh()));
    const summaryOnly = pairedRatio(Math.max(5, reps >> 1), () => nlp.readDoc(text), () => summarizeArticle(fresh()));
    rows.push({ title: doc.title.slice(0, 50), words: text.split(/\s+/).length, readDoc_ms: res.bare, cards_summary_ms: res.full, ratio: res.ratio, cards_ratio: cardsOnly.ratio, summary_ratio: summaryOnly.ratio });
    ratios.push(...res.ratios);
  }
  return { reps, articles: rows, cards_vs_parse: median(ratios), cards_only_vs_parse: median(rows.map((r) => r.cards_ratio)), summary_only_vs_parse: median(rows.map((r) => r.summary_ratio)) };
}

// ---- HTML pages: the article's paragraphs inside a news site's page furniture ----

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function htmlPage(a, figures = 2) {
  const nav = ['Home', 'News', 'Politics', 'Business', 'Sport', 'Culture', 'Opinion', 'Weather'].map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join('');
  const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/story-${i}">${esc(a.paragraphs[i % a.paragraphs.length].split(/[.,]/)[0])}</a></li>`).join('');
  let body = '';
  a.paragraphs.forEach((p, i) => {
    body += `<p>${esc(p)}</p>`;
    if (i % 4 === 2 && figures-- > 0) body += `<figure><img src="page_files/photo-${i}.jpg" alt="Photo ${i}"><figcaption>${esc(a.paragraphs[i].split('.')[0])}. (Photo: A. Lens)</figcaption></figure>`;
    if (i === 3) body += `<h2>${esc(a.paragraphs[i].split(/[.,]/)[0].split(' ').slice(0, 5).join(' '))}</h2>`;
  });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | The Coast Gazette</title>
<meta property="og:site_name" content="The Coast Gazette"><meta property="article:published_time" content="${a.published}T09:30:00Z">
<meta name="author" content="${esc(a.byline)}"><link rel="canonical" href="https://gazette.example/${a.title.replace(/\W+/g, '-')}">
<style>.share{display:flex}</style><script>var analytics = 1;</script></head><body>
<header><a href="/">The Coast Gazette</a><nav><ul>${nav}</ul></nav><form><input name="q"><button>Search</button></form></header>
<main><article><h1>${esc(a.title)}</h1><p class="byline">By ${esc(a.byline)}</p>
<div class="share"><a href="https://facebook.com/share">Facebook</a> <a href="https://twitter.com/share">Twitter</a> <a href="mailto:?x">Email</a></div>
${body}<p>Share this article</p><p>Subscribe to our newsletter for daily updates.</p></article>
<aside><h3>Related stories</h3><ul>${related}</ul></aside></main>
<footer><p>© 2024 The Coast Gazette. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body></html>`;
}

export async function measureHtml({ pages = 4, reps = 21 } = {}) {
  const list = Array.from({ length: pages }, (_, i) => new TextEncoder().encode(htmlPage(article(60_000 + i, 500 + i * 400), 1 + i)));
  const readLocal = () => null;
  const baseline = readabilityBaseline;
  const ours = (bytes) => readDocument(bytes, 'page.html', { readLocal });
  for (const bytes of list) {
    baseline(bytes);
    await ours(bytes);
  }
  const rows = [];
  const ratios = [];
  for (const bytes of list) {
    const b = [];
    const o = [];
    for (let i = 0; i < reps; i++) {
      let tb;
      let to;
      if (i % 2) {
        let t = performance.now();
        baseline(bytes);
        tb = performance.now() - t;
        t = performance.now();
        await ours(bytes);
        to = performance.now() - t;
      } else {
        let t = performance.now();
        await ours(bytes);
        to = performance.now() - t;
        t = performance.now();
        baseline(bytes);
        tb = performance.now() - t;
      }
      b.push(tb);
      o.push(to);
      ratios.push(to / tb);
    }
    const r = [];
    for (let i = 0; i < b.length; i++) r.push(o[i] / b[i]);
    rows.push({ kib: bytes.length / 1024, readability_ms: median(b), readDocument_ms: median(o), ratio: median(r) });
  }
  const sample = await ours(list[0]);
  return { reps, pages: rows, html_vs_readability: median(ratios), sample: { title: sample.article.title, blocks: sample.article.blocks.length, removed: sample.article.removed.length } };
}

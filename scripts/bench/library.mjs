// The benchmark's synthetic libraries. Without --quick every article goes through the real
// import path (Library.importText: decode, parse, durable writes under the home lock); with
// --quick the records are written straight into the store's file format (as
// scripts/lib/seed-library.mjs does, with the same article shape a text import produces:
// title, byline, several paragraphs), and the real store reads them.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article, articleText } from './text.mjs';
import { out } from './paths.mjs';

const { Library } = await import(out('host/services/library.js'));

function writeRecord(home, index, count, words) {
  const a = article(index, words);
  const text = articleText(a);
  const id = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
  const dir = join(home, 'articles', id);
  mkdirSync(dir, { recursive: true });
  const parsed = {
    title: a.title,
    byline: a.byline,
    published: a.published,
    language: 'en',
    blocks: a.paragraphs.map((p) => ({ type: 'paragraph', text: p })),
    removed: [{ text: `By ${a.byline}`, rule: 'byline', reason: 'byline, shown as the article’s author', before: 0 }],
    format: 'text',
    encoding: 'utf-8',
  };
  const wordCount = a.paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0) + a.title.split(/\s+/).length;
  writeFileSync(join(dir, 'original.txt'), text);
  writeFileSync(join(dir, 'parsed.json'), JSON.stringify({ schema: 1, article: parsed }));
  const meta = {
    schema: 1, id, sourceName: `article-${index + 1}.txt`, originalFile: 'original.txt', format: 'text', encoding: 'utf-8', language: 'en',
    byline: a.byline, published: a.published, words: wordCount,
    added: new Date(Date.UTC(2024, 0, 1) + (count - index) * 60_000).toISOString(), trashedAt: null,
    state: { title: a.title, tags: index % 7 === 0 ? ['science'] : [], archived: false, favorite: index % 11 === 0, progress: 0 },
  };
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
  return id;
}

/**
 * Makes a library of `count` synthetic articles (~`words` words each) in a new temp folder and
 * returns its home. `quick` writes the records straight in; otherwise each is imported.
 */
export async function buildLibrary(count, { quick = true, words = 1000, log = () => {} } = {}) {
  const home = join(mkdtempSync(join(tmpdir(), `lectern-bench-${count}-`)), 'home');
  Library.open(home, { cardsAtImport: false }); // creates the home and its files (no samples: no samplesDir)
  const started = performance.now();
  const step = Math.max(1, Math.floor(count / 20));
  if (quick) {
    for (let i = 0; i < count; i++) {
      writeRecord(home, i, count, words);
      if (count >= 100 && ((i + 1) % step === 0 || i + 1 === count)) log(`  wrote ${i + 1}/${count} articles (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  } else {
    const library = Library.open(home, { cardsAtImport: false }); // the bench times saves and search, not card generation
    for (let i = 0; i < count; i++) {
      const report = await library.importText(articleText(article(i, words)), `article-${i + 1}`);
      if (report.imported !== 1) throw new Error(`import ${i + 1} failed: ${JSON.stringify(report.outcomes)}`);
      if (count >= 100 && ((i + 1) % step === 0 || i + 1 === count)) log(`  imported ${i + 1}/${count} articles (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
  return { home, seconds: (performance.now() - started) / 1000 };
}

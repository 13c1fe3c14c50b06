// What generating an article's cards at import costs the import: the same synthetic articles
// imported (Library.importText, durable writes included) into a library that makes cards at
// import and into one that does not, back to back, the order alternating every repetition.
// The ratio is the median of the per-article ratios. Both libraries have the language model
// loaded before timing starts (the app's host loads it once, at its first article).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, out } from './paths.mjs';
import { article, articleText } from './text.mjs';

const { Library } = await import(out('host/services/library.js'));

export async function measureImportCards({ articles = 20, words = 1000 } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'lectern-bench-import-'));
  try {
    const withCards = Library.open(join(root, 'with'), { cardsAtImport: true });
    const without = Library.open(join(root, 'without'), { cardsAtImport: false });
    // Warm-up on an article outside the measured set: loads the language model and the JIT.
    for (const library of [withCards, without]) await library.importText(articleText(article(100_000, words, 7)), 'warm-up');
    const rows = [];
    for (let i = 0; i < articles; i++) {
      const text = articleText(article(i, words, 7));
      const time = async (library) => {
        const t = performance.now();
        const report = await library.importText(text, `article-${i + 1}`);
        if (report.imported !== 1) throw new Error(`bench: import ${i + 1} failed: ${JSON.stringify(report.outcomes)}`);
        return performance.now() - t;
      };
      let a;
      let b;
      if (i % 2 === 0) {
        a = await time(withCards);
        b = await time(without);
      } else {
        b = await time(without);
        a = await time(withCards);
      }
      rows.push({ with_cards_ms: a, without_cards_ms: b, ratio: a / b });
    }
    return {
      articles,
      words,
      with_cards_ms: median(rows.map((r) => r.with_cards_ms)),
      without_cards_ms: median(rows.map((r) => r.without_cards_ms)),
      import_cards_vs_plain: median(rows.map((r) => r.ratio)),
      rows,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// `node scripts/bench/import-cards.mjs [N]`: this measurement alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 20);
  const r = measureImportCards({ articles: n });
  console.log(`import of ${r.articles} articles of ~${r.words} words: with cards ${r.with_cards_ms.toFixed(1)} ms, without ${r.without_cards_ms.toFixed(1)} ms (medians); ratio ${r.import_cards_vs_plain.toFixed(2)}`);
}

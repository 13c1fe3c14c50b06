// Figure 8: how responsive the browser shell's host stays while it works. A poller calls
// `articles:list` and `study:queue` every 50 ms and times each answer, first with the host idle
// (the baseline, side by side in the same run), then while (a) a folder of text files is
// imported as the UI sends it (four files a call), (b) one big PDF is imported, (c) the search
// index of the big library is built from nothing (its first search). The figure is each phase's
// p95 latency and its ratio to the idle p95; issue 19 targets a p95 of at most 50 ms.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { call, startHost } from './shell.mjs';
import { article, articleText, sentence, rng } from './text.mjs';

const POLL_MS = 50;

function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Polls the host until `work` settles; returns the latencies of the calls made meanwhile. */
async function pollDuring(host, work) {
  const latencies = [];
  let failed = 0;
  let done = false;
  const poller = (async () => {
    for (let i = 0; !done; i++) {
      const started = performance.now();
      // A call the host could not answer in time (Node resets a request whose headers it has not
      // read within 60 s) counts as failed, with the time it took to fail.
      await call(host, i % 2 ? 'study:queue' : 'articles:list', {}).catch(() => failed++);
      latencies.push(performance.now() - started);
      const wait = POLL_MS - (performance.now() - started);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  })();
  const workStarted = performance.now();
  try {
    await work();
  } finally {
    done = true;
    await poller;
  }
  return { latencies, failed, seconds: (performance.now() - workStarted) / 1000 };
}

const summary = ({ latencies, failed, seconds }, idleP95) => {
  const p95 = percentile(latencies, 95);
  return { calls: latencies.length, failed_calls: failed, p50_ms: percentile(latencies, 50), p95_ms: p95, max_ms: Math.max(...latencies), vs_idle_p95: p95 / idleP95, work_s: seconds };
};

/** A PDF of `pages` pages full of text. */
async function textPdf(pages, seed = 7) {
  const random = rng(seed);
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    for (let line = 0; line < 60; line++) page.drawText(sentence(random).slice(0, 110), { x: 36, y: 760 - line * 12, size: 9, font });
  }
  return doc.save({ useObjectStreams: true });
}

const base64 = (data) => Buffer.from(data).toString('base64');

/**
 * Runs figure 8. `homes.small` takes the imports, `homes.large` the index build (its saved
 * index is removed first). `files`: text files in the folder; `pdfPages`: the PDF's length.
 */
export async function measureResponsiveness(homes, { files = 500, pdfPages = 4000, idleSeconds = 3, log = () => {} } = {}) {
  const host = await startHost(homes.small);
  try {
    const idle = await pollDuring(host, () => new Promise((r) => setTimeout(r, idleSeconds * 1000)));
    const idleP95 = percentile(idle.latencies, 95);

    log(`   (a) importing ${files} text files, four a call`);
    const texts = Array.from({ length: files }, (_, i) => ({ name: `responsive-${i}.txt`, data: base64(articleText(article(50_000 + i, 600, 3))) }));
    const folder = await pollDuring(host, async () => {
      for (let i = 0; i < texts.length; i += 4) await call(host, 'articles:importData', { files: texts.slice(i, i + 4) });
    });

    log(`   (b) importing a PDF of ${pdfPages} pages`);
    const pdf = await textPdf(pdfPages);
    const pdfImport = await pollDuring(host, () => call(host, 'articles:importData', { files: [{ name: 'big.pdf', data: base64(pdf) }] }));

    await host.stop();
    log('   (c) building the big library\'s search index from nothing');
    rmSync(join(homes.large, 'search'), { recursive: true, force: true });
    mkdirSync(homes.large, { recursive: true });
    const large = await startHost(homes.large);
    let indexBuild;
    try {
      indexBuild = await pollDuring(large, () => call(large, 'search:query', { query: 'water' }));
    } finally {
      await large.stop();
    }
    return {
      poll_ms: POLL_MS,
      idle: summary(idle, idleP95),
      folder_import: { files, ...summary(folder, idleP95) },
      pdf_import: { pages: pdfPages, mb: pdf.length / (1024 * 1024), ...summary(pdfImport, idleP95) },
      index_build: summary(indexBuild, idleP95),
    };
  } finally {
    await host.stop();
  }
}

// Figure 8: how responsive the browser shell's host stays while it works. A poller calls
// `articles:list` and `study:queue` every 50 ms and times each answer, first with the host idle
// (the baseline, side by side in the same run), then while (a) a folder of text files is
// imported as the UI sends it (four files a call), (b) one big PDF is imported as the UI sends
// it (uploaded in pieces of 256 KiB, then imported; issue 19: ~30 MB,
// a long illustrated book: pages of text, each with a picture), (c) the search index of the big
// library is built from nothing (its first search). The figure is each phase's p95 latency and
// its ratio to the idle p95 of the same host (the big library's host has its own idle phase);
// issue 19 targets a p95 of at most 50 ms. Failed polls are counted, with their errors.
// The list call is the one the library view makes (`poll: 'page'`): its first page, in its
// default order and shelf; `poll: 'list'` asks for the whole list instead (as the view did
// before it was paged, and as the CLI and scripts still do), to compare.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { call, importFiles, startHost } from './shell.mjs';
import { article, articleText, sentence, rng } from './text.mjs';

const POLL_MS = 50;

/** What the library view asks for when it opens: the first page of the inbox, newest first
 * (src/renderer/src/lib/library.svelte.ts, PAGE_SIZE). */
export const FIRST_PAGE = { offset: 0, limit: 50, sort: 'added', shelf: 'inbox', tag: null, query: '' };
const LIST_CALLS = {
  page: ['articles:page', FIRST_PAGE],
  list: ['articles:list', {}],
};

function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Polls the host until `work` settles; returns the latencies of the calls made meanwhile. */
async function pollDuring(host, work, poll) {
  const [listCall, listArgs] = LIST_CALLS[poll];
  const latencies = [];
  const byCall = { list: [], queue: [] };
  let failed = 0;
  const errors = new Set();
  let done = false;
  const poller = (async () => {
    for (let i = 0; !done; i++) {
      const started = performance.now();
      // A call the host could not answer in time (Node resets a request whose headers it has not
      // read within 60 s) counts as failed, with the time it took to fail.
      await (i % 2 ? call(host, 'study:queue', {}) : call(host, listCall, listArgs)).catch((error) => {
        failed++;
        errors.add(String(error?.cause?.code ?? error?.message ?? error).slice(0, 200));
      });
      latencies.push(performance.now() - started);
      byCall[i % 2 ? 'queue' : 'list'].push(performance.now() - started);
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
  return { latencies, byCall, failed, errors: [...errors], seconds: (performance.now() - workStarted) / 1000 };
}

// Each call's own p50 and p95 too, to tell which of the two is slow.
const summary = ({ latencies, byCall, failed, errors, seconds }, idleP95) => {
  const p95 = percentile(latencies, 95);
  const own = Object.fromEntries(Object.entries(byCall).map(([name, xs]) => [name, { p50_ms: percentile(xs, 50), p95_ms: percentile(xs, 95) }]));
  return { calls: latencies.length, failed_calls: failed, ...(errors.length ? { errors } : {}), p50_ms: percentile(latencies, 50), p95_ms: p95, max_ms: Math.max(...latencies), vs_idle_p95: p95 / idleP95, work_s: seconds, by_call: own };
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A PNG of seeded noise, `side` pixels square: noise does not compress, so the picture's
 * bytes in the PDF are close to side² × 3. */
function noisePng(side, random) {
  const raw = Buffer.alloc(side * (side * 3 + 1));
  for (let i = 0; i < raw.length; i++) raw[i] = i % (side * 3 + 1) === 0 ? 0 : (random() * 256) | 0;
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}

/** A PDF of `pages` pages full of text, each with a picture sized so the file is about `mb` MB. */
async function bookPdf(pages, mb, seed = 7) {
  const random = rng(seed);
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  // ~3.3 KB of text per page once compressed (measured: 300 text pages, 0.98 MB).
  const pictureBytes = Math.max(0, (mb * 1024 * 1024) / pages - 3300);
  const side = Math.floor(Math.sqrt(pictureBytes / 3));
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    for (let line = 0; line < 50; line++) page.drawText(sentence(random).slice(0, 110), { x: 36, y: 760 - line * 12, size: 9, font });
    if (side > 0) page.drawImage(await doc.embedPng(noisePng(side, random)), { x: 36, y: 36, width: 120, height: 120 });
  }
  return doc.save({ useObjectStreams: true });
}

/** Phase (c) alone: the big library's idle baseline and its index build (`homes.large`). */
async function measureIndexBuild(home, { idleSeconds, poll, log }) {
  log('   (c) building the big library\'s search index from nothing');
  rmSync(join(home, 'search'), { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const large = await startHost(home);
  try {
    // Its own idle baseline: listing the big library costs more than the small one's.
    await call(large, ...LIST_CALLS[poll]);
    const idleLarge = await pollDuring(large, () => new Promise((r) => setTimeout(r, idleSeconds * 1000)), poll);
    const indexBuild = await pollDuring(large, () => call(large, 'search:query', { query: 'water' }), poll);
    const idleP95 = percentile(idleLarge.latencies, 95);
    return { idle_large: summary(idleLarge, idleP95), index_build: summary(indexBuild, idleP95) };
  } finally {
    await large.stop();
  }
}

/**
 * Runs figure 8. `homes.small` takes the imports, `homes.large` the index build (its saved
 * index is removed first). `files`: text files in the folder; `pdfPages` and `pdfMb`: the
 * PDF's length and size; `only: 'c'` runs the index build alone (no `homes.small` needed);
 * `poll`: 'page' (the library view's call) or 'list' (the whole list).
 */
export async function measureResponsiveness(homes, { files = 500, pdfPages = 300, pdfMb = 30, idleSeconds = 3, only, poll = 'page', log = () => {} } = {}) {
  if (!LIST_CALLS[poll]) throw new Error(`bench: poll must be one of ${Object.keys(LIST_CALLS).join(', ')}`);
  const polled = { poll_ms: POLL_MS, list_call: LIST_CALLS[poll][0], list_args: LIST_CALLS[poll][1] };
  if (only === 'c') return { ...polled, ...(await measureIndexBuild(homes.large, { idleSeconds, poll, log })) };
  const host = await startHost(homes.small);
  try {
    const idle = await pollDuring(host, () => new Promise((r) => setTimeout(r, idleSeconds * 1000)), poll);
    const idleP95 = percentile(idle.latencies, 95);

    log(`   (a) importing ${files} text files, four a call`);
    const texts = Array.from({ length: files }, (_, i) => ({ name: `responsive-${i}.txt`, bytes: Buffer.from(articleText(article(50_000 + i, 600, 3))) }));
    const folder = await pollDuring(host, async () => {
      for (let i = 0; i < texts.length; i += 4) await importFiles(host, texts.slice(i, i + 4));
    }, poll);

    const pdf = await bookPdf(pdfPages, pdfMb);
    log(`   (b) importing a PDF of ${pdfPages} pages, ${(pdf.length / (1024 * 1024)).toFixed(1)} MB`);
    const pdfImport = await pollDuring(host, () => importFiles(host, [{ name: 'big.pdf', bytes: pdf }]), poll);

    await host.stop();
    const large = await measureIndexBuild(homes.large, { idleSeconds, poll, log });
    return {
      ...polled,
      idle: summary(idle, idleP95),
      folder_import: { files, ...summary(folder, idleP95) },
      pdf_import: { pages: pdfPages, mb: pdf.length / (1024 * 1024), ...summary(pdfImport, idleP95) },
      ...large,
    };
  } finally {
    await host.stop();
  }
}

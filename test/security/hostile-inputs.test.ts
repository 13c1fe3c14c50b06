// Hostile files (issue 20, items 2, 3, 8, 9): each is generated here in a temp folder and
// imported by the real `lectern` (compiled, out/node — build it first with
// `npx tsc -p tsconfig.cli.json`), one process per file. Each must be refused with one clear
// line on stderr and exit 1 (or, for the saved page, imported without what it must not bring),
// within a bounded time and memory, writing nothing outside the home. A heavy file then runs
// into the parse worker's heap limit and time limit for real, while the web host keeps
// answering other calls. The table of results is printed and written to
// test-results/hostile-inputs.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/host/services/handlers.js';
import { wireServices } from '../../src/host/open-host.js';
import { Library } from '../../src/host/services/library.js';
import { ParseWorker } from '../../src/host/services/parse-worker.js';
import { startWebHost } from '../../src/host/web/host.js';
import { epubFiles, CHAPTERS, PNG, zip } from '../fixtures/formats/build.js';
import { REPO, tempDir } from '../helpers/temp-home.js';

const BIN = join(REPO, 'bin', 'lectern.js');
const WORKER = join(REPO, 'out', 'node', 'host', 'services', 'parse-worker-main.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
/** Per file, on a loaded 2-core machine; the worker's own limit is 60 s. */
const MAX_SECONDS = 20;
const MAX_RSS_MIB = 1024;

interface Row {
  input: string;
  handled: boolean;
  exit: number | null;
  seconds: number;
  peakMiB: number | null;
  message: string;
}
const table: Row[] = [];

/** Runs `lectern`, measuring its peak resident memory with /usr/bin/time where there is one. */
function lectern(args: string[], cwd: string): { code: number | null; out: string; err: string; seconds: number; peakMiB: number | null } {
  const started = Date.now();
  const command = TIME ? [TIME, '-f', 'lectern-peak-kib=%M', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const result = spawnSync(command[0]!, command.slice(1), { cwd, encoding: 'utf8', timeout: 120_000, env: { PATH: process.env['PATH'] ?? '', HOME: cwd } });
  const seconds = (Date.now() - started) / 1000;
  const peak = /lectern-peak-kib=(\d+)/.exec(result.stderr)?.[1];
  const err = result.stderr.replace(/(?:Command exited with non-zero status \d+\n)?lectern-peak-kib=\d+\n?$/, '');
  return { code: result.status, out: result.stdout, err, seconds, peakMiB: peak ? Math.round(Number(peak) / 1024) : null };
}

/** Every path under a folder, with its size: to see that nothing outside the home changed. */
function snapshot(dir: string, skip: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      const name = `${rel}${entry.name}`;
      if (path === skip) continue;
      if (entry.isDirectory()) walk(path, `${name}/`);
      else out.push(`${name}${entry.isFile() ? `:${readFileSync(path).length}` : ''}`);
    }
  };
  walk(dir, '');
  return out.sort();
}

function deepList(levels: number): string {
  let s = '';
  for (let i = 0; i < levels; i++) s += `${' '.repeat(i * 2)}- level ${i}\n`;
  return s;
}

function manyPagesPdf(pages: number): Promise<Uint8Array> {
  return (async () => {
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]).drawText('A page of text', { x: 10, y: 100, size: 12 });
    for (let i = 1; i < pages; i++) doc.addPage([200, 200]);
    return doc.save();
  })();
}

const ONE_PIXEL = 'data:image/png;base64,' + Buffer.from(PNG).toString('base64');

interface HostileFile {
  readonly input: string;
  readonly name: string;
  readonly make: () => string | Uint8Array | Promise<Uint8Array>;
  readonly refusal: RegExp;
}

const FILES: HostileFile[] = [
  { input: 'Markdown list nested 3,000 deep (9 MB)', name: 'deep-list.md', make: () => deepList(3000), refusal: /nested deeper than 64 levels/ },
  { input: 'Markdown block quotes nested 5,000 deep', name: 'deep-quote.md', make: () => `${'>'.repeat(5000)} hello\n`, refusal: /nested deeper than 64 levels/ },
  { input: '60 KB of `*a_` (marked#4099)', name: 'emphasis.md', make: () => '*a_'.repeat(20_000), refusal: /over 1000 emphasis marks/ },
  { input: 'HTML table of 40,000 rows', name: 'table.html', make: () => `<html><body><table>${'<tr><td>a</td><td>b</td></tr>'.repeat(40_000)}</table></body></html>`, refusal: /over 15,000 elements/ },
  { input: 'HTML with 8,000 data: images', name: 'images.html', make: () => `<html><body><p>Pictures</p>${`<img src="${ONE_PIXEL}">`.repeat(8_000)}</body></html>`, refusal: /over 1,000 images/ },
  {
    input: 'EPUB with 15,000 spine entries',
    name: 'spine.epub',
    make: () => {
      const files = epubFiles(CHAPTERS);
      files['OEBPS/content.opf'] = String(files['OEBPS/content.opf']).replace(/<spine>.*<\/spine>/s, `<spine>${'<itemref idref="c1"/>'.repeat(15_000)}</spine>`);
      return zip(files);
    },
    refusal: /15,000 chapters in its spine, over the 1,000/,
  },
  { input: 'PDF of 5,200 pages', name: 'pages.pdf', make: () => manyPagesPdf(5_200), refusal: /5,200 pages, over the 5,000/ },
];

afterAll(() => {
  if (table.length === 0) return;
  mkdirSync(join(REPO, 'test-results'), { recursive: true });
  writeFileSync(join(REPO, 'test-results', 'hostile-inputs.json'), `${JSON.stringify(table, null, 2)}\n`);
  const handled = table.filter((r) => r.handled).length;
  const peaks = table.map((r) => r.peakMiB ?? 0);
  console.log(
    [
      '| input | handled | exit | seconds | peak MiB | message |',
      '| --- | --- | --- | --- | --- | --- |',
      ...table.map((r) => `| ${r.input} | ${r.handled ? 'yes' : 'NO'} | ${r.exit ?? '-'} | ${r.seconds.toFixed(1)} | ${r.peakMiB ?? '-'} | ${r.message.replace(/^failed: \S+: /, '').slice(0, 100)} |`),
      `inputs tried ${table.length}, handled ${handled}, failures ${table.length - handled}, peak memory ${Math.max(...peaks)} MiB (resident, whole process)`,
    ].join('\n'),
  );
});

describe('hostile files', () => {
  let root: string;
  let home: string;
  let inputs: string;
  let library: Library;

  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error('The Node build is missing: run `npx tsc -p tsconfig.cli.json` before this suite.');
    // One folder for the whole describe (tempDir's are removed after each test).
    root = mkdtempSync(join(tmpdir(), 'lectern-hostile-'));
    home = join(root, 'home');
    inputs = join(root, 'in');
    mkdirSync(inputs);
    for (const file of FILES) writeFileSync(join(inputs, file.name), await file.make());
    expect(spawnSync('mkfifo', [join(inputs, 'f.txt')]).status).toBe(0);
    // The real worker (compiled), with the app's default limits.
    library = Library.open(home, { parseWorker: WORKER });
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  // Each file alone through the library, parsed in the real worker: the refusal and its time.
  it.each([...FILES, { input: 'FIFO named f.txt', name: 'f.txt', refusal: /not a regular file/ }])('refuses $input in one line', { timeout: 90_000 }, async ({ input, name, refusal }) => {
    const before = snapshot(root, home);
    const started = Date.now();
    const outcome = await library.importFile(join(inputs, name));
    const seconds = (Date.now() - started) / 1000;
    const message = outcome.kind === 'failed' ? outcome.error : JSON.stringify(outcome);
    table.push({ input, handled: outcome.kind === 'failed' && refusal.test(message) && seconds < MAX_SECONDS, exit: null, seconds, peakMiB: null, message });
    expect(message).toMatch(refusal);
    expect(message).not.toContain('\n');
    expect(seconds).toBeLessThan(MAX_SECONDS);
    expect(snapshot(root, home)).toEqual(before);
  });

  // All of them at once through the real `lectern import`: exit 1, one line each, the peak
  // memory of the whole process (worker included), nothing written outside the home.
  it('are refused by `lectern import`, one stderr line each, exit 1, nothing written outside the home', { timeout: 120_000 }, () => {
    const before = snapshot(root, home);
    const run = lectern(['--home', home, 'import', inputs], root);
    const failures = run.err.split('\n').filter((l) => l.startsWith('failed: '));
    const handled = run.code === 1 && failures.length === FILES.length && (run.peakMiB ?? 0) < MAX_RSS_MIB;
    table.push({ input: `all ${FILES.length} files above, one \`lectern import\``, handled, exit: run.code, seconds: run.seconds, peakMiB: run.peakMiB, message: run.err.trim().split('\n').at(-1) ?? '' });
    expect(failures, run.err).toHaveLength(FILES.length);
    for (const file of FILES) expect(failures.find((l) => l.includes(file.name))).toMatch(file.refusal);
    expect(run.code).toBe(1);
    if (run.peakMiB !== null) expect(run.peakMiB).toBeLessThan(MAX_RSS_MIB);
    expect(snapshot(root, home)).toEqual(before);
    const fifo = lectern(['--home', home, 'import', join(inputs, 'f.txt')], root);
    expect(fifo.code).toBe(1);
    expect(fifo.err).toMatch(/^failed: .*f\.txt: It is not a regular file/m);
  });

  it('prints a file name holding a newline and escape sequences as one escaped line', { timeout: 90_000 }, () => {
    const folder = join(root, 'names');
    mkdirSync(folder);
    const name = 'evil\n\u001b[2J\u001b]0;owned\u0007name.txt';
    writeFileSync(join(folder, name), Buffer.from([0, 1, 2, 3, 0, 0, 0, 0xff, 0xfe, 0, 0, 0]));
    const run = lectern(['--home', home, 'import', join(folder, name)], root);
    const failures = run.err.split('\n').filter((l) => l.startsWith('failed: '));
    const handled = run.code === 1 && failures.length === 1 && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(run.err);
    table.push({ input: 'file name with a newline and terminal escapes', handled, exit: run.code, seconds: run.seconds, peakMiB: run.peakMiB, message: failures[0] ?? run.err });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('evil\\n\\x1b[2J\\x1b]0;owned\\x07name.txt');
    expect(run.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.code).toBe(1);
  });

  it('imports a saved page without the images its _files folder links from outside', { timeout: 90_000 }, async () => {
    const outside = join(root, 'outside');
    mkdirSync(outside);
    const secret = Buffer.concat([Buffer.from(PNG), Buffer.from('SECRET-OUTSIDE-THE-PAGE')]);
    writeFileSync(join(outside, 'secret.png'), secret);
    const page = join(root, 'saved');
    mkdirSync(join(page, 'page_files'), { recursive: true });
    writeFileSync(join(page, 'page_files', 'own.png'), PNG);
    symlinkSync(join(outside, 'secret.png'), join(page, 'page_files', 'leak.png'));
    symlinkSync(outside, join(page, 'page_files', 'dir'));
    const prose = 'The ferry left the harbour at noon and crossed the strait under a grey sky, its deck crowded with travellers. '.repeat(6);
    writeFileSync(
      join(page, 'page.html'),
      `<html><head><title>Ferry</title></head><body><article><h1>The ferry</h1><p>${prose}</p><p><img src="page_files/own.png" alt="own"></p><p>${prose}</p><p><img src="page_files/leak.png" alt="leak"></p><p><img src="page_files/dir/secret.png" alt="dir"></p></article></body></html>`,
    );
    const before = snapshot(root, home);
    const started = Date.now();
    const outcome = await library.importFile(join(page, 'page.html'));
    const seconds = (Date.now() - started) / 1000;
    const id = outcome.kind === 'imported' ? outcome.id : '';
    const assetDir = join(home, 'articles', id, 'assets');
    const assets = id && existsSync(assetDir) ? readdirSync(assetDir) : [];
    const leaked = assets.some((a) => readFileSync(join(assetDir, a)).includes('SECRET-OUTSIDE-THE-PAGE'));
    table.push({ input: 'saved page whose _files link outside it', handled: outcome.kind === 'imported' && !leaked, exit: null, seconds, peakMiB: null, message: `imported; ${assets.length} own image kept, nothing from outside` });
    expect(outcome.kind, JSON.stringify(outcome)).toBe('imported');
    expect(assets).toHaveLength(1);
    expect(leaked).toBe(false);
    expect(snapshot(root, home)).toEqual(before);
  });
});

describe('the parse worker’s own limits, for files within the caps', () => {
  // 7.5 MB of ordinary paragraphs: nothing structural to refuse, but heavy to parse.
  const heavy = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `Paragraph ${i}. The river keeper counted the boats at dawn and wrote each name in a ledger by the door, as his mother had.`).join('\n\n'));

  beforeAll(() => {
    if (!existsSync(WORKER)) throw new Error('The Node build is missing: run `npx tsc -p tsconfig.cli.json` before this suite.');
  });

  it('stops a file that takes too long, and reads the next one', { timeout: 60_000 }, async () => {
    const worker = new ParseWorker(WORKER, { heapMiB: 512, timeoutMs: 300 });
    const started = Date.now();
    await expect(worker.read({ bytes: heavy, fileName: 'slow.md', maxFileBytes: 50 * 1024 * 1024 })).rejects.toThrow(/took over 0\.3 s; Lectern stopped it/);
    const seconds = (Date.now() - started) / 1000;
    table.push({ input: '7.5 MB Markdown, 0.3 s time limit', handled: seconds < 5, exit: null, seconds, peakMiB: null, message: 'Reading this file took over 0.3 s; Lectern stopped it.' });
    const next = await worker.read({ bytes: Buffer.from('# Next\n\nA short file after the slow one.'), fileName: 'next.md', maxFileBytes: 1024 });
    expect(next.article.title).toBe('Next');
    await worker.close();
  });

  it('ends a file that exhausts its heap while the web host keeps answering other calls', { timeout: 90_000 }, async () => {
    const home = tempDir();
    const renderer = tempDir();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lectern</title>');
    const library = Library.open(home, { parseWorker: WORKER, parseLimits: { heapMiB: 48, timeoutMs: 60_000 } });
    const host = await startWebHost({ handlers: createHandlers(wireServices(library)), rendererDir: renderer });
    const call = (name: string, body: object) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const payload = JSON.stringify(body);
        const req = request(
          { host: '127.0.0.1', port: host.port, path: `/api/${name}`, method: 'POST', headers: { Host: `127.0.0.1:${host.port}`, Cookie: `lectern_${host.port}=${host.token}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    try {
      const started = Date.now();
      let done = false;
      const importing = call('articles:importData', { files: [{ name: 'heavy.md', data: heavy.toString('base64') }] }).finally(() => (done = true));
      const latencies: number[] = [];
      while (!done) {
        const t = Date.now();
        expect((await call('library:info', {})).status).toBe(200);
        latencies.push(Date.now() - t);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const reply = await importing;
      const seconds = (Date.now() - started) / 1000;
      const outcome = JSON.parse(reply.body).value.outcomes[0];
      const mainMiB = Math.round(process.memoryUsage().rss / 1024 / 1024);
      table.push({ input: '7.5 MB Markdown, 48 MiB heap, over the web host', handled: outcome.kind === 'failed', exit: null, seconds, peakMiB: mainMiB, message: `${outcome.error} (other calls answered in ≤ ${Math.max(...latencies)} ms)` });
      expect(reply.status).toBe(200);
      expect(outcome).toMatchObject({ kind: 'failed', error: expect.stringMatching(/more than the 48 MiB of memory/) });
      expect(latencies.length).toBeGreaterThan(1);
      expect(Math.max(...latencies)).toBeLessThan(2_000);
      expect(library.list()).toHaveLength(0);
      // The next file is read by a fresh worker.
      const ok = await call('articles:importData', { files: [{ name: 'fine.md', data: Buffer.from('# Fine\n\nA small file after the heavy one.').toString('base64') }] });
      expect(JSON.parse(ok.body).value.imported).toBe(1);
    } finally {
      await host.close();
    }
  });
});

// Figures 5 and 6, on the real browser shell (`node bin/lectern.js --home H serve`).
// 5: the library view's first render in Chromium (playwright-core, Debian's Chromium): from
//    navigation start to the first article row in the DOM, read as performance.now() in the
//    page; the small and the big library's hosts are loaded alternately, several times each.
// 6: the big library's host process, after its library was listed and searched through the
//    HTTP API (token in the query string, Host 127.0.0.1:port): VmRSS from /proc/<pid>/status.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, out, REPO } from './paths.mjs';

export const CHROMIUM = process.env.LECTERN_CHROMIUM ?? '/usr/bin/chromium';
const RENDER_TIMEOUT_MS = 60_000;
const CHROMIUM_ARGS = ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Starts `lectern serve` on a home; resolves with its URL, origin, token, pid and stop(). */
export function startHost(home) {
  if (!existsSync(join(REPO, 'out', 'renderer', 'index.html'))) throw new Error('bench: out/renderer is missing; build first with `npm run build`.');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'lectern.js'), '--home', home, 'serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      const match = /Lectern: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(stdout);
      if (match) {
        const url = new URL(match[1]);
        resolve({
          url: match[1],
          origin: url.origin,
          token: url.searchParams.get('token'),
          pid: child.pid,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
              setTimeout(() => child.kill('SIGKILL'), 8000).unref();
            }),
        });
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => reject(new Error(`lectern serve exited (${code}): ${stderr}`)));
  });
}

/** One API call through the host's HTTP interface. */
export async function call(host, name, args = {}) {
  const res = await fetch(`${host.origin}/api/${encodeURIComponent(name)}?token=${encodeURIComponent(host.token)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  });
  const body = await res.json();
  if (!body.ok) throw new Error(`${name}: ${body.error}`);
  return body.value;
}

/** Imports files as the UI does (src/renderer/src/lib/importer.svelte.ts): a file bigger than
 * one upload piece alone, its bytes uploaded in pieces and then imported; smaller ones together
 * in one `articles:importData` call (the caller batches them as the UI does). */
export async function importFiles(host, files) {
  const { UPLOAD_CHUNK_BYTES } = await import(out('shared/contract.js'));
  const [first] = files;
  if (files.length > 1 || first.bytes.length <= UPLOAD_CHUNK_BYTES) {
    return call(host, 'articles:importData', { files: files.map(({ name, bytes }) => ({ name, data: Buffer.from(bytes).toString('base64') })) });
  }
  const { id, chunkBytes } = await call(host, 'uploads:start', { name: first.name, size: first.bytes.length });
  for (let offset = 0; offset < first.bytes.length; offset += chunkBytes) {
    await call(host, 'uploads:append', { id, offset, data: Buffer.from(first.bytes.subarray(offset, offset + chunkBytes)).toString('base64') });
  }
  return call(host, 'articles:importUploads', { ids: [id] });
}

/** Resident memory (and its peak) of a process, in MB. */
export function processMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss_mb: kb('VmRSS') / 1024, hwm_mb: kb('VmHWM') / 1024 };
}

/** Figure 6: the host of the big library, with its library listed and searched. */
export async function measureHostMemory(host, queries) {
  const idle = processMemory(host.pid);
  let t = performance.now();
  const list = await call(host, 'articles:list');
  const listMs = performance.now() - t;
  t = performance.now();
  await call(host, 'search:query', { query: queries[0] });
  const firstSearchS = (performance.now() - t) / 1000;
  const times = [];
  for (const query of queries.slice(1, 21)) {
    t = performance.now();
    await call(host, 'search:query', { query });
    times.push(performance.now() - t);
  }
  await call(host, 'articles:list');
  const mem = processMemory(host.pid);
  return { articles: list.length, rss_mb_idle: idle.rss_mb, rss_mb: mem.rss_mb, hwm_mb: mem.hwm_mb, list_http_ms: listMs, first_search_s: firstSearchS, search_http_p50_ms: median(times) };
}

/** Figure 5: first render of the library view, small vs big host, interleaved. */
export async function measureFirstRender(hosts, { runs = 5 } = {}) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const contexts = {};
    for (const [size, host] of Object.entries(hosts)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(host.url); // trades the token for the session cookie
      contexts[size] = { context, host };
    }
    const times = { small: [], large: [] };
    const listTimes = { small: [], large: [] };
    const rows = { small: 0, large: 0 };
    let retries = 0;
    // Another build can replace out/renderer under a running host (a page then loads half a
    // build): one failed load is retried once, and counted in the results.
    const once = (size) =>
      onceTry(size).catch((error) => {
        if (retries++ >= 2) throw error;
        process.stderr.write(`  ${error.message.split('\n')[0]}; retrying\n`);
        return onceTry(size);
      });
    const onceTry = async (size) => {
      const { context, host } = contexts[size];
      const page = await context.newPage();
      await page.goto(`${host.origin}/#/`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        () => {
          const row = document.querySelector('[role="list"][aria-label="Articles"] [role="listitem"] article');
          if (!row || row.getBoundingClientRect().height === 0) return null;
          const list = performance.getEntriesByType('resource').find((e) => decodeURIComponent(e.name).includes('/api/articles:page'));
          return { ms: performance.now(), list: list ? list.responseEnd - list.startTime : null, rows: document.querySelectorAll('[role="list"][aria-label="Articles"] [role="listitem"]').length };
        },
        undefined,
        { timeout: RENDER_TIMEOUT_MS, polling: 'raf' },
      ).catch(async (error) => {
        const state = await page.evaluate(() => ({ hash: location.hash, headings: [...document.querySelectorAll('h1, h2')].map((h) => h.textContent?.trim()).join(' | ') })).catch(() => null);
        throw new Error(`bench: no article row on the ${size} library's view after ${RENDER_TIMEOUT_MS / 1000} s (page: ${JSON.stringify(state)}): ${error.message}`);
      });
      const value = await handle.jsonValue();
      times[size].push(value.ms);
      if (value.list !== null) listTimes[size].push(value.list);
      rows[size] = value.rows;
      await page.close();
    };
    await once('small'); // warm-up: the server's caches, Chromium's compile cache
    await once('large');
    for (let i = 0; i < runs; i++) for (const size of i % 2 ? ['small', 'large'] : ['large', 'small']) await once(size);
    for (const { context } of Object.values(contexts)) await context.close();
    return {
      runs,
      render_ms_small: median(times.small),
      render_ms_large: median(times.large),
      list_call_ms_small: median(listTimes.small),
      list_call_ms_large: median(listTimes.large),
      rows_in_dom: rows,
      retries,
      list_render_10k_vs_10: median(times.large) / median(times.small),
    };
  } finally {
    await browser.close();
  }
}

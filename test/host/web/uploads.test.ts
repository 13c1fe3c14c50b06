// A file sent to the browser shell in pieces (`uploads:*`, then `articles:importUploads`), over
// real HTTP: it arrives byte for byte, other calls are answered while it is open, and pieces
// that are unauthorised, out of order, too big or past the announced end are refused with a
// clear error and lose nothing already received.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { wireServices } from '../../../src/host/open-host.js';
import { createHandlers } from '../../../src/host/services/handlers.js';
import { Library } from '../../../src/host/services/library.js';
import { startWebHost, type WebHost } from '../../../src/host/web/host.js';
import { UPLOAD_CHUNK_BYTES } from '../../../src/shared/contract.js';
import type { ImportReport } from '../../../src/shared/types.js';
import { buildEpub, CHAPTERS } from '../../fixtures/formats/build.js';
import { SAMPLES, tempDir } from '../../helpers/temp-home.js';

let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(): Promise<{ host: WebHost; library: Library }> {
  const renderer = tempDir('lectern-renderer-');
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lectern</title>');
  // Cards are left out: the test is about bytes arriving, not about what is made of them.
  const library = Library.open(tempDir(), { samplesDir: SAMPLES, cardsAtImport: false });
  host = await startWebHost({ handlers: createHandlers(wireServices(library)), rendererDir: renderer });
  return { host, library };
}

interface Answer {
  status: number;
  body: { ok: boolean; value?: unknown; error?: string; name?: string };
}

async function post(h: WebHost, name: string, args: unknown, cookie = `lectern_${h.port}=${h.token}`): Promise<Answer> {
  const res = await fetch(`http://127.0.0.1:${h.port}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(args) });
  const text = await res.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = { ok: false, error: text };
  }
  return { status: res.status, body };
}

async function value<T>(h: WebHost, name: string, args: unknown): Promise<T> {
  const answer = await post(h, name, args);
  if (!answer.body.ok) throw new Error(`${name} answered ${answer.status}: ${answer.body.error}`);
  return answer.body.value as T;
}

/** An EPUB of about `bytes` bytes: a short book padded with an unlisted file of seeded noise,
 * so every piece differs (a lost or repeated piece would show in the stored original) and
 * reading it stays quick. */
function bigBook(bytes: number): Buffer {
  const noise = new Uint8Array(bytes);
  let x = 7;
  for (let i = 0; i < noise.length; i++) noise[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
  return Buffer.from(buildEpub(CHAPTERS, { 'OEBPS/padding.bin': noise }));
}

const piece = (bytes: Buffer, offset: number, length = UPLOAD_CHUNK_BYTES) => bytes.subarray(offset, offset + length).toString('base64');

describe('uploading a file in pieces to the browser shell', () => {
  it('brings a multi-piece file through intact and imports it', async () => {
    const { host: h, library } = await start();
    const file = bigBook(2.5 * UPLOAD_CHUNK_BYTES);
    const { id, chunkBytes } = await value<{ id: string; chunkBytes: number }>(h, 'uploads:start', { name: 'book.epub', size: file.length });
    expect(chunkBytes).toBe(UPLOAD_CHUNK_BYTES);
    for (let offset = 0; offset < file.length; offset += chunkBytes) {
      const got = await value<{ received: number; size: number }>(h, 'uploads:append', { id, offset, data: piece(file, offset, chunkBytes) });
      expect(got).toEqual({ received: Math.min(offset + chunkBytes, file.length), size: file.length });
    }
    const report = await value<ImportReport>(h, 'articles:importUploads', { ids: [id] });
    expect(report.imported).toBe(1);
    const outcome = report.outcomes[0]!;
    if (outcome.kind !== 'imported') throw new Error(`not imported: ${JSON.stringify(outcome)}`);
    expect(outcome.path).toBe('book.epub');
    expect(Buffer.from(library.original(outcome.id)).equals(file)).toBe(true);
    // Imported once: the upload is gone.
    expect((await post(h, 'articles:importUploads', { ids: [id] })).status).toBe(404);
  });

  it('answers other calls while an upload is open', async () => {
    const { host: h } = await start();
    const file = bigBook(1.5 * UPLOAD_CHUNK_BYTES);
    const { id } = await value<{ id: string }>(h, 'uploads:start', { name: 'open.epub', size: file.length });
    await value(h, 'uploads:append', { id, offset: 0, data: piece(file, 0) });
    const page = await value<{ total: number }>(h, 'articles:page', { offset: 0, limit: 50, sort: 'added', shelf: 'inbox', tag: null, query: '' });
    expect(page.total).toBe(1);
    expect(await value(h, 'study:queue', {})).toBeTruthy();
    await value(h, 'uploads:append', { id, offset: UPLOAD_CHUNK_BYTES, data: piece(file, UPLOAD_CHUNK_BYTES) });
    expect((await value<ImportReport>(h, 'articles:importUploads', { ids: [id] })).imported).toBe(1);
  });

  it('refuses every upload call without the token, or with a wrong one', async () => {
    const { host: h } = await start();
    const { id } = await value<{ id: string }>(h, 'uploads:start', { name: 'a.md', size: 5 });
    for (const cookie of ['', `lectern_${h.port}=wrong-token`]) {
      expect((await post(h, 'uploads:start', { name: 'b.md', size: 5 }, cookie)).status).toBe(401);
      expect((await post(h, 'uploads:append', { id, offset: 0, data: Buffer.from('hello').toString('base64') }, cookie)).status).toBe(401);
      expect((await post(h, 'articles:importUploads', { ids: [id] }, cookie)).status).toBe(401);
    }
    // Nothing the refused calls sent arrived.
    expect(await value(h, 'uploads:append', { id, offset: 0, data: Buffer.from('# Hi\n').toString('base64') })).toEqual({ received: 5, size: 5 });
  });

  it('refuses a piece out of order, too big or past the end, and keeps what arrived', async () => {
    const { host: h, library } = await start();
    const file = bigBook(UPLOAD_CHUNK_BYTES + 1000);
    const { id } = await value<{ id: string }>(h, 'uploads:start', { name: 'order.epub', size: file.length });
    await value(h, 'uploads:append', { id, offset: 0, data: piece(file, 0) });

    const skipped = await post(h, 'uploads:append', { id, offset: UPLOAD_CHUNK_BYTES + 10, data: piece(file, UPLOAD_CHUNK_BYTES + 10) });
    expect(skipped.status).toBe(400);
    expect(skipped.body.error).toContain(`expected the piece at byte ${UPLOAD_CHUNK_BYTES}, not at byte ${UPLOAD_CHUNK_BYTES + 10}`);
    const again = await post(h, 'uploads:append', { id, offset: 0, data: piece(file, 0) });
    expect(again.status).toBe(400);

    const tooBig = await post(h, 'uploads:append', { id, offset: UPLOAD_CHUNK_BYTES, data: Buffer.alloc(UPLOAD_CHUNK_BYTES + 3).toString('base64') });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error).toMatch(/uploads:append: data: a piece of an upload is at most 256 KiB/);
    const pastEnd = await post(h, 'uploads:append', { id, offset: UPLOAD_CHUNK_BYTES, data: Buffer.alloc(file.length - UPLOAD_CHUNK_BYTES + 1).toString('base64') });
    expect(pastEnd.status).toBe(400);
    expect(pastEnd.body.error).toMatch(/runs past the end of order\.epub/);
    const notBase64 = await post(h, 'uploads:append', { id, offset: UPLOAD_CHUNK_BYTES, data: 'not base64!' });
    expect(notBase64.status).toBe(400);

    // Importing before the end is refused, and the upload stays.
    const early = await post(h, 'articles:importUploads', { ids: [id] });
    expect(early.status).toBe(400);
    expect(early.body.error).toMatch(new RegExp(`not complete: ${UPLOAD_CHUNK_BYTES} of \\d+ bytes arrived`));

    await value(h, 'uploads:append', { id, offset: UPLOAD_CHUNK_BYTES, data: piece(file, UPLOAD_CHUNK_BYTES) });
    const report = await value<ImportReport>(h, 'articles:importUploads', { ids: [id] });
    const outcome = report.outcomes[0]!;
    if (outcome.kind !== 'imported') throw new Error(`not imported: ${JSON.stringify(outcome)}`);
    expect(Buffer.from(library.original(outcome.id)).equals(file)).toBe(true);
  });

  it('refuses a file over the library’s size limit before any piece is sent', async () => {
    const { host: h } = await start();
    await value(h, 'settings:set', { maxFileMiB: 1 });
    const refused = await post(h, 'uploads:start', { name: 'big.pdf', size: 2 * 1024 * 1024 });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(/The file is too large: 2\.0 MiB, and the limit is 1\.0 MiB/);
    const overSchema = await post(h, 'uploads:start', { name: 'huge.pdf', size: 51 * 1024 * 1024 });
    expect(overSchema.status).toBe(400);
    expect(overSchema.body.error).toMatch(/size: a file sent is at most 50 MiB/);
  });
});

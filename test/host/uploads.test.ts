// The host's store of unfinished uploads (src/host/services/uploads.ts): bounded memory, idle
// uploads dropped, all-or-nothing hand-over; and the same calls through the host in a worker
// thread, where the browser shell runs them, with pieces sent as bytes as Electron's port may.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LecternError, NotFoundError, ValidationError } from '../../src/core/errors.js';
import { startHostThread, type HostThread } from '../../src/host/host-thread.js';
import { openHost } from '../../src/host/open-host.js';
import { createDirectApi } from '../../src/host/services/dispatch.js';
import { ParseWorker } from '../../src/host/services/parse-worker.js';
import { UploadService } from '../../src/host/services/uploads.js';
import { UPLOAD_CHUNK_BYTES } from '../../src/shared/contract.js';
import { REPO, SAMPLES, tempDir } from '../helpers/temp-home.js';

const MIB = 1024 * 1024;

function service(limits: { maxPendingBytes?: number; idleMs?: number } = {}) {
  let now = 1_000_000;
  const uploads = new UploadService(() => 50 * MIB, limits, () => now);
  return { uploads, advance: (ms: number) => (now += ms) };
}

describe('unfinished uploads', () => {
  it('drops an upload that gets no piece for the idle time, with its bytes', () => {
    const { uploads, advance } = service({ idleMs: 60_000 });
    const { id } = uploads.start('a.pdf', 3 * MIB);
    uploads.append(id, 0, new Uint8Array(MIB));
    advance(59_000);
    uploads.append(id, MIB, new Uint8Array(MIB)); // a piece keeps it alive
    expect(uploads.pendingBytes).toBe(3 * MIB);
    advance(60_000);
    expect(() => uploads.append(id, 2 * MIB, new Uint8Array(MIB))).toThrow(NotFoundError);
    expect(uploads.pendingBytes).toBe(0);
  });

  it('bounds the bytes held by unfinished uploads, and frees them on import or discard', () => {
    const { uploads } = service({ maxPendingBytes: 8 * MIB });
    const a = uploads.start('a.pdf', 5 * MIB);
    expect(() => uploads.start('b.pdf', 4 * MIB)).toThrow(LecternError);
    expect(() => uploads.start('b.pdf', 4 * MIB)).toThrow(/already receiving 5\.0 MiB/);
    expect(uploads.discard(a.id)).toBe(true);
    expect(uploads.discard(a.id)).toBe(false);
    const b = uploads.start('b.pdf', 4 * MIB);
    const c = uploads.start('c.txt', 2);
    uploads.append(c.id, 0, new Uint8Array([104, 105]));
    expect(() => uploads.take([c.id, b.id])).toThrow(ValidationError);
    // Refused as a whole: the complete one is still there.
    expect(uploads.take([c.id])).toEqual([{ name: 'c.txt', data: new Uint8Array([104, 105]) }]);
    expect(uploads.pendingBytes).toBe(4 * MIB);
    expect(() => uploads.take([b.id, b.id])).toThrow(/given twice/);
  });
});

describe('uploads through the contract', () => {
  it('every transport validates the calls: bytes or base64, with the field named', async () => {
    const api = createDirectApi(openHost(tempDir(), { samplesDir: SAMPLES, cardsAtImport: false }).handlers);
    const { id } = await api['uploads:start']({ name: 'note.md', size: 10 });
    await expect(api['uploads:append']({ id, offset: 0, data: 12345 as unknown as string })).rejects.toThrow(/uploads:append: data: expected bytes or base64 text/);
    await expect(api['uploads:append']({ id, offset: -1, data: 'aGVsbG8=' })).rejects.toThrow(/offset:/);
    await expect(api['uploads:append']({ id: 'nope', offset: 0, data: 'aGVsbG8=' })).rejects.toThrow(/id: an upload ID is 32 hexadecimal characters/);
    await expect(api['uploads:append']({ id, offset: 0, data: new Uint8Array(UPLOAD_CHUNK_BYTES + 1) })).rejects.toThrow(/at most 256 KiB/);
    await api['uploads:append']({ id, offset: 0, data: new TextEncoder().encode('# Hi\n\n') });
    await api['uploads:append']({ id, offset: 6, data: Buffer.from('Yo.\n').toString('base64') });
    const report = await api['articles:importUploads']({ ids: [id] });
    expect(report.imported).toBe(1);
  });
});

describe('bytes handed to the parse worker', () => {
  it('are copied before they are transferred: the caller keeps its own, even a Buffer from the pool', async () => {
    const entry = join(REPO, 'out', 'node', 'host', 'services', 'parse-worker-main.js');
    if (!existsSync(entry)) throw new Error('The Node build is missing: run `npx tsc -p tsconfig.cli.json` first.');
    const worker = new ParseWorker(entry);
    try {
      for (const bytes of [Buffer.from('# Small\n\nA pooled buffer.\n'), Buffer.from(`# Big\n\n${'Words of a long page. '.repeat(20_000)}\n`)]) {
        const before = Buffer.from(bytes);
        const doc = await worker.read({ bytes, fileName: 'page.md', maxFileBytes: MIB });
        expect(doc.article.title).toMatch(/Small|Big/);
        expect(bytes.equals(before)).toBe(true);
      }
    } finally {
      await worker.close();
    }
  });
});

describe('uploads to the host in a worker thread (what `lectern serve` runs)', () => {
  const WORKER = join(REPO, 'out', 'node', 'host', 'host-worker.js');
  const threads: HostThread[] = [];
  afterEach(async () => {
    for (const thread of threads.splice(0)) await thread.close();
  });

  it('takes pieces as bytes and answers other calls between them', async () => {
    if (!existsSync(WORKER)) throw new Error('The Node build is missing: run `npx tsc -p tsconfig.cli.json` first.');
    const thread = await startHostThread({ home: tempDir(), samplesDir: SAMPLES }, WORKER);
    threads.push(thread);
    const text = Buffer.from(`# Tides\n\n${'The tide came in at noon and went out by six. '.repeat(25_000)}\n`);
    const { id } = (await thread.call('uploads:start', { name: 'tides.md', size: text.length })) as { id: string };
    const answered: string[] = [];
    for (let offset = 0; offset < text.length; offset += UPLOAD_CHUNK_BYTES) {
      await thread.call('uploads:append', { id, offset, data: new Uint8Array(text.subarray(offset, offset + UPLOAD_CHUNK_BYTES)) });
      answered.push(`${((await thread.call('articles:list', {})) as unknown[]).length} listed`);
    }
    expect(answered).toEqual(Array.from({ length: Math.ceil(text.length / UPLOAD_CHUNK_BYTES) }, () => '1 listed'));
    const report = (await thread.call('articles:importUploads', { ids: [id] })) as { imported: number };
    expect(report.imported).toBe(1);
    expect(((await thread.call('articles:list', {})) as unknown[]).length).toBe(2);
  });
});

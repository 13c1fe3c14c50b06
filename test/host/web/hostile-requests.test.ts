// The browser shell's host against hostile requests (issue 20, items 7, 8 and 10): cookies
// tossed from another 127.0.0.1 port, undecodable API names, protocol-relative redirects, two
// Host headers, look-alike content types, bodies over the limit, and a write lock held by
// another process — each refused or survived, with the host still answering everything else.
import { mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/host/services/handlers.js';
import { wireServices } from '../../../src/host/open-host.js';
import { Library } from '../../../src/host/services/library.js';
import { startWebHost, type WebHost } from '../../../src/host/web/host.js';
import { SAMPLES, tempDir } from '../../helpers/temp-home.js';

let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(options: { maxBodyBytes?: number } = {}): Promise<{ host: WebHost; library: Library; home: string }> {
  const renderer = tempDir('lectern-renderer-');
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lectern</title>');
  const home = tempDir();
  const library = Library.open(home, { samplesDir: SAMPLES });
  host = await startWebHost({ handlers: createHandlers(wireServices(library)), rendererDir: renderer, beforeCall: () => library.store.whenUnlocked(), ...options });
  return { host, library, home };
}

interface Reply {
  status: number;
  head: string;
  body: string;
}

/** One raw HTTP/1.1 exchange: the request exactly as written, so headers can repeat. */
function raw(h: WebHost, lines: string[], body: string | Buffer = ''): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = connect(h.port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const end = data.indexOf('\r\n\r\n');
      const head = data.slice(0, end);
      let rest = data.slice(end + 4);
      if (/^transfer-encoding: chunked/im.test(head)) rest = unchunk(rest);
      resolve({ status: Number(data.slice(9, 12)), head, body: rest });
    });
    // Not half-closed: the server closes once it has answered (Connection: close).
    socket.write(`${[...lines, 'Connection: close'].join('\r\n')}\r\n\r\n`);
    socket.write(body);
  });
}

function unchunk(text: string): string {
  let out = '';
  for (let at = 0; ; ) {
    const nl = text.indexOf('\r\n', at);
    const size = parseInt(text.slice(at, nl), 16);
    if (!size) return out;
    out += text.slice(nl + 2, nl + 2 + size);
    at = nl + 2 + size + 2;
  }
}

const hostLine = (h: WebHost) => `Host: 127.0.0.1:${h.port}`;
const cookie = (h: WebHost) => `lectern_${h.port}=${h.token}`;

function api(h: WebHost, name: string, body: string, headers: string[] = []): Promise<Reply> {
  return raw(h, [`POST /api/${name} HTTP/1.1`, hostLine(h), `Cookie: ${cookie(h)}`, 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, ...headers], body);
}

describe('cookie tossing from another 127.0.0.1 port', () => {
  it('ignores an undecodable cookie of the session name and finds the real one', async () => {
    const { host: h } = await start();
    for (const header of [`lectern_${h.port}=%E0%A4%A; ${cookie(h)}`, `${cookie(h)}; lectern_${h.port}=%E0%A4%A`, `lectern_${h.port}=decoy; ${cookie(h)}`]) {
      const reply = await raw(h, [`POST /api/library:info HTTP/1.1`, hostLine(h), `Cookie: ${header}`, 'Content-Type: application/json', 'Content-Length: 2'], '{}');
      expect(reply.status, header).toBe(200);
    }
  });

  it('answers 401, not 500, when the only cookie is undecodable', async () => {
    const { host: h } = await start();
    const reply = await raw(h, ['GET / HTTP/1.1', hostLine(h), `Cookie: lectern_${h.port}=%E0%A4%A`]);
    expect(reply.status).toBe(401);
  });

  it('answers 400 for an API name that is not valid percent-encoding', async () => {
    const { host: h } = await start();
    const reply = await api(h, '%E0%A4%A', '{}');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: expect.stringMatching(/percent-encoding/) });
  });
});

describe('requests built to confuse the host', () => {
  it('redirects the token URL to a path on this host, never to a protocol-relative URL', async () => {
    const { host: h } = await start();
    for (const path of [`/.//evil.com/?token=${h.token}`, `//evil.com/?token=${h.token}`, `/.%2F/evil.com/?token=${h.token}`, `/./\\evil.com/?token=${h.token}`]) {
      const reply = await raw(h, [`GET ${path} HTTP/1.1`, hostLine(h)]);
      if (reply.status !== 303) continue; // refused outright is fine too
      const location = /^location: (.*)$/im.exec(reply.head)?.[1] ?? '';
      expect(location, path).toMatch(/^\/(?![/\\])/);
    }
  });

  it('refuses a request with two Host headers', async () => {
    const { host: h } = await start();
    const reply = await raw(h, ['GET / HTTP/1.1', hostLine(h), 'Host: evil.example', `Cookie: ${cookie(h)}`]);
    expect(reply.status).toBe(400);
    const reversed = await raw(h, ['GET / HTTP/1.1', 'Host: evil.example', hostLine(h), `Cookie: ${cookie(h)}`]);
    expect(reversed.status).toBeGreaterThanOrEqual(400);
  });

  it('takes only application/json as JSON, with or without a charset', async () => {
    const { host: h } = await start();
    const send = (type: string) => raw(h, ['POST /api/library:info HTTP/1.1', hostLine(h), `Cookie: ${cookie(h)}`, `Content-Type: ${type}`, 'Content-Length: 2'], '{}');
    expect((await send('application/jsonx')).status).toBe(415);
    expect((await send('application/json-patch+json')).status).toBe(415);
    expect((await send('text/plain')).status).toBe(415);
    expect((await send('application/json; charset=utf-8')).status).toBe(200);
    expect((await send('Application/JSON')).status).toBe(200);
  });

  it('answers 413 to a body over the limit, declared or streamed, and keeps serving', async () => {
    const { host: h } = await start({ maxBodyBytes: 64 * 1024 });
    const declared = await raw(h, ['POST /api/articles:importText HTTP/1.1', hostLine(h), `Cookie: ${cookie(h)}`, 'Content-Type: application/json', `Content-Length: ${10 * 1024 * 1024}`], 'x'.repeat(1024));
    expect(declared.status).toBe(413);
    const big = JSON.stringify({ text: 'word '.repeat(40_000) });
    const streamed = await raw(h, ['POST /api/articles:importText HTTP/1.1', hostLine(h), `Cookie: ${cookie(h)}`, 'Content-Type: application/json', 'Transfer-Encoding: chunked'], `${Buffer.byteLength(big).toString(16)}\r\n${big}\r\n0\r\n\r\n`);
    expect(streamed.status).toBe(413);
    expect((await api(h, 'library:info', '{}')).status).toBe(200);
  });
});

describe('another process holding the write lock', () => {
  it('makes a write wait without stalling the host: other requests are answered meanwhile', async () => {
    const { host: h, home } = await start();
    mkdirSync(join(home, 'lock'));
    writeFileSync(join(home, 'lock', 'owner.json'), JSON.stringify({ pid: process.ppid, host: hostname(), since: Date.now() }));
    let written = false;
    const write = api(h, 'articles:setProgress', JSON.stringify({ id: '48b49f7991c0da8e', progress: 0.5 })).finally(() => (written = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const page = await raw(h, ['GET / HTTP/1.1', hostLine(h), `Cookie: ${cookie(h)}`]);
    expect(page.status).toBe(200);
    // Answered while the write still waits for the lock (no clock: the order is the proof).
    expect(written).toBe(false);
    const { rmSync } = await import('node:fs');
    rmSync(join(home, 'lock'), { recursive: true });
    expect((await write).status).toBe(200);
  });
});

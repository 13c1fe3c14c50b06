// The browser shell refuses strangers: no token or a wrong one (401, pages and API), a foreign
// Host header (403, even with the right token: DNS rebinding), a foreign Origin on the API (403,
// even with the cookie: cross-site requests), and it listens on the loopback interface only.
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../src/shared/contract.js';
import { startWebHost, type WebHost } from '../../src/host/web/host.js';

const ran: string[] = [];
const handlers = new Proxy({} as Handlers, { get: (_t, name) => () => (ran.push(String(name)), 'ok') });
let host: WebHost;
let renderer = '';

beforeAll(async () => {
  renderer = mkdtempSync(join(tmpdir(), 'lectern-renderer-')); // tempDir() would be removed after the first test
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lectern</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({ handlers, rendererDir: renderer });
});
afterAll(async () => {
  await host?.close();
  if (renderer) rmSync(renderer, { recursive: true, force: true });
});

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Bytes exactly as written (http.request would add a Host header); the status line back. */
function rawRequest(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: host.port });
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (reply += c));
    socket.on('end', () => resolve(reply.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
    socket.write(text);
  });
}

const cookie = () => `lectern_${host.port}=${host.token}`;
const api = (headers: Record<string, string>) => call('/api/library:info', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
const wrongToken = () => host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');

describe('the browser shell without the right token', () => {
  it('answers 401 to pages, assets and API calls with no token', async () => {
    ran.length = 0;
    expect((await call('/')).status).toBe(401);
    expect((await call('/index.html')).status).toBe(401);
    expect((await call('/assets/app.js')).status).toBe(401);
    expect((await api({})).status).toBe(401);
    expect((await api({ Origin: `http://127.0.0.1:${host.port}` })).status).toBe(401);
    expect(ran).toEqual([]);
  });

  it('answers 401 to a wrong token, in the URL or in the cookie, and to another port’s cookie', async () => {
    ran.length = 0;
    for (const token of [wrongToken(), '', host.token.slice(0, 8), `${host.token}x`, host.token.toUpperCase() === host.token ? host.token.toLowerCase() : host.token.toUpperCase()]) {
      expect((await call(`/?token=${encodeURIComponent(token)}`)).status, token).toBe(401);
      expect((await call('/assets/app.js', { headers: { Cookie: `lectern_${host.port}=${encodeURIComponent(token)}` } })).status, token).toBe(401);
      expect((await api({ Cookie: `lectern_${host.port}=${encodeURIComponent(token)}` })).status, token).toBe(401);
      expect((await call(`/api/library:info?token=${encodeURIComponent(token)}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status, token).toBe(401);
    }
    expect((await api({ Cookie: `lectern_${host.port + 1}=${host.token}` })).status).toBe(401);
    expect(ran).toEqual([]);
  });

  it('lets the right token through (so the refusals above are about the token)', async () => {
    expect((await call('/', { headers: { Cookie: cookie() } })).status).toBe(200);
    expect((await api({ Cookie: cookie() })).status).toBe(200);
    expect((await call(`/api/library:info?token=${host.token}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(200);
  });
});

describe('a foreign Host header', () => {
  it('is refused with 403 even with a valid token, on pages and API', async () => {
    ran.length = 0;
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1.nip.io:${host.port}`, `127.0.0.1:${host.port + 1}`, `localhost:${host.port + 1}`, `[::1]:${host.port}`, `0.0.0.0:${host.port}`]) {
      expect((await call('/', { headers: { Host: hostHeader, Cookie: cookie() } })).status, hostHeader).toBe(403);
      expect((await call(`/?token=${host.token}`, { headers: { Host: hostHeader } })).status, hostHeader).toBe(403);
      expect((await api({ Host: hostHeader, Cookie: cookie(), Origin: `http://${hostHeader}` })).status, hostHeader).toBe(403);
    }
    expect(ran).toEqual([]);
  });

  it('is refused when there is no Host header at all (raw HTTP/1.0 and HTTP/1.1)', async () => {
    for (const version of ['1.0', '1.1']) {
      const head = await rawRequest(`GET /?token=${host.token} HTTP/${version}\r\nCookie: ${cookie()}\r\nConnection: close\r\n\r\n`);
      expect(head, version).toMatch(/^HTTP\/1\.[01] (400|403) /);
    }
    expect(ran).toEqual([]);
  });

  it('accepts 127.0.0.1 and localhost on the host’s own port', async () => {
    for (const hostHeader of [`127.0.0.1:${host.port}`, `localhost:${host.port}`, `LOCALHOST:${host.port}`]) {
      expect((await call('/', { headers: { Host: hostHeader, Cookie: cookie() } })).status, hostHeader).toBe(200);
    }
  });
});

describe('a foreign Origin on the API', () => {
  it('is refused with 403 even with the cookie and the token', async () => {
    ran.length = 0;
    for (const origin of ['http://evil.example', `http://evil.example:${host.port}`, `https://127.0.0.1:${host.port}`, `http://127.0.0.1:${host.port + 1}`, `http://localhost:${host.port + 1}`, 'null', 'file://', `http://127.0.0.1:${host.port}.evil.example`]) {
      expect((await api({ Cookie: cookie(), Origin: origin })).status, origin).toBe(403);
      expect((await call(`/api/library:info?token=${host.token}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: '{}' })).status, origin).toBe(403);
    }
    expect(ran).toEqual([]);
  });

  it('accepts the shell’s own origin', async () => {
    for (const origin of [`http://127.0.0.1:${host.port}`, `http://localhost:${host.port}`]) {
      expect((await api({ Cookie: cookie(), Origin: origin })).status, origin).toBe(200);
    }
  });
});

/** This machine's own non-loopback IPv4 addresses (never anyone else's). */
function ownNonLoopbackIPv4(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => a !== undefined && a.family === 'IPv4' && !a.internal && !a.address.startsWith('127.'))
    .map((a) => a.address);
}

function tryConnect(address: string, port: number): Promise<'connected' | string> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 3000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('the listening socket', () => {
  it('is bound to 127.0.0.1 and answers there', async () => {
    expect(host.url.startsWith(`http://127.0.0.1:${host.port}/`)).toBe(true);
    expect(await tryConnect('127.0.0.1', host.port)).toBe('connected');
  });

  const own = ownNonLoopbackIPv4();
  it.skipIf(own.length === 0)(`is not reachable on this machine’s own non-loopback addresses (${own.join(', ') || 'none'})`, async () => {
    for (const address of own) expect(await tryConnect(address, host.port), address).not.toBe('connected');
  });
  if (own.length === 0) {
    it('(skipped: this machine has no non-loopback IPv4 address to try the port on)', () => {
      console.log('host.test: no non-loopback IPv4 address on this machine; the loopback-only binding was checked on 127.0.0.1 only');
    });
  }

  it('is not reachable on IPv6 loopback either (bound to 127.0.0.1, not ::)', async () => {
    const result = await tryConnect('::1', host.port);
    expect(result).not.toBe('connected');
  });
});

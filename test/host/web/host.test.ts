// The browser shell's host over real HTTP: loopback only, Host header first, then the token,
// then the Origin of API calls.
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
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

async function start(): Promise<WebHost> {
  const renderer = tempDir('lectern-renderer-');
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lectern</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tempDir(), 'secret.html'), 'secret');
  host = await startWebHost({ handlers: createHandlers(wireServices(Library.open(tempDir(), { samplesDir: SAMPLES }))), rendererDir: renderer });
  return host;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(h: WebHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: h.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${h.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const cookieOf = (h: WebHost) => `lectern_${h.port}=${h.token}`;

describe('the browser shell host', () => {
  it('prints a loopback URL carrying the token', async () => {
    const h = await start();
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/?token=${h.token}`);
    expect(h.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a foreign Host header with 403 before looking at the token', async () => {
    const h = await start();
    const reply = await call(h, `/?token=${h.token}`, { headers: { Host: 'evil.example:80' } });
    expect(reply.status).toBe(403);
    expect((await call(h, '/', { headers: { Host: `attacker.test:${h.port}` } })).status).toBe(403);
  });

  it('answers 401 without a token or with a wrong one, on pages and API alike', async () => {
    const h = await start();
    expect((await call(h, '/')).status).toBe(401);
    expect((await call(h, '/?token=wrong')).status).toBe(401);
    expect((await call(h, '/assets/app.js')).status).toBe(401);
    const api = await call(h, '/api/articles:list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(401);
  });

  it('trades the URL token for an HttpOnly SameSite=Strict cookie and drops it from the URL', async () => {
    const h = await start();
    const reply = await call(h, `/?token=${h.token}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toContain(cookieOf(h));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('serves the page with a strict CSP once the cookie is set', async () => {
    const h = await start();
    const reply = await call(h, '/', { headers: { Cookie: cookieOf(h) } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Lectern</title>');
    expect(reply.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves a file outside the renderer folder', async () => {
    const h = await start();
    for (const path of ['/../secret.html', '/%2e%2e/secret.html', '/assets/..%2f..%2fsecret.html', '/%00']) {
      expect((await call(h, path, { headers: { Cookie: cookieOf(h) } })).status).toBe(404);
    }
  });

  it('runs API calls through the contract, validating their arguments', async () => {
    const h = await start();
    const headers = { Cookie: cookieOf(h), 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${h.port}` };
    const list = await call(h, '/api/articles:list', { method: 'POST', headers, body: '{}' });
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body).value[0].title).toMatch(/^United States and China/);
    const bad = await call(h, '/api/articles:get', { method: 'POST', headers, body: '{"id":"../x"}' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: expect.stringMatching(/16 hexadecimal/) });
    const missing = await call(h, '/api/articles:get', { method: 'POST', headers, body: '{"id":"0123456789abcdef"}' });
    expect(missing.status).toBe(404);
    expect((await call(h, '/api/nope:nope', { method: 'POST', headers, body: '{}' })).status).toBe(400);
    expect((await call(h, '/api/articles:list', { method: 'POST', headers, body: '{not json' })).status).toBe(400);
  });

  it('refuses API calls from a foreign Origin, and non-JSON or GET calls', async () => {
    const h = await start();
    const base = { Cookie: cookieOf(h), 'Content-Type': 'application/json' };
    const foreign = await call(h, '/api/articles:list', { method: 'POST', headers: { ...base, Origin: 'http://evil.example' }, body: '{}' });
    expect(foreign.status).toBe(403);
    const form = await call(h, '/api/articles:list', { method: 'POST', headers: { ...base, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    expect((await call(h, '/api/articles:list', { headers: base })).status).toBe(405);
  });
});

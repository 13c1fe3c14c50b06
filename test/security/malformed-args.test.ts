// Every API call refuses arguments that fail its schema, with a clear error naming the call and
// the field, through all three transports: direct dispatch(), the browser shell's HTTP host and
// a message port as Electron's windows use to reach the library's process (serveCalls). No
// handler ever runs for refused arguments; the valid baseline of each call does reach its
// handler (so refusals are not transport noise). Only Lectern's own page gets a port at all.
import { request, Agent } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { failureOf, serveCalls } from '../../src/host/calls.js';
import { mayReceiveHostPort } from '../../src/main/security.js';
import { dispatch } from '../../src/host/services/dispatch.js';
import { startWebHost, type WebHost } from '../../src/host/web/host.js';
import { CallClient } from '../../src/shared/calls.js';
import { apiNames, type Handlers } from '../../src/shared/contract.js';
import { malformedCases, validArgs } from './malformed.js';

/** Handlers that only record that they ran: validation must stop every malformed call first. */
const ran: string[] = [];
const handlers = new Proxy({} as Handlers, {
  get: (_target, name) => (typeof name === 'string' ? () => (ran.push(name), `ran ${name}`) : undefined),
});

const APP_URL = 'app://lectern/index.html';

let host: WebHost;
let renderer = '';
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

const { port1, port2 } = new MessageChannel();
serveCalls({ send: (m) => port1.postMessage(m), onMessage: (l) => port1.on('message', l) }, handlers);
const portClient = new CallClient({ send: (m) => port2.postMessage(m), onMessage: (l) => port2.on('message', l) }, failureOf);
/** A call over the port, as a reply-shaped value (like the HTTP body). */
const overPort = (name: string, args: unknown) => portClient.call(name, args).then((value) => ({ ok: true, value }), (error: Error) => ({ ok: false, name: error.name, error: error.message }));

beforeAll(async () => {
  renderer = mkdtempSync(join(tmpdir(), 'lectern-renderer-')); // tempDir() would be removed after the first test
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lectern</title>');
  host = await startWebHost({ handlers, rendererDir: renderer });
});

afterAll(async () => {
  port1.close();
  port2.close();
  agent.destroy();
  await host?.close();
  if (renderer) rmSync(renderer, { recursive: true, force: true });
});

function post(name: string, args: unknown): Promise<{ status: number; body: unknown }> {
  const payload = JSON.stringify(args);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port: host.port,
        path: `/api/${encodeURIComponent(name)}`,
        method: 'POST',
        headers: {
          Host: `127.0.0.1:${host.port}`,
          Origin: `http://127.0.0.1:${host.port}`,
          Cookie: `lectern_${host.port}=${host.token}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            /* left as text: the assertion will show it */
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const callPattern = (name: string) => new RegExp(`^Invalid arguments for ${name.replace(':', '\\:')}: .+`);

describe('which page gets a port to the library', () => {
  it('only Lectern’s own page in one of Lectern’s windows', () => {
    expect(mayReceiveHostPort(true, `${APP_URL}#library`, APP_URL)).toBe(true);
    expect(mayReceiveHostPort(false, APP_URL, APP_URL)).toBe(false); // a foreign window
    expect(mayReceiveHostPort(true, 'https://evil.example/', APP_URL)).toBe(false); // our window, a remote page
    expect(mayReceiveHostPort(true, 'app://lectern/other.html', APP_URL)).toBe(false);
    expect(mayReceiveHostPort(true, '', APP_URL)).toBe(false); // a frame that is gone
  });
});

describe.each(apiNames.map((name) => [name] as const))('%s', (name) => {
  const cases = malformedCases(name);

  it('has a valid baseline that reaches its handler through every transport', async () => {
    const args = validArgs(name);
    ran.length = 0;
    await expect(dispatch(handlers, name, args)).resolves.toBe(`ran ${name}`);
    expect(await post(name, args)).toEqual({ status: 200, body: { ok: true, value: `ran ${name}` } });
    expect(await overPort(name, args)).toEqual({ ok: true, value: `ran ${name}` });
    expect(ran).toEqual([name, name, name]);
  });

  it.each(cases.map((c) => [c.label, c] as const))('refuses %s, directly, over HTTP and over a port', async (_label, c) => {
    ran.length = 0;

    // (a) direct
    const direct = await dispatch(handlers, name, c.args).then(
      () => null,
      (error: unknown) => error,
    );
    expect(direct).toBeInstanceOf(ValidationError);
    expect((direct as Error).message).toMatch(callPattern(name));
    expect((direct as Error).message).toMatch(c.message);

    // (b) HTTP through the real host
    const http = await post(name, c.args);
    expect(http.status).toBe(400);
    expect(http.body).toMatchObject({ ok: false, name: 'ValidationError', error: expect.stringMatching(callPattern(name)) });
    expect((http.body as { error: string }).error).toMatch(c.message);

    // (c) a message port, as a window reaches the library's process
    const reply = await overPort(name, c.args);
    expect(reply).toMatchObject({ ok: false, name: 'ValidationError', error: expect.stringMatching(callPattern(name)) });
    expect((reply as { error: string }).error).toMatch(c.message);

    expect(ran).toEqual([]);
  });
});

describe('an unknown call name', () => {
  it('is refused by dispatch and over HTTP, naming the call', async () => {
    await expect(dispatch(handlers, 'articles:drop', {})).rejects.toThrow(/no call named "articles:drop"/);
    const http = await post('__proto__', {});
    expect(http.status).toBe(400);
    expect(http.body).toMatchObject({ ok: false, error: expect.stringMatching(/no call named "__proto__"/) });
  });
});

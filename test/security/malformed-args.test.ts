// Every API call refuses arguments that fail its schema, with a clear error naming the call and
// the field, through all three transports: direct dispatch(), the browser shell's HTTP host and
// the Electron IPC handler that bindApi registers. No handler ever runs for refused arguments;
// the valid baseline of each call does reach its handler (so refusals are not transport noise).
import { request, Agent } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const registered = vi.hoisted(() => new Map<string, (event: unknown, args: unknown) => Promise<unknown>>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, args: unknown) => Promise<unknown>) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    },
  },
}));

import { ValidationError } from '../../src/core/errors.js';
import { bindApi, createIpcHandler } from '../../src/main/ipc.js';
import { isAppUrl } from '../../src/main/security.js';
import { dispatch } from '../../src/host/services/dispatch.js';
import { startWebHost, type WebHost } from '../../src/host/web/host.js';
import { apiNames, type ApiName, type Handlers } from '../../src/shared/contract.js';
import { channelFor, type IpcReply } from '../../src/shared/ipc.js';
import { malformedCases, validArgs } from './malformed.js';

/** Handlers that only record that they ran: validation must stop every malformed call first. */
const ran: string[] = [];
const handlers = new Proxy({} as Handlers, {
  get: (_target, name) => (typeof name === 'string' ? () => (ran.push(name), `ran ${name}`) : undefined),
});

// A fake IpcMainInvokeEvent, judged as index.ts does: a known window showing the app page.
const APP_URL = 'file:///opt/lectern/out/renderer/index.html';
const ourWindow = { id: 1 };
type FakeEvent = { sender: object; senderFrame: { url: string } | null };
const trustedEvent: FakeEvent = { sender: ourWindow, senderFrame: { url: `${APP_URL}#library` } };
const untrustedEvents: Record<string, FakeEvent> = {
  'a foreign window': { sender: { id: 2 }, senderFrame: { url: APP_URL } },
  'our window showing a remote page': { sender: ourWindow, senderFrame: { url: 'https://evil.example/' } },
  'a frame that is gone': { sender: ourWindow, senderFrame: null },
};
const isTrusted = (event: FakeEvent) => event.sender === ourWindow && isAppUrl(event.senderFrame?.url ?? '', APP_URL);

let host: WebHost;
let renderer = '';
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

beforeAll(async () => {
  bindApi(handlers, isTrusted as never);
  renderer = mkdtempSync(join(tmpdir(), 'lectern-renderer-')); // tempDir() would be removed after the first test
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lectern</title>');
  host = await startWebHost({ handlers, rendererDir: renderer });
});

afterAll(async () => {
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

function ipcHandlerOf(name: ApiName) {
  const listener = registered.get(channelFor(name));
  if (!listener) throw new Error(`bindApi registered no handler for ${name}`);
  return listener as (event: FakeEvent, args: unknown) => Promise<IpcReply<unknown>>;
}

const callPattern = (name: string) => new RegExp(`^Invalid arguments for ${name.replace(':', '\\:')}: .+`);

describe('bindApi', () => {
  it('registers one IPC handler per call of the contract and no other', () => {
    expect([...registered.keys()].sort()).toEqual(apiNames.map(channelFor).sort());
  });

  it('registers the same handler code as createIpcHandler (same replies)', async () => {
    const name = apiNames[0]!;
    const pure = createIpcHandler(handlers, name, isTrusted);
    for (const args of [validArgs(name), 'nope']) {
      expect(await ipcHandlerOf(name)(trustedEvent, args)).toEqual(await pure(trustedEvent, args));
      expect(await ipcHandlerOf(name)(untrustedEvents['a foreign window']!, args)).toEqual(await pure(untrustedEvents['a foreign window']!, args));
    }
  });

  it('fails closed when the sender check itself throws', async () => {
    const handler = createIpcHandler<object>(handlers, apiNames[0]!, () => {
      throw new Error('boom');
    });
    expect(await handler({}, validArgs(apiNames[0]!))).toMatchObject({ ok: false, name: 'SecurityError' });
  });
});

describe.each(apiNames.map((name) => [name] as const))('%s', (name) => {
  const cases = malformedCases(name);

  it('has a valid baseline that reaches its handler through every transport', async () => {
    const args = validArgs(name);
    ran.length = 0;
    await expect(dispatch(handlers, name, args)).resolves.toBe(`ran ${name}`);
    expect(await post(name, args)).toEqual({ status: 200, body: { ok: true, value: `ran ${name}` } });
    expect(await ipcHandlerOf(name)(trustedEvent, args)).toEqual({ ok: true, value: `ran ${name}` });
    expect(ran).toEqual([name, name, name]);
  });

  it.each(cases.map((c) => [c.label, c] as const))('refuses %s, directly, over HTTP and over IPC', async (_label, c) => {
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

    // (c) Electron IPC, through the handler bindApi registered
    const reply = await ipcHandlerOf(name)(trustedEvent, c.args);
    expect(reply).toMatchObject({ ok: false, name: 'ValidationError', error: expect.stringMatching(callPattern(name)) });
    expect((reply as { error: string }).error).toMatch(c.message);
    for (const [who, event] of Object.entries(untrustedEvents)) {
      expect(await ipcHandlerOf(name)(event, c.args), who).toMatchObject({ ok: false, name: 'SecurityError' });
    }

    expect(ran).toEqual([]);
  });

  it('refuses an untrusted sender even with valid arguments', async () => {
    ran.length = 0;
    for (const [who, event] of Object.entries(untrustedEvents)) {
      expect(await ipcHandlerOf(name)(event, validArgs(name)), who).toEqual({ ok: false, name: 'SecurityError', error: expect.stringMatching(/not come from a Lectern window/) });
    }
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

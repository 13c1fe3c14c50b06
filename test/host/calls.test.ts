// The contract's calls as messages (src/host/calls.ts, host-thread.ts): the same answers and the
// same errors as a call made in-process, over a real MessageChannel and a real worker thread.
import { writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { LecternError, NotFoundError, ValidationError } from '../../src/core/errors.js';
import { failureOf, serveCalls } from '../../src/host/calls.js';
import { CallClient, type Channel } from '../../src/shared/calls.js';
import { startHostThread, type HostThread } from '../../src/host/host-thread.js';
import { openHost } from '../../src/host/open-host.js';
import { REPO, SAMPLES, tempDir } from '../helpers/temp-home.js';

const ports: MessagePort[] = [];
const threads: HostThread[] = [];
afterEach(async () => {
  for (const port of ports.splice(0)) port.close();
  for (const thread of threads.splice(0)) await thread.close();
});

function channelOf(port: MessagePort): Channel {
  ports.push(port);
  return { send: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', listener) };
}

function connected(): CallClient {
  const { port1, port2 } = new MessageChannel();
  const host = openHost(tempDir(), { samplesDir: SAMPLES });
  serveCalls(channelOf(port1), host.handlers, host.beforeCall);
  return new CallClient(channelOf(port2), failureOf);
}

describe('a call over a message channel', () => {
  it('answers with the value the handler returns', async () => {
    const client = connected();
    const list = (await client.call('articles:list', {})) as { id: string; title: string }[];
    expect(list).toHaveLength(1);
    expect(list[0]!.title).toMatch(/Blinken/);
    const article = (await client.call('articles:get', { id: list[0]!.id })) as { id: string };
    expect(article.id).toBe(list[0]!.id);
  });

  it('rebuilds the error the service threw, with its class, name and message', async () => {
    const client = connected();
    const invalid = await client.call('articles:get', { id: 'nope' }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as Error).message).toMatch(/Invalid arguments for articles:get/);
    const missing = await client.call('articles:get', { id: 'ffffffffffffffff' }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as Error).name).toBe('NotFoundError');
    const unknown = await client.call('articles:explode', {}).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ValidationError);
    expect((unknown as Error).message).toMatch(/no call named "articles:explode"/);
  });

  it('keeps many calls in flight and matches each reply to its call', async () => {
    const client = connected();
    const [list] = (await Promise.all([client.call('articles:list', {})])) as [{ id: string }[]];
    const id = list[0]!.id;
    const answers = await Promise.all([client.call('articles:get', { id }), client.call('trash:list', {}), client.call('articles:get', { id: 'ffffffffffffffff' }).catch((e: Error) => e.name), client.call('articles:list', {})]);
    expect((answers[0] as { id: string }).id).toBe(id);
    expect(answers[1]).toEqual([]);
    expect(answers[2]).toBe('NotFoundError');
    expect(answers[3]).toHaveLength(1);
    expect(client.inFlight).toBe(0);
  });
});

const WORKER = join(REPO, 'out', 'node', 'host', 'host-worker.js');

describe('the host in a worker thread (what `lectern serve` runs)', () => {
  function built(): string {
    if (!existsSync(WORKER)) throw new Error('The Node build is missing: run `npx tsc -p tsconfig.cli.json` first.');
    return WORKER;
  }

  it('opens the library there and answers calls', async () => {
    const thread = await startHostThread({ home: tempDir(), samplesDir: SAMPLES }, built());
    threads.push(thread);
    expect(thread.recoveries).toEqual([]);
    const list = (await thread.call('articles:list', {})) as unknown[];
    expect(list).toHaveLength(1);
    await expect(thread.call('articles:get', { id: 'ffffffffffffffff' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('gives the library’s own error when it cannot open', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'a file where the library should be');
    const failure = await startHostThread({ home: file }, built()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LecternError);
    expect((failure as Error).message).toContain(file);
  });

  it('fails the calls still waiting when the worker goes away, instead of leaving them hanging', async () => {
    const thread = await startHostThread({ home: tempDir(), samplesDir: SAMPLES }, built());
    const pending = thread.call('articles:list', {});
    const closing = thread.close();
    const outcome = await pending.then(() => 'answered', (e: Error) => e.message);
    await closing;
    // Either it was answered before the worker stopped, or it failed with a clear message.
    expect(['answered', expect.stringMatching(/host stopped/)]).toContainEqual(outcome);
  });
});

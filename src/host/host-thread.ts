// Starts the host in a worker thread (host-worker.ts) and calls it: what the browser shell's
// HTTP server uses instead of running the services on its own thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LecternError } from '../core/errors.js';
import type { Recovery } from '../shared/types.js';
import { CallClient, type Channel } from '../shared/calls.js';
import { failureOf } from './call-failure.js';

export interface HostWorkerData {
  readonly home: string;
  readonly samplesDir?: string;
}

/** The worker's own messages, besides the calls' replies. */
export type HostThreadMessage = { readonly type: 'ready'; readonly recoveries: readonly Recovery[] } | { readonly type: 'failed'; readonly name: string; readonly message: string };

export interface HostThread {
  readonly recoveries: readonly Recovery[];
  /** The call's value as JSON text (the worker serialises it; see calls.ts). */
  callJson(name: string, args: unknown): Promise<string>;
  call(name: string, args: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/** The worker's young-generation heap, MB (see startHostThread). */
const YOUNG_GENERATION_MB = 16;

/** The worker's entry beside this module in the Node build; null from the TypeScript sources. */
export function hostWorkerEntry(moduleUrl: string = import.meta.url): string | null {
  const path = fileURLToPath(new URL('./host-worker.js', moduleUrl));
  return existsSync(path) ? path : null;
}

function isThreadMessage(message: unknown): message is HostThreadMessage {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'ready' || type === 'failed';
}

/** Opens the library in a worker; rejects with the library's own error if it cannot open. */
export function startHostThread(data: HostWorkerData, entry = hostWorkerEntry()): Promise<HostThread> {
  if (!entry) return Promise.reject(new LecternError('Lectern is not built: its host worker (host-worker.js) is missing.'));
  // A smaller young generation than V8's default (48 MB) for the library's thread: reading
  // 10,000 article records or a search index makes garbage fast, and a full-size nursery keeps
  // tens of MB of it resident; scavenges stay short (timings unchanged within noise).
  const worker = new Worker(entry, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  const channel: Channel = { send: (message) => worker.postMessage(message), onMessage: (listener) => worker.on('message', listener) };
  const client = new CallClient(channel, failureOf);
  return new Promise((resolve, reject) => {
    let started = false;
    const gone = (reason: string) => {
      const error = new LecternError(`Lectern's host stopped: ${reason}`);
      client.failAll(error);
      if (!started) reject(error);
    };
    worker.on('error', (error) => gone(error.message));
    worker.on('exit', (code) => gone(`it exited with code ${code}.`));
    channel.onMessage((message) => {
      if (!isThreadMessage(message) || started) return;
      started = true;
      if (message.type === 'failed') {
        void worker.terminate();
        return reject(Object.assign(new LecternError(message.message), { name: message.name }));
      }
      resolve({
        recoveries: message.recoveries,
        callJson: (name, args) => client.call(name, args) as Promise<string>,
        call: async (name, args) => JSON.parse((await client.call(name, args)) as string) as unknown,
        close: async () => {
          await worker.terminate();
        },
      });
    });
  });
}

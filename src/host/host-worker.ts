// The host in a worker thread (entry script): the browser shell's HTTP server stays on the main
// thread and hands every API call here (host-thread.ts), so serving pages, checking tokens and
// refusing bad requests never wait behind a long import.
import { parentPort, workerData } from 'node:worker_threads';
import type { Channel } from '../shared/calls.js';
import { serveCalls } from './calls.js';
import { openHost } from './open-host.js';
import type { HostThreadMessage, HostWorkerData } from './host-thread.js';

const port = parentPort;
if (!port) throw new Error('host-worker.ts runs as a worker thread.');
const channel: Channel = { send: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', listener) };
const { home, samplesDir } = workerData as HostWorkerData;
try {
  const host = openHost(home, samplesDir ? { samplesDir } : {});
  // Values go back as JSON text: the HTTP server sends them on as they are.
  serveCalls(channel, host.handlers, host.beforeCall, undefined, true);
  channel.send({ type: 'ready', recoveries: [...host.library.store.recoveries] } satisfies HostThreadMessage);
  // Read the library's records once now, so the first page load does not wait for them.
  setImmediate(() => host.library.list());
} catch (error) {
  const err = error instanceof Error ? error : new Error(String(error));
  channel.send({ type: 'failed', name: err.name, message: err.message } satisfies HostThreadMessage);
}

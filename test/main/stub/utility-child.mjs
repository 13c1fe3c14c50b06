// A stand-in utility process: the entry runs in a worker thread with Electron's
// `process.parentPort` (messages queued until the entry listens, as Electron does).
import { EventEmitter } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { PortMain } from './port-main.mjs';

const port = new EventEmitter();
const queued = [];
port.postMessage = (message) => parentPort.postMessage(message);
port.on('newListener', (event) => {
  if (event === 'message') setImmediate(() => queued.splice(0).forEach((m) => port.emit('message', m)));
});
parentPort.on('message', ({ message, ports }) => {
  const event = { data: message, ports: ports.map((p) => new PortMain(p)) };
  if (port.listenerCount('message') === 0) queued.push(event);
  else port.emit('message', event);
});
process.parentPort = port;
await import(workerData.modulePath);

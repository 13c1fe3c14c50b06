// The library's own process (Electron utilityProcess entry): the host — store, services, card
// generation, parsing — runs here, off Electron's main thread, so a big import or an index
// build never freezes a window. Main tells it which library to open and hands it one
// MessagePort per trusted window (and one for itself); every call on a port is validated and
// run by the same dispatch() as everywhere else.
import type { MessagePortMain } from 'electron';
import type { Channel } from '../shared/calls.js';
import { serveCalls, type ExtraCalls } from '../host/calls.js';
import { openHost, type Host } from '../host/open-host.js';
import { EXPORT_RENDER, exportRenderArgs, isToHost, type FromHost } from './host-protocol.js';
import { ValidationError } from '../core/errors.js';

const parent = process.parentPort;
let host: Host | null = null;

function portChannel(port: MessagePortMain): Channel {
  return {
    send: (message) => port.postMessage(message),
    onMessage: (listener) => {
      port.on('message', (event) => listener(event.data));
      port.start();
    },
  };
}

/** Main's own calls: an export as bytes, for Export… and Export PDF (shell-ipc.ts). */
function mainCalls(open: Host): ExtraCalls {
  return {
    [EXPORT_RENDER]: async (args) => {
      const parsed = exportRenderArgs.safeParse(args);
      if (!parsed.success) throw new ValidationError('Invalid arguments for an export.');
      const { articleIds, format } = parsed.data;
      return open.tasks.run('Exporting', (work) => open.exporter.render(articleIds, format, work));
    },
  };
}

parent.on('message', (event) => {
  const message: unknown = event.data;
  if (!isToHost(message)) return;
  if (message.type === 'open') {
    try {
      host = openHost(message.home, { samplesDir: message.samplesDir });
      parent.postMessage({ type: 'opened', recoveries: [...host.library.store.recoveries] } satisfies FromHost);
      // Read the library's records while the window loads, so the first list is instant.
      const opened = host;
      setImmediate(() => opened.library.list());
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      parent.postMessage({ type: 'failed', name: err.name, message: err.message } satisfies FromHost);
    }
    return;
  }
  const [port] = event.ports;
  if (!port || !host) return;
  serveCalls(portChannel(port), host.handlers, host.beforeCall, message.owner === 'main' ? mainCalls(host) : undefined);
});

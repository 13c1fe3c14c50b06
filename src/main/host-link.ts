// Main's end of the library's utility process (host-process.ts): starts it, opens a library in
// it, hands each trusted window a MessagePort to it, and makes main's own calls (Open with
// Lectern, Export…). Nothing here reads the library: main only relays ports and dialogs.
import { MessageChannelMain, utilityProcess, type MessagePortMain, type UtilityProcess, type WebContents } from 'electron';
import { CallClient, type Channel } from '../shared/calls.js';
import { HOST_PORT_CHANNEL } from '../shared/shell.js';
import type { Recovery } from '../shared/types.js';
import { isFromHost, type FromHost, type ToHost } from './host-protocol.js';

export class HostLink {
  readonly #child: UtilityProcess;
  #client: CallClient | null = null;
  #exited = false;
  readonly #onExit: Array<(code: number) => void> = [];

  private constructor(entry: string) {
    this.#child = utilityProcess.fork(entry, [], { serviceName: 'Lectern library', stdio: 'inherit' });
    this.#child.on('exit', (code) => {
      this.#exited = true;
      this.#client?.failAll(new Error('Lectern’s library process stopped; try again.'));
      for (const listener of this.#onExit) listener(code);
    });
  }

  static start(entry: string): HostLink {
    return new HostLink(entry);
  }

  /** Opens the library at `home` in the host; rejects with the library's own error. */
  open(home: string, samplesDir: string): Promise<readonly Recovery[]> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if (!isFromHost(message)) return;
        this.#child.off('message', onMessage);
        const reply: FromHost = message;
        if (reply.type === 'failed') return reject(Object.assign(new Error(reply.message), { name: reply.name }));
        this.#client = new CallClient(this.#connect('main'));
        resolve(reply.recoveries);
      };
      this.#child.on('message', onMessage);
      this.#child.postMessage({ type: 'open', home, samplesDir } satisfies ToHost);
    });
  }

  /** A port to the host for this window's page. Call it only for Lectern's own page: the port
   * is the page's whole access to the library (every call on it is still schema-checked). */
  connectWindow(contents: WebContents): void {
    if (this.#exited) return;
    contents.postMessage(HOST_PORT_CHANNEL, null, [this.#pair('window')]);
  }

  /** Main's own calls: the contract's, plus EXPORT_RENDER (host-protocol.ts). */
  call(name: string, args: unknown): Promise<unknown> {
    if (!this.#client) return Promise.reject(new Error('The library is not open.'));
    return this.#client.call(name, args);
  }

  onExit(listener: (code: number) => void): void {
    this.#onExit.push(listener);
  }

  /** Stops the host (before the library's folder moves, or at quit). */
  stop(): void {
    if (!this.#exited) this.#child.kill();
  }

  /** A new channel to the host: one end goes to the host, the other is returned. */
  #pair(owner: 'main' | 'window'): MessagePortMain {
    const { port1, port2 } = new MessageChannelMain();
    this.#child.postMessage({ type: 'connect', owner } satisfies ToHost, [port1]);
    return port2;
  }

  #connect(owner: 'main' | 'window'): Channel {
    const port = this.#pair(owner);
    return {
      send: (message) => port.postMessage(message),
      onMessage: (listener) => {
        port.on('message', (event) => listener(event.data));
        port.start();
      },
    };
  }
}

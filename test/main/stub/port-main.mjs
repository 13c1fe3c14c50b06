// Electron's MessagePortMain over a Node MessagePort: 'message' listeners get { data, ports }.
// The Node port starts (and may no longer be transferred) only once someone listens.
import { EventEmitter } from 'node:events';

export class PortMain extends EventEmitter {
  constructor(port) {
    super();
    this.port = port;
    this.on('newListener', (event) => {
      if (event === 'message' && this.listenerCount('message') === 0) port.on('message', (data) => this.emit('message', { data, ports: [] }));
    });
  }
  postMessage(message) { this.port.postMessage(message); }
  start() {}
  close() { this.port.close(); }
}

// The browser shell: the built renderer and the typed API over HTTP, on 127.0.0.1 only, behind
// a per-launch token. No Electron here; `lectern serve` and `npm run web` start it.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LecternError, NotFoundError, ValidationError } from '../../core/errors.js';
import type { Handlers } from '../../shared/contract.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.js';
import { checkHost, checkOrigin, checkToken, countHostHeaders, isJsonType, redirectTarget, sessionCookie } from './guard.js';
import { readStatic, resolveStatic } from './static-files.js';

/** Big enough for one 50 MiB file (the default limit) sent as base64 in JSON. */
const MAX_BODY_BYTES = 72 * 1024 * 1024;

export interface WebHost {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

/** The request body was over the limit: answered 413, the rest of it discarded. */
class TooLargeError extends ValidationError {
  override name = 'TooLargeError';
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return reject(new TooLargeError('The request is too large.'));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // Stop keeping it, keep reading it (the answer can only be read by a client whose upload
      // was not reset); the socket closes once the answer is out.
      req.off('data', onData);
      chunks.length = 0;
      req.resume();
      reject(new TooLargeError('The request is too large.'));
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function statusOf(error: unknown): number {
  if (error instanceof TooLargeError) return 413;
  if (error instanceof ValidationError) return 400;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof LecternError) return 409;
  return 500;
}

async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, options: WebHostOptions, port: number): Promise<void> {
  const origin = checkOrigin(req.headers.origin, port);
  if (!origin.ok) return send(res, origin.status, origin.reason);
  if (req.method !== 'POST') return send(res, 405, 'Use POST for API calls.', undefined, { Allow: 'POST' });
  if (!isJsonType(req.headers['content-type'])) return send(res, 415, 'API calls take JSON.');
  try {
    const raw = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
    let args: unknown;
    try {
      args = raw ? JSON.parse(raw) : {};
    } catch {
      throw new ValidationError('The request body is not valid JSON.');
    }
    send(res, 200, `{"ok":true,"value":${await callHostJson(options, name, args)}}`, 'application/json; charset=utf-8');
  } catch (error) {
    const status = statusOf(error);
    const err = error instanceof Error ? error : new Error(String(error));
    // The host's worker has already logged its own failures (calls.ts).
    if (status === 500 && !('callJson' in options)) process.stderr.write(`lectern: ${name} failed: ${err.stack ?? err.message}\n`);
    const message = status === 500 ? `Something went wrong in ${name}: ${err.message}` : err.message;
    // After a refused upload the connection is closed: what the client still sends is not read.
    const close: Record<string, string> = status === 413 ? { Connection: 'close' } : {};
    if (status === 413) res.on('finish', () => setTimeout(() => req.destroy(), 1000).unref());
    send(res, status, JSON.stringify({ ok: false, name: err.name, error: message }), 'application/json; charset=utf-8', close);
  }
}

function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

interface InProcessCalls {
  readonly handlers: Handlers;
  /** Awaited before each API call: waits (on timers, not by blocking) while another process
   * holds the library's write lock, so the store's own short wait finds it free and the event
   * loop keeps serving meanwhile. */
  readonly beforeCall?: () => Promise<void>;
}

interface ThreadCalls {
  /** Hands the call to the host's worker (validated and run there, see host-thread.ts) and
   * gets its value as JSON text; rejects with the host's error, rebuilt as the class the
   * services threw. */
  readonly callJson: (name: string, args: unknown) => Promise<string>;
}

/** The API runs on this thread (`handlers`: tests) or in the host's worker (`callJson`: serve). */
export type WebHostOptions = (InProcessCalls | ThreadCalls) & {
  readonly rendererDir: string;
  readonly port?: number;
  readonly token?: string;
  readonly maxBodyBytes?: number;
};

/** The call's value as JSON text (`null` when it answers nothing). */
async function callHostJson(options: WebHostOptions, name: string, args: unknown): Promise<string> {
  if ('callJson' in options) return options.callJson(name, args);
  await options.beforeCall?.();
  // Loaded here, not at the top: `lectern serve` runs the API in its worker, and its main thread
  // need not hold the contract's validators too.
  const { dispatch } = await import('../services/dispatch.js');
  return JSON.stringify(await dispatch(options.handlers, name, args)) ?? 'null';
}

export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (countHostHeaders(req.rawHeaders) > 1) return send(res, 400, 'Bad request: more than one Host header.');
      const host = checkHost(req.headers.host, port);
      if (!host.ok) return send(res, host.status, host.reason);
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const auth = checkToken(req.headers.cookie, url, port, token);
      if (!auth.ok) return send(res, auth.status, auth.reason);
      if (auth.via === 'query' && req.method === 'GET' && !url.pathname.startsWith('/api/')) {
        // Trade the URL token for a cookie, and drop it from the address bar and history.
        url.searchParams.delete('token');
        return send(res, 303, '', undefined, { 'Set-Cookie': sessionCookie(port, token), Location: redirectTarget(url) });
      }
      if (url.pathname.startsWith('/api/')) {
        const name = decodedOrNull(url.pathname.slice(5));
        if (name === null) return send(res, 400, JSON.stringify({ ok: false, name: 'ValidationError', error: 'The API name is not valid percent-encoding.' }), 'application/json; charset=utf-8');
        return handleApi(req, res, name, options, port);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.', undefined, { Allow: 'GET, HEAD' });
      const file = resolveStatic(options.rendererDir, url.pathname);
      if (!file) return send(res, 404, 'Not found.');
      send(res, 200, req.method === 'HEAD' ? '' : readStatic(file.path), file.type);
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'Internal error.');
      process.stderr.write(`lectern: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Open keep-alive connections of a browser tab would hold the close forever.
            server.closeAllConnections();
          }),
      });
    });
  });
}

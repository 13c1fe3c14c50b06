// Untrusted files are parsed off the thread that serves the app: in a worker thread with a
// heap limit and a wall-clock timeout. A file that would exhaust memory or take minutes costs
// that worker (it is ended and a fresh one started for the next file) and gives a one-line
// refusal; the app's window, the web host's other requests and the CLI carry on. The same
// worker makes an imported article's cards (seconds of NLP for a long book), so that the
// serving thread only writes them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LecternError, ParseError } from '../../core/errors.js';
import { readDocument, type ReadDocument } from '../../core/formats/index.js';
import type { CardRequest, GeneratedCards } from '../../core/study/generate.js';
import { pageFileReader } from './import-files.js';

export interface ParseLimits {
  /** The worker's old-generation heap, MiB. */
  readonly heapMiB: number;
  /** Longest time one file may take, ms. */
  readonly timeoutMs: number;
  /** Longest time one article's cards may take, ms (default: three times `timeoutMs`). */
  readonly cardsTimeoutMs?: number;
}

/** Generous for any real file up to the 50 MiB import limit (a long PDF peaks near 400 MiB). */
export const DEFAULT_PARSE_LIMITS: ParseLimits = { heapMiB: 1024, timeoutMs: 60_000 };

export interface ParseRequest {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly maxFileBytes: number;
  readonly maxExpandedBytes?: number;
  /** A saved web page's own path: its images are read from its folder (and nowhere else). */
  readonly localPage?: string;
}

export type ParseJob = { readonly id: number; readonly kind: 'parse'; readonly request: ParseRequest } | { readonly id: number; readonly kind: 'cards'; readonly request: CardRequest };

export type ParseReply =
  | { id: number; ok: true; doc: ReadDocument }
  | { id: number; ok: true; cards: GeneratedCards }
  | { id: number; ok: false; name: string; message: string }
  | { ready: true };

/** The card generator and its language model, loaded by a worker on its first card job only:
 * a worker that only reads files (or one with a small heap limit) never pays for them. */
const generator = () => import('../../core/study/generate.js');

/** One job of either kind, run where it is sent (the worker's entry, or in process). */
export async function runJob(job: ParseJob): Promise<ParseReply> {
  try {
    if (job.kind === 'cards') return { id: job.id, ok: true, cards: (await generator()).generateArticleCards(job.request) };
    return { id: job.id, ok: true, doc: await readInProcess(job.request) };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    return { id: job.id, ok: false, name: err.name, message: err.message };
  }
}

const ENTRY = 'parse-worker-main.js';

/**
 * Where the worker's entry is: beside this module in the tsc build (out/node/host/services),
 * beside or one folder up from the chunk this module was bundled into in the Electron build
 * (out/main, an input of electron.vite.config.ts). Null when running from the TypeScript
 * sources (tests), where there is no JavaScript entry to start.
 */
export function workerEntry(moduleUrl: string = import.meta.url): string | null {
  for (const candidate of [`./${ENTRY}`, `../${ENTRY}`]) {
    const path = fileURLToPath(new URL(candidate, moduleUrl));
    if (existsSync(path)) return path;
  }
  if (moduleUrl.endsWith('.ts')) return null;
  throw new LecternError(`Lectern is damaged: its parse worker (${ENTRY}) is missing beside ${fileURLToPath(moduleUrl)}.`);
}

interface Pending {
  readonly job: ParseJob;
  readonly resolve: (reply: Extract<ParseReply, { ok: true }>) => void;
  readonly reject: (error: Error) => void;
}

/** Reads documents and makes cards one at a time in a worker thread, restarting it after a
 * file killed it. */
export class ParseWorker {
  private worker: Worker | null = null;
  /** The worker has loaded its modules: a job's time limit counts from then, not from boot. */
  private ready = false;
  private readonly queue: Pending[] = [];
  private running: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;

  constructor(
    readonly entry: string | null,
    readonly limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  ) {}

  async read(request: ParseRequest): Promise<ReadDocument> {
    if (this.entry === null) return readInProcess(request);
    const reply = await this.run({ id: this.nextId++, kind: 'parse', request });
    return (reply as { doc: ReadDocument }).doc;
  }

  /** An article's cards, made in the worker (the same function as in process: generate.ts). */
  async cards(request: CardRequest): Promise<GeneratedCards> {
    if (this.entry === null) return (await generator()).generateArticleCards(request);
    const reply = await this.run({ id: this.nextId++, kind: 'cards', request });
    return (reply as { cards: GeneratedCards }).cards;
  }

  private run(job: ParseJob): Promise<Extract<ParseReply, { ok: true }>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  /** Ends the worker (pending reads fail). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    for (const pending of this.queue.splice(0)) pending.reject(new LecternError('Lectern closed before the file was read.'));
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.entry!, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMiB, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, this.limits.heapMiB / 8)) },
      // Not piped into ours (CLI results go to stdout); the worker drops what it prints. Reading
      // these streams would keep the process alive after the last file.
      stdout: true,
      stderr: true,
    });
    this.ready = false;
    worker.on('message', (reply: ParseReply) => {
      if ('ready' in reply) {
        this.ready = true;
        if (this.running && !this.timer) this.startTimer();
        return;
      }
      const pending = this.running;
      if (!pending || reply.id !== pending.job.id) return;
      this.finish();
      if (reply.ok) pending.resolve(reply);
      else if (pending.job.kind === 'cards') pending.reject(new LecternError(`Lectern could not make this article's cards: ${reply.message}`));
      else pending.reject(reply.name === 'ParseError' ? new ParseError(reply.message) : new ParseError(`Lectern could not read this file: ${reply.message}`));
    });
    worker.on('error', (error: Error & { code?: string }) => this.died(worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : error.message));
    worker.on('exit', () => this.died(worker, 'exit'));
    return worker;
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) {
      if (!this.running) this.worker?.unref(); // an idle worker never keeps the process alive
      return;
    }
    const pending = this.queue.shift()!;
    this.running = pending;
    this.worker ??= this.start();
    this.worker.ref();
    if (this.ready) this.startTimer();
    this.worker.postMessage(...posted(pending.job));
  }

  private startTimer(): void {
    const cards = this.running?.job.kind === 'cards';
    this.timer = setTimeout(() => this.timedOut(), cards ? (this.limits.cardsTimeoutMs ?? 3 * this.limits.timeoutMs) : this.limits.timeoutMs);
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
    queueMicrotask(() => this.pump());
  }

  private timedOut(): void {
    const pending = this.running;
    const worker = this.worker;
    if (!pending || !worker) return;
    this.worker = null;
    this.finish();
    void worker.terminate();
    if (pending.job.kind === 'cards') return pending.reject(new LecternError("Making this article's cards took too long; Lectern stopped it."));
    const seconds = (this.limits.timeoutMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
    pending.reject(new ParseError(`Reading this file took over ${seconds} s; Lectern stopped it. The file may be built to be slow to read.`));
  }

  private died(worker: Worker, why: string): void {
    if (this.worker !== worker) return; // already replaced (timed out, closed)
    this.worker = null;
    const pending = this.running;
    if (!pending) return;
    this.finish();
    if (pending.job.kind === 'cards') return pending.reject(new LecternError(`Lectern could not make this article's cards: its worker stopped (${why}).`));
    pending.reject(
      why === 'memory'
        ? new ParseError(`Reading this file needed more than the ${this.limits.heapMiB} MiB of memory Lectern allows for one file; it was not imported.`)
        : new ParseError(`Lectern could not read this file: its reader stopped (${why}).`),
    );
  }
}

/** A job as posted: a file's bytes are copied here and the copy is transferred, because the
 * caller keeps its own (they are stored as the original) and a structured clone of 10 MB held
 * the host's thread for ~180 ms (bench figure 8) where a plain copy takes a few. */
function posted(job: ParseJob): [ParseJob, ArrayBuffer[]] {
  if (job.kind !== 'parse') return [job, []];
  // The Uint8Array constructor copies into a buffer of its own (a Buffer's slice() would be a
  // view of the caller's, and transferring that would empty the caller's bytes).
  const bytes = new Uint8Array(job.request.bytes);
  return [{ ...job, request: { ...job.request, bytes } }, [bytes.buffer]];
}

/** A reply as posted back: its bytes (assets, and a binary file's identity, which is the file
 * itself) are transferred, not cloned (see `posted`). */
export function postedReply(reply: ParseReply): [ParseReply, ArrayBuffer[]] {
  if (!('doc' in reply)) return [reply, []];
  const assets = reply.doc.assets.map((asset) => ({ ...asset, bytes: new Uint8Array(asset.bytes) }));
  const identity = typeof reply.doc.identity === 'string' ? reply.doc.identity : new Uint8Array(reply.doc.identity);
  const buffers = [...assets.map((asset) => asset.bytes.buffer), ...(typeof identity === 'string' ? [] : [identity.buffer])];
  return [{ ...reply, doc: { ...reply.doc, assets, identity } }, buffers];
}

/** The same read on this thread: for tests running the TypeScript sources (no worker entry). */
async function readInProcess(request: ParseRequest): Promise<ReadDocument> {
  return readDocument(request.bytes, request.fileName, {
    maxFileBytes: request.maxFileBytes,
    ...(request.maxExpandedBytes ? { maxExpandedBytes: request.maxExpandedBytes } : {}),
    ...(request.localPage ? { readLocal: pageFileReader(request.localPage) } : {}),
  });
}

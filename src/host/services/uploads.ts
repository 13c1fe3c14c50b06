// Files the UI sends in pieces (`uploads:*` in the contract), held here until they are imported.
// Pieces keep every step short on the host's threads; the price is state between calls, so it
// is bounded: each upload reserves its declared size up front, all of them together at most
// `maxPendingBytes`, and one not added to for `idleMs` is dropped with its bytes.
import { randomBytes } from 'node:crypto';
import { LecternError, NotFoundError, ValidationError } from '../../core/errors.js';
import { assertNotTooLarge } from '../../core/parse/index.js';
import { UPLOAD_CHUNK_BYTES } from '../../shared/contract.js';

export interface UploadLimits {
  /** All unfinished uploads together, by their declared sizes. */
  readonly maxPendingBytes: number;
  /** An upload with no piece for this long is dropped. */
  readonly idleMs: number;
}

const DEFAULT_LIMITS: UploadLimits = { maxPendingBytes: 128 * 1024 * 1024, idleMs: 2 * 60_000 };

interface Upload {
  readonly name: string;
  readonly bytes: Uint8Array;
  received: number;
  touched: number;
}

const MIB = 1024 * 1024;

export class UploadService {
  readonly #uploads = new Map<string, Upload>();
  readonly #limits: UploadLimits;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    /** The library's own size limit (a setting), checked before any byte is sent. */
    private readonly maxFileBytes: () => number,
    limits: Partial<UploadLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.#limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Bytes reserved by unfinished uploads. */
  get pendingBytes(): number {
    let total = 0;
    for (const upload of this.#uploads.values()) total += upload.bytes.length;
    return total;
  }

  start(name: string, size: number): { id: string; chunkBytes: number } {
    this.#sweep();
    assertNotTooLarge(size, this.maxFileBytes());
    if (this.pendingBytes + size > this.#limits.maxPendingBytes) {
      throw new LecternError(`Lectern is already receiving ${(this.pendingBytes / MIB).toFixed(1)} MiB of files; try this one again once they are imported.`);
    }
    const id = randomBytes(16).toString('hex');
    this.#uploads.set(id, { name, bytes: new Uint8Array(size), received: 0, touched: this.now() });
    this.#armTimer();
    return { id, chunkBytes: UPLOAD_CHUNK_BYTES };
  }

  /** Adds the next piece. Pieces come in order: one at another offset, or running past the
   * declared size, is refused and changes nothing, so the sender can send the right one. */
  append(id: string, offset: number, data: Uint8Array): { received: number; size: number } {
    const upload = this.#find(id);
    if (offset !== upload.received) {
      throw new ValidationError(`The upload of ${upload.name} expected the piece at byte ${upload.received}, not at byte ${offset}; nothing was lost, send that piece.`);
    }
    if (offset + data.length > upload.bytes.length) {
      throw new ValidationError(`The piece runs past the end of ${upload.name}: it was announced as ${upload.bytes.length} bytes.`);
    }
    upload.bytes.set(data, offset);
    upload.received += data.length;
    upload.touched = this.now();
    return { received: upload.received, size: upload.bytes.length };
  }

  discard(id: string): boolean {
    return this.#uploads.delete(id);
  }

  /** Hands over complete uploads (and forgets them). All or none: if one is unknown or not
   * complete, the call is refused and every upload stays as it was. */
  take(ids: readonly string[]): { name: string; data: Uint8Array }[] {
    const uploads = ids.map((id) => this.#find(id));
    if (new Set(ids).size !== ids.length) throw new ValidationError('An upload can be imported once: an ID is given twice.');
    const short = uploads.find((u) => u.received < u.bytes.length);
    if (short) throw new ValidationError(`The upload of ${short.name} is not complete: ${short.received} of ${short.bytes.length} bytes arrived.`);
    for (const id of ids) this.#uploads.delete(id);
    return uploads.map((u) => ({ name: u.name, data: u.bytes }));
  }

  #find(id: string): Upload {
    this.#sweep();
    const upload = this.#uploads.get(id);
    if (!upload) throw new NotFoundError(`No upload ${id}: it was imported, discarded, or dropped after ${this.#limits.idleMs / 1000} s without a piece. Send the file again.`);
    return upload;
  }

  #sweep(): void {
    const oldest = this.now() - this.#limits.idleMs;
    for (const [id, upload] of this.#uploads) if (upload.touched <= oldest) this.#uploads.delete(id);
  }

  /** Sweeps while any upload is open, even if no call comes again (a tab closed mid-upload). */
  #armTimer(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#sweep();
      if (this.#uploads.size > 0) this.#armTimer();
    }, this.#limits.idleMs);
    this.#timer.unref?.();
  }
}

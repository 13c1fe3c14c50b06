// Importing files, folders and pasted text. An import runs as a job, one file (desktop) or a
// small batch (browser) at a time, so it can show the file in hand and counts, and be cancelled
// between files: what was imported stays, and each file is imported whole or not at all (the
// host's promise). Inside Electron files go by path (the main process reads them); in the
// browser shell their bytes go as base64, a few small files in one call, and a file bigger than
// one upload piece alone, in pieces (upload.ts), so no call carries more than a piece's bytes.
import { READABLE_EXTENSIONS } from '../../../shared/formats';
import type { DesktopShell } from '../../../shared/shell';
import type { ImportOutcome, ImportReport } from '../../../shared/types';
import { api } from './api';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/contract';
import { fileToBase64 } from './base64';
import type { PickedFile } from './file-walk';
import { uploadFile } from './upload';

const FILES_PER_CALL = 4;
/** A call's bytes: what one piece of an upload may hold (the host parses a call at once). */
const BYTES_PER_CALL = UPLOAD_CHUNK_BYTES;
const MIB = 1024 * 1024;

/** The extensions the file pickers offer (the host decides what it can read). */
export const IMPORT_ACCEPT = [...READABLE_EXTENSIONS.map((e) => `.${e}`), 'text/plain', 'text/markdown', 'text/html'].join(',');

/** One sentence for an import report, e.g. "Imported 3 articles; 1 was already there." */
export function describeReport(report: ImportReport): string {
  const parts: string[] = [];
  if (report.imported) parts.push(`Imported ${report.imported} ${report.imported === 1 ? 'article' : 'articles'}`);
  if (report.duplicates) parts.push(`${report.duplicates} already in the library`);
  if (report.skipped) parts.push(`${report.skipped} skipped`);
  if (report.failed) parts.push(`${report.failed} could not be read`);
  const first = report.outcomes.find((o) => o.kind === 'failed' || o.kind === 'skipped');
  const detail = first ? ` (${first.kind === 'failed' ? first.error : first.reason})` : '';
  // Part of a file that could not be read (an EPUB chapter) is said even when the import succeeded.
  const warnings = report.outcomes.flatMap((o) => (o.kind === 'imported' ? (o.warnings ?? []) : []));
  const warning = warnings.length ? ` ${warnings[0]}` : '';
  return parts.length ? `${parts.join('; ')}.${report.imported === 0 ? detail : warning}` : 'Nothing to import.';
}

/** The host's wording for a file over the limit (src/core/parse/decode.ts). */
export function tooLarge(bytes: number, limitMiB: number): string {
  return `The file is too large: ${(bytes / MIB).toFixed(1)} MiB, and the limit is ${limitMiB.toFixed(1)} MiB.`;
}

function batches(files: readonly PickedFile[]): PickedFile[][] {
  const out: PickedFile[][] = [];
  let current: PickedFile[] = [];
  let size = 0;
  for (const picked of files) {
    if (current.length && (current.length >= FILES_PER_CALL || size + picked.file.size > BYTES_PER_CALL)) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(picked);
    size += picked.file.size;
  }
  if (current.length) out.push(current);
  return out;
}

/** Imports a batch: small files in one call, a file bigger than a piece uploaded first. */
async function sendBatch(batch: readonly PickedFile[]): Promise<ImportReport> {
  const [first] = batch;
  if (batch.length === 1 && first && first.file.size > BYTES_PER_CALL) {
    try {
      return await api['articles:importUploads']({ ids: [await uploadFile(baseName(first.name), first.file)] });
    } catch (error) {
      const outcome: ImportOutcome = { kind: 'failed', path: first.name, error: error instanceof Error ? error.message : String(error) };
      return { outcomes: [outcome], imported: 0, duplicates: 0, skipped: 0, failed: 1 };
    }
  }
  return api['articles:importData']({ files: await Promise.all(batch.map(async (f) => ({ name: baseName(f.name), data: await fileToBase64(f.file) }))) });
}

const baseName = (path: string): string => path.split(/[\\/]/).filter(Boolean).pop() ?? path;

/** One file's line in the results: the name shown and what became of it. */
export interface ImportRow {
  readonly name: string;
  readonly outcome: ImportOutcome;
}

/** What the import panel shows: the choice of source, an import of files, or a restore. */
export type ImportPanelView = 'choose' | 'job' | 'restore';

export type ImportPhase = 'scanning' | 'running' | 'done' | 'cancelled';

/** One import of files: progress while it runs, then a row per file. */
export class ImportJob {
  #phase = $state<ImportPhase>('scanning');
  #total = $state(0);
  #current = $state<string | null>(null);
  #rows = $state<ImportRow[]>([]);
  #stopping = $state(false);

  readonly counts = $derived.by(() => {
    const count = (kind: ImportOutcome['kind']) => this.#rows.filter((r) => r.outcome.kind === kind).length;
    return { imported: count('imported'), duplicates: count('duplicate'), skipped: count('skipped'), failed: count('failed') };
  });

  get phase(): ImportPhase {
    return this.#phase;
  }
  get running(): boolean {
    return this.#phase === 'scanning' || this.#phase === 'running';
  }
  get stopping(): boolean {
    return this.#stopping;
  }
  /** Files found so far (known once the scan is over). */
  get total(): number {
    return this.#total;
  }
  /** Files with an outcome. */
  get done(): number {
    return this.#rows.length;
  }
  /** The file (or batch of files) being imported now. */
  get current(): string | null {
    return this.#current;
  }
  get rows(): readonly ImportRow[] {
    return this.#rows;
  }

  /** The job as one report, for a short notice. */
  get report(): ImportReport {
    const { imported, duplicates, skipped, failed } = this.counts;
    return { outcomes: this.#rows.map((r) => r.outcome), imported, duplicates, skipped, failed };
  }

  /** Stops before the next file; files already imported stay. */
  cancel(): void {
    if (this.running) this.#stopping = true;
  }

  /** Desktop: paths from the native dialog or a drop, walked by the host, imported one by one. */
  async runPaths(paths: readonly string[]): Promise<void> {
    try {
      const { files, outcomes } = await api['articles:scan']({ paths: [...paths] });
      this.#add(outcomes.map((outcome) => ({ name: baseName(outcome.path), outcome })));
      this.#total = files.length + outcomes.length;
      this.#phase = 'running';
      for (const path of files) {
        if (this.#stopping) break;
        this.#current = baseName(path);
        this.#add([{ name: baseName(path), outcome: await api['articles:importFile']({ path }) }]);
      }
    } finally {
      this.#finish();
    }
  }

  /** Browser: the bytes of picked or dropped files, a few per call. Files over the library's
   * size limit are refused here, without being read. */
  async runFiles(files: readonly PickedFile[], maxFileMiB: number): Promise<void> {
    this.#total = files.length;
    this.#phase = 'running';
    try {
      const fits = files.filter((f) => f.file.size <= maxFileMiB * MIB);
      this.#add(
        files
          .filter((f) => f.file.size > maxFileMiB * MIB)
          .map((f) => ({ name: f.name, outcome: { kind: 'failed', path: f.name, error: tooLarge(f.file.size, maxFileMiB) } })),
      );
      for (const batch of batches(fits)) {
        if (this.#stopping) break;
        this.#current = batch.length === 1 ? batch[0]!.name : `${batch[0]!.name} and ${batch.length - 1} more`;
        const report = await sendBatch(batch);
        // The host answers in the order it was sent; show the names as picked (with folders).
        this.#add(report.outcomes.map((outcome, i) => ({ name: batch[i]?.name ?? outcome.path, outcome })));
      }
    } finally {
      this.#finish();
    }
  }

  #add(rows: readonly ImportRow[]): void {
    if (rows.length) this.#rows = [...this.#rows, ...rows];
  }

  #finish(): void {
    this.#current = null;
    this.#phase = this.#stopping && this.#rows.length < this.#total ? 'cancelled' : 'done';
    this.#stopping = false;
  }
}

export class Importer {
  #job = $state<ImportJob | null>(null);

  /** The latest import of files (running or finished), for the import panel. */
  get job(): ImportJob | null {
    return this.#job;
  }

  /** Whether an import is running now (another one waits for it). */
  get busy(): boolean {
    return this.#job?.running ?? false;
  }

  clear(): void {
    if (!this.busy) this.#job = null;
  }

  /** Starts an import of files by path (desktop); resolves when it is over. */
  async importPaths(paths: readonly string[]): Promise<ImportJob> {
    const job = this.#start();
    await job.runPaths(paths);
    return job;
  }

  /** Starts an import of files the page holds; resolves when it is over. Inside Electron a
   * dropped file has a path, and then goes by path like a picked one. */
  async importFiles(files: readonly PickedFile[], shell: DesktopShell | null): Promise<ImportJob> {
    const paths = shell ? files.map((f) => shell.pathForFile(f.file)).filter((p) => p.length > 0) : [];
    if (shell && paths.length === files.length && paths.length > 0) return this.importPaths(paths);
    const { maxFileMiB } = await api['settings:get']({});
    const job = this.#start();
    await job.runFiles(files, maxFileMiB);
    return job;
  }

  importText(text: string, format?: 'text' | 'markdown'): Promise<ImportReport> {
    return api['articles:importText']({ text, format: format ?? guessFormat(text) });
  }

  #start(): ImportJob {
    if (this.busy) throw new Error('An import is already running; wait for it or cancel it first.');
    const job = new ImportJob();
    this.#job = job;
    return job;
  }
}

/** Markdown when the text has Markdown headings, emphasis-free plain text otherwise. */
export function guessFormat(text: string): 'text' | 'markdown' {
  return /^#{1,6}\s+\S/m.test(text) ? 'markdown' : 'text';
}

export const importer = new Importer();

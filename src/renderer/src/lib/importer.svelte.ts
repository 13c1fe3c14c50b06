// Importing files and pasted text. Inside Electron files go by path (the main process reads
// them); in the browser shell their bytes go as base64, a few files per call, with progress.
import type { ImportReport } from '../../../shared/types';
import { api, desktop } from './api';

const FILES_PER_CALL = 4;
const BYTES_PER_CALL = 12 * 1024 * 1024;

export interface ImportProgress {
  readonly done: number;
  readonly total: number;
}

/** One sentence for an import report, e.g. "Imported 3 articles; 1 was already there." */
export function describeReport(report: ImportReport): string {
  const parts: string[] = [];
  if (report.imported) parts.push(`Imported ${report.imported} ${report.imported === 1 ? 'article' : 'articles'}`);
  if (report.duplicates) parts.push(`${report.duplicates} already in the library`);
  if (report.skipped) parts.push(`${report.skipped} skipped`);
  if (report.failed) parts.push(`${report.failed} could not be read`);
  const first = report.outcomes.find((o) => o.kind === 'failed' || o.kind === 'skipped');
  const detail = first ? ` (${first.kind === 'failed' ? first.error : first.reason})` : '';
  return parts.length ? `${parts.join('; ')}.${report.imported === 0 ? detail : ''}` : 'Nothing to import.';
}

function merge(reports: readonly ImportReport[]): ImportReport {
  return {
    outcomes: reports.flatMap((r) => r.outcomes),
    imported: reports.reduce((n, r) => n + r.imported, 0),
    duplicates: reports.reduce((n, r) => n + r.duplicates, 0),
    skipped: reports.reduce((n, r) => n + r.skipped, 0),
    failed: reports.reduce((n, r) => n + r.failed, 0),
  };
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function batches(files: readonly File[]): File[][] {
  const out: File[][] = [];
  let current: File[] = [];
  let size = 0;
  for (const file of files) {
    if (current.length && (current.length >= FILES_PER_CALL || size + file.size > BYTES_PER_CALL)) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.size;
  }
  if (current.length) out.push(current);
  return out;
}

export class Importer {
  #progress = $state<ImportProgress | null>(null);

  /** Non-null while an import of files is running. */
  get progress(): ImportProgress | null {
    return this.#progress;
  }

  async importFiles(files: readonly File[]): Promise<ImportReport> {
    const shell = desktop;
    if (shell) {
      const paths = files.map((f) => shell.pathForFile(f)).filter((p) => p.length > 0);
      if (paths.length) {
        this.#progress = { done: 0, total: paths.length };
        try {
          return await api['articles:importFiles']({ paths });
        } finally {
          this.#progress = null;
        }
      }
    }
    const reports: ImportReport[] = [];
    this.#progress = { done: 0, total: files.length };
    try {
      for (const batch of batches(files)) {
        const payload = await Promise.all(batch.map(async (file) => ({ name: file.name, data: await toBase64(file) })));
        reports.push(await api['articles:importData']({ files: payload }));
        this.#progress = { done: this.#progress.done + batch.length, total: files.length };
      }
    } finally {
      this.#progress = null;
    }
    return merge(reports);
  }

  importText(text: string, format?: 'text' | 'markdown'): Promise<ImportReport> {
    return api['articles:importText']({ text, format: format ?? guessFormat(text) });
  }
}

/** Markdown when the text has Markdown headings, emphasis-free plain text otherwise. */
export function guessFormat(text: string): 'text' | 'markdown' {
  return /^#{1,6}\s+\S/m.test(text) ? 'markdown' : 'text';
}

export const importer = new Importer();

// "Restore from backup…": a JSON export merged back into the library. The host changes nothing
// when the file is malformed; otherwise each article is restored, merged into the one already
// here (with what was added, merged and kept), skipped or failed, and the dialog lists them.
import type { ApiResult } from '../../../shared/contract';
import { api } from './api';
import { fileToBase64 } from './base64';

export type RestoreReport = ApiResult<'library:importJson'>;

export class BackupRestore {
  #running = $state(false);
  #fileName = $state('');
  #report = $state<RestoreReport | null>(null);
  #error = $state<string | null>(null);
  #stopped = $state(false);

  get running(): boolean {
    return this.#running;
  }
  get fileName(): string {
    return this.#fileName;
  }
  get report(): RestoreReport | null {
    return this.#report;
  }
  get error(): string | null {
    return this.#error;
  }
  /** The person stopped it: what was restored before stays (each article whole). */
  get stopped(): boolean {
    return this.#stopped;
  }

  async run(file: File): Promise<void> {
    this.#running = true;
    this.#fileName = file.name;
    this.#report = null;
    this.#error = null;
    this.#stopped = false;
    try {
      this.#report = await api['library:importJson']({ base64: await fileToBase64(file) });
    } catch (error) {
      if (error instanceof Error && error.name === 'CancelledError') this.#stopped = true;
      else this.#error = error instanceof Error ? error.message : String(error);
    } finally {
      this.#running = false;
    }
  }
}

// "Export…" in the desktop app: main renders the export and writes it where the user chose,
// as bytes — no base64 round trip through the renderer (a JSON backup of a big library can
// pass V8's string limit). Pure: the file an export output becomes.
import { zipSync } from 'fflate';
import type { ExportOutput } from '../core/export/index.js';

export interface ExportedFile {
  readonly fileName: string;
  readonly data: Uint8Array;
}

/** One file: several Markdown or HTML files are zipped as `lectern-export.zip` (as the browser shell's download is). */
export function exportedFile(output: ExportOutput): ExportedFile {
  if (output.folder) return { fileName: 'lectern-export.zip', data: zipSync(Object.fromEntries(output.files.map((f) => [f.name, f.data]))) };
  const [file] = output.files;
  if (!file) throw new Error('The export made no file.');
  return { fileName: file.name, data: file.data };
}

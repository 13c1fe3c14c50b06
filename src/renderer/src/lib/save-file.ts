// Handing a made file to the user: the native save dialog in Electron, a download in the
// browser shell.
import { api, desktop } from './api';
import { base64ToBytes } from './base64';

export interface MadeFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
}

/** Where the file went (a path, or the download's name), or null when the save was cancelled. */
export async function saveMadeFile(file: MadeFile): Promise<string | null> {
  if (desktop) return desktop.saveFile({ fileName: file.fileName, base64: file.base64 });
  download(new Blob([base64ToBytes(file.base64)], { type: file.mimeType }), file.fileName);
  return file.fileName;
}

/** Text made in the page (e.g. a CSV), saved the same way. */
export async function saveText(text: string, fileName: string, mimeType: string): Promise<string | null> {
  if (!desktop) {
    download(new Blob([text], { type: mimeType }), fileName);
    return fileName;
  }
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return desktop.saveFile({ fileName, base64: btoa(binary) });
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Exports articles through the host and saves the result. */
export async function exportAndSave(articleIds: readonly string[] | 'all', format: 'md' | 'anki' | 'apkg' | 'csv' | 'json' | 'html'): Promise<string | null> {
  // The desktop app exports and writes in main: the file never crosses IPC as base64.
  if (desktop) return desktop.exportToFile({ articleIds, format });
  const file = await api['export:file']({ articleIds: articleIds === 'all' ? 'all' : [...articleIds], format });
  return saveMadeFile(file);
}

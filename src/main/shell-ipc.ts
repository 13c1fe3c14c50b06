// The desktop-only requests of the renderer: native open and save dialogs, and "Export PDF"
// through Chromium's printToPDF. Each channel is bound once, checks its sender like the API
// does, validates its arguments with a schema, and answers with a reply value (shell-reply.ts).
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { articleId, base64Text } from '../shared/contract.js';
import { SHELL_CHANNELS } from '../shared/shell.js';
import { READABLE_EXTENSIONS } from '../shared/formats.js';
import { exportedFile } from './export-file.js';
import { pdfFileName, printDocument } from './print-pdf.js';
import type { ExportOutput } from '../core/export/index.js';
import { windowOptions } from './security.js';
import { shellHandler } from './shell-reply.js';

const IMPORTABLE = [{ name: 'Articles', extensions: [...READABLE_EXTENSIONS] }];

const schemas = {
  pickPaths: z.object({ folders: z.boolean() }).strict(),
  saveFile: z.object({ fileName: z.string().min(1).max(255).regex(/^[^/\\]+$/), base64: base64Text() }).strict(),
  exportPdf: z.array(articleId).min(1).max(10_000),
  exportToFile: z.object({
    articleIds: z.union([z.array(articleId).min(1).max(100_000), z.literal('all')]),
    format: z.enum(['md', 'anki', 'apkg', 'csv', 'json', 'html']),
  }).strict(),
};

/**
 * Renders the HTML in a hidden, sandboxed window without scripts and prints it to PDF bytes.
 * The page is loaded from a temporary file, not a data: URL, which Chromium refuses past 2 MiB.
 */
async function printPdf(html: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-pdf-'));
  const win = new BrowserWindow({ ...windowOptions(''), show: false, webPreferences: { ...windowOptions('').webPreferences, preload: undefined, javascript: false } });
  try {
    const page = join(dir, 'export.html');
    await writeFile(page, html);
    await win.loadFile(page);
    return await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

export interface LibraryPlace {
  readonly folder: () => string;
  /** Moves the library into `target` and restarts the app there. */
  readonly moveTo: (target: string) => void;
}

/** An export rendered by the library's process, as bytes (host-protocol.ts EXPORT_RENDER). */
export type RenderExport = (articleIds: readonly string[] | 'all', format: z.output<typeof schemas.exportToFile>['format']) => Promise<ExportOutput>;

export function bindShell(render: RenderExport, place: LibraryPlace, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  const handle = <S extends z.ZodType, R>(channel: string, schema: S, run: (win: BrowserWindow, args: z.output<S>) => Promise<R>) => {
    ipcMain.handle(
      channel,
      shellHandler(isTrustedSender, schema, async (event: IpcMainInvokeEvent, args) => {
        const win = BrowserWindow.fromWebContents(event.sender);
        if (!win) throw new Error('No window for this call.');
        return run(win, args);
      }),
    );
  };

  handle(SHELL_CHANNELS.pickPaths, schemas.pickPaths, async (win, { folders }) => {
    const result = await dialog.showOpenDialog(win, {
      title: folders ? 'Import a folder of articles' : 'Import articles',
      properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
      ...(folders ? {} : { filters: IMPORTABLE }),
    });
    return result.canceled ? [] : result.filePaths;
  });

  handle(SHELL_CHANNELS.saveFile, schemas.saveFile, async (win, { fileName, base64 }) => {
    const result = await dialog.showSaveDialog(win, { title: 'Export', defaultPath: fileName });
    if (result.canceled || !result.filePath) return null;
    await writeFile(result.filePath, Buffer.from(base64, 'base64'));
    return result.filePath;
  });

  handle(SHELL_CHANNELS.exportToFile, schemas.exportToFile, async (win, { articleIds, format }) => {
    const file = exportedFile(await render(articleIds, format));
    const result = await dialog.showSaveDialog(win, { title: 'Export', defaultPath: file.fileName });
    if (result.canceled || !result.filePath) return null;
    await writeFile(result.filePath, file.data);
    return result.filePath;
  });

  handle(SHELL_CHANNELS.libraryFolder, z.object({}).strict(), async () => place.folder());

  handle(SHELL_CHANNELS.moveLibrary, z.object({}).strict(), async (win) => {
    const result = await dialog.showOpenDialog(win, { title: 'Move the library to…', properties: ['openDirectory', 'createDirectory'] });
    const target = result.canceled ? undefined : result.filePaths[0];
    if (!target) return null;
    place.moveTo(target);
    return target;
  });

  handle(SHELL_CHANNELS.exportPdf, schemas.exportPdf, async (win, articleIds) => {
    // Several articles print as one document (the export's index of links left out).
    const output = await render(articleIds, 'html');
    const pages = output.files.map((f) => ({ name: f.name, html: Buffer.from(f.data).toString('utf8') }));
    const html = printDocument(pages);
    if (!html) return null;
    const pdf = await printPdf(html);
    const result = await dialog.showSaveDialog(win, { title: 'Export PDF', defaultPath: pdfFileName(pages), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (result.canceled || !result.filePath) return null;
    await writeFile(result.filePath, pdf);
    return result.filePath;
  });
}

// The desktop-only requests of the renderer: native open and save dialogs, and "Export PDF"
// through Chromium's printToPDF. Each channel is bound once, checks its sender like the API
// does, and validates its arguments with a schema.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { SHELL_CHANNELS } from '../shared/shell.js';
import type { ExportService } from './services/export.js';
import { windowOptions } from './security.js';

const IMPORTABLE = [{ name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'epub', 'pdf', 'docx'] }];

const schemas = {
  pickPaths: z.object({ folders: z.boolean() }).strict(),
  saveFile: z.object({ fileName: z.string().min(1).max(255).regex(/^[^/\\]+$/), base64: z.base64() }).strict(),
  exportPdf: z.array(z.string().regex(/^[0-9a-f]{16}$/)).min(1).max(10_000),
};

/** Renders the HTML export in a hidden, sandboxed window and prints it to PDF bytes. */
async function printPdf(html: string): Promise<Buffer> {
  const win = new BrowserWindow({ ...windowOptions(''), show: false, webPreferences: { ...windowOptions('').webPreferences, preload: undefined, javascript: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    win.destroy();
  }
}

export interface LibraryPlace {
  readonly folder: () => string;
  /** Moves the library into `target` and restarts the app there. */
  readonly moveTo: (target: string) => void;
}

export function bindShell(exporter: ExportService, place: LibraryPlace, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  const handle = <S extends z.ZodType, R>(channel: string, schema: S, run: (win: BrowserWindow, args: z.output<S>) => Promise<R>) => {
    ipcMain.handle(channel, async (event, raw: unknown) => {
      if (!isTrustedSender(event)) throw new Error('Refused: the call did not come from a Lectern window.');
      const win = BrowserWindow.fromWebContents(event.sender);
      if (!win) throw new Error('No window for this call.');
      return run(win, schema.parse(raw));
    });
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

  handle(SHELL_CHANNELS.libraryFolder, z.object({}).strict(), async () => place.folder());

  handle(SHELL_CHANNELS.moveLibrary, z.object({}).strict(), async (win) => {
    const result = await dialog.showOpenDialog(win, { title: 'Move the library to…', properties: ['openDirectory', 'createDirectory'] });
    const target = result.canceled ? undefined : result.filePaths[0];
    if (!target) return null;
    place.moveTo(target);
    return target;
  });

  handle(SHELL_CHANNELS.exportPdf, schemas.exportPdf, async (win, articleIds) => {
    const output = await exporter.render(articleIds, 'html');
    const page = output.files.find((f) => f.name !== 'index.html') ?? output.files[0];
    if (!page) return null;
    const pdf = await printPdf(Buffer.from(page.data).toString('utf8'));
    const result = await dialog.showSaveDialog(win, { title: 'Export PDF', defaultPath: page.name.replace(/\.html$/, '.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (result.canceled || !result.filePath) return null;
    await writeFile(result.filePath, pdf);
    return result.filePath;
  });
}

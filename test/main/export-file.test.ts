// "Export…" in the desktop app writes the export's bytes from main: the same file the browser
// shell downloads, made from the real export of a real library.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportedFile } from '../../src/main/export-file.js';
import { ExportService } from '../../src/host/services/export.js';
import { richLibrary } from '../core/export/fixture.js';

describe('the exported file', () => {
  it('is the one file of a single-file export, byte for byte what the download carries', async () => {
    const lib = await richLibrary();
    const exporter = new ExportService(lib.library.store, lib.notes, lib.study, () => new Date('2026-05-01T08:00:00Z'));
    const file = exportedFile(await exporter.render('all', 'json'));
    const download = await exporter.download('all', 'json');
    expect(file.fileName).toBe(download.fileName);
    expect(Buffer.from(file.data).equals(Buffer.from(download.base64, 'base64'))).toBe(true);
  });

  it('zips several Markdown files with their index', async () => {
    const lib = await richLibrary();
    const file = exportedFile(await new ExportService(lib.library.store, lib.notes, lib.study).render('all', 'md'));
    expect(file.fileName).toBe('lectern-export.zip');
    const names = Object.keys(unzipSync(file.data));
    expect(names.length).toBeGreaterThan(2);
    expect(names.every((n) => n.endsWith('.md'))).toBe(true);
    expect(strFromU8(unzipSync(file.data)[names[0]!]!).length).toBeGreaterThan(0);
  });
});

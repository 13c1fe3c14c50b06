import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentId, Library } from '../../src/host/services/library.js';
import { SAMPLE_FILE, SAMPLES, tempDir } from '../helpers/temp-home.js';
import { buildEpub, CHAPTERS } from '../fixtures/formats/build.js';

const ESSAY = '# On Slowness\n\nReading slowly is a skill. It takes practice and patience.\n\n## Why it matters\n\nWe remember what we dwell on.\n';

function emptyLibrary(): Library {
  return Library.open(tempDir());
}

function writeFiles(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('lectern-src-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('importing a book with a chapter missing', () => {
  it('succeeds, says which chapter could not be read in the result, and keeps it in the article info', async () => {
    const library = emptyLibrary();
    const dir = writeFiles({ 'book.epub': buildEpub([CHAPTERS[0]!, { ...CHAPTERS[1]!, missing: true }]) });
    const report = await library.importFiles([join(dir, 'book.epub')]);
    const [outcome] = report.outcomes;
    const problem = '1 chapter could not be read: OEBPS/text/ch2.xhtml (missing from the book).';
    expect(outcome).toMatchObject({ kind: 'imported', warnings: [problem] });
    const id = outcome?.kind === 'imported' ? outcome.id : '';
    expect(Library.open(library.home).get(id).problems).toEqual([problem]);
  });
});

describe('a fresh library', () => {
  it('opens on the sample article', async () => {
    const library = Library.open(tempDir(), { samplesDir: SAMPLES });
    const [sample] = library.list();
    expect(sample).toMatchObject({ id: '48b49f7991c0da8e', byline: 'time news', published: '2023-06-20T07:00:00', progress: 0, tags: [] });
    expect(sample!.title).toMatch(/^United States and China: balance of Antony Blinken/);
    expect(sample!.readingMinutes).toBe(Math.ceil(sample!.words / 230));
  });

  it('keeps the original file byte for byte', async () => {
    const home = tempDir();
    const library = Library.open(home, { samplesDir: SAMPLES });
    expect(Buffer.from(library.original('48b49f7991c0da8e')).equals(readFileSync(SAMPLE_FILE))).toBe(true);
  });

  it('does not bring the sample back once the user deleted it', async () => {
    const home = tempDir();
    Library.open(home, { samplesDir: SAMPLES }).trash('48b49f7991c0da8e');
    const again = Library.open(home, { samplesDir: SAMPLES });
    again.emptyTrash();
    expect(Library.open(home, { samplesDir: SAMPLES }).list()).toEqual([]);
  });
});

describe('importing', () => {
  it('imports folders recursively, skipping unsupported types and hidden files', async () => {
    const dir = writeFiles({ 'a.md': ESSAY, 'sub/b.txt': 'A title\n\nSome body text that is a sentence.\n', 'c.png': 'not really', '.hidden.txt': 'x' });
    const report = await emptyLibrary().importFiles([dir]);
    expect(report).toMatchObject({ imported: 2, duplicates: 0, skipped: 1, failed: 0 });
    expect(report.outcomes.find((o) => o.kind === 'skipped')).toMatchObject({ path: join(dir, 'c.png') });
  });

  it('treats the same content as a duplicate whatever its name or encoding', async () => {
    const text = 'Café society\n\nThe café was full of people reading newspapers.\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const dir = writeFiles({ 'one.txt': text, 'two.txt': utf16, 'three.txt': Buffer.from(text, 'latin1') });
    const library = emptyLibrary();
    const report = await library.importFiles([dir]);
    expect(report).toMatchObject({ imported: 1, duplicates: 2 });
    expect(library.list()).toHaveLength(1);
    expect(library.list()[0]!.id).toBe(contentId(text));
  });

  it('reports a file already in the trash as a duplicate in the trash', async () => {
    const dir = writeFiles({ 'a.md': ESSAY });
    const library = emptyLibrary();
    const [first] = (await library.importFiles([dir])).outcomes;
    library.trash((first as { id: string }).id);
    expect((await library.importFiles([dir])).outcomes[0]).toMatchObject({ kind: 'duplicate', inTrash: true });
  });

  it('fails empty, binary and missing files with a human reason and imports the rest', async () => {
    const dir = writeFiles({ 'empty.txt': '', 'blob.txt': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]), 'ok.md': ESSAY });
    const library = emptyLibrary();
    const report = await library.importFiles([dir, join(dir, 'nope.txt')]);
    expect(report).toMatchObject({ imported: 1, failed: 3 });
    const errors = report.outcomes.flatMap((o) => (o.kind === 'failed' ? [o.error] : []));
    expect(errors.join('\n')).toMatch(/empty/i);
    expect(errors.join('\n')).toMatch(/binary/i);
    expect(errors.join('\n')).toMatch(/no such file/);
    // Nothing half-imported is left behind.
    expect(readdirSync(join(library.home, 'articles'))).toHaveLength(1);
  });

  it('imports pasted text as a new article', async () => {
    const library = emptyLibrary();
    const report = await library.importText('A pasted piece\n\nThis paragraph was copied from somewhere else entirely.', 'Clipboard');
    expect(report.imported).toBe(1);
    expect(library.list()[0]).toMatchObject({ title: 'A pasted piece', sourceName: 'Clipboard.txt' });
  });
});

describe('library operations', () => {
  async function withTwo() {
    const library = emptyLibrary();
    const dir = writeFiles({ 'a.md': ESSAY, 'b.txt': 'Second piece\n\nIt has a single paragraph of body text.\n' });
    await library.importFiles([join(dir, 'a.md')]);
    await library.importFiles([join(dir, 'b.txt')]);
    return library;
  }

  it('lists the most recently added first', async () => {
    expect((await withTwo()).list().map((a) => a.title)).toEqual(['Second piece', 'On Slowness']);
  });

  it('renames, tags and flags an article, and the change persists', async () => {
    const library = await withTwo();
    const id = library.list()[1]!.id;
    library.rename(id, 'Slowness, revisited');
    library.setTags(id, [' essays ', 'Essays', 'reading']);
    library.setFlags(id, { favorite: true });
    library.setFlags(id, { archived: true });
    library.setProgress(id, 0.25);
    const reopened = Library.open(library.home).list().find((a) => a.id === id);
    expect(reopened).toMatchObject({ title: 'Slowness, revisited', tags: ['essays', 'reading'], favorite: true, archived: true, progress: 0.25 });
  });

  it('deletes to the trash, restores, and empties the trash for good', async () => {
    const library = await withTwo();
    const [second, first] = library.list();
    library.trash(first!.id);
    expect(library.list().map((a) => a.id)).toEqual([second!.id]);
    expect(library.listTrash().map((t) => t.id)).toEqual([first!.id]);
    library.restore(first!.id);
    expect(library.list()).toHaveLength(2);
    expect(library.get(first!.id).title).toBe('On Slowness');
    library.trash(second!.id);
    expect(library.emptyTrash()).toEqual({ deleted: 1 });
    expect(existsSync(join(library.home, 'trash', second!.id))).toBe(false);
    expect(library.listTrash()).toEqual([]);
  });

  it('refuses an ID that could name a path outside the library', async () => {
    const library = await withTwo();
    expect(() => library.get('../../etc/passwd')).toThrow(/not an article ID/);
  });
});

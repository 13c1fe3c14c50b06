// A damaged parsed.json of an EPUB, PDF or DOCX article whose original is intact is read again
// from the original, in the background, instead of being reported lost (issue 20, item 5); and
// parsed.json has a backup from the moment it is written, like the files that change.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReparseScheduled } from '../../src/host/store/library-store.js';
import { Library } from '../../src/host/services/library.js';
import { buildDocx, buildEpub, para } from '../fixtures/formats/build.js';
import { tempDir } from '../helpers/temp-home.js';

async function importBook(name: string, bytes: Uint8Array): Promise<{ home: string; id: string; text: string }> {
  const folder = tempDir();
  writeFileSync(join(folder, name), bytes);
  const home = tempDir();
  const library = Library.open(home);
  const outcome = await library.importFile(join(folder, name));
  if (outcome.kind !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  return { home, id: outcome.id, text: library.get(outcome.id).blocks.map((b) => b.text).join('\n') };
}

const BOOKS: [string, () => Uint8Array][] = [
  ['book.epub', () => buildEpub()],
  ['letter.docx', () => buildDocx(para('The harbour master kept a ledger of every ship that came in.') + para('Each entry named the cargo and the weather.'))],
];

describe('a damaged parsed.json of a book', () => {
  it.each(BOOKS)('is backed up as soon as %s is imported', async (name, bytes) => {
    const { home, id } = await importBook(name, bytes());
    const backups = readdirSync(join(home, 'backups', 'articles', id, 'parsed.json'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(home, 'backups', 'articles', id, 'parsed.json', backups[0]!), 'utf8')).toBe(readFileSync(join(home, 'articles', id, 'parsed.json'), 'utf8'));
  });

  it.each(BOOKS)('of %s is read again from the original when no backup is good', async (name, bytes) => {
    const { home, id, text } = await importBook(name, bytes());
    writeFileSync(join(home, 'articles', id, 'parsed.json'), '{"schema":1,"article":{"tit');
    rmSync(join(home, 'backups', 'articles', id, 'parsed.json'), { recursive: true });
    const library = Library.open(home);
    expect(() => library.get(id)).toThrow(ReparseScheduled);
    expect(() => library.get(id)).toThrow(/reading its original file again/);
    await library.settled();
    expect(library.get(id).blocks.map((b) => b.text).join('\n')).toBe(text);
    const recovery = library.info().recoveries.find((r) => r.file === `articles/${id}/parsed.json` && r.action === 'read it again from the original file');
    expect(recovery).toBeTruthy();
    expect(library.list().map((a) => a.id)).toContain(id);
  });

  it('restores the backup at once when there is a good one', async () => {
    const [name, bytes] = BOOKS[0]!;
    const { home, id, text } = await importBook(name, bytes());
    writeFileSync(join(home, 'articles', id, 'parsed.json'), 'garbage');
    const library = Library.open(home);
    expect(library.get(id).blocks.map((b) => b.text).join('\n')).toBe(text);
  });
});

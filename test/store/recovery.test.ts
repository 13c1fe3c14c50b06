// A store file that is truncated, garbled or schema-invalid at start: the library opens
// anyway, the bad file is moved aside (never deleted), the newest good backup is restored (or
// the file rebuilt from the original), and the recovery is reported.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/errors.js';
import { Library } from '../../src/host/services/library.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE_ID = '48b49f7991c0da8e';

function libraryWithHistory(): { home: string; id: string } {
  const home = tempDir();
  const library = Library.open(home, { samplesDir: SAMPLES });
  const id = library.list()[0]!.id;
  library.setTags(id, ['first']);
  library.setTags(id, ['second']);
  library.setProgress(id, 0.5);
  return { home, id };
}

describe('opening a library with a bad store file', () => {
  it('has the sample under its known content ID', () => {
    const { id } = libraryWithHistory();
    expect(id).toBe(SAMPLE_ID);
  });

  it.each([
    ['truncated', (raw: string) => raw.slice(0, raw.length / 2)],
    ['garbled', () => '\u0000\u0000\u0000 not json at all'],
    ['schema-invalid', (raw: string) => raw.replace('"progress": 0.5', '"progress": "half"')],
  ])('restores the newest good backup of a %s article record', (_kind, damage) => {
    const { home, id } = libraryWithHistory();
    const metaPath = join(home, 'articles', id, 'meta.json');
    const original = readFileSync(metaPath, 'utf8');
    writeFileSync(metaPath, damage(original));

    const library = Library.open(home);
    const item = library.list().find((a) => a.id === id)!;
    // The newest backup is the version before the last write: tags ["second"], progress 0.
    expect(item.tags).toEqual(['second']);
    expect(item.progress).toBe(0);

    const [recovery] = library.info().recoveries;
    expect(recovery).toMatchObject({ file: join('articles', id, 'meta.json'), action: expect.stringMatching(/restored the backup/) });
    expect(readFileSync(recovery!.movedTo!, 'utf8')).toBe(damage(original));
    expect(readFileSync(join(home, 'recoveries.log'), 'utf8')).toContain('restored the backup');
  });

  it('rebuilds an article record from its parsed text when no backup is good', () => {
    const home = tempDir();
    Library.open(home, { samplesDir: SAMPLES, cardsAtImport: false }); // the record written once: no backup of it
    const metaPath = join(home, 'articles', SAMPLE_ID, 'meta.json');
    writeFileSync(metaPath, '{"schema":1,');
    const library = Library.open(home);
    const [item] = library.list();
    expect(item?.title).toMatch(/^United States and China/);
    expect(library.info().recoveries[0]?.action).toMatch(/rebuilt it from the article's parsed text or its original file/);
    expect(readdirSync(join(home, 'quarantine'))).toHaveLength(1);
  });

  it('re-reads the original when both the record and the parsed text are lost', () => {
    const home = tempDir();
    Library.open(home, { samplesDir: SAMPLES, cardsAtImport: false }); // the record written once: no backup of it
    writeFileSync(join(home, 'articles', SAMPLE_ID, 'meta.json'), 'x');
    writeFileSync(join(home, 'articles', SAMPLE_ID, 'parsed.json'), 'y');
    const library = Library.open(home);
    expect(library.get(SAMPLE_ID).blocks.some((b) => b.text === 'More in tune with Qin')).toBe(true);
    expect(library.info().recoveries.map((r) => r.file)).toEqual([join('articles', SAMPLE_ID, 'meta.json')]);
  });

  it('re-parses the original when the parsed article is damaged, keeping the user state', () => {
    const { home, id } = libraryWithHistory();
    const parsedPath = join(home, 'articles', id, 'parsed.json');
    const good = JSON.parse(readFileSync(parsedPath, 'utf8'));
    writeFileSync(parsedPath, '{"schema":1,"article":{"title":3}}');
    const library = Library.open(home);
    const article = library.get(id);
    expect(article.blocks).toEqual(good.article.blocks);
    expect(article.tags).toEqual(['second']);
    expect(library.info().recoveries[0]?.file).toBe(join('articles', id, 'parsed.json'));
  });

  it('moves aside an article whose record and original are both gone, and opens anyway', () => {
    const { home, id } = libraryWithHistory();
    writeFileSync(join(home, 'articles', id, 'meta.json'), 'garbage');
    for (const name of readdirSync(join(home, 'backups', 'articles', id, 'meta.json'))) {
      writeFileSync(join(home, 'backups', 'articles', id, 'meta.json', name), 'also garbage');
    }
    writeFileSync(join(home, 'articles', id, 'parsed.json'), 'garbage too');
    writeFileSync(join(home, 'articles', id, 'original.txt'), '');
    const library = Library.open(home);
    expect(library.list()).toEqual([]);
    expect(library.info().recoveries[0]?.action).toMatch(/nothing to rebuild it from/);
    expect(existsSync(library.info().recoveries[0]!.movedTo!)).toBe(true);
  });

  it('recreates a damaged library file and keeps the articles', () => {
    const { home } = libraryWithHistory();
    writeFileSync(join(home, 'lectern.json'), '{"schema":1,"kind":"lect');
    const library = Library.open(home);
    expect(library.list()).toHaveLength(1);
    expect(library.info().recoveries[0]?.file).toBe('lectern.json');
  });

  it('leaves a record written by a newer Lectern untouched and out of the list, instead of repairing it', () => {
    const { home, id } = libraryWithHistory();
    const metaPath = join(home, 'articles', id, 'meta.json');
    writeFileSync(metaPath, readFileSync(metaPath, 'utf8').replace('"schema": 1', '"schema": 99'));
    const library = Library.open(home);
    expect(library.list().map((a) => a.id)).not.toContain(id);
    expect(library.needsAttention()).toEqual([expect.objectContaining({ id, path: `articles/${id}`, problem: expect.stringContaining('newer version of Lectern') })]);
    expect(() => library.get(id)).toThrow(StoreError);
    expect(readFileSync(metaPath, 'utf8')).toContain('"schema": 99');
  });

  it('sweeps temp files and half-built imports that a killed writer left', () => {
    const home = tempDir();
    Library.open(home, { samplesDir: SAMPLES });
    // A pid above Linux's largest (2^22), so no live process owns it: pid 999 was alive on a CI
    // machine once, and its leftovers were rightly kept.
    const gone = 4_194_305;
    writeFileSync(join(home, `.lectern.json.${gone}.abcd.tmp`), 'partial');
    const staging = join(home, 'articles', `.staging-${gone}-0123456789abcdef`);
    mkdirSync(staging);
    Library.open(home);
    expect(existsSync(join(home, `.lectern.json.${gone}.abcd.tmp`))).toBe(false);
    expect(existsSync(staging)).toBe(false);
  });
});

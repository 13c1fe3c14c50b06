// Search over the real store: titles, text, notes, highlights and cards; kept up to date
// from the library's change feed, saved, and loaded again without a rebuild.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import { NotesService } from '../../src/host/services/notes.js';
import { SearchService, splitJsonArray } from '../../src/host/services/search.js';
import { StudyService } from '../../src/host/services/study.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE = '48b49f7991c0da8e';

async function setup() {
  const library = Library.open(tempDir(), { samplesDir: SAMPLES });
  await library.importText('Tidal power\n\nThe estuary barrage turns the tide into electricity twice a day.', 'tides');
  return { library, search: new SearchService(library.store) };
}

describe('search', () => {
  it('finds words in the text, with a snippet, its marks and the paragraph to jump to', async () => {
    const { search } = await setup();
    const [hit] = search.search('decoupling');
    expect(hit).toMatchObject({ articleId: SAMPLE, kind: 'text', paragraph: expect.any(Number) });
    expect(hit!.snippet).toMatch(/decoupling/);
    const [start, end] = hit!.marks[0]!;
    expect(hit!.snippet.slice(start, end).toLowerCase()).toBe('decoupling');
  });

  it('needs every word, ignores case and accents, and takes the last word as a prefix', async () => {
    const { search } = await setup();
    expect(search.search('ESTUARY barrage')[0]?.title).toBe('Tidal power');
    expect(search.search('estuary blinken')).toEqual([]);
    expect(search.search('estuary barr')[0]?.title).toBe('Tidal power');
    expect(search.search('')).toEqual([]);
  });

  it('tolerates typos (an edit or two) when the words as typed find little, below every exact match', async () => {
    const { library, search } = await setup();
    await library.importText('Sodium batteries\n\nA sodium battery costs less than a lithium one.', 'sodium');
    const typo = search.search('Blinkin');
    expect(typo[0]?.articleId).toBe(SAMPLE);
    const [start, end] = typo[0]!.marks[0]!;
    expect(typo[0]!.snippet.slice(start, end).toLowerCase()).toBe('blinken');
    expect(search.search('sodum batery')[0]?.title).toBe('Sodium batteries');
    expect(search.search('estuary barrgae')[0]?.title).toBe('Tidal power');
    // Known words that do not meet stay unmatched; short words get no typos; far-off words none.
    expect(search.search('estuary blinken')).toEqual([]);
    expect(search.search('tde')).toEqual([]);
    expect(search.search('xylophonic')).toEqual([]);
  });

  it('ranks typo matches after every exact match', async () => {
    const { library, search } = await setup();
    // "Pemba" only in a title (the text index does not know it); "Pembo" in another's text.
    await library.importText('Pemba notes\n\nNothing about islands here.', 'pemba');
    await library.importText('Islands\n\nThe island of Pembo lies off the coast.', 'pembo');
    expect(search.search('pemba').map((r) => r.title)).toEqual(['Pemba notes', 'Islands']);
  });

  it('finds the reader’s notes, highlights and cards', async () => {
    const { library, search } = await setup();
    const notes = new NotesService(library.store);
    notes.setNote(SAMPLE, 'Remember the zeppelin analogy.');
    const text = library.get(SAMPLE).blocks[1]!.text;
    const at = text.indexOf('conciliatory');
    notes.addHighlight(SAMPLE, { startParagraph: 1, start: at, endParagraph: 1, end: at + 12 }, 'yellow', 'a marmalade moment');
    const study = new StudyService(library.store);
    study.cards(SAMPLE);
    expect(search.search('zeppelin')[0]).toMatchObject({ kind: 'note', paragraph: null });
    expect(search.search('marmalade')[0]).toMatchObject({ kind: 'highlight', paragraph: 1 });
    const card = study.cards(SAMPLE).cards[0]!;
    const word = card.back.split(/\s+/)[0]!;
    expect(search.search(word).some((r) => r.kind === 'card')).toBe(true);
  });

  it('follows renames, tags, trash and restore', async () => {
    const { library, search } = await setup();
    const tides = library.list().find((a) => a.title === 'Tidal power')!.id;
    expect(search.search('tidal')).not.toEqual([]);
    library.rename(tides, 'Moon-driven electricity');
    expect(search.search('moon driven')[0]?.title).toBe('Moon-driven electricity');
    library.setTags(tides, ['energy']);
    expect(search.search('energy')[0]?.articleId).toBe(tides);
    library.trash(tides);
    expect(search.search('estuary')).toEqual([]);
    library.restore(tides);
    expect(search.search('estuary')[0]?.articleId).toBe(tides);
  });

  it('sees what another process (the CLI) imported into the same home', async () => {
    const { library, search } = await setup();
    search.search('anything');
    const other = Library.open(library.home);
    await other.importText('Glacier retreat\n\nThe moraine shows where the ice stood a century ago.', 'glacier');
    expect(search.search('moraine')[0]?.title).toBe('Glacier retreat');
  });

  it('is saved and loaded again without rebuilding', async () => {
    const { library, search } = await setup();
    search.search('estuary');
    search.flush();
    const saved = statSync(join(library.home, 'search', 'index')).mtimeMs;
    const again = new SearchService(Library.open(library.home).store);
    expect(again.search('estuary')[0]?.title).toBe('Tidal power');
    expect(statSync(join(library.home, 'search', 'index')).mtimeMs).toBe(saved);
  });

  it('maps what a loaded index finds back to the right articles, after edits too', async () => {
    const { library, search } = await setup();
    await library.importText('Glacier retreat\n\nThe moraine shows where the ice stood a century ago.', 'glacier');
    search.search('estuary');
    search.flush();
    const again = new SearchService(Library.open(library.home).store);
    const tides = library.list().find((a) => a.title === 'Tidal power')!.id;
    expect(again.search('estuary').map((r) => r.articleId)).toEqual([tides]);
    library.rename(tides, 'Barrage power');
    expect(again.search('moraine')[0]?.title).toBe('Glacier retreat');
    expect(again.search('barrage')[0]?.articleId).toBe(tides);
  });

  it('rebuilds a saved index whose table of articles is missing instead of misreading it', async () => {
    const { library, search } = await setup();
    search.search('estuary');
    search.flush();
    rmSync(join(library.home, 'search', 'index', 'slots.json'));
    const again = new SearchService(Library.open(library.home).store);
    expect(again.search('estuary')[0]?.title).toBe('Tidal power');
  });

  it('loads a word map saved in pieces as the whole one, words in their order', async () => {
    const { library, search } = await setup();
    const queries = ['estuary', 'decoupling', 'tide electricity', 'estuery', 'barage'];
    const before = queries.map((q) => search.search(q));
    search.flush();
    const folder = join(library.home, 'search', 'index');
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.map.json'))) {
      const [field, part] = file.split('.');
      const pieces = splitJsonArray(readFileSync(join(folder, file), 'utf8'), 50);
      expect(pieces.length).toBeGreaterThan(2);
      rmSync(join(folder, file));
      pieces.forEach((piece, i) => writeFileSync(join(folder, `${field}.${part}-${i + 1}.map.json`), piece));
    }
    const again = new SearchService(Library.open(library.home).store);
    expect(queries.map((q) => again.search(q))).toEqual(before);
  });
});

describe('splitJsonArray', () => {
  it('cuts an array between its top-level elements, never inside strings or nested values', () => {
    const value = [[], 'a,b]', [1, [2, 3], { x: '}",[' }], 'q\\', ...Array.from({ length: 50 }, (_, i) => ['"\\,]' + i, [[i, i + 1], [], [i * 3]]])];
    const text = JSON.stringify(value);
    for (const max of [1, 7, 40, 500]) {
      const pieces = splitJsonArray(text, max);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.flatMap((p) => JSON.parse(p) as unknown[])).toEqual(value);
    }
    expect(splitJsonArray(text, text.length)).toEqual([text]);
    expect(splitJsonArray('[1,2', 1)).toEqual(['[1,2']);
    expect(splitJsonArray('["a,b', 1)).toEqual(['["a,b']);
  });
});

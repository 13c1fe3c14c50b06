// The JSON backup: exported from one library and merged into another, the articles come back
// equal; a malformed file changes nothing; an article already present is merged item by item.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { StoreError, ValidationError } from '../../src/core/errors.js';
import { BACKUP_FORMAT } from '../../src/core/export/index.js';
import { importBackup } from '../../src/host/services/backup.js';
import { createDirectApi } from '../../src/host/services/dispatch.js';
import { ExportService } from '../../src/host/services/export.js';
import { createHandlers } from '../../src/host/services/handlers.js';
import { wireServices } from '../../src/host/open-host.js';
import { Library } from '../../src/host/services/library.js';
import { NotesService } from '../../src/host/services/notes.js';
import { StudyService } from '../../src/host/services/study.js';
import { cardsFile, notesFile } from '../../src/host/store/file-kinds.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';
import { richLibrary, SAMPLE, type RichLibrary } from '../core/export/fixture.js';

async function backupOf(lib: RichLibrary, ids: readonly string[] | 'all' = 'all'): Promise<string> {
  const out = await new ExportService(lib.library.store, lib.notes, lib.study, () => new Date('2026-05-01T08:00:00Z')).render(ids, 'json');
  return strFromU8(out.files[0]!.data);
}

/** Everything the store keeps of an article, as a later session would read it. */
function snapshot(library: Library, id: string) {
  const store = library.store;
  const cards = store.articleFile(cardsFile, 'articles', id);
  const cardIds = new Set(cards?.cards.map((c) => c.id) ?? []);
  return {
    meta: store.meta('articles', id),
    parsed: store.parsed('articles', id),
    original: Buffer.from(library.original(id)).toString('base64'),
    notes: store.articleFile(notesFile, 'articles', id),
    cards,
    reviews: new StudyService(library.store).reviewLog().filter((r) => cardIds.has(r.cardId)),
    decisions: store.readJournal('decisions').filter((d) => (d as { articleId: string }).articleId === id),
    highlights: new NotesService(library.store).highlights(id),
    summary: new NotesService(library.store).summary(id),
  };
}

/** A fresh library without the sample (so that restoring it is not a duplicate). */
function emptyLibrary(): Library {
  return Library.open(tempDir());
}

function journalFiles(library: Library): string[] {
  const root = join(library.home, 'journal');
  try {
    return readdirSync(root, { recursive: true }).map(String).sort().map((f) => `${f}:${safeRead(join(root, f))}`);
  } catch {
    return [];
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '<folder>';
  }
}

describe('JSON backup', () => {
  it('holds everything, with its format and version', async () => {
    const lib = await richLibrary();
    const doc = JSON.parse(await backupOf(lib));
    expect(doc).toMatchObject({ format: BACKUP_FORMAT, version: 1 });
    const sample = doc.articles.find((a: { id: string }) => a.id === SAMPLE);
    expect(Buffer.from(sample.original, 'base64')).toEqual(Buffer.from(lib.library.original(SAMPLE)));
    expect(sample.meta.state.tags).toEqual(['geopolitics', 'us china']);
    expect(sample.notes.highlights).toHaveLength(2);
    expect(sample.cards.cards.some((c: { status: string }) => c.status === 'dropped')).toBe(true);
    expect(sample.reviewLog).toHaveLength(3);
    expect(sample.decisions.length).toBeGreaterThan(0);
    expect(sample.summary.summary.keyPoints.length).toBeGreaterThan(0);
  });

  it('restores the articles into a fresh library, equal in every part', async () => {
    const lib = await richLibrary();
    const json = await backupOf(lib);
    const fresh = emptyLibrary();
    const report = importBackup(fresh.store, json);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.restored.map((r) => r.id).sort()).toEqual([SAMPLE, lib.other].sort());
    for (const id of [SAMPLE, lib.other]) expect(snapshot(fresh, id)).toEqual(snapshot(lib.library, id));
    expect(fresh.list().map((a) => a.id).sort()).toEqual(lib.library.list().map((a) => a.id).sort());
    // The restored cards study on: the queue sees them, their history included.
    expect(new StudyService(fresh.store).cards(SAMPLE).cards).toEqual(lib.study.cards(SAMPLE).cards);
  });

  it('merges an article already present by ID; restoring the same backup again changes nothing', async () => {
    const lib = await richLibrary();
    const json = await backupOf(lib, [SAMPLE]);
    const before = snapshot(lib.library, SAMPLE);
    const journals = journalFiles(lib.library);
    const again = importBackup(lib.library.store, json);
    expect(again.restored).toEqual([]);
    expect(again.skipped).toEqual([]);
    expect(again.merged).toHaveLength(1);
    expect(again.merged[0]).toMatchObject({ id: SAMPLE, title: before.meta.state.title, added: {}, merged: {} });
    expect(again.merged[0]?.kept).toMatchObject({ card: before.cards!.cards.length, review: before.reviews.length, highlight: 2, note: 1 });
    expect(snapshot(lib.library, SAMPLE)).toEqual(before);
    expect(journalFiles(lib.library)).toEqual(journals);
  });

  it('merging into an article here takes no file name, format or ID from the backup', async () => {
    const lib = await richLibrary();
    const doc = JSON.parse(await backupOf(lib, [SAMPLE]));
    const before = lib.library.store.meta('articles', SAMPLE);
    doc.articles[0].meta = { ...doc.articles[0].meta, originalFile: '../../../outside.txt', sourceName: 'evil', format: 'html', state: { ...doc.articles[0].meta.state, tags: ['new tag'] } };
    const report = importBackup(lib.library.store, JSON.stringify(doc));
    expect(report.merged.map((m) => m.id)).toEqual([SAMPLE]);
    const after = lib.library.store.meta('articles', SAMPLE);
    expect({ ...after, state: before.state }).toEqual(before);
    expect(after.state.tags).toEqual([...before.state.tags, 'new tag']);
  });

  it('still skips an article whose content is here under another ID', async () => {
    const lib = await richLibrary();
    const doc = JSON.parse(await backupOf(lib, [SAMPLE]));
    const renamed = 'ffffffffffffffff';
    const [a] = doc.articles;
    doc.articles = [{ ...a, id: renamed, meta: { ...a.meta, id: renamed }, cards: null, decisions: [], reviewLog: [] }];
    const byContent = importBackup(lib.library.store, JSON.stringify(doc));
    expect(byContent.skipped[0]?.reason).toBe(`the same content is already in the library as ${SAMPLE}`);
    expect(lib.library.store.shelfOf(renamed)).toBeNull();
  });

  it('restores the sample\'s work into a fresh library that has the sample: cards, reviews, highlights, note and edited summary', async () => {
    const lib = await richLibrary();
    const edited = { ...lib.notes.summary(SAMPLE).summary, keyPoints: [{ text: 'My own key point.', paragraph: 0 }] };
    lib.notes.editSummary(SAMPLE, edited);
    const json = await backupOf(lib);
    const exported = JSON.parse(json).articles.find((a: { id: string }) => a.id === SAMPLE);

    const fresh = Library.open(tempDir(), { samplesDir: SAMPLES });
    expect(fresh.store.shelfOf(SAMPLE)).toBe('articles');
    new StudyService(fresh.store).cards(SAMPLE); // the fresh sample has its own, untriaged cards
    const report = importBackup(fresh.store, json);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.restored.map((r) => r.id)).toEqual([lib.other]);
    expect(report.merged.map((r) => r.id)).toEqual([SAMPLE]);
    expect(report.merged[0]?.added).toMatchObject({ review: 3, highlight: 2, note: 1, summary: 1 });
    expect(report.merged[0]?.merged.card).toBeGreaterThan(0);

    const here = snapshot(fresh, SAMPLE);
    const there = snapshot(lib.library, SAMPLE);
    expect(here.cards!.cards).toEqual(exported.cards.cards);
    expect(here.cards!.cards).toEqual(there.cards!.cards);
    expect(here.reviews).toEqual(exported.reviewLog);
    expect(here.decisions).toEqual(exported.decisions);
    expect(here.notes?.highlights).toEqual(exported.notes.highlights);
    expect(here.notes?.note).toEqual(exported.notes.note);
    expect(here.notes?.editedSummary).toEqual(edited);
    expect(here.summary).toEqual(there.summary);
    expect(here.meta.state.tags).toEqual(['geopolitics', 'us china']);
    expect(new StudyService(fresh.store).stats().totalReviews).toBe(3);
  });

  it('refuses a malformed backup with one human error and imports nothing', async () => {
    const lib = await richLibrary();
    const json = await backupOf(lib);
    const fresh = emptyLibrary();
    const doc = JSON.parse(json);
    const broken = structuredClone(doc);
    broken.articles[1].cards = { generator: 1, cards: [{ id: 'x' }] };
    const wrongOwner = structuredClone(doc);
    wrongOwner.articles[0].reviewLog.push({ ...doc.articles.find((x: { reviewLog: unknown[] }) => x.reviewLog.length).reviewLog[0], cardId: 'nope' });
    for (const text of [json.slice(0, json.length / 2), '{"format":"something-else"}', JSON.stringify(broken), JSON.stringify(wrongOwner), JSON.stringify({ ...doc, version: 99 })]) {
      let error: unknown;
      try {
        importBackup(fresh.store, text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).not.toContain('\n');
      expect(fresh.list()).toEqual([]);
      expect(journalFiles(fresh)).toEqual([]);
    }
  });

  it('takes an article out again when its notes or cards cannot be written', async () => {
    const lib = await richLibrary();
    const json = await backupOf(lib);
    const fresh = emptyLibrary();
    const write = vi.spyOn(fresh.store, 'updateArticleFile').mockImplementation(() => {
      throw new StoreError('the disk is full');
    });
    const report = importBackup(fresh.store, json);
    write.mockRestore();
    expect(report.restored).toEqual([]);
    expect(report.failed.map((f) => [f.id, f.error]).sort()).toEqual([[lib.other, 'the disk is full'], [SAMPLE, 'the disk is full']].sort());
    expect(fresh.list()).toEqual([]);
    expect(fresh.store.shelfOf(SAMPLE)).toBeNull();
    expect(journalFiles(fresh)).toEqual([]);
    // Nothing is left in the way of a later attempt.
    expect(importBackup(fresh.store, json).restored).toHaveLength(2);
  });

  it('works through the API: export:file as json, then library:importJson', async () => {
    const lib = await richLibrary();
    const api = createDirectApi(createHandlers(wireServices(lib.library, { study: lib.study, notes: lib.notes })));
    const file = await api['export:file']({ articleIds: [lib.other], format: 'json' });
    expect(file.fileName).toMatch(/^attention-.*\.json$/);
    const fresh = emptyLibrary();
    const report = await createDirectApi(createHandlers(wireServices(fresh)))['library:importJson']({ base64: file.base64 });
    expect(report.restored).toEqual([{ id: lib.other, title: lib.library.get(lib.other).title }]);
    await expect(createDirectApi(createHandlers(wireServices(fresh)))['library:importJson']({ base64: Buffer.from('{}').toString('base64') })).rejects.toThrow(/not a Lectern JSON backup/);
  });
});

// The contract's handlers, bound to one open library. Arguments arrive validated.
import type { Handlers } from '../../shared/contract.js';
import type { LibraryStore } from '../store/library-store.js';
import { restoreBackup } from './backup.js';
import type { ExportService } from './export.js';
import type { Library } from './library.js';
import type { NotesService } from './notes.js';
import type { SearchService } from './search.js';
import type { StudyService } from './study.js';
import type { TaskBoard } from './tasks.js';
import type { UploadService } from './uploads.js';

/** The services the handlers call, as openHost() (open-host.ts) wired them: one of each. */
export interface Services {
  readonly library: Library;
  readonly store: LibraryStore;
  readonly study: StudyService;
  readonly notes: NotesService;
  readonly exporter: ExportService;
  readonly search: SearchService;
  readonly tasks: TaskBoard;
  readonly uploads: UploadService;
}

/** The handlers over one library's services. */
export function createHandlers({ library, store, study, notes, exporter, search, tasks, uploads }: Services): Handlers {
  return {
    'library:info': () => library.info(),
    'library:takeRecoveries': () => library.takeRecoveries(),
    'library:needsAttention': () => library.needsAttention(),
    'settings:get': () => library.settings(),
    'settings:set': (change) => library.updateSettings(change),
    'articles:importData': ({ files }) => library.importData(files),
    'uploads:start': ({ name, size }) => uploads.start(name, size),
    'uploads:append': ({ id, offset, data }) => uploads.append(id, offset, data),
    'uploads:discard': ({ id }) => ({ discarded: uploads.discard(id) }),
    'articles:importUploads': ({ ids }) => library.importData(uploads.take(ids)),
    'articles:list': () => library.list(),
    'articles:page': (query) => library.page(query),
    'articles:ids': (filter) => library.ids(filter),
    'articles:get': ({ id }) => library.get(id),
    'articles:scan': ({ paths }) => library.scan(paths),
    'articles:importFile': ({ path }) => library.importFile(path),
    'articles:asset': ({ id, name }) => {
      const asset = library.asset(id, name);
      return { type: asset.type, base64: Buffer.from(asset.bytes).toString('base64') };
    },
    'articles:importText': ({ text, name, format }) => library.importText(text, name, format),
    'articles:rename': ({ id, title }) => library.rename(id, title),
    'articles:setTags': ({ id, tags }) => library.setTags(id, tags),
    'articles:setFlags': ({ id, archived, favorite }) => library.setFlags(id, { archived, favorite }),
    'articles:setProgress': ({ id, progress }) => library.setProgress(id, progress),
    'articles:trash': ({ id }) => library.trash(id),
    'trash:list': () => library.listTrash(),
    'trash:restore': ({ id }) => library.restore(id),
    'trash:empty': () => library.emptyTrash(),
    'cards:list': ({ articleId }) => study.cards(articleId),
    // Regenerating makes the cards in the parse worker (seconds for a book): a task, so it can be
    // watched and cancelled before anything is written.
    'cards:regenerate': ({ articleId }) => tasks.run('Regenerating cards', (work) => study.regenerate(articleId, work)),
    'cards:triage': ({ articleId, ...action }) => study.triage(articleId, action),
    'cards:undoTriage': ({ articleId }) => study.undoTriage(articleId),
    'cards:dropped': ({ articleId }) => study.dropped(articleId),
    'cards:draft': ({ articleId, paragraph, start, end }) => study.draft(articleId, paragraph, start, end),
    'cards:create': ({ articleId, source, card }) => study.create(articleId, source, card),
    'cards:keepAll': ({ articleId }) => ({ kept: study.keepAll(articleId) }),
    'cards:edit': ({ articleId, cardId, ...wording }) => study.edit(articleId, cardId, wording),
    'cards:setSuspended': ({ articleId, cardId, suspended }) => study.setSuspended(articleId, cardId, suspended),
    'cards:setFlagged': ({ articleId, cardId, flagged }) => study.setFlagged(articleId, cardId, flagged),
    'cards:delete': ({ articleId, cardId }) => (study.delete(articleId, cardId), null),
    'cards:browse': (filter) => study.browse(filter),
    'cards:bulk': ({ cardIds, action }) => study.bulk(cardIds, action),
    'study:queue': ({ articleId }) => study.queue(articleId),
    'study:grade': ({ articleId, cardId, grade, durationMs, reviewAt }) => study.grade(articleId, cardId, grade, durationMs, reviewAt),
    'study:answerChoice': ({ articleId, cardId, choice, durationMs }) => study.answerChoice(articleId, cardId, choice, durationMs),
    'study:undo': () => study.undo(),
    'study:dueCounts': () => study.dueCounts(),
    'study:stats': ({ days }) => study.stats(days),
    'study:reviewLogCsv': () => study.reviewLogCsv(),
    'study:settings': () => study.settings(),
    'study:setSettings': (change) => study.updateSettings(change),
    'highlights:list': ({ articleId }) => notes.highlights(articleId),
    'highlights:add': ({ articleId, color, note, tags, ...range }) => notes.addHighlight(articleId, range, color, note, tags),
    'highlights:update': ({ articleId, id, ...change }) => notes.updateHighlight(articleId, id, change),
    'highlights:delete': ({ articleId, id }) => (notes.deleteHighlight(articleId, id), null),
    'notes:get': ({ articleId }) => notes.note(articleId),
    'notes:set': ({ articleId, markdown }) => notes.setNote(articleId, markdown),
    // The first search of a library may build its index (seconds on a big one): it is a task, so
    // the search palette can show how far the build has got and stop it (ending the builder).
    'search:query': ({ query, limit }) =>
      search.isReady
        ? search.query(query, limit)
        : tasks.run('Building the search index', async (work) => {
            await search.ready((done, total) => work.report(done, total), work.signal);
            return search.query(query, limit);
          }),
    'summary:get': ({ articleId }) => notes.summary(articleId),
    'summary:edit': ({ articleId, summary }) => notes.editSummary(articleId, summary),
    'summary:reset': ({ articleId }) => notes.resetSummary(articleId),
    'export:file': ({ articleIds, format }) => tasks.run('Exporting', (work) => exporter.download(articleIds, format, work)),
    'library:importJson': ({ base64 }) => tasks.run('Restoring a backup', (work) => restoreBackup(store, new TextDecoder().decode(base64), work)),
    'tasks:list': () => tasks.list(),
    'tasks:cancel': ({ id }) => ({ cancelled: tasks.cancel(id) }),
  };
}

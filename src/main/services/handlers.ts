// The contract's handlers, bound to one open library. Arguments arrive validated.
import type { Handlers } from '../../shared/contract.js';
import type { Library } from './library.js';
import { StudyService } from './study.js';

export function createHandlers(library: Library, study = new StudyService(library)): Handlers {
  return {
    'library:info': () => library.info(),
    'library:takeRecoveries': () => library.takeRecoveries(),
    'settings:get': () => library.settings(),
    'settings:set': (change) => library.updateSettings(change),
    'articles:importData': ({ files }) => library.importData(files),
    'articles:list': () => library.list(),
    'articles:get': ({ id }) => library.get(id),
    'articles:importFiles': ({ paths }) => library.importFiles(paths),
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
    'cards:regenerate': ({ articleId }) => study.regenerate(articleId),
    'cards:triage': ({ articleId, ...action }) => study.triage(articleId, action),
    'cards:keepAll': ({ articleId }) => ({ kept: study.keepAll(articleId) }),
    'cards:edit': ({ articleId, cardId, front, back }) => study.edit(articleId, cardId, front, back),
    'cards:setSuspended': ({ articleId, cardId, suspended }) => study.setSuspended(articleId, cardId, suspended),
    'cards:setFlagged': ({ articleId, cardId, flagged }) => study.setFlagged(articleId, cardId, flagged),
    'cards:delete': ({ articleId, cardId }) => (study.delete(articleId, cardId), null),
    'cards:browse': (filter) => study.browse(filter),
    'study:queue': ({ articleId }) => study.queue(articleId),
    'study:grade': ({ articleId, cardId, grade, durationMs }) => study.grade(articleId, cardId, grade, durationMs),
    'study:answerChoice': ({ articleId, cardId, choice, durationMs }) => study.answerChoice(articleId, cardId, choice, durationMs),
    'study:undo': () => study.undo(),
    'study:dueCounts': () => study.dueCounts(),
    'study:stats': ({ days }) => study.stats(days),
    'study:reviewLog': () => study.reviewLog(),
    'study:reviewLogCsv': () => study.reviewLogCsv(),
    'study:settings': () => study.settings(),
    'study:setSettings': (change) => study.updateSettings(change),
  };
}

// The contract's handlers, bound to one open library. Arguments arrive validated.
import type { Handlers } from '../../shared/contract.js';
import type { Library } from './library.js';

export function createHandlers(library: Library): Handlers {
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
  };
}

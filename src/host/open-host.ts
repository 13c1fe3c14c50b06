// The one composition root: a library and the services over it, wired once, with the contract's
// handlers. Electron's utility process, the browser shell's worker and the CLI all open the host
// here, so each library has exactly one study service (one undo stack), one notes service and
// one export service, whichever door a call comes through. Each service is handed the store and
// the services it uses here; none reaches through another for them.
import type { Handlers } from '../shared/contract.js';
import { ExportService } from './services/export.js';
import { createHandlers, type Services } from './services/handlers.js';
import { Library, type OpenOptions } from './services/library.js';
import { NotesService } from './services/notes.js';
import { SearchService } from './services/search.js';
import { StudyService } from './services/study.js';
import { TaskBoard } from './services/tasks.js';
import { UploadService } from './services/uploads.js';

export interface Host extends Services {
  readonly handlers: Handlers;
  /** Waits (on timers) while another process holds the library's write lock: see web/host.ts. */
  readonly beforeCall: () => Promise<void>;
}

export function openHost(home: string, options: OpenOptions = {}): Host {
  const services = wireServices(Library.open(home, options));
  return { ...services, handlers: createHandlers(services), beforeCall: () => services.store.whenUnlocked() };
}

/** The services over an open library, each handed what it uses. `given` replaces some (tests
 * pass services on a fixed clock); the others are built over the same store. */
export function wireServices(library: Library, given: Partial<Omit<Services, 'library' | 'store'>> = {}): Services {
  const store = library.store;
  const study = given.study ?? new StudyService(store, undefined, undefined, (request) => library.makeCards(request));
  const notes = given.notes ?? new NotesService(store);
  const exporter = given.exporter ?? new ExportService(store, notes, study);
  const search = given.search ?? new SearchService(store);
  // Long calls in progress, shared by every door so any window can see and cancel them.
  const tasks = given.tasks ?? new TaskBoard();
  // Files arriving in pieces, held until imported; the library's size limit applies at once.
  const uploads = given.uploads ?? new UploadService(() => library.settings().maxFileMiB * 1024 * 1024);
  return { library, store, study, notes, exporter, search, tasks, uploads };
}

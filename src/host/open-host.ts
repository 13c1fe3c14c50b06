// The one composition root: a library and the services over it, wired once, with the contract's
// handlers. Electron's utility process, the browser shell's worker and the CLI all open the host
// here, so each library has exactly one study service (one undo stack), one notes service and
// one export service, whichever door a call comes through.
import type { Handlers } from '../shared/contract.js';
import { ExportService } from './services/export.js';
import { createHandlers } from './services/handlers.js';
import { Library, type OpenOptions } from './services/library.js';
import { NotesService } from './services/notes.js';
import { SearchService } from './services/search.js';
import { StudyService } from './services/study.js';
import { TaskBoard } from './services/tasks.js';

export interface Host {
  readonly library: Library;
  readonly study: StudyService;
  readonly notes: NotesService;
  readonly exporter: ExportService;
  readonly search: SearchService;
  /** Long calls in progress, shared by every door so any window can see and cancel them. */
  readonly tasks: TaskBoard;
  readonly handlers: Handlers;
  /** Waits (on timers) while another process holds the library's write lock: see web/host.ts. */
  readonly beforeCall: () => Promise<void>;
}

export function openHost(home: string, options: OpenOptions = {}): Host {
  const library = Library.open(home, options);
  const study = new StudyService(library);
  const notes = new NotesService(library);
  const exporter = new ExportService(library, notes, study);
  const search = new SearchService(library);
  const tasks = new TaskBoard();
  return { library, study, notes, exporter, search, tasks, handlers: createHandlers(library, study, notes, exporter, search, tasks), beforeCall: () => library.store.whenUnlocked() };
}

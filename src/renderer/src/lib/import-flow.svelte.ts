// What the app does when asked to import: from the native dialog, the page's pickers, a drop,
// a paste or the paste dialog; which of those open the import panel and which answer with a
// notice; and restore from a backup. The imports themselves run in `importer`.
import type { ImportReport } from '../../../shared/types';
import { api, desktop } from './api';
import { BackupRestore } from './backup-restore.svelte';
import { dropHasFolder, droppedFiles, pickedFiles, type PickedFile } from './file-walk';
import { dialogOpen, isEditable } from './focus-target';
import { describeReport, importer, type ImportJob, type ImportPanelView } from './importer.svelte';
import { library } from './library.svelte';
import { notices } from './notices.svelte';
import { router } from './router.svelte';

/** Small imports (a file or two, no folder) answer with a notice; larger ones open the panel. */
const PANEL_FROM = 3;

export class ImportFlow {
  readonly restore = new BackupRestore();
  panelOpen = $state(false);
  panelView = $state<ImportPanelView>('choose');
  /** The library's size limit, shown in the panel's choice. */
  maxFileMiB = $state<number | null>(null);
  pasteOpen = $state(false);
  /** The page's hidden pickers: the browser shell has no native dialog. */
  fileInput = $state<HTMLInputElement>();
  folderInput = $state<HTMLInputElement>();
  backupInput = $state<HTMLInputElement>();

  /** Whether the panel shows the import of files (so the notices need not). */
  get showsJob(): boolean {
    return this.panelOpen && this.panelView === 'job';
  }

  openPanel(view: ImportPanelView): void {
    this.panelView = view;
    this.panelOpen = true;
    if (view === 'choose') {
      api['settings:get']({}).then(
        (s) => (this.maxFileMiB = s.maxFileMiB),
        () => undefined,
      );
    }
  }

  /** The header's Import: the running import if there is one, else the choice of source. */
  openChooser(): void {
    this.openPanel(importer.busy ? 'job' : 'choose');
  }

  openPaste(): void {
    this.panelOpen = false;
    this.pasteOpen = true;
  }

  chooseFiles(): void {
    void this.#choosePaths(false);
  }

  chooseFolder(): void {
    void this.#choosePaths(true);
  }

  chooseBackup(): void {
    this.backupInput?.click();
  }

  /** A drop on the window: by path inside Electron, else the files' bytes (folders walked). */
  drop(data: DataTransfer): void {
    const folder = dropHasFolder(data);
    if (desktop) {
      const shell = desktop;
      const paths = [...data.files].map((f) => shell.pathForFile(f)).filter((p) => p.length > 0);
      if (paths.length) return this.#importPaths(paths, folder || paths.length >= PANEL_FROM);
    }
    droppedFiles(data).then(
      (files) => this.#importPicked(files, folder),
      (e: unknown) => notices.error(e),
    );
  }

  /** A paste in the library (not in a field or dialog): its files, or else its text. */
  paste(event: ClipboardEvent): void {
    if (router.route.view !== 'library' || this.pasteOpen || isEditable(event.target) || dialogOpen()) return;
    const files = [...(event.clipboardData?.files ?? [])];
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (files.length) {
      event.preventDefault();
      this.#importPicked(pickedFiles(files), false);
    } else if (text.trim()) {
      event.preventDefault();
      void this.importText(text);
    }
  }

  /** Files picked with one of the page's pickers. */
  filesChosen(folder: boolean): void {
    const input = folder ? this.folderInput : this.fileInput;
    const files = pickedFiles(input?.files ?? null);
    if (input) input.value = '';
    this.#importPicked(files, folder);
  }

  async backupChosen(): Promise<void> {
    const input = this.backupInput;
    const file = input?.files?.[0];
    if (input) input.value = '';
    if (!file) return;
    this.openPanel('restore');
    await this.restore.run(file);
    await library.refresh().catch((e: unknown) => notices.error(e));
  }

  async importText(text: string, format?: 'text' | 'markdown'): Promise<void> {
    try {
      await this.#afterImport(await importer.importText(text, format));
    } catch (e) {
      notices.error(e);
    }
  }

  async #choosePaths(folders: boolean): Promise<void> {
    if (!desktop) return (folders ? this.folderInput : this.fileInput)?.click();
    try {
      const paths = await desktop.pickPaths({ folders });
      this.#importPaths(paths, folders || paths.length >= PANEL_FROM);
    } catch (e) {
      notices.error(e);
    }
  }

  #importPicked(files: readonly PickedFile[], folder: boolean): void {
    if (!files.length) return;
    void this.#run(() => importer.importFiles(files, desktop), folder || files.length >= PANEL_FROM);
  }

  #importPaths(paths: readonly string[], large: boolean): void {
    if (!paths.length) return;
    void this.#run(() => importer.importPaths(paths), large);
  }

  /** Runs an import of files; the panel shows it when asked for or when it is large. */
  async #run(start: () => Promise<ImportJob>, large: boolean): Promise<void> {
    if (importer.busy) {
      this.openPanel('job');
      return;
    }
    if ((this.panelOpen && this.panelView === 'choose') || large) this.openPanel('job');
    try {
      const job = await start();
      if (this.showsJob) await library.refresh();
      else await this.#afterImport(job.report, () => this.openPanel('job'));
    } catch (e) {
      notices.error(e);
      await library.refresh().catch(() => undefined);
    }
  }

  /** A notice of the outcome, with Open for a single article or Details for the panel. */
  async #afterImport(report: ImportReport, details?: () => void): Promise<void> {
    await library.refresh();
    const imported = report.outcomes.filter((o) => o.kind === 'imported');
    const only = imported.length === 1 && report.outcomes.length === 1 ? imported[0] : undefined;
    const action = only
      ? { label: 'Open', run: () => router.go({ view: 'reader', id: only.id }) }
      : details && report.outcomes.length > 0
        ? { label: 'Details', run: details }
        : undefined;
    notices.show(describeReport(report), {
      tone: report.imported === 0 && report.failed > 0 ? 'error' : 'info',
      ...(action && { action }),
    });
  }
}

// What the Electron shell offers the renderer beyond the API: menu commands and file paths of
// dropped files. The browser shell has neither (the renderer falls back to sending bytes).

/** Commands the native menu sends to the renderer. */
export const MENU_ACTIONS = [
  'import',
  'import-folder',
  'export',
  'find',
  'search',
  'library',
  'settings',
  'study',
  'cards',
  'stats',
  'shortcuts',
  'theme:system',
  'theme:light',
  'theme:dark',
  'theme:sepia',
  'font:larger',
  'font:smaller',
  'selection:highlight',
  'selection:card',
  'selection:search',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export const MENU_CHANNEL = 'lectern-menu';
/** Main → renderer: show this article (after "Open with Lectern" imported or found it). */
export const OPEN_ARTICLE_CHANNEL = 'lectern-open-article';

/** Desktop-only requests from the renderer to the main process (native dialogs, PDF). */
export const SHELL_CHANNELS = {
  pickPaths: 'lectern-shell:pickPaths',
  saveFile: 'lectern-shell:saveFile',
  exportToFile: 'lectern-shell:exportToFile',
  exportPdf: 'lectern-shell:exportPdf',
  moveLibrary: 'lectern-shell:moveLibrary',
  libraryFolder: 'lectern-shell:libraryFolder',
} as const;

export interface DesktopShell {
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenu(listener: (action: MenuAction) => void): () => void;
  /** Subscribes to articles the desktop asks to show (files opened with Lectern). */
  onOpenArticle(listener: (articleId: string) => void): () => void;
  /** The path of a dropped or picked File on disk (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string;
  /** The native open dialog: files to import, or folders; [] when cancelled. */
  pickPaths(options: { readonly folders: boolean }): Promise<string[]>;
  /** The native save dialog for an export; the path written, or null when cancelled. */
  saveFile(file: { readonly fileName: string; readonly base64: string }): Promise<string | null>;
  /** Exports articles and writes the file where the user chooses, all in main (no bytes cross
   * IPC); the path written, or null when cancelled. */
  exportToFile(request: { readonly articleIds: readonly string[] | 'all'; readonly format: 'md' | 'anki' | 'apkg' | 'csv' | 'json' | 'html' }): Promise<string | null>;
  /** Prints the articles' notes to a PDF through Chromium; the path written, or null. */
  exportPdf(articleIds: readonly string[]): Promise<string | null>;
  /** Where the library lives. */
  libraryFolder(): Promise<string>;
  /** Asks for a new folder, moves the library there safely and restarts the app; null if cancelled. */
  moveLibrary(): Promise<string | null>;
}

/** Main → renderer: the MessagePort to the library's host process (src/main/host-link.ts). Sent
 * again after the host restarts; the API's calls go over the newest port. */
export const HOST_PORT_CHANNEL = 'lectern-host-port';

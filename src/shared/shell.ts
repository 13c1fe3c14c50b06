// What the Electron shell offers the renderer beyond the API: menu commands and file paths of
// dropped files. The browser shell has neither (the renderer falls back to sending bytes).

/** Commands the native menu sends to the renderer. */
export const MENU_ACTIONS = ['import', 'find', 'library', 'theme:light', 'theme:dark', 'theme:sepia', 'font:larger', 'font:smaller'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export const MENU_CHANNEL = 'lectern-menu';

export interface DesktopShell {
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenu(listener: (action: MenuAction) => void): () => void;
  /** The path of a dropped or picked File on disk (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string;
}

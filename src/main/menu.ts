// The native menu as a pure template: File, Edit, View, Study, Help with the platform's
// accelerators. Commands that concern the page go to the renderer (import, find, theme…);
// window-level ones use Electron's roles; Open Recent and the log folder call back into main.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../shared/shell.js';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly isDev: boolean;
  readonly send: (action: MenuAction) => void;
  /** Recently opened files, newest first. */
  readonly recent?: readonly string[];
  readonly openRecent?: (path: string) => void;
  readonly clearRecent?: () => void;
  readonly openLogFolder?: () => void;
}

function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function menuTemplate({ platform, appName, isDev, send, recent = [], openRecent, clearRecent, openLogFolder }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const item = (label: string, action: MenuAction, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(action),
    ...(accelerator ? { accelerator } : {}),
  });
  const recentMenu: MenuItemConstructorOptions = mac
    ? { label: 'Open Recent', role: 'recentDocuments', submenu: [{ label: 'Clear Menu', role: 'clearRecentDocuments' }] }
    : {
        label: 'Open Recent',
        submenu: recent.length
          ? [...recent.map((path) => ({ label: basename(path), toolTip: path, click: () => openRecent?.(path) })), { type: 'separator' as const }, { label: 'Clear Menu', click: () => clearRecent?.() }]
          : [{ label: 'No Recent Files', enabled: false }],
      };
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        item('Settings…', 'settings', 'Cmd+,'),
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: 'File',
      submenu: [
        item('Import Articles…', 'import', 'CmdOrCtrl+O'),
        item('Import Folder…', 'import-folder', 'CmdOrCtrl+Shift+O'),
        recentMenu,
        { type: 'separator' },
        item('Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item('Library', 'library', 'CmdOrCtrl+L'),
        ...(mac ? [] : [item('Settings…', 'settings', 'Ctrl+,')]),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find in Article…', 'find', 'CmdOrCtrl+F'),
        item('Search Library…', 'search', 'CmdOrCtrl+K'),
      ],
    },
    {
      label: 'View',
      submenu: [
        item('Theme Like the System', 'theme:system'),
        item('Light Theme', 'theme:light'),
        item('Dark Theme', 'theme:dark'),
        item('Sepia Theme', 'theme:sepia'),
        { type: 'separator' },
        // Not Shift+= : on most layouts that is the zoom role's CmdOrCtrl+Plus.
        item('Larger Text', 'font:larger', 'CmdOrCtrl+Alt+='),
        item('Smaller Text', 'font:smaller', 'CmdOrCtrl+Alt+-'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: 'Study',
      submenu: [item('Study All Due', 'study', 'CmdOrCtrl+Shift+S'), item('Card Browser', 'cards', 'CmdOrCtrl+Shift+B'), item('Statistics', 'stats', 'CmdOrCtrl+Shift+T')],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [item('Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'), { type: 'separator' }, { label: 'Open Log Folder', click: () => openLogFolder?.() }, ...(mac ? [] : [{ role: 'about' as const }])],
    },
  );
  return template;
}

/** The reader's context menu for a selection. Pure. */
export function selectionMenuTemplate(hasSelection: boolean, send: (action: MenuAction) => void): MenuItemConstructorOptions[] {
  return [
    { role: 'copy', enabled: hasSelection },
    { type: 'separator' },
    { label: 'Highlight', enabled: hasSelection, click: () => send('selection:highlight') },
    { label: 'Make Card', enabled: hasSelection, click: () => send('selection:card') },
    { label: 'Search the Library for the Selection', enabled: hasSelection, click: () => send('selection:search') },
  ];
}

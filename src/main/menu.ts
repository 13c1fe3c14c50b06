// The native menu as a pure template: the usual accelerators, with commands that concern the
// page sent to the renderer (import, find, theme, font size) and window-level ones (zoom,
// reload, devtools in development) left to Electron's roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../shared/shell.js';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly isDev: boolean;
  readonly send: (action: MenuAction) => void;
}

export function menuTemplate({ platform, appName, isDev, send }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const item = (label: string, action: MenuAction, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(action),
    ...(accelerator ? { accelerator } : {}),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: appName,
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  }
  template.push(
    {
      label: 'File',
      submenu: [item('Import Articles…', 'import', 'CmdOrCtrl+O'), item('Library', 'library', 'CmdOrCtrl+L'), { type: 'separator' }, mac ? { role: 'close' } : { role: 'quit' }],
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
      ],
    },
    {
      label: 'View',
      submenu: [
        item('Light Theme', 'theme:light'),
        item('Dark Theme', 'theme:dark'),
        item('Sepia Theme', 'theme:sepia'),
        { type: 'separator' },
        item('Larger Text', 'font:larger', 'CmdOrCtrl+Shift+='),
        item('Smaller Text', 'font:smaller', 'CmdOrCtrl+Shift+-'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { role: 'windowMenu' },
  );
  return template;
}

import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate, selectionMenuTemplate } from '../../src/main/menu.js';
import type { MenuAction } from '../../src/shared/shell.js';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isDev = false) {
  const sent: MenuAction[] = [];
  const template = menuTemplate({ platform, appName: 'Lectern', isDev, send: (a) => sent.push(a) });
  return { template, items: flatten(template), sent };
}

describe('the native menu', () => {
  it('has the usual accelerators for import and find, sent to the renderer', () => {
    const { items, sent } = build('linux');
    const importItem = items.find((i) => i.label === 'Import Articles…')!;
    const find = items.find((i) => i.label === 'Find in Article…')!;
    expect(importItem.accelerator).toBe('CmdOrCtrl+O');
    expect(find.accelerator).toBe('CmdOrCtrl+F');
    (importItem.click as () => void)();
    (find.click as () => void)();
    expect(sent).toEqual(['import', 'find']);
  });

  it('offers zoom and the three themes', () => {
    const { items } = build('win32');
    expect(items.map((i) => i.role).filter(Boolean)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['Light Theme', 'Dark Theme', 'Sepia Theme']));
  });

  it('starts with the app menu on macOS only', () => {
    expect(build('darwin').template[0]!.label).toBe('Lectern');
    expect(build('linux').template[0]!.label).toBe('File');
  });

  it('keeps reload and devtools out of release builds', () => {
    expect(build('linux', false).items.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    expect(build('linux', true).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});

describe('the menus of a desktop citizen', () => {
  it('has File, Edit, View, Study and Help', () => {
    const labels = build('linux').template.map((m) => m.label ?? m.role);
    expect(labels).toEqual(['File', 'Edit', 'View', 'Study', 'windowMenu', 'help']);
  });

  it('lists recent files and opens the one chosen', () => {
    const opened: string[] = [];
    const template = menuTemplate({ platform: 'win32', appName: 'Lectern', isDev: false, send: () => {}, recent: ['C:\\docs\\a.md', '/b.epub'], openRecent: (p) => opened.push(p) });
    const recent = flatten(template).find((i) => i.label === 'Open Recent')!;
    const entries = (recent.submenu as MenuItemConstructorOptions[]).filter((i) => i.toolTip);
    expect(entries.map((e) => e.label)).toEqual(['a.md', 'b.epub']);
    (entries[1]!.click as () => void)();
    expect(opened).toEqual(['/b.epub']);
  });

  it('offers copy, highlight, make card and search in the reader’s context menu, only with a selection', () => {
    const sent: MenuAction[] = [];
    const items = selectionMenuTemplate(true, (a) => sent.push(a));
    for (const i of items.filter((x) => x.click)) (i.click as () => void)();
    expect(sent).toEqual(['selection:highlight', 'selection:card', 'selection:search']);
    expect(selectionMenuTemplate(false, () => {}).filter((i) => i.type !== 'separator').every((i) => i.enabled === false)).toBe(true);
  });
});

describe('the accelerators', () => {
  // Electron's default accelerators of the roles the menu uses.
  const ROLE_KEYS: Record<string, string> = { zoomIn: 'CmdOrCtrl+Plus', zoomOut: 'CmdOrCtrl+-', resetZoom: 'CmdOrCtrl+0', undo: 'CmdOrCtrl+Z', redo: 'CmdOrCtrl+Shift+Z', cut: 'CmdOrCtrl+X', copy: 'CmdOrCtrl+C', paste: 'CmdOrCtrl+V', selectAll: 'CmdOrCtrl+A' };
  // Plus is Shift+= on US and many other layouts, so the two are the same keys.
  const norm = (a: string) => a.replace(/^(Command|Cmd|CommandOrControl|Ctrl)\+/, 'CmdOrCtrl+').replace(/\+Plus$/, '+Shift+=').split('+').sort().join('+');
  const keys = (items: readonly MenuItemConstructorOptions[]): string[] =>
    items.flatMap((i) => [...(i.accelerator ? [i.accelerator] : i.role && ROLE_KEYS[i.role] ? [ROLE_KEYS[i.role]!] : []), ...(Array.isArray(i.submenu) ? keys(i.submenu) : [])]);

  for (const platform of ['linux', 'darwin', 'win32'] as const) {
    it(`never give two commands the same keys on ${platform} (Larger Text is not Zoom In)`, () => {
      const all = keys(menuTemplate({ platform, appName: 'Lectern', isDev: true, send: () => {} })).map(norm);
      expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
    });
  }
});

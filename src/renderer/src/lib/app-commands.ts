// The app's commands as the desktop menu and the app-wide keys ask for them. Views and dialogs
// are reached through `AppCommands`, so this module only maps inputs to commands.
import type { MenuAction } from '../../../shared/shell';
import type { Theme } from '../../../shared/types';
import { dialogOpen, isEditable } from './focus-target';
import type { SelectionAction } from './reader-selection.svelte';
import { router } from './router.svelte';
import { settings } from './settings.svelte';

export interface AppCommands {
  importFiles(): void;
  importFolder(): void;
  exportArticles(): void;
  search(query: string): void;
  isSearching(): boolean;
  showShortcuts(): void;
  /** Find in the article open in the reader. */
  find(): void;
  /** A command on the reader's selected text. */
  onSelection(action: SelectionAction): void;
}

export function runMenu(action: MenuAction, commands: AppCommands): void {
  switch (action) {
    case 'import':
      return commands.importFiles();
    case 'import-folder':
      return commands.importFolder();
    case 'export':
      return commands.exportArticles();
    case 'find':
      if (router.route.view === 'reader') commands.find();
      return;
    case 'search':
      return commands.search('');
    case 'library':
      return router.go({ view: 'library' });
    case 'settings':
      return router.go({ view: 'settings' });
    case 'study':
      return router.go({ view: 'study', articleId: null });
    case 'cards':
      return router.go({ view: 'cards' });
    case 'stats':
      return router.go({ view: 'stats' });
    case 'shortcuts':
      return commands.showShortcuts();
    case 'theme:system':
    case 'theme:light':
    case 'theme:dark':
    case 'theme:sepia':
      void settings.setTheme(action.slice('theme:'.length) as Theme);
      return;
    case 'font:larger':
      void settings.stepFont(1);
      return;
    case 'font:smaller':
      void settings.stepFont(-1);
      return;
    case 'selection:highlight':
    case 'selection:card':
    case 'selection:search':
      if (router.route.view === 'reader') commands.onSelection(action.slice('selection:'.length) as SelectionAction);
      return;
    default:
      return assertNever(action);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled menu action: ${String(value)}`);
}

/** App-wide keys: Ctrl/⌘+K search, Ctrl/⌘+, settings, ? the list of shortcuts. */
export function onAppKeydown(event: KeyboardEvent, commands: AppCommands): void {
  const mod = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (mod && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    if (!commands.isSearching() && !dialogOpen()) commands.search('');
    return;
  }
  if (mod && event.key === ',') {
    event.preventDefault();
    router.go({ view: 'settings' });
    return;
  }
  if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target) && !dialogOpen()) {
    event.preventDefault();
    commands.showShortcuts();
  }
}

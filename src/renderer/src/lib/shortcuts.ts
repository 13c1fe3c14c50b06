// Every keyboard shortcut, by where it works: the `?` overlay lists these. `Mod` is Ctrl, or ⌘
// on a Mac.
export interface Shortcut {
  readonly keys: readonly string[];
  readonly does: string;
}

export interface ShortcutArea {
  readonly area: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUTS: readonly ShortcutArea[] = [
  {
    area: 'Everywhere',
    shortcuts: [
      { keys: ['Mod', 'K'], does: 'Search the library' },
      { keys: ['Mod', ','], does: 'Settings' },
      { keys: ['?'], does: 'This list of shortcuts' },
      { keys: ['Tab'], does: 'Next control (Shift+Tab: previous)' },
      { keys: ['Esc'], does: 'Close a dialog or panel' },
    ],
  },
  {
    area: 'Library',
    shortcuts: [
      { keys: ['J'], does: 'Next article (also ↓)' },
      { keys: ['K'], does: 'Previous article (also ↑)' },
      { keys: ['Enter'], does: 'Open the article' },
      { keys: ['E'], does: 'Archive it (again: back to the inbox)' },
      { keys: ['S'], does: 'Favourite it (again: unfavourite)' },
      { keys: ['#'], does: 'Rename and tag it' },
      { keys: ['Delete'], does: 'Move it to the trash (Undo in the notice)' },
      { keys: ['Mod', 'V'], does: 'Import pasted text or files' },
    ],
  },
  {
    area: 'Reader',
    shortcuts: [
      { keys: ['Mod', 'F'], does: 'Find in the article (Enter: next, Shift+Enter: previous)' },
      { keys: ['J'], does: 'Scroll down (also ↓)' },
      { keys: ['K'], does: 'Scroll up (also ↑)' },
      { keys: ['Space'], does: 'Page down (Shift+Space: page up)' },
      { keys: ['Home'], does: 'Start of the article (End: the end)' },
      { keys: ['←', '→'], does: 'Between the study panel’s tabs' },
    ],
  },
  {
    area: 'Selected text',
    shortcuts: [
      { keys: ['H'], does: 'Highlight in yellow' },
      { keys: ['C'], does: 'Make a card of it (also on a focused highlight)' },
      { keys: ['S'], does: 'Search the library for it' },
      { keys: ['Mod', 'Enter'], does: 'Save a highlight’s note' },
      { keys: ['Esc'], does: 'Clear the selection' },
    ],
  },
  {
    area: 'Card editor',
    shortcuts: [
      { keys: ['Mod', 'Shift', 'C'], does: 'Make the selected words a new gap (c1, c2…)' },
      { keys: ['Mod', 'Alt', 'Shift', 'C'], does: 'Make them a gap on the last gap’s card' },
      { keys: ['Esc'], does: 'Close without saving' },
    ],
  },
  {
    area: 'Triage of new cards',
    shortcuts: [
      { keys: ['K'], does: 'Keep the focused card (also Enter)' },
      { keys: ['D'], does: 'Drop it (also X)' },
      { keys: ['E'], does: 'Edit it' },
      { keys: ['↑', '↓'], does: 'Previous or next card' },
    ],
  },
  {
    area: 'Study',
    shortcuts: [
      { keys: ['Space'], does: 'Show the answer, then the next card (also Enter)' },
      { keys: ['1'], does: 'Again' },
      { keys: ['2'], does: 'Hard' },
      { keys: ['3'], does: 'Good' },
      { keys: ['4'], does: 'Easy' },
      { keys: ['1–9'], does: 'Pick a choice on a multiple-choice card' },
      { keys: ['Mod', 'Z'], does: 'Undo the last grade' },
    ],
  },
  {
    area: 'Card browser',
    shortcuts: [
      { keys: ['↑', '↓'], does: 'Previous or next card (Shift: extend the selection)' },
      { keys: ['Space'], does: 'Select the card or leave it out' },
      { keys: ['Mod', 'A'], does: 'Select every card shown' },
      { keys: ['Enter'], does: 'Show the card beside the table' },
      { keys: ['Esc'], does: 'Close the card (again: clear the selection)' },
    ],
  },
];

/** "Ctrl" or "⌘", as this machine names the key shortcuts are held with. */
export const MOD_KEY = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
